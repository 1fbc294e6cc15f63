package org.tamar.booking.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Value;
import org.tamar.test.TamarTest;
import org.tamar.test.browser.Browser;

/**
 * The booking journey in headless Chromium, with an axe-core check on every page. The clock is
 * fixed at Friday 2026-10-16 10:00 in Hong Kong, so the first bookable day is Saturday 17 October.
 */
@TamarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BookingJourneyBrowserTest {

  /** Valid HKIDs (check digits computed as in the HKID rules) used by no other test class. */
  private static final String OLDER_CHILD_HKID = "K314159(4)";

  private static final String CHILD_BIRTH_CERTIFICATE = "R271828(5)";
  private static final String SECOND_PARENT_HKID = "WX141421(4)";

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

  @BeforeEach
  void startFreshSession() {
    browser.visit("/booking");
    browser.driver().manage().deleteAllCookies();
  }

  @Test
  void wholeJourneyInTraditionalChinese() {
    browser.visit("/booking?lang=zh-HK");
    assertThat(browser.heading()).isEqualTo("預約申請身份證");
    browser.assertAccessible();
    browser.clickAndWaitForNewPage(By.linkText("立即開始"));

    browser.assertAccessible();
    continueWithoutAnswer();
    assertThat(errorSummary()).contains("請選擇預約辦理的申請類別");
    browser.assertAccessible();
    choose("type", "first-registration-age-11");
    submit();

    browser.assertAccessible();
    choose("count", "2");
    submit();

    assertThat(browser.heading()).isEqualTo("第 1 位申請人（共 2 位）");
    browser.assertAccessible();
    fillApplicant("HKID", OLDER_CHILD_HKID, "3", "5", "2013");
    submit();
    assertThat(browser.heading()).isEqualTo("第 2 位申請人（共 2 位）");
    fillApplicant("HK_BIRTH_CERTIFICATE", CHILD_BIRTH_CERTIFICATE, "20", "5", "2015");
    submit();

    browser.assertAccessible();
    choose("office", "rop-tseung-kwan-o");
    submit();

    assertThat(browser.heading()).isEqualTo("你想在哪一天前來？");
    assertThat(browser.find(By.id("date")).getAttribute("value")).isEqualTo("2026-10-17");
    assertThat(labelOf("date")).isEqualTo("2026年10月17日（星期六）");
    browser.assertAccessible();
    chooseNth("date", 12);
    submit();

    browser.assertAccessible();
    chooseNth("start", 6);
    submit();

    browser.assertAccessible();
    browser.find(By.id("enquiryCode")).sendKeys("2580");
    browser.find(By.id("enquiryCodeConfirmation")).sendKeys("2581");
    submit();
    assertThat(errorSummary()).contains("兩次輸入的查詢密碼不相同");
    assertThat(browser.find(By.id("enquiryCode")).getAttribute("value")).isEqualTo("2580");
    browser.assertAccessible();
    browser.find(By.id("enquiryCodeConfirmation")).clear();
    browser.find(By.id("enquiryCodeConfirmation")).sendKeys("2580");
    submit();

    assertThat(browser.heading()).isEqualTo("預約前請核對資料");
    assertThat(browser.driver().getCurrentUrl()).doesNotContain("2580");
    browser.assertAccessible();
    browser.clickAndWaitForNewPage(By.cssSelector("form[action$='/booking/check'] button"));

    assertThat(browser.heading()).isEqualTo("預約成功");
    String reference = browser.find(By.cssSelector(".confirmation .reference")).getText();
    assertThat(reference).matches("[0-9A-HJKMNP-TV-Z]{8,}");
    assertThat(browser.pageText()).contains("人事登記處將軍澳辦事處");
    List<String> masked = maskedNumbers();
    assertThat(masked).hasSize(2);
    assertThat(masked.getFirst()).startsWith("K").doesNotContain("314159");
    assertThat(browser.pageText()).doesNotContain(OLDER_CHILD_HKID);
    assertThat(browser.pageText()).contains("兒童申請人：兒童的出生證明書");
    browser.assertAccessible();

    browser.clickAndWaitForNewPage(By.linkText("此預約確認的列印版本"));
    assertThat(browser.findAll(By.cssSelector(".site-header"))).isEmpty();
    assertThat(browser.find(By.cssSelector(".reference")).getText()).isEqualTo(reference);
    assertThat(browser.pageText()).contains("人事登記處將軍澳辦事處");
    browser.assertAccessible();
  }

  @Test
  void invalidHkidShowsErrorNextToField() {
    startJourney("replacement-age-18", "1");

    fillApplicant("HKID", "A123456(4)", "1", "1", "2008");
    submit();

    assertThat(browser.find(By.id("documentNumber-error")).getText())
        .contains("valid identity card number");
    assertThat(browser.find(By.cssSelector(".error-summary a")).getAttribute("href"))
        .endsWith("#documentNumber");
    assertThat(browser.find(By.id("documentNumber")).getAttribute("aria-describedby"))
        .contains("documentNumber-error");
    assertThat(browser.find(By.id("documentNumber")).getAttribute("value")).isEqualTo("A123456(4)");
    assertThat(browser.find(By.id("dateOfBirth-year")).getAttribute("value")).isEqualTo("2008");
    browser.assertAccessible();
  }

  @Test
  void languageSwitchKeepsAnswers() {
    startJourney("replacement-age-18", "1");
    fillApplicant("HKID", SECOND_PARENT_HKID, "9", "9", "2008");
    submit();
    choose("office", "rop-kowloon");
    submit();

    browser.clickAndWaitForNewPage(By.linkText("简体中文"));

    assertThat(browser.heading()).isEqualTo("你想在哪一天前来？");
    assertThat(browser.find(By.id("date-hint")).getText()).contains("人事登记处九龙办事处");
    browser.clickAndWaitForNewPage(By.cssSelector(".back-link"));
    assertThat(browser.find(By.cssSelector("input[name=office][value=rop-kowloon]")).isSelected())
        .isTrue();
  }

  @Test
  void pageWithoutSessionSendsToStart() {
    browser.visit("/booking/time?lang=en");

    assertThat(browser.driver().getCurrentUrl()).endsWith("/booking");
    assertThat(browser.find(By.cssSelector(".notice")).getText()).contains("Start again");
    browser.assertAccessible();
  }

  private void startJourney(String typeId, String count) {
    browser.visit("/booking/type?lang=en");
    choose("type", typeId);
    submit();
    choose("count", count);
    submit();
  }

  private void fillApplicant(
      String documentType, String number, String day, String month, String year) {
    choose("documentType", documentType);
    browser.find(By.id("documentNumber")).sendKeys(number);
    browser.find(By.id("dateOfBirth-day")).sendKeys(day);
    browser.find(By.id("dateOfBirth-month")).sendKeys(month);
    browser.find(By.id("dateOfBirth-year")).sendKeys(year);
  }

  private void choose(String name, String value) {
    browser.find(By.cssSelector("input[name='" + name + "'][value='" + value + "']")).click();
  }

  /** Chooses the n-th option (1-based), or the last when there are fewer. */
  private void chooseNth(String name, int position) {
    List<WebElement> options = browser.findAll(By.cssSelector("input[name='" + name + "']"));
    options.get(Math.min(position, options.size()) - 1).click();
  }

  private String labelOf(String inputId) {
    return browser.find(By.cssSelector("label[for='" + inputId + "']")).getText();
  }

  private void submit() {
    BrowserForms.submit(browser);
  }

  private void continueWithoutAnswer() {
    submit();
  }

  private String errorSummary() {
    return browser.find(By.cssSelector(".error-summary")).getText();
  }

  private List<String> maskedNumbers() {
    return browser.findAll(By.cssSelector(".masked-number")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
