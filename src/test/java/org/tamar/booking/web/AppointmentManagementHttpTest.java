package org.tamar.booking.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tamar.booking.web.BookingBodies.booking;
import static org.tamar.booking.web.BookingBodies.credentials;

import java.util.Map;
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

/** Look-up, cancel and reschedule over HTTP at the Fo Tan office. */
@TamarTest
class AppointmentManagementHttpTest {

  private static final String BASE = "/api/v1/booking/appointments";
  private static final String OFFICE = "rop-fo-tan";
  private static final String CODE = "2468";

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

  /** Books one applicant at a slot and returns the document number and reference. */
  private Booked book(String start) {
    BookingBodies body = booking(OFFICE, start);
    Response response = api.post(BASE, body.build());
    assertThat(response.status()).isEqualTo(201);
    return new Booked(body.firstDocument(), response.body().get("reference").asString());
  }

  private record Booked(String documentNumber, String reference) {}

  /** Two appointments of one document under the same code, of two types, the later booked first. */
  private record TwoTypes(String documentNumber, String earlier, String later) {}

  /** Books at 11:mm and 14:mm on 26 October. Each test passes its own minute, so no slot fills up. */
  private TwoTypes bookTwoTypes(String minute) {
    BookingBodies laterBody = booking(OFFICE, "2026-10-26T14:" + minute + ":00+08:00");
    Response later = api.post(BASE, laterBody.build());
    Response earlier =
        api.post(
            BASE,
            booking(OFFICE, "2026-10-26T11:" + minute + ":00+08:00")
                .withoutApplicants()
                .applicant(laterBody.firstDocument())
                .with("type", "amendment-of-particulars")
                .build());
    assertThat(earlier.status()).isEqualTo(201);
    return new TwoTypes(
        laterBody.firstDocument(),
        earlier.body().get("reference").asString(),
        later.body().get("reference").asString());
  }

  private static Map<String, Object> move(Booked booked, String code, String officeId, String start) {
    Map<String, Object> body = new java.util.LinkedHashMap<>(credentials(booked.documentNumber(), code));
    body.put("officeId", officeId);
    body.put("start", start);
    return body;
  }

  @Nested
  class LookUp {

    @Test
    void findsAppointmentWithRightCode() {
      Booked booked = book("2026-10-21T09:00:00+08:00");

      Response response = api.post(BASE + "/lookup", credentials(booked.documentNumber(), CODE));

      assertThat(response.status()).isEqualTo(200);
      assertThat(response.body().get("reference").asString()).isEqualTo(booked.reference());
    }

    @Test
    void acceptsNumberInAnotherWriting() {
      Booked booked = book("2026-10-21T09:00:00+08:00");
      String typed = booked.documentNumber().toLowerCase().replace("(", " ").replace(")", "");

      Response response = api.post(BASE + "/lookup", credentials(typed, CODE));

      assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void findsGroupAppointmentBySecondApplicant() {
      String second = TestDocuments.nextHkid();
      Response booked = api.post(BASE, booking(OFFICE, "2026-10-21T09:15:00+08:00").applicant(second).build());

      Response response = api.post(BASE + "/lookup", credentials(second, CODE));

      assertThat(response.body().get("reference").asString())
          .isEqualTo(booked.body().get("reference").asString());
    }

    @Test
    void wrongCodeIsNotFound() {
      Booked booked = book("2026-10-21T09:30:00+08:00");

      Response response = api.post(BASE + "/lookup", credentials(booked.documentNumber(), "1357"));

      assertThat(response.status()).isEqualTo(404);
      assertThat(response.code()).isEqualTo("appointment_not_found");
    }

    @Test
    void unknownDocumentIsNotFound() {
      Response response = api.post(BASE + "/lookup", credentials(TestDocuments.nextHkid(), CODE));

      assertThat(response.status()).isEqualTo(404);
      assertThat(response.code()).isEqualTo("appointment_not_found");
    }

    @Test
    void wrongCodeAndUnknownDocumentLookAlike() {
      Booked booked = book("2026-10-21T09:30:00+08:00");

      Response wrongCode = api.post(BASE + "/lookup", credentials(booked.documentNumber(), "1357"));
      Response unknown = api.post(BASE + "/lookup", credentials(TestDocuments.nextHkid(), "1357"));

      assertThat(wrongCode.raw().body()).isEqualTo(unknown.raw().body());
    }

    @Test
    void malformedCodeIsValidationFailure() {
      Response response = api.post(BASE + "/lookup", credentials(TestDocuments.nextHkid(), "12"));

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.code()).isEqualTo("validation_failed");
    }

    @Test
    void withoutReferenceReturnsEarliestOfSeveral() {
      TwoTypes booked = bookTwoTypes("00");

      Response response = api.post(BASE + "/lookup", credentials(booked.documentNumber(), CODE));

      assertThat(response.body().get("reference").asString()).isEqualTo(booked.earlier());
    }

