package org.tamar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Value;
import org.tamar.test.TamarTest;
import org.tamar.test.browser.Browser;

@TamarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomePageBrowserTest {

  @Value("${local.server.port}")
  int port;

  private Browser browser;

  @BeforeAll
  void openBrowser() {
    browser = Browser.open(port);
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void homePageIsAccessibleInEveryLanguage() {
    for (String lang : new String[] {"en", "zh-HK", "zh-CN"}) {
      browser.visit("/?lang=" + lang);
      browser.assertAccessible();
    }
  }

  @Test
  void languageSwitchChangesPageLanguage() {
    browser.visit("/?lang=en");

    browser.clickAndWaitForNewPage(By.linkText("繁體中文"));

    assertThat(browser.heading()).isEqualTo("政府服務");
    assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-HK");
  }

  @Test
  void notFoundPageIsShownInChosenLanguage() {
    browser.visit("/no-such-page?lang=zh-CN");

    assertThat(browser.heading()).isEqualTo("找不到网页");
  }
}
