package org.tamar.booking.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tamar.booking.web.BookingBodies.booking;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tamar.booking.TestDocuments;
import org.tamar.booking.web.BookingApiClient.Response;
import org.tamar.booking.web.BookingDatabase.Snapshot;
import org.tamar.test.TamarTest;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/booking/appointments at the Kowloon office, with the clock fixed on 2026-10-16. */
@TamarTest
class AppointmentBookingHttpTest {

  private static final String PATH = "/api/v1/booking/appointments";
  private static final String OFFICE = "rop-kowloon";

  @Value("${local.server.port}")
  int port;

  @Autowired JdbcClient jdbc;

  private BookingApiClient api;
  private BookingDatabase database;

  @BeforeEach
  void connect() {
    api = new BookingApiClient(port);
    database = new BookingDatabase(jdbc);
  }

  @Nested
  class Success {

    @Test
    void returnsCreated() {
      Response response = api.post(PATH, booking(OFFICE, "2026-10-21T09:00:00+08:00").build());

      assertThat(response.status()).isEqualTo(201);
    }

    @Test
    void returnsCrockfordReference() {
      Response response = api.post(PATH, booking(OFFICE, "2026-10-21T09:00:00+08:00").build());

      assertThat(response.body().get("reference").asString()).matches("[0-9A-HJKMNP-TV-Z]{10}");
    }

    @Test
    void echoesSlotWithOffset() {
      Response response = api.post(PATH, booking(OFFICE, "2026-10-21T01:15:00Z").build());

      assertThat(response.body().get("start").asString()).isEqualTo("2026-10-21T09:15:00+08:00");
    }

    @Test
    void echoesTypeAndOffice() {
      Response response = api.post(PATH, booking(OFFICE, "2026-10-21T09:00:00+08:00").build());

      assertThat(response.body().get("type").asString()).isEqualTo(BookingBodies.TYPE);
      assertThat(response.body().get("officeId").asString()).isEqualTo(OFFICE);
    }

    @Test
    void masksDocumentNumbers() {
      BookingBodies body = booking(OFFICE, "2026-10-21T09:30:00+08:00");

      Response response = api.post(PATH, body.build());

      String masked = response.body().get("applicants").get(0).get("maskedDocumentNumber").asString();
      assertThat(masked).isEqualTo(body.firstDocument().substring(0, 2) + "*****(*)");
    }

    @Test
    void takesOnePlacePerApplicant() {
      BookingBodies body =
          booking(OFFICE, "2026-10-21T09:45:00+08:00")
              .applicant(TestDocuments.nextHkid())
              .applicant("TRAVEL_DOCUMENT", "E" + System.nanoTime() % 100_000_000, "2012-01-31");

      api.post(PATH, body.build());

      assertThat(database.taken(OFFICE, "2026-10-21T09:45:00+08:00")).isEqualTo(3);
    }

    @Test
    void lowersRemainingPlacesOfSlot() {
      api.post(PATH, booking(OFFICE, "2026-10-21T10:00:00+08:00").build());

      Response slots =
          api.get(
              "/api/v1/booking/offices/"
                  + OFFICE
                  + "/slots?type="
                  + BookingBodies.TYPE
                  + "&date=2026-10-21");
      assertThat(slots.body().get(5).get("remaining").asInt()).isEqualTo(3);
    }

    @Test
    void storesNoDocumentNumberInClear() {
      BookingBodies body = booking(OFFICE, "2026-10-21T10:15:00+08:00");
      api.post(PATH, body.build());
      String digits = body.firstDocument().substring(1, 7);

      long rows =
          jdbc.sql(
                  "SELECT count(*) FROM booking_applicant WHERE document_hash LIKE :p OR masked_document_number LIKE :p OR date_of_birth_encrypted LIKE :p")
              .param("p", "%" + digits + "%")
              .query(Long.class)
              .single();
      assertThat(rows).isZero();
    }

    @Test
    void auditsTheBooking() {
      Response response = api.post(PATH, booking(OFFICE, "2026-10-21T10:30:00+08:00").build());

      long rows =
          jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'booking.appointment.book' AND subject = :ref AND outcome = 'SUCCESS'")
              .param("ref", response.body().get("reference").asString())
              .query(Long.class)
              .single();
      assertThat(rows).isEqualTo(1);
    }