    @Test
    void referenceChoosesAmongSeveral() {
      TwoTypes booked = bookTwoTypes("15");
      Map<String, Object> body = new java.util.LinkedHashMap<>(credentials(booked.documentNumber(), CODE));
      body.put("reference", booked.later().toLowerCase());

      Response response = api.post(BASE + "/lookup", body);

      assertThat(response.body().get("reference").asString()).isEqualTo(booked.later());
    }

    @Test
    void referenceOfAnotherPersonIsNotFound() {
      TwoTypes booked = bookTwoTypes("30");
      Booked other = book("2026-10-21T11:00:00+08:00");
      Map<String, Object> body = new java.util.LinkedHashMap<>(credentials(booked.documentNumber(), CODE));
      body.put("reference", other.reference());

      Response response = api.post(BASE + "/lookup", body);

      assertThat(response.code()).isEqualTo("appointment_not_found");
    }

    @Test
    void successIsAudited() {
      Booked booked = book("2026-10-21T09:45:00+08:00");

      api.post(BASE + "/lookup", credentials(booked.documentNumber(), CODE));

      long rows =
          jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'booking.appointment.look-up' AND subject = :ref AND outcome = 'SUCCESS'")
              .param("ref", booked.reference())
              .query(Long.class)
              .single();
      assertThat(rows).isEqualTo(1);
    }

    @Test
    void wrongCodeIsAuditedAsDenied() {
      Booked booked = book("2026-10-21T09:45:00+08:00");
      long before = database.auditCount("booking.appointment.look-up", "DENIED");

      api.post(BASE + "/lookup", credentials(booked.documentNumber(), "1357"));

      assertThat(database.auditCount("booking.appointment.look-up", "DENIED")).isEqualTo(before + 1);
    }
  }

  @Nested
  class Cancel {

