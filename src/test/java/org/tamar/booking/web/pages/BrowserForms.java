package org.tamar.booking.web.pages;

import org.openqa.selenium.By;
import org.tamar.test.browser.Browser;

/** Form helpers for the booking browser tests. */
final class BrowserForms {

  private BrowserForms() {}

  /** Submits the form in the page's main content and waits until the next page has replaced it. */
  static void submit(Browser browser) {
    browser.clickAndWaitForNewPage(By.cssSelector("main form button[type=submit]"));
  }
}
