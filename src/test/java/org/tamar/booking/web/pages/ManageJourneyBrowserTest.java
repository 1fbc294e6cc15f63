package org.tamar.booking.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.tamar.booking.ApplicantDetails;
import org.tamar.booking.Appointment;
import org.tamar.booking.AppointmentBooking;
import org.tamar.booking.BookingCatalogue;
import org.tamar.booking.BookingRequest;
import org.tamar.booking.DocumentType;
import org.tamar.booking.SlotAvailability;
import org.tamar.platform.i18n.Language;
import org.tamar.test.TamarTest;
import org.tamar.test.browser.Browser;

/**
 * The manage journey in headless Chromium: look up, reschedule and cancel, with axe-core on each
 * page.
 */
@TamarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManageJourneyBrowserTest {

  /** A valid HKID (check digit computed as in the HKID rules) used by no other test class. */
  private static final String HKID = "M161803(8)";

  private static final String ENQUIRY_CODE = "4712";
  private static final String OFFICE = "rop-fo-tan";
  private static final String TYPE = "new-arrival";

  @Value("${local.server.port}")
  int port;

  @Autowired BookingCatalogue catalogue;

  @Autowired AppointmentBooking booking;

  private Browser browser;

  private Appointment booked;

  @BeforeAll
  void bookAndOpenBrowser() {
    LocalDate date = catalogue.dates(OFFICE, TYPE).get(20).date();
    OffsetDateTime start =
        catalogue.slots(OFFICE, TYPE, date).stream()
            .max(Comparator.comparingInt(SlotAvailability::remaining))
            .orElseThrow()
            .start();
    booked =
        booking.book(
            new BookingRequest(
                TYPE,
                OFFICE,
                start,
                List.of(new ApplicantDetails(DocumentType.HKID, HKID, LocalDate.of(1990, 4, 2))),
                ENQUIRY_CODE,
                null,
                Language.EN),
            "127.0.0.1");
    browser = Browser.open(port);
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void lookUpRescheduleAndCancel() {
    browser.visit("/booking/manage?lang=en");
    browser.assertAccessible();

    lookUp(HKID, "0000");
    assertThat(browser.find(By.cssSelector(".error-summary")).getText())
        .contains("No appointment was found with this document number and enquiry code");
    assertThat(browser.find(By.id("documentNumber-error")).isDisplayed()).isTrue();
    browser.assertAccessible();

    browser.find(By.id("documentNumber")).clear();
    browser.find(By.id("enquiryCode")).clear();
    lookUp(HKID, ENQUIRY_CODE);
    assertThat(browser.heading()).isEqualTo("Your appointment");
    assertThat(browser.pageText()).contains(booked.reference());
    browser.assertAccessible();

    browser.clickAndWaitForNewPage(By.linkText("Change the office, date or time"));
    browser.assertAccessible();
    choose("office", "rop-kowloon");
    submit();
    browser.assertAccessible();
    chooseNth("date", 30);
    submit();
    browser.assertAccessible();
    chooseNth("start", 2);
    String newTime = browser.find(By.cssSelector("input[name=start]:checked + label")).getText();
    submit();
    assertThat(browser.heading()).isEqualTo("Confirm the new appointment time");
    browser.assertAccessible();
    submit();

    assertThat(browser.heading()).isEqualTo("Appointment changed");
    assertThat(browser.pageText()).contains("Registration of Persons – Kowloon Office");
    assertThat(browser.pageText()).contains(newTime.substring(0, newTime.indexOf(' ')));
    browser.assertAccessible();

    browser.visit("/booking/manage/appointment");
    browser.clickAndWaitForNewPage(By.linkText("Cancel the appointment"));
    assertThat(browser.heading()).isEqualTo("Are you sure you want to cancel this appointment?");
    browser.assertAccessible();
    submit();

    assertThat(browser.heading()).isEqualTo("Appointment cancelled");
    assertThat(browser.pageText()).contains(booked.reference());
    browser.assertAccessible();

    browser.visit("/booking/manage");
    lookUp(HKID, ENQUIRY_CODE);
    assertThat(browser.find(By.cssSelector(".error-summary")).getText())
        .contains("No appointment was found");
  }

  @Test
  void choiceOfSeveralAppointmentsInSimplifiedChinese() {
    String hkid = "M161804(6)";
    String first = bookWithCode(TYPE, hkid, 21);
    String second = bookWithCode("lost-damaged-defaced", hkid, 22);
    browser.visit("/booking/manage?lang=zh-CN");
    browser.driver().manage().deleteAllCookies();
    browser.visit("/booking/manage?lang=zh-CN");

    lookUp(hkid, ENQUIRY_CODE);
    assertThat(browser.heading()).isEqualTo("你要管理哪一个预约？");
    assertThat(browser.pageText()).contains(first);
    browser.assertAccessible();
    submit();
    assertThat(browser.find(By.id("reference-error")).isDisplayed()).isTrue();
    browser.assertAccessible();
    choose("reference", second);
    submit();

    assertThat(browser.pageText()).contains(second);
  }

  @Test
  void manageStepNeedsLookUp() {
    browser.visit("/booking/manage?lang=en");
    browser.driver().manage().deleteAllCookies();

    browser.visit("/booking/manage/cancel?lang=en");

    assertThat(browser.driver().getCurrentUrl()).endsWith("/booking/manage");
    assertThat(browser.find(By.cssSelector(".notice")).getText())
        .contains("Find your appointment again");
  }

  /** Books one applicant on the n-th bookable date with this class's enquiry code. */
  private String bookWithCode(String typeId, String hkid, int dateIndex) {
    LocalDate date = catalogue.dates(OFFICE, typeId).get(dateIndex).date();
    OffsetDateTime start = catalogue.slots(OFFICE, typeId, date).getFirst().start();
    return booking
        .book(
            new BookingRequest(
                typeId,
                OFFICE,
                start,
                List.of(new ApplicantDetails(DocumentType.HKID, hkid, LocalDate.of(1990, 4, 2))),
                ENQUIRY_CODE,
                null,
                Language.EN),
            "127.0.0.1")
        .reference();
  }

  private void lookUp(String documentNumber, String enquiryCode) {
    browser.find(By.id("documentNumber")).sendKeys(documentNumber);
    browser.find(By.id("enquiryCode")).sendKeys(enquiryCode);
    submit();
  }

  private void choose(String name, String value) {
    browser.find(By.cssSelector("input[name='" + name + "'][value='" + value + "']")).click();
  }

  private void chooseNth(String name, int position) {
    List<WebElement> options = browser.findAll(By.cssSelector("input[name='" + name + "']"));
    options.get(Math.min(position, options.size()) - 1).click();
  }

  private void submit() {
    BrowserForms.submit(browser);
  }
}
