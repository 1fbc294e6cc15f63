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
import org.tamar.booking.AppointmentBooking;
import org.tamar.booking.AppointmentCredentials;
import org.tamar.booking.AppointmentManagement;
import org.tamar.booking.AppointmentStatus;
import org.tamar.booking.BookingCatalogue;
import org.tamar.booking.BookingRequest;
import org.tamar.booking.DocumentType;
import org.tamar.booking.SlotAvailability;
import org.tamar.platform.i18n.Language;
import org.tamar.test.TamarTest;

/**
 * The manage pages over HTTP when the appointment changes outside the browser session, for example
 * through the API, after the look-up.
 */
@TamarTest
class ManagePagesHttpTest {

  private static final String OFFICE = "rop-tseung-kwan-o";
  private static final String OTHER_OFFICE = "rop-fo-tan";
  private static final String OTHER_OFFICE_NAME = "Fo Tan";
  private static final String TYPE = "amendment-of-particulars";
  private static final String ENQUIRY_CODE = "2468";

  @Value("${local.server.port}")
  int port;

  @Autowired BookingCatalogue catalogue;

  @Autowired AppointmentBooking booking;

  @Autowired AppointmentManagement management;

  @Test
  void appointmentPageShowsRescheduleMadeElsewhere() {
    String hkid = "K310201(7)";
    String reference = book(hkid, freeSlot(OFFICE, 3));
    PageClient client = lookedUp(hkid);
    client.get("/booking/manage/appointment");

    reschedule(reference, hkid, freeSlot(OTHER_OFFICE, 4));
    String page = client.get("/booking/manage/appointment").body();

    assertThat(page).contains(OTHER_OFFICE_NAME);
  }

  @Test
  void cancelPageShowsRescheduleMadeElsewhere() {
    String hkid = "K310202(5)";
    String reference = book(hkid, freeSlot(OFFICE, 5));
    PageClient client = lookedUp(hkid);

    reschedule(reference, hkid, freeSlot(OTHER_OFFICE, 6));
    String page = client.get("/booking/manage/cancel").body();

    assertThat(page).contains(OTHER_OFFICE_NAME);
  }

  @Test
  void cancelAfterRescheduleElsewhereAsksAgain() {
    String hkid = "K310203(3)";
    String reference = book(hkid, freeSlot(OFFICE, 7));
    PageClient client = lookedUp(hkid);
    client.get("/booking/manage/cancel");
    reschedule(reference, hkid, freeSlot(OTHER_OFFICE, 8));

    HttpResponse<String> response = client.post("/booking/manage/cancel", Map.of());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("was changed after you opened it");
    assertThat(response.body()).contains(OTHER_OFFICE_NAME);
    assertThat(status(hkid)).isEqualTo(AppointmentStatus.ACTIVE);
  }

  @Test
  void pageAfterCancelElsewhereSendsToLookUp() {
    String hkid = "K310204(1)";
    String reference = book(hkid, freeSlot(OFFICE, 9));
    PageClient client = lookedUp(hkid);
    management.cancel(reference, credentials(hkid), "127.0.0.1");

    HttpResponse<String> response = client.get("/booking/manage/appointment");

    assertThat(PageClient.location(response)).endsWith("/booking/manage");
    assertThat(client.follow(response).body()).contains("no longer active");
  }

  @Test
  void cancelAfterCancelElsewhereSendsToLookUp() {
    String hkid = "K310205(A)";
    String reference = book(hkid, freeSlot(OFFICE, 10));
    PageClient client = lookedUp(hkid);
    management.cancel(reference, credentials(hkid), "127.0.0.1");

    HttpResponse<String> response = client.post("/booking/manage/cancel", Map.of());

    assertThat(PageClient.location(response)).endsWith("/booking/manage");
  }

  @Test
  void appointmentPageLinksToPrintable() {
    String hkid = "K310206(8)";
    book(hkid, freeSlot(OFFICE, 11));
    PageClient client = lookedUp(hkid);

    String page = client.get("/booking/manage/appointment").body();

    assertThat(page).contains("href=\"/booking/manage/print\"");
  }

  @Test
  void printableShowsRescheduleMadeElsewhere() {
    String hkid = "K310207(6)";
    String reference = book(hkid, freeSlot(OFFICE, 12));
    PageClient client = lookedUp(hkid);

    reschedule(reference, hkid, freeSlot(OTHER_OFFICE, 13));
    HttpResponse<String> printable = client.get("/booking/manage/print");

    assertThat(printable.statusCode()).isEqualTo(200);
    assertThat(printable.body()).contains(OTHER_OFFICE_NAME);
    assertThat(printable.body()).doesNotContain("site-header");
  }

  @Test
  void changedPageLinksToPrintable() {
    String hkid = "K310208(4)";
    book(hkid, freeSlot(OFFICE, 14));
    OffsetDateTime newStart = freeSlot(OTHER_OFFICE, 15);
    PageClient client = lookedUp(hkid);
    client.post("/booking/manage/office", Map.of("office", OTHER_OFFICE));
    client.post("/booking/manage/date", Map.of("date", newStart.toLocalDate().toString()));
    client.post("/booking/manage/time", Map.of("start", newStart.toString()));
    HttpResponse<String> changed = client.post("/booking/manage/confirm-change", Map.of());

    String page = client.follow(changed).body();

    assertThat(page).contains("Appointment changed");
    assertThat(page).contains("href=\"/booking/manage/print\"");
  }

  private PageClient lookedUp(String hkid) {
    PageClient client = new PageClient(port);
    client.get("/booking/manage?lang=en");
    HttpResponse<String> found =
        client.post("/booking/manage", Map.of("documentNumber", hkid, "enquiryCode", ENQUIRY_CODE));
    assertThat(PageClient.location(found)).endsWith("/booking/manage/appointment");
    return client;
  }

  private AppointmentStatus status(String hkid) {
    return management.lookUp(credentials(hkid), "127.0.0.1").status();
  }

  private static AppointmentCredentials credentials(String hkid) {
    return new AppointmentCredentials(hkid, ENQUIRY_CODE);
  }

  private void reschedule(String reference, String hkid, OffsetDateTime start) {
    management.reschedule(reference, credentials(hkid), OTHER_OFFICE, start, "127.0.0.1");
  }

  /** Returns the start of the slot with the most places left on the n-th bookable date. */
  private OffsetDateTime freeSlot(String officeId, int dateIndex) {
    LocalDate date = catalogue.dates(officeId, TYPE).get(dateIndex).date();
    return catalogue.slots(officeId, TYPE, date).stream()
        .max(Comparator.comparingInt(SlotAvailability::remaining))
        .orElseThrow()
        .start();
  }

  private String book(String hkid, OffsetDateTime start) {
    return booking
        .book(
            new BookingRequest(
                TYPE,
                OFFICE,
                start,
                List.of(new ApplicantDetails(DocumentType.HKID, hkid, LocalDate.of(1980, 1, 1))),
                ENQUIRY_CODE,
                null,
                Language.EN),
            "127.0.0.1")
        .reference();
  }
}
