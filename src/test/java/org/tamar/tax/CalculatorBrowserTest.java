package org.tamar.tax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Value;
import org.tamar.test.TamarTest;
import org.tamar.test.browser.Browser;

@TamarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalculatorBrowserTest {

  private static final String[] LANGUAGES = {"en", "zh-HK", "zh-CN"};

  /** A full household, so the result and every part of the form are filled in. */
  private static final String FULL_QUERY =
      "&calculate=1&year=2025/26&status=separate&spouseHasIncome=no&income=900000&mpfMandatory=18000"
          + "&domesticRent=150000&newbornAdditionalCeiling=true&charitableDonations=5000&vhis1=9000"
          + "&child1=2025-06-01&child2=2019-02-01&parent1Age=64&parent1Resided=true"
          + "&parent2Age=82&parent2Care=130000&dependentSiblings=1&provisionalTaxPaid=40000";

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
  void emptyFormIsAccessibleInEveryLanguage() {
    for (String lang : LANGUAGES) {
      browser.visit("/tax/calculator?lang=" + lang);
      browser.assertAccessible();
    }
  }

  @Test
  void resultIsAccessibleInEveryLanguage() {
    for (String lang : LANGUAGES) {
      browser.visit("/tax/calculator?lang=" + lang + FULL_QUERY);
      assertThat(browser.findAll(By.id("result"))).as(lang).hasSize(1);
      browser.assertAccessible();
    }
  }

  @Test
  void fieldErrorIsAccessibleInEveryLanguage() {
    for (String lang : LANGUAGES) {
      browser.visit(
          "/tax/calculator?lang=" + lang + "&calculate=1&year=2025/26&status=single&income=abc");
      assertThat(browser.findAll(By.id("income-error"))).as(lang).hasSize(1);
      browser.assertAccessible();
    }
  }

  @Test
  void typedIncomeGivesTheOfficialExampleTax() {
    browser.visit("/tax/calculator?lang=en");

    browser.find(By.id("income")).sendKeys("380000");
    browser.find(By.cssSelector("button[name=calculate]")).click();

    assertThat(browser.find(By.cssSelector(".tax-payable")).getText())
        .isEqualTo("Tax payable: HK$21,160");
  }

  @Test
  void negativeIncomeShowsErrorNextToTheField() {
    browser.visit("/tax/calculator?lang=en");

    browser.find(By.id("income")).sendKeys("-5");
    browser.find(By.cssSelector("button[name=calculate]")).click();

    WebElement error = browser.find(By.id("income-error"));
    assertThat(error.getText()).contains("Enter an amount of zero or more.");
    assertThat(browser.find(By.id("income")).getAttribute("aria-describedby"))
        .contains("income-error");
  }

  @Test
  void errorSummaryLinksToTheField() {
    browser.visit("/tax/calculator?lang=zh-HK&calculate=1&year=2025/26&status=single&income=-5");

    WebElement link = browser.find(By.cssSelector(".error-summary a"));

    assertThat(link.getAttribute("href")).endsWith("#income");
    assertThat(link.getText()).isEqualTo("請輸入零或以上的金額。");
  }

  @Test
  void languageSwitchKeepsTheResult() {
    browser.visit("/tax/calculator?lang=en&calculate=1&year=2025/26&status=single&income=380000");

    browser.find(By.linkText("简体中文")).click();

    assertThat(browser.find(By.cssSelector(".tax-payable")).getText()).isEqualTo("应缴税款：港币21,160元");
  }

  @Test
  void stepsExplainTheStandardRate() {
    browser.visit("/tax/calculator?lang=en&calculate=1&year=2025/26&status=single&income=3000000");

    assertThat(browser.pageText()).contains("because it is lower than the progressive tax");
  }
}