    @Test
    void marksAppointmentCancelled() {
      Booked booked = book("2026-10-22T09:00:00+08:00");

      Response response =
          api.post(BASE + "/" + booked.reference() + "/cancel", credentials(booked.documentNumber(), CODE));

      assertThat(response.status()).isEqualTo(200);
      assertThat(response.body().get("status").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void freesPlacesAtOnce() {
      String start = "2026-10-22T09:15:00+08:00";
      Booked booked = book(start);

      api.post(BASE + "/" + booked.reference() + "/cancel", credentials(booked.documentNumber(), CODE));

      assertThat(database.taken(OFFICE, start)).isZero();
    }

    @Test
    void letsDocumentBookAgain() {
      Booked booked = book("2026-10-22T09:30:00+08:00");
      api.post(BASE + "/" + booked.reference() + "/cancel", credentials(booked.documentNumber(), CODE));

      Response again =
          api.post(
              BASE,
              booking(OFFICE, "2026-10-22T09:30:00+08:00")
                  .withoutApplicants()
                  .applicant(booked.documentNumber())
                  .build());

      assertThat(again.status()).isEqualTo(201);
    }

    @Test
    void secondCancelIsNotFound() {
      Booked booked = book("2026-10-22T09:45:00+08:00");
      api.post(BASE + "/" + booked.reference() + "/cancel", credentials(booked.documentNumber(), CODE));
      Snapshot before = database.snapshot();

      Response response =
          api.post(BASE + "/" + booked.reference() + "/cancel", credentials(booked.documentNumber(), CODE));

      assertThat(response.code()).isEqualTo("appointment_not_found");
      assertThat(database.snapshot()).isEqualTo(before);
    }

    @Test
    void someoneElsesReferenceIsNotFound() {
      Booked mine = book("2026-10-22T10:00:00+08:00");
      Booked theirs = book("2026-10-22T10:00:00+08:00");
      Snapshot before = database.snapshot();

      Response response =
          api.post(BASE + "/" + theirs.reference() + "/cancel", credentials(mine.documentNumber(), CODE));

      assertThat(response.code()).isEqualTo("appointment_not_found");
      assertThat(database.snapshot()).isEqualTo(before);
    }

    @Test
    void wrongCodeChangesNothing() {
      Booked booked = book("2026-10-22T10:15:00+08:00");
      Snapshot before = database.snapshot();

      Response response =
          api.post(BASE + "/" + booked.reference() + "/cancel", credentials(booked.documentNumber(), "0000"));

      assertThat(response.status()).isEqualTo(404);
      assertThat(database.snapshot()).isEqualTo(before);
    }

    @Test
    void acceptsReferenceInLowerCase() {
      Booked booked = book("2026-10-22T10:30:00+08:00");

      Response response =
          api.post(
              BASE + "/" + booked.reference().toLowerCase() + "/cancel",
              credentials(booked.documentNumber(), CODE));

      assertThat(response.status()).isEqualTo(200);
    }
  }

  @Nested
  class Reschedule {

    @Test
    void reportsStartAndCredentialErrorsTogether() {
      Map<String, Object> body = new java.util.LinkedHashMap<>(credentials("", "12"));
      body.put("start", "tomorrow");

      Response response = api.post(BASE + "/ABCD234567/reschedule", body);

      assertThat(response.code()).isEqualTo("validation_failed");
      assertThat(response.body().get("errors").size()).isEqualTo(4);
    }

    @Test
    void movesToNewSlot() {
      Booked booked = book("2026-10-23T09:00:00+08:00");

      Response response =
          api.post(
              BASE + "/" + booked.reference() + "/reschedule",
              move(booked, CODE, OFFICE, "2026-10-23T14:00:00+08:00"));

      assertThat(response.status()).isEqualTo(200);
      assertThat(response.body().get("start").asString()).isEqualTo("2026-10-23T14:00:00+08:00");
    }

    @Test
    void freesOldPlaceAndTakesNew() {
      Booked booked = book("2026-10-23T09:15:00+08:00");

      api.post(
          BASE + "/" + booked.reference() + "/reschedule",
          move(booked, CODE, OFFICE, "2026-10-23T14:15:00+08:00"));

      assertThat(database.taken(OFFICE, "2026-10-23T09:15:00+08:00")).isZero();
      assertThat(database.taken(OFFICE, "2026-10-23T14:15:00+08:00")).isEqualTo(1);
    }

    @Test
    void movesToAnotherOffice() {
      Booked booked = book("2026-10-23T09:30:00+08:00");

      Response response =
          api.post(
              BASE + "/" + booked.reference() + "/reschedule",
              move(booked, CODE, "rop-yuen-long", "2026-10-23T15:45:00+08:00"));

      assertThat(response.body().get("officeId").asString()).isEqualTo("rop-yuen-long");
    }

    @Test
    void sameSlotChangesNothing() {
      Booked booked = book("2026-10-23T09:45:00+08:00");
      Snapshot before = database.snapshot();

      Response response =
          api.post(
              BASE + "/" + booked.reference() + "/reschedule",
              move(booked, CODE, OFFICE, "2026-10-23T09:45:00+08:00"));

      assertThat(response.status()).isEqualTo(200);
      assertThat(database.snapshot()).isEqualTo(before);
    }

    @Test
    void fullSlotIsConflictAndChangesNothing() {
      String full = "2026-10-23T10:00:00+08:00";
      BookingBodies fourPersons = booking(OFFICE, full);
      for (int i = 0; i < 3; i++) {
        fourPersons.applicant(TestDocuments.nextHkid());
      }
      api.post(BASE, fourPersons.build());
      Booked booked = book("2026-10-23T10:15:00+08:00");
      Snapshot before = database.snapshot();

      Response response =
          api.post(BASE + "/" + booked.reference() + "/reschedule", move(booked, CODE, OFFICE, full));

      assertThat(response.status()).isEqualTo(409);
      assertThat(response.code()).isEqualTo("slot_full");
      assertThat(database.snapshot()).isEqualTo(before);
      assertThat(database.taken(OFFICE, "2026-10-23T10:15:00+08:00")).isEqualTo(1);
    }

    @Test
    void holidayIsSlotUnavailable() {
      Booked booked = book("2026-10-23T10:30:00+08:00");
      Snapshot before = database.snapshot();

      Response response =
          api.post(
              BASE + "/" + booked.reference() + "/reschedule",
              move(booked, CODE, OFFICE, "2026-12-25T10:00:00+08:00"));

      assertThat(response.status()).isEqualTo(422);
      assertThat(response.code()).isEqualTo("slot_unavailable");
      assertThat(database.snapshot()).isEqualTo(before);
    }

    @Test
    void unknownOfficeIsNotFound() {
      Booked booked = book("2026-10-23T10:30:00+08:00");

      Response response =
          api.post(
              BASE + "/" + booked.reference() + "/reschedule",
              move(booked, CODE, "rop-atlantis", "2026-10-23T11:00:00+08:00"));

      assertThat(response.code()).isEqualTo("office_not_found");
    }

    @Test
    void wrongCodeChangesNothing() {
      Booked booked = book("2026-10-23T10:45:00+08:00");
      Snapshot before = database.snapshot();

      Response response =
          api.post(
              BASE + "/" + booked.reference() + "/reschedule",
              move(booked, "9999", OFFICE, "2026-10-23T11:00:00+08:00"));

      assertThat(response.code()).isEqualTo("appointment_not_found");
      assertThat(database.snapshot()).isEqualTo(before);
    }

    @Test
    void missingStartIsValidationFailure() {
      Booked booked = book("2026-10-23T10:45:00+08:00");

      Response response =
          api.post(
              BASE + "/" + booked.reference() + "/reschedule", credentials(booked.documentNumber(), CODE));

      assertThat(response.code()).isEqualTo("validation_failed");
    }

    @Test
    void successIsAudited() {
      Booked booked = book("2026-10-23T11:00:00+08:00");
      long before = database.auditCount("booking.appointment.reschedule", "SUCCESS");

      api.post(
          BASE + "/" + booked.reference() + "/reschedule",
          move(booked, CODE, OFFICE, "2026-10-23T11:15:00+08:00"));

      assertThat(database.auditCount("booking.appointment.reschedule", "SUCCESS")).isEqualTo(before + 1);
    }
  }
}
