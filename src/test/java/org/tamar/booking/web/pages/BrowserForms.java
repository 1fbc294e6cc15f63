package org.tamar.booking.web.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tamar.test.browser.Browser;

/** Form helpers for the booking browser tests. */
final class BrowserForms {

  private static final Duration PAGE_LOAD = Duration.ofSeconds(10);

  private BrowserForms() {}

  /** Submits the form in the page's main content and waits until the next page has replaced it. */
  static void submit(Browser browser) {
    WebElement page = browser.find(By.tagName("html"));
    browser.find(By.cssSelector("main form button[type=submit]")).click();
    new WebDriverWait(browser.driver(), PAGE_LOAD).until(driver -> isGone(page));
  }

  /**
   * Returns true once the element left the document. Chromium reports that as a stale element, or
   * as an inspector error about a node of another document while the next page is loading.
   */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (WebDriverException gone) {
      return true;
    }
  }
}
