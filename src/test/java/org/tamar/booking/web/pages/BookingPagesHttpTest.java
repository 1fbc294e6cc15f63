package org.tamar.booking.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.tamar.booking.ApplicantDetails;
import org.tamar.booking.Appointment;
import org.tamar.booking.AppointmentBooking;
import org.tamar.booking.AppointmentCredentials;
import org.tamar.booking.AppointmentManagement;
import org.tamar.booking.BookingCatalogue;
import org.tamar.booking.BookingRequest;
import org.tamar.booking.DocumentType;
import org.tamar.booking.SlotAvailability;
import org.tamar.platform.i18n.Language;
import org.tamar.test.TamarTest;

/** The booking pages over HTTP: redirects, session handling and how service refusals are shown. */
@TamarTest
class BookingPagesHttpTest {

  private static final String OFFICE = "rop-yuen-long";
  private static final String OTHER_OFFICE = "rop-fo-tan";
  private static final String TYPE = "amendment-of-particulars";
  private static final String ENQUIRY_CODE = "9517";

  /** Valid HKIDs (check digits computed as in the HKID rules) used by no other test class. */
  private static final List<String> OTHERS =
      List.of("D402718(4)", "D402719(2)", "D402720(6)", "D402721(4)");

  @Value("${local.server.port}")
  int port;

  @Autowired BookingCatalogue catalogue;

  @Autowired AppointmentBooking booking;

  @Autowired AppointmentManagement management;

  @Test
  void homePageListsBookingService() {
    HttpResponse<String> home = new PageClient(port).get("/?lang=en");

    assertThat(home.body()).contains("href=\"/booking\"");
    assertThat(home.body()).contains("Book an identity card appointment");
  }

  @Test
  void startPageTitleEndsWithSiteName() {
    PageClient client = new PageClient(port);

    assertThat(client.get("/booking?lang=en").body())
        .contains("<title>Book an identity card appointment - Tamar government services</title>");
    assertThat(client.get("/booking?lang=zh-HK").body())
        .contains("<title>預約申請身份證 - Tamar 政府服務</title>");
    assertThat(client.get("/booking?lang=zh-CN").body())
        .contains("<title>预约申请身份证 - Tamar 政府服务</title>");
  }

  @Test
  void otherPageTitleEndsWithServiceName() {
    PageClient client = new PageClient(port);

    String page = client.get("/booking/manage?lang=en").body();

    assertThat(page).contains("<title>Find your appointment - Book an identity card appointment");
  }

  @Test
  void chineseFieldErrorsEndWithFullStop() {
    PageClient client = new PageClient(port);
    client.get("/booking/manage?lang=zh-CN");

    String page =
        client.post("/booking/manage", Map.of("documentNumber", "", "enquiryCode", "")).body();

    assertThat(page).contains("请输入查询密码。");
  }

  @Test
  void pageWithoutJourneyRedirectsToStart() {
    PageClient client = new PageClient(port);

    HttpResponse<String> response = client.get("/booking/check");

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(PageClient.location(response)).endsWith("/booking");
    assertThat(client.follow(response).body()).contains("Your answers were not kept");
  }

  @Test
  void bookingEndsOnAcknowledgement() {
    PageClient client = new PageClient(port);
    OffsetDateTime start = freeSlot(5).start();
    answerUpToCheck(client, "E550011(0)", start);

    HttpResponse<String> booked = client.post("/booking/check", Map.of());

    assertThat(PageClient.location(booked)).endsWith("/booking/confirmation");
    String acknowledgement = client.follow(booked).body();
    assertThat(acknowledgement).contains("Appointment booked");
    assertThat(acknowledgement).contains("Registration of Persons – Yuen Long Office");
    assertThat(acknowledgement).doesNotContain("550011");
    assertThat(client.get("/booking/confirmation/print").body()).doesNotContain("site-header");
    assertThat(client.visited()).noneMatch(path -> path.contains(ENQUIRY_CODE));
  }

  @Test
  void acknowledgementShowsLaterReschedule() {
    PageClient client = new PageClient(port);
    String hkid = "E550014(5)";
    answerUpToCheck(client, hkid, freeSlot(21).start());
    client.post("/booking/check", Map.of());
    String acknowledgement = client.get("/booking/confirmation").body();
    Appointment booked =
        management.lookUp(new AppointmentCredentials(hkid, ENQUIRY_CODE), "127.0.0.1");
    LocalDate otherDate = catalogue.dates(OTHER_OFFICE, TYPE).get(22).date();
    OffsetDateTime otherStart = catalogue.slots(OTHER_OFFICE, TYPE, otherDate).getFirst().start();

    management.reschedule(
        booked.reference(),
        new AppointmentCredentials(hkid, ENQUIRY_CODE),
        OTHER_OFFICE,
        otherStart,
        "127.0.0.1");

    assertThat(acknowledgement).contains(booked.reference());
    assertThat(client.get("/booking/confirmation").body()).contains("Fo Tan");
    assertThat(client.get("/booking/confirmation/print").body()).contains("Fo Tan");
  }