    @Test
    void acceptsBookingAgainAfterOtherType() {
      BookingBodies first = booking(OFFICE, "2026-10-21T10:45:00+08:00");
      api.post(PATH, first.build());
      BookingBodies second =
          booking(OFFICE, "2026-10-21T10:45:00+08:00")
              .withoutApplicants()
              .applicant(first.firstDocument())
              .with("type", "amendment-of-particulars");

      assertThat(api.post(PATH, second.build()).status()).isEqualTo(201);
    }
  }

  @Nested
  class Refusals {

    private Snapshot before;

    @BeforeEach
    void takeSnapshot() {
      before = database.snapshot();
    }

    private void assertNothingChanged() {
      assertThat(database.snapshot()).isEqualTo(before);
    }

    @Test
    void wrongCheckDigitIsInvalidDocumentNumber() {
      Response response =
          api.post(PATH, booking(OFFICE, "2026-10-22T09:00:00+08:00").withoutApplicants().applicant("A123456(4)").build());

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.code()).isEqualTo("invalid_document_number");
      assertThat(response.body().get("errors").get(0).get("field").asString())
          .isEqualTo("applicants[0].documentNumber");
      assertNothingChanged();
    }

    @Test
    void missingEnquiryCodeIsValidationFailure() {
      Response response =
          api.post(PATH, booking(OFFICE, "2026-10-22T09:00:00+08:00").with("enquiryCode", "12").build());

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.code()).isEqualTo("validation_failed");
      assertThat(response.body().get("errors").get(0).get("code").asString())
          .isEqualTo("invalid_enquiry_code");
      assertNothingChanged();
    }

    @Test
    void sameDocumentTwiceIsValidationFailure() {
      String hkid = TestDocuments.nextHkid();
      Response response =
          api.post(
              PATH,
              booking(OFFICE, "2026-10-22T09:00:00+08:00")
                  .withoutApplicants()
                  .applicant(hkid)
                  .applicant(hkid.toLowerCase())
                  .build());

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.body().get("errors").get(0).get("code").asString())
          .isEqualTo("duplicate_document");
      assertNothingChanged();
    }

    @Test
    void fiveApplicantsIsValidationFailure() {
      BookingBodies body = booking(OFFICE, "2026-10-22T09:00:00+08:00");
      for (int i = 0; i < 4; i++) {
        body.applicant(TestDocuments.nextHkid());
      }

      Response response = api.post(PATH, body.build());

      assertThat(response.body().get("errors").get(0).get("code").asString())
          .isEqualTo("invalid_applicant_count");
      assertNothingChanged();
    }

    @Test
    void futureDateOfBirthIsValidationFailure() {
      Response response =
          api.post(
              PATH,
              booking(OFFICE, "2026-10-22T09:00:00+08:00")
                  .withoutApplicants()
                  .applicant("HKID", TestDocuments.nextHkid(), "2026-10-17")
                  .build());

      assertThat(response.body().get("errors").get(0).get("code").asString())
          .isEqualTo("invalid_date_of_birth");
      assertNothingChanged();
    }

    @Test
    void birthBefore1900IsValidationFailure() {
      Response response =
          api.post(
              PATH,
              booking(OFFICE, "2026-10-22T09:00:00+08:00")
                  .withoutApplicants()
                  .applicant("HKID", TestDocuments.nextHkid(), "1899-12-31")
                  .build());

      assertThat(response.body().get("errors").get(0).get("code").asString())
          .isEqualTo("invalid_date_of_birth");
    }

    @Test
    void unknownDocumentTypeIsValidationFailure() {
      Response response =
          api.post(
              PATH,
              booking(OFFICE, "2026-10-22T09:00:00+08:00")
                  .withoutApplicants()
                  .applicant("LIBRARY_CARD", "12345", "2000-01-01")
                  .build());

      assertThat(response.code()).isEqualTo("validation_failed");
      assertThat(response.body().get("errors").get(0).get("code").asString())
          .isEqualTo("invalid_document_type");
    }

    @Test
    void malformedStartIsValidationFailure() {
      Response response = api.post(PATH, booking(OFFICE, "next tuesday").build());

      assertThat(response.code()).isEqualTo("validation_failed");
      assertNothingChanged();
    }

    @Test
    void malformedJsonIsMalformedRequest() {
      Response response = api.post(PATH, "{\"type\": ");

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.code()).isEqualTo("malformed_request");
    }

    @Test
    void unknownOfficeIsNotFound() {
      Response response = api.post(PATH, booking("rop-atlantis", "2026-10-22T09:00:00+08:00").build());

      assertThat(response.status()).isEqualTo(404);
      assertThat(response.code()).isEqualTo("office_not_found");
      assertNothingChanged();
    }

    @Test
    void unknownTypeIsNotFound() {
      Response response =
          api.post(PATH, booking(OFFICE, "2026-10-22T09:00:00+08:00").with("type", "passport").build());

      assertThat(response.status()).isEqualTo(404);
      assertThat(response.code()).isEqualTo("appointment_type_not_found");
      assertNothingChanged();
    }

    @Test
    void holidayIsSlotUnavailable() {
      Response response = api.post(PATH, booking(OFFICE, "2026-10-19T09:00:00+08:00").build());

      assertThat(response.status()).isEqualTo(422);
      assertThat(response.code()).isEqualTo("slot_unavailable");
      assertNothingChanged();
    }

    @Test
    void todayIsSlotUnavailable() {
      Response response = api.post(PATH, booking(OFFICE, "2026-10-16T14:00:00+08:00").build());

      assertThat(response.code()).isEqualTo("slot_unavailable");
      assertNothingChanged();
    }

    @Test
    void dayAfterWindowIsSlotUnavailable() {
      Response response = api.post(PATH, booking(OFFICE, "2027-02-15T09:00:00+08:00").build());

      assertThat(response.code()).isEqualTo("slot_unavailable");
      assertNothingChanged();
    }

    @Test
    void timeBetweenSlotsIsSlotUnavailable() {
      Response response = api.post(PATH, booking(OFFICE, "2026-10-22T09:05:00+08:00").build());

      assertThat(response.code()).isEqualTo("slot_unavailable");
      assertNothingChanged();
    }

    @Test
    void slotPastClosingIsSlotUnavailable() {
      Response response = api.post(PATH, booking(OFFICE, "2026-10-22T16:30:00+08:00").build());

      assertThat(response.code()).isEqualTo("slot_unavailable");
      assertNothingChanged();
    }

    @Test
    void fullSlotIsConflict() {
      String start = "2026-10-22T11:00:00+08:00";
      BookingBodies fourPersons = booking(OFFICE, start);
      for (int i = 0; i < 3; i++) {
        fourPersons.applicant(TestDocuments.nextHkid());
      }
      api.post(PATH, fourPersons.build());
      before = database.snapshot();

      Response response = api.post(PATH, booking(OFFICE, start).build());

      assertThat(response.status()).isEqualTo(409);
      assertThat(response.code()).isEqualTo("slot_full");
      assertNothingChanged();
    }

    @Test
    void groupLargerThanPlacesLeftIsConflict() {
      String start = "2026-10-22T11:15:00+08:00";
      api.post(PATH, booking(OFFICE, start).applicant(TestDocuments.nextHkid()).build());
      before = database.snapshot();
      BookingBodies threePersons =
          booking(OFFICE, start).applicant(TestDocuments.nextHkid()).applicant(TestDocuments.nextHkid());

      Response response = api.post(PATH, threePersons.build());

      assertThat(response.code()).isEqualTo("slot_full");
      assertNothingChanged();
    }

    @Test
    void secondActiveAppointmentIsDuplicate() {
      BookingBodies first = booking(OFFICE, "2026-10-22T11:30:00+08:00");
      api.post(PATH, first.build());
      before = database.snapshot();
      BookingBodies again =
          booking(OFFICE, "2026-10-22T11:45:00+08:00")
              .applicant(first.firstDocument().replace("(", " ").replace(")", "").toLowerCase());

      Response response = api.post(PATH, again.build());

      assertThat(response.status()).isEqualTo(409);
      assertThat(response.code()).isEqualTo("duplicate_appointment");
      assertNothingChanged();
    }

    @Test
    void duplicateNamesApplicantWithoutNumber() {
      BookingBodies first = booking(OFFICE, "2026-10-23T10:00:00+08:00");
      api.post(PATH, first.build());
      BookingBodies again =
          booking(OFFICE, "2026-10-23T10:15:00+08:00")
              .withoutApplicants()
              .applicant(TestDocuments.nextHkid())
              .applicant(first.firstDocument());

      Response response = api.post(PATH, again.build());

      assertThat(response.status()).isEqualTo(409);
      JsonNode errors = response.body().get("errors");
      assertThat(errors).hasSize(1);
      assertThat(errors.get(0).get("field").asString()).isEqualTo("applicants[1].documentNumber");
      assertThat(errors.get(0).get("code").asString()).isEqualTo("duplicate_appointment");
      assertThat(response.raw().body()).doesNotContain(first.firstDocument());
    }

    @Test
    void duplicateViaBirthCertificateIsDuplicate() {
      BookingBodies first = booking(OFFICE, "2026-10-22T12:00:00+08:00");
      api.post(PATH, first.build());
      before = database.snapshot();
      BookingBodies again =
          booking(OFFICE, "2026-10-22T12:15:00+08:00")
              .withoutApplicants()
              .applicant("HK_BIRTH_CERTIFICATE", first.firstDocument(), "2010-05-01");

      Response response = api.post(PATH, again.build());

      assertThat(response.code()).isEqualTo("duplicate_appointment");
      assertNothingChanged();
    }

    @Test
    void refusalIsAudited() {
      long refusals = database.auditCount("booking.appointment.book", "REJECTED");
      String start = "2026-10-22T12:30:00+08:00";
      BookingBodies fourPersons = booking(OFFICE, start);
      for (int i = 0; i < 3; i++) {
        fourPersons.applicant(TestDocuments.nextHkid());
      }
      api.post(PATH, fourPersons.build());

      api.post(PATH, booking(OFFICE, start).build());

      assertThat(database.auditCount("booking.appointment.book", "REJECTED")).isEqualTo(refusals + 1);
    }

    @Test
    void problemIsLocalisedInTraditionalChinese() {
      Response response =
          api.post(
              PATH + "?lang=zh-HK",
              booking(OFFICE, "2026-10-19T09:00:00+08:00").build());

      assertThat(response.body().get("title").asString()).isEqualTo("該時段不可預約");
    }
  }

  /** Age limits per appointment type, checked on the appointment date. */
  @Nested
  class Eligibility {

    private static final String DAY = "2026-10-27";

    private Response bookBornOn(String typeId, String dateOfBirth, String time) {
      return api.post(
          PATH,
          booking(OFFICE, DAY + "T" + time + ":00+08:00")
              .withoutApplicants()
              .applicant("HKID", TestDocuments.nextHkid(), dateOfBirth)
              .with("type", typeId)
              .build());
    }

    @Test
    void adultCannotBookFirstRegistration() {
      Snapshot before = database.snapshot();

      Response response = bookBornOn("first-registration-age-11", "1985-06-01", "09:00");

      assertThat(response.status()).isEqualTo(422);
      assertThat(response.code()).isEqualTo("applicant_not_eligible");
      assertThat(response.body().get("errors").get(0).get("field").asString())
          .isEqualTo("applicants[0].dateOfBirth");
      assertThat(database.snapshot()).isEqualTo(before);
    }

    @Test
    void eleventhBirthdayOnAppointmentDayIsEligible() {
      Response response = bookBornOn("first-registration-age-11", "2015-10-27", "09:15");

      assertThat(response.status()).isEqualTo(201);
    }

    @Test
    void dayBeforeEleventhBirthdayIsNotEligible() {
      Response response = bookBornOn("first-registration-age-11", "2015-10-28", "09:15");

      assertThat(response.code()).isEqualTo("applicant_not_eligible");
    }

    @Test
    void eighteenYearOldCannotBookFirstRegistration() {
      Response response = bookBornOn("first-registration-age-11", "2008-10-27", "09:30");

      assertThat(response.code()).isEqualTo("applicant_not_eligible");
    }

    @Test
    void seventeenYearOldCannotBookReplacementAt18() {
      Response response = bookBornOn("replacement-age-18", "2008-10-28", "09:30");

      assertThat(response.code()).isEqualTo("applicant_not_eligible");
    }

    @Test
    void childUnder11CannotBookAmendment() {
      Response response = bookBornOn("amendment-of-particulars", "2018-01-01", "09:45");

      assertThat(response.code()).isEqualTo("applicant_not_eligible");
    }

    @Test
    void childUnder11CanBookNewArrival() {
      Response response = bookBornOn("new-arrival", "2018-01-01", "09:45");

      assertThat(response.status()).isEqualTo(201);
    }

    @Test
    void errorNamesOnlyTheIneligibleApplicant() {
      Response response =
          api.post(
              PATH,
              booking(OFFICE, DAY + "T10:00:00+08:00")
                  .applicant("HKID", TestDocuments.nextHkid(), "1985-06-01")
                  .build());

      assertThat(response.body().get("errors").size()).isEqualTo(1);
      assertThat(response.body().get("errors").get(0).get("field").asString())
          .isEqualTo("applicants[1].dateOfBirth");
    }

    @Test
    void problemIsLocalisedInSimplifiedChinese() {
      Response response =
          api.post(
              PATH + "?lang=zh-CN",
              booking(OFFICE, DAY + "T10:15:00+08:00")
                  .withoutApplicants()
                  .applicant("HKID", TestDocuments.nextHkid(), "1985-06-01")
                  .build());

      assertThat(response.body().get("title").asString()).isEqualTo("申请人不符合此申请类别的资格");
    }
  }

  /** Every field error of a request comes back in one response, whatever stage finds it. */
  @Nested
  class AllFieldErrors {

    private List<String> fields(Response response) {
      List<String> fields = new java.util.ArrayList<>();
      response.body().get("errors").forEach(error -> fields.add(error.get("field").asString()));
      return fields;
    }

    @Test
    void emptyBodyListsEveryRequiredField() {
      Response response = api.post(PATH, "{}");

      assertThat(response.code()).isEqualTo("validation_failed");
      assertThat(fields(response))
          .containsExactlyInAnyOrder("type", "officeId", "start", "applicants", "enquiryCode");
    }

    @Test
    void badDocumentTypeKeepsOtherErrors() {
      Response response =
          api.post(
              PATH,
              booking(OFFICE, "2026-10-22T09:00:00+08:00")
                  .withoutApplicants()
                  .applicant("LIBRARY_CARD", "12345", "2000-01-01")
                  .applicant("HKID", "A123456(4)", "not a date")
                  .with("enquiryCode", "12")
                  .build());

      assertThat(fields(response))
          .containsExactlyInAnyOrder(
              "applicants[0].documentType",
              "applicants[1].documentNumber",
              "applicants[1].dateOfBirth",
              "enquiryCode");
    }

    @Test
    void badDateOfBirthKeepsStartError() {
      Response response =
          api.post(
              PATH,
              booking(OFFICE, "next tuesday")
                  .withoutApplicants()
                  .applicant("HKID", TestDocuments.nextHkid(), "31/12/2000")
                  .build());

      assertThat(fields(response)).containsExactlyInAnyOrder("start", "applicants[0].dateOfBirth");
    }

    @Test
    void unknownLanguageKeepsFutureBirthError() {
      Response response =
          api.post(
              PATH,
              booking(OFFICE, "2026-10-22T09:00:00+08:00")
                  .withoutApplicants()
                  .applicant("HKID", TestDocuments.nextHkid(), "2030-01-01")
                  .with("language", "fr")
                  .build());

      assertThat(fields(response)).containsExactlyInAnyOrder("language", "applicants[0].dateOfBirth");
    }

    @Test
    void unknownLanguageIsInvalidChoice() {
      Response response =
          api.post(PATH, booking(OFFICE, "2026-10-22T09:00:00+08:00").with("language", "fr").build());

      assertThat(response.code()).isEqualTo("validation_failed");
      assertThat(response.body().get("errors").get(0).get("code").asString())
          .isEqualTo("invalid_choice");
    }

    @Test
    void unknownLanguageMessageNamesTheLanguages() {
      Response response =
          api.post(PATH, booking(OFFICE, "2026-10-22T09:00:00+08:00").with("language", "fr").build());

      assertThat(response.body().get("errors").get(0).get("message").asString())
          .isEqualTo("Choose one of: en, zh-HK, zh-CN.");
    }
  }

  @Test
  void problemBodyCarriesNoDocumentNumber() {
    Response response =
        api.post(PATH, booking(OFFICE, "2026-10-22T09:00:00+08:00").withoutApplicants().applicant("B987654(3)").build());

    assertThat(response.raw().body()).doesNotContain("987654");
  }

  @Test
  void responseListsEveryApplicantInOrder() {
    BookingBodies body =
        booking(OFFICE, "2026-10-23T09:00:00+08:00")
            .applicant("TRAVEL_DOCUMENT", "K" + (System.nanoTime() % 10_000_000), "2013-03-03");

    Response response = api.post(PATH, body.build());

    List<String> types =
        List.of(
            response.body().get("applicants").get(0).get("documentType").asString(),
            response.body().get("applicants").get(1).get("documentType").asString());
    assertThat(types).isEqualTo(List.of("HKID", "TRAVEL_DOCUMENT"));
  }

  @Test
  void activeStatusIsReturned() {
    Response response = api.post(PATH, booking(OFFICE, "2026-10-23T09:15:00+08:00").build());

    assertThat(response.body().get("status").asString()).isEqualTo("ACTIVE");
  }
}
