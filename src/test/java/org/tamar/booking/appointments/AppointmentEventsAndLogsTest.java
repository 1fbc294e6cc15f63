package org.tamar.booking.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.tamar.booking.ApplicantDetails;
import org.tamar.booking.Appointment;
import org.tamar.booking.AppointmentBooked;
import org.tamar.booking.AppointmentBooking;
import org.tamar.booking.AppointmentCancelled;
import org.tamar.booking.AppointmentCredentials;
import org.tamar.booking.AppointmentManagement;
import org.tamar.booking.AppointmentRescheduled;
import org.tamar.booking.BookingRequest;
import org.tamar.booking.DocumentType;
import org.tamar.booking.TestDocuments;
import org.tamar.platform.i18n.Language;
import org.tamar.platform.problem.ProblemException;
import org.tamar.test.TamarTest;

/**
 * The services called directly at the Kowloon office on 2026-10-24: the events they publish, and
 * the absence of personal data from those events and from the log.
 */
@TamarTest
@RecordApplicationEvents
@ExtendWith(OutputCaptureExtension.class)
class AppointmentEventsAndLogsTest {

  private static final String OFFICE = "rop-kowloon";
  private static final String TYPE = "replacement-age-18";

  @Autowired AppointmentBooking booking;
  @Autowired AppointmentManagement management;
  @Autowired ApplicationEvents events;

  private Appointment book(String hkid, String start) {
    return booking.book(
        new BookingRequest(
            TYPE,
            OFFICE,
            OffsetDateTime.parse(start),
            List.of(new ApplicantDetails(DocumentType.HKID, hkid, LocalDate.parse("2008-02-29"))),
            "8642",
            "applicant@example.org",
            Language.ZH_HK),
        "127.0.0.1");
  }

  @Test
  void bookingPublishesAppointmentBooked() {
    Appointment appointment = book(TestDocuments.nextHkid(), "2026-10-24T09:00:00+08:00");

    assertThat(events.stream(AppointmentBooked.class).map(AppointmentBooked::reference))
        .containsExactly(appointment.reference());
  }

  @Test
  void cancellingPublishesAppointmentCancelled() {
    String hkid = TestDocuments.nextHkid();
    Appointment appointment = book(hkid, "2026-10-24T09:15:00+08:00");

    management.cancel(appointment.reference(), new AppointmentCredentials(hkid, "8642"), "127.0.0.1");

    assertThat(events.stream(AppointmentCancelled.class).map(AppointmentCancelled::reference))
        .containsExactly(appointment.reference());
  }

  @Test
  void reschedulingPublishesAppointmentRescheduled() {
    String hkid = TestDocuments.nextHkid();
    Appointment appointment = book(hkid, "2026-10-24T09:30:00+08:00");

    management.reschedule(
        appointment.reference(),
        new AppointmentCredentials(hkid, "8642"),
        OFFICE,
        OffsetDateTime.parse("2026-10-24T09:45:00+08:00"),
        "127.0.0.1");

    AppointmentRescheduled rescheduled = events.stream(AppointmentRescheduled.class).findFirst().orElseThrow();
    assertThat(rescheduled.previousStart()).isEqualTo(OffsetDateTime.parse("2026-10-24T09:30:00+08:00"));
    assertThat(rescheduled.start()).isEqualTo(OffsetDateTime.parse("2026-10-24T09:45:00+08:00"));
  }

  @Test
  void eventsCarryNoDocumentNumber() {
    String hkid = TestDocuments.nextHkid();
    book(hkid, "2026-10-24T10:00:00+08:00");

    assertThat(events.stream().map(Object::toString)).noneMatch(text -> text.contains(hkid.substring(1, 7)));
  }

  @Test
  void logsCarryNoPersonalData(CapturedOutput output) {
    String hkid = TestDocuments.nextHkid();
    Appointment appointment = book(hkid, "2026-10-24T10:15:00+08:00");
    management.lookUp(new AppointmentCredentials(hkid, "8642"), "127.0.0.1");
    assertThatThrownBy(() -> management.lookUp(new AppointmentCredentials(hkid, "0000"), "127.0.0.1"))
        .isInstanceOf(ProblemException.class);
    management.cancel(appointment.reference(), new AppointmentCredentials(hkid, "8642"), "127.0.0.1");

    assertThat(output.getAll()).contains(appointment.reference());
    assertThat(output.getAll()).doesNotContain(hkid.substring(1, 7));
    assertThat(output.getAll()).doesNotContain("2008-02-29");
    assertThat(output.getAll()).doesNotContain("applicant@example.org");
  }
}