  @Test
  void acknowledgementAfterCancelSendsToLookUp() {
    PageClient client = new PageClient(port);
    String hkid = "E550015(3)";
    answerUpToCheck(client, hkid, freeSlot(23).start());
    client.post("/booking/check", Map.of());
    AppointmentCredentials credentials = new AppointmentCredentials(hkid, ENQUIRY_CODE);
    String reference = management.lookUp(credentials, "127.0.0.1").reference();

    management.cancel(reference, credentials, "127.0.0.1");
    HttpResponse<String> response = client.get("/booking/confirmation/print");

    assertThat(PageClient.location(response)).endsWith("/booking/manage");
  }

  @Test
  void secondSubmitShowsFirstAcknowledgement() {
    PageClient client = new PageClient(port);
    answerUpToCheck(client, "E550013(7)", freeSlot(11).start());
    client.post("/booking/check", Map.of());

    HttpResponse<String> again = client.post("/booking/check", Map.of());

    assertThat(PageClient.location(again)).endsWith("/booking/confirmation");
  }

  @Test
  void checkPageShowsAnswers() {
    PageClient client = new PageClient(port);
    answerUpToCheck(client, "E550012(9)", freeSlot(6).start());

    String check = client.get("/booking/check").body();

    assertThat(check).contains("Hong Kong identity card: E550012(9)");
    assertThat(check).contains("Born on 14 February 1979");
    assertThat(check).doesNotContain(ENQUIRY_CODE);
  }

  @Test
  void checkPageShowsNumberInUsualForm() {
    PageClient client = new PageClient(port);
    answerUpToCheck(client, "xy987654(8)", freeSlot(6).start());

    String check = client.get("/booking/check").body();

    assertThat(check).contains("Hong Kong identity card: XY987654(8)");
  }

  @Test
  void languageSwitchKeepsChosenOffice() {
    PageClient client = new PageClient(port);
    answerUpToCheck(client, "E550012(9)", freeSlot(10).start());

    String office = client.get("/booking/office?lang=zh-CN").body();

    assertThat(office).contains("你想前往哪个办事处？");
    assertThat(office).containsPattern("value=\"" + OFFICE + "\"[^>]*checked");
  }

  @Test
  void fullSlotSendsBackToTimes() {
    PageClient client = new PageClient(port);
    SlotAvailability slot = freeSlot(7);
    answerUpToCheck(client, "F771203(7)", slot.start());
    for (String other : OTHERS.subList(0, slot.remaining())) {
      bookDirectly(other, slot.start());
    }

    HttpResponse<String> refused = client.post("/booking/check", Map.of());

    assertThat(PageClient.location(refused)).endsWith("/booking/time");
    String times = client.follow(refused).body();
    assertThat(times).contains("That time has just been fully booked");
    assertThat(times).contains("href=\"#start\"");
  }

  @Test
  void duplicateAppointmentIsShownOnApplicantNumber() {
    PageClient client = new PageClient(port);
    OffsetDateTime start = freeSlot(8).start();
    bookDirectly("D402722(2)", start);
    answerUpToCheck(client, "D402722(2)", freeSlot(9).start());

    HttpResponse<String> refused = client.post("/booking/check", Map.of());

    assertThat(PageClient.location(refused)).endsWith("/booking/applicants/1");
    String page = client.follow(refused).body();
    assertThat(page).contains("id=\"documentNumber-error\"");
    assertThat(page).contains("This applicant already has an appointment of this type");
  }

  @Test
  void lockoutIsShownOnLookUpPage() {
    PageClient client = new PageClient(port);
    client.get("/booking/manage?lang=en");
    Map<String, String> wrongCode = Map.of("documentNumber", "N905512(4)", "enquiryCode", "0000");
    for (int attempt = 1; attempt <= 5; attempt++) {
      assertThat(client.post("/booking/manage", wrongCode).body())
          .contains("No appointment was found");
    }

    HttpResponse<String> response = client.post("/booking/manage", wrongCode);

    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(
        seconds -> assertThat(Long.parseLong(seconds)).isPositive());
    assertThat(response.body()).contains("Too many wrong enquiry codes");
    assertThat(response.body()).contains("value=\"N905512(4)\"");
  }

