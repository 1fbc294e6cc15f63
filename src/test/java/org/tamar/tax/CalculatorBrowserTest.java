package org.tamar.tax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Value;
import org.tamar.test.TamarTest;
import org.tamar.test.browser.Browser;

@TamarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalculatorBrowserTest {

  private static final String[] LANGUAGES = {"en", "zh-HK", "zh-CN"};

  /** A full household, so the result and every part of the form are filled in. */
  private static final String FULL_FORM =
      "year=2025/26&status=separate&spouseHasIncome=no&income=900000&mpfMandatory=18000"
          + "&domesticRent=150000&newbornAdditionalCeiling=true&charitableDonations=5000&vhis1=9000"
          + "&child1=2025-06-01&child2=2019-02-01&parent1Age=64&parent1Resided=true"
          + "&parent2Age=82&parent2Care=130000&dependentSiblings=1&provisionalTaxPaid=40000";

  /**
   * Sets the inputs by name, including those inside closed sections, in the page's own form. The
   * test uses script only to type quickly: the page itself needs none.
   */
  private static final String SET_FIELD =
      """
      for (const input of document.getElementsByName(arguments[0])) {
        if (input.type === 'radio') { input.checked = input.value === arguments[1]; }
        else if (input.type === 'checkbox') { input.checked = arguments[1] === 'true'; }
        else { input.value = arguments[1]; }
      }
      """;

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

  /** Opens the calculator in a new session, so no answers of an earlier test are shown. */
  private void openEmptyForm(String lang) {
    browser.visit("/tax/calculator?lang=" + lang);
    browser.driver().manage().deleteAllCookies();
    browser.visit("/tax/calculator?lang=" + lang);
  }

  /** Clicks a button or link and waits until the next page has replaced this one. */
  private void press(By target) {
    browser.clickAndWaitForNewPage(target);
  }

  /** Fills in {@code fields} ({@code name=value&...}) on an empty form and presses Calculate. */
  private void calculate(String lang, String fields) {
    openEmptyForm(lang);
    JavascriptExecutor script = (JavascriptExecutor) browser.driver();
    for (String field : fields.split("&")) {
      String[] nameAndValue = field.split("=", 2);
      script.executeScript(SET_FIELD, nameAndValue[0], nameAndValue[1]);
    }
    press(By.cssSelector("button[name=calculate]"));
  }

  @Test
  void emptyFormIsAccessibleInEveryLanguage() {
    for (String lang : LANGUAGES) {
      openEmptyForm(lang);
      browser.assertAccessible();
    }
  }

  @Test
  void resultIsAccessibleInEveryLanguage() {
    for (String lang : LANGUAGES) {
      calculate(lang, FULL_FORM);
      assertThat(browser.findAll(By.id("result"))).as(lang).hasSize(1);
      browser.assertAccessible();
    }
  }

  @Test
  void fieldErrorIsAccessibleInEveryLanguage() {
    for (String lang : LANGUAGES) {
      calculate(lang, "year=2025/26&status=single&income=abc");
      assertThat(browser.findAll(By.id("income-error"))).as(lang).hasSize(1);
      browser.assertAccessible();
    }
  }

  @Test
  void typedIncomeGivesTheOfficialExampleTax() {
    openEmptyForm("en");

    browser.find(By.id("income")).sendKeys("380000");
    press(By.cssSelector("button[name=calculate]"));

    assertThat(browser.find(By.cssSelector(".tax-payable")).getText())
        .isEqualTo("Tax payable: HK$21,160");
  }

  @Test
  void incomeStaysOutOfTheAddress() {
    openEmptyForm("en");

    browser.find(By.id("income")).sendKeys("380000");
    press(By.cssSelector("button[name=calculate]"));

    assertThat(browser.driver().getCurrentUrl()).doesNotContain("380000");
  }

  @Test
  void negativeIncomeShowsErrorNextToTheField() {
    openEmptyForm("en");

    browser.find(By.id("income")).sendKeys("-5");
    press(By.cssSelector("button[name=calculate]"));

    WebElement error = browser.find(By.id("income-error"));
    assertThat(error.getText()).contains("Enter an amount of zero or more.");
    assertThat(browser.find(By.id("income")).getAttribute("aria-describedby"))
        .contains("income-error");
  }

  @Test
  void blankIncomeAsksForIncome() {
    openEmptyForm("en");

    press(By.cssSelector("button[name=calculate]"));

    assertThat(browser.find(By.id("income-error")).getText())
        .contains("Enter your income from employment");
    assertThat(browser.findAll(By.id("result"))).isEmpty();
  }

  @Test
  void errorSummaryLinksToTheField() {
    calculate("zh-HK", "year=2025/26&status=single&income=-5");

    WebElement link = browser.find(By.cssSelector(".error-summary a"));

    assertThat(link.getAttribute("href")).endsWith("#income");
    assertThat(link.getText()).isEqualTo("請輸入零或以上的金額。");
  }

  @Test
  void languageSwitchKeepsTheResult() {
    calculate("en", "year=2025/26&status=single&income=380000");

    press(By.linkText("简体中文"));

    assertThat(browser.find(By.cssSelector(".tax-payable")).getText()).isEqualTo("应缴税款：港币21,160元");
  }

  @Test
  void startAgainClearsTheForm() {
    calculate("en", "year=2025/26&status=single&income=380000");

    press(By.cssSelector("button[name=startAgain]"));

    assertThat(browser.findAll(By.id("result"))).isEmpty();
    assertThat(browser.find(By.id("income")).getAttribute("value")).isEmpty();
  }

  @Test
  void stepsExplainTheStandardRate() {
    calculate("en", "year=2025/26&status=single&income=3000000");

    assertThat(browser.pageText()).contains("because it is lower than the progressive tax");
  }
}