  @Test
  void notFoundLookUpPageKeepsStatus200() {
    PageClient client = new PageClient(port);
    client.get("/booking/manage?lang=en");

    HttpResponse<String> response =
        client.post(
            "/booking/manage", Map.of("documentNumber", "N905513(2)", "enquiryCode", "0000"));

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void lookUpWithoutAnswersShowsBothFieldErrors() {
    PageClient client = new PageClient(port);
    client.get("/booking/manage?lang=zh-HK");

    String page =
        client.post("/booking/manage", Map.of("documentNumber", " ", "enquiryCode", "")).body();

    assertThat(page).contains("id=\"documentNumber-error\"");
    assertThat(page).contains("id=\"enquiryCode-error\"");
    assertThat(page).contains("請輸入查詢密碼");
  }

  @Test
  void ineligibleAgeIsShownOnApplicantPage() {
    PageClient client = new PageClient(port);
    // 17 on the first bookable days, 18 (too old) on the chosen date about four weeks later.
    answerUpToCheck(
        client,
        "first-registration-age-11",
        "G123459(4)",
        LocalDate.of(2008, 10, 24),
        freeSlot(18).start());

    HttpResponse<String> refused = client.post("/booking/check", Map.of());

    assertThat(PageClient.location(refused)).endsWith("/booking/applicants/1");
    assertThat(client.follow(refused).body())
        .contains("Applicants for this appointment type must be 11 to 17 years old");
  }

  @Test
  void ageOutsideWholeWindowIsRejectedAtApplicant() {
    PageClient client = new PageClient(port);
    client.get("/booking/type?lang=zh-HK");
    client.post("/booking/type", Map.of("type", "first-registration-age-11"));
    client.post("/booking/applicants", Map.of("count", "1"));

    HttpResponse<String> page =
        client.post(
            "/booking/applicants/1",
            Map.of(
                "documentType", "HKID",
                "documentNumber", "G123461(6)",
                "dateOfBirthDay", "14",
                "dateOfBirthMonth", "2",
                "dateOfBirthYear", "1979"));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"dateOfBirth-day-error\"");
    assertThat(page.body()).contains("此申請類別的申請人在預約當日必須介乎 11 至 17 歲。");
  }

  @Test
  void secondConfirmOfChangeShowsChangedPage() {
    String hkid = "G123460(8)";
    bookDirectly(TYPE, hkid, freeSlot(19).start());
    OffsetDateTime newStart = freeSlot(20).start();
    PageClient client = new PageClient(port);
    client.get("/booking/manage?lang=en");
    client.post("/booking/manage", Map.of("documentNumber", hkid, "enquiryCode", "1111"));
    client.post("/booking/manage/office", Map.of("office", OFFICE));
    client.post("/booking/manage/date", Map.of("date", newStart.toLocalDate().toString()));
    client.post("/booking/manage/time", Map.of("start", newStart.toString()));
    HttpResponse<String> first = client.post("/booking/manage/confirm-change", Map.of());
    assertThat(PageClient.location(first)).endsWith("/booking/manage/changed");

    HttpResponse<String> again = client.post("/booking/manage/confirm-change", Map.of());

    assertThat(PageClient.location(again)).endsWith("/booking/manage/changed");
    assertThat(client.follow(again).body()).contains("Appointment changed");
  }

  @Test
  void errorTitleHasNoSpaceAfterChineseColon() {
    PageClient client = new PageClient(port);
    client.get("/booking/type?lang=zh-CN");
    client.post("/booking/type", Map.of("type", TYPE));
    client.post("/booking/applicants", Map.of("count", "1"));

    HttpResponse<String> page = client.post("/booking/applicants/1", Map.of("documentType", "HKID"));

    assertThat(page.body()).contains("<title>错误：第 1 位申请人");
  }

  @Test
  void lookUpReportsMissingNumberAndShortCode() {
    PageClient client = new PageClient(port);
    client.get("/booking/manage?lang=en");

    String page =
        client.post("/booking/manage", Map.of("documentNumber", "", "enquiryCode", "12")).body();

    assertThat(page).contains("id=\"documentNumber-error\"");
    assertThat(page).contains("id=\"enquiryCode-error\"");
  }

  @Test
  void lookUpWithSeveralAppointmentsOffersChoice() {
    String hkid = "G123456(A)";
    String first = bookDirectly(TYPE, hkid, freeSlot(12).start());
    String second = bookDirectly("lost-damaged-defaced", hkid, freeSlot(13).start());
    PageClient client = new PageClient(port);
    client.get("/booking/manage?lang=en");

    HttpResponse<String> found =
        client.post("/booking/manage", Map.of("documentNumber", hkid, "enquiryCode", "1111"));

    assertThat(PageClient.location(found)).endsWith("/booking/manage/choose");
    String choices = client.follow(found).body();
    assertThat(choices).contains("value=\"" + first + "\"");
    assertThat(choices).contains("value=\"" + second + "\"");
  }

  @Test
  void chosenAppointmentIsShown() {
    String hkid = "G123457(8)";
    bookDirectly(TYPE, hkid, freeSlot(14).start());
    String second = bookDirectly("lost-damaged-defaced", hkid, freeSlot(15).start());
    PageClient client = new PageClient(port);
    client.get("/booking/manage?lang=en");
    client.post("/booking/manage", Map.of("documentNumber", hkid, "enquiryCode", "1111"));

    HttpResponse<String> chosen = client.post("/booking/manage/choose", Map.of("reference", second));

    assertThat(PageClient.location(chosen)).endsWith("/booking/manage/appointment");
    assertThat(client.follow(chosen).body()).contains(second);
  }

  @Test
  void choosingNothingShowsError() {
    String hkid = "G123458(6)";
    bookDirectly(TYPE, hkid, freeSlot(16).start());
    bookDirectly("lost-damaged-defaced", hkid, freeSlot(17).start());
    PageClient client = new PageClient(port);
    client.get("/booking/manage?lang=en");
    client.post("/booking/manage", Map.of("documentNumber", hkid, "enquiryCode", "1111"));

    String page = client.post("/booking/manage/choose", Map.of()).body();

    assertThat(page).contains("id=\"reference-error\"");
  }

  private void answerUpToCheck(PageClient client, String hkid, OffsetDateTime start) {
    answerUpToCheck(client, TYPE, hkid, start);
  }

  /** Answers every question for one applicant born on 14 February 1979. */
  private void answerUpToCheck(PageClient client, String typeId, String hkid, OffsetDateTime start) {
    answerUpToCheck(client, typeId, hkid, LocalDate.of(1979, 2, 14), start);
  }

  private void answerUpToCheck(
      PageClient client, String typeId, String hkid, LocalDate birth, OffsetDateTime start) {
    client.get("/booking/type?lang=en");
    client.post("/booking/type", Map.of("type", typeId));
    client.post("/booking/applicants", Map.of("count", "1"));
    client.post(
        "/booking/applicants/1",
        Map.of(
            "documentType", "HKID",
            "documentNumber", hkid,
            "dateOfBirthDay", Integer.toString(birth.getDayOfMonth()),
            "dateOfBirthMonth", Integer.toString(birth.getMonthValue()),
            "dateOfBirthYear", Integer.toString(birth.getYear())));
    client.post("/booking/office", Map.of("office", OFFICE));
    client.post("/booking/date", Map.of("date", start.toLocalDate().toString()));
    client.post("/booking/time", Map.of("start", start.toString()));
    HttpResponse<String> code =
        client.post(
            "/booking/enquiry-code",
            Map.of(
                "enquiryCode", ENQUIRY_CODE, "enquiryCodeConfirmation", ENQUIRY_CODE, "email", ""));
    assertThat(PageClient.location(code)).endsWith("/booking/check");
  }

  /**
   * Returns the slot with the most places left on the n-th bookable date, so that other test classes
   * that book at the same office do not leave this one too little room.
   */
  private SlotAvailability freeSlot(int dateIndex) {
    LocalDate date = catalogue.dates(OFFICE, TYPE).get(dateIndex).date();
    return catalogue.slots(OFFICE, TYPE, date).stream()
        .max(Comparator.comparingInt(SlotAvailability::remaining))
        .orElseThrow();
  }

  private void bookDirectly(String hkid, OffsetDateTime start) {
    bookDirectly(TYPE, hkid, start);
  }

  /** Books one applicant with enquiry code 1111 and returns the booking reference. */
  private String bookDirectly(String typeId, String hkid, OffsetDateTime start) {
    return booking.book(
        new BookingRequest(
            typeId,
            OFFICE,
            start,
            List.of(new ApplicantDetails(DocumentType.HKID, hkid, LocalDate.of(1980, 1, 1))),
            "1111",
            null,
            Language.EN),
        "127.0.0.1")
        .reference();
  }
}
