package org.tamar.booking.appointments;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tamar.booking.Appointment;
import org.tamar.booking.AppointmentBooked;
import org.tamar.booking.AppointmentBooking;
import org.tamar.booking.BookingCatalogue;
import org.tamar.booking.BookingRequest;
import org.tamar.booking.appointments.AppointmentRepository.NewAppointment;
import org.tamar.booking.referencedata.AgeLimits;
import org.tamar.booking.referencedata.BookingReferenceData;
import org.tamar.booking.slots.SlotRepository;
import org.tamar.booking.slots.SlotSchedule;
import org.tamar.platform.audit.AuditOutcome;
import org.tamar.platform.problem.FieldProblem;
import org.tamar.platform.problem.ProblemException;
import org.tamar.platform.time.BusinessTime;

/**
 * Books appointments. Places, appointment, applicants, event and audit entry are written in one
 * transaction, so a refused booking leaves nothing behind but its audit entry.
 */
@Service
class AppointmentBookingService implements AppointmentBooking {

  private static final Logger log = LoggerFactory.getLogger(AppointmentBookingService.class);

  /** References are 50 random bits, so even one retry is rare; 5 failures point to a broken generator. */
  private static final int REFERENCE_ATTEMPTS = 5;

  private final BookingRequestValidator validator;
  private final BookingCatalogue catalogue;
  private final SlotSchedule schedule;
  private final SlotRepository slots;
  private final AppointmentRepository appointments;
  private final BookingReferences references;
  private final BookingSecrets secrets;
  private final BookingAudit audit;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transactions;
  private final BookingReferenceData referenceData;
  private final Clock clock;

  AppointmentBookingService(
      BookingRequestValidator validator,
      BookingCatalogue catalogue,
      SlotSchedule schedule,
      SlotRepository slots,
      AppointmentRepository appointments,
      BookingReferences references,
      BookingSecrets secrets,
      BookingAudit audit,
      ApplicationEventPublisher events,
      TransactionTemplate transactions,
      BookingReferenceData referenceData,
      Clock clock) {
    this.validator = validator;
    this.catalogue = catalogue;
    this.schedule = schedule;
    this.slots = slots;
    this.appointments = appointments;
    this.references = references;
    this.secrets = secrets;
    this.audit = audit;
    this.events = events;
    this.transactions = transactions;
    this.referenceData = referenceData;
    this.clock = clock;
  }

  @Override
  public Appointment book(BookingRequest request, String sourceAddress) {
    ValidatedBooking booking = validator.validate(request);
    if (catalogue.office(booking.officeId()).isEmpty()) {
      throw new ProblemException(HttpStatus.NOT_FOUND, "office_not_found");
    }
    if (catalogue.appointmentType(booking.typeId()).isEmpty()) {
      throw new ProblemException(HttpStatus.NOT_FOUND, "appointment_type_not_found");
    }
    Instant start = schedule.requireBookable(booking.officeId(), booking.start());
    // NOTE: eligibility is checked at booking only. A reschedule past an applicant's birthday is
    // not checked again.
    requireEligible(booking, start);
    try {
      Appointment appointment = transactions.execute(status -> store(booking, start, sourceAddress));
      log.info(
          "Appointment {} booked at office {}, persons {}",
          appointment.reference(),
          appointment.officeId(),
          appointment.applicants().size());
      return appointment;
    } catch (ProblemException refused) {
      audit.refusal(
          BookingAudit.BOOK,
          null,
          AuditOutcome.REJECTED,
          sourceAddress,
          Map.of("code", refused.code(), "officeId", booking.officeId(), "start", start.toString()));
      throw refused;
    }
  }

  /**
   * Rejects the booking with 422 {@code applicant_not_eligible}, and a field error on each such
   * applicant's date of birth, when an applicant's age on the appointment date is outside the age
   * limits of the appointment type. The limits are reference data, so they can change without code.
   * Children under 11 hold no identity card, so the reference data lets them book only new arrival
   * registration and replacement of a lost or damaged card. That is a simplifying assumption.
   */
  private void requireEligible(ValidatedBooking booking, Instant start) {
    AgeLimits limits = referenceData.ageLimits(booking.typeId());
    LocalDate appointmentDate = LocalDate.ofInstant(start, BusinessTime.ZONE);
    List<FieldProblem> problems = new ArrayList<>();
    for (int i = 0; i < booking.applicants().size(); i++) {
      if (!limits.admits(booking.applicants().get(i).dateOfBirth(), appointmentDate)) {
        problems.add(FieldProblem.of("applicants[" + i + "].dateOfBirth", "applicant_not_eligible"));
      }
    }
    if (!problems.isEmpty()) {
      throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "applicant_not_eligible", problems);
    }
  }

  /** Takes the places and writes the appointment. A refusal throws, which rolls everything back. */
  private Appointment store(ValidatedBooking booking, Instant start, String sourceAddress) {
    int persons = booking.applicants().size();
    if (!slots.take(booking.officeId(), start, schedule.capacity(booking.officeId()), persons)) {
      throw new ProblemException(HttpStatus.CONFLICT, "slot_full");
    }

    Instant now = clock.instant();
    UUID id = UUID.randomUUID();
    String reference = insertWithFreshReference(id, booking, start, now);
    insertApplicants(id, booking);

    Appointment appointment =
        appointments.findByReference(reference).orElseThrow().toAppointment();
    events.publishEvent(
        new AppointmentBooked(
            id, reference, booking.typeId(), booking.officeId(), appointment.start(), persons, now));
    audit.success(
        BookingAudit.BOOK,
        reference,
        sourceAddress,
        Map.of(
            "officeId", booking.officeId(),
            "typeId", booking.typeId(),
            "start", start.toString(),
            "persons", Integer.toString(persons)));
    return appointment;
  }

  /**
   * Inserts every applicant of an appointment.
   *
   * @throws ProblemException 409 {@code duplicate_appointment} naming each applicant who already
   *     holds an active appointment of the type
   */
  private void insertApplicants(UUID appointmentId, ValidatedBooking booking) {
    // ON CONFLICT DO NOTHING leaves the transaction usable, so every duplicate applicant is named.
    List<FieldProblem> duplicates = new ArrayList<>();
    for (int i = 0; i < booking.applicants().size(); i++) {
      ValidatedBooking.Applicant applicant = booking.applicants().get(i);
      boolean inserted =
          appointments.insertApplicant(
              appointmentId,
              i,
              applicant.documentType(),
              secrets.documentHash(applicant.documentNumber().normalised()),
              applicant.documentNumber().masked(),
              secrets.encryptDateOfBirth(applicant.dateOfBirth()),
              booking.typeId());
      if (!inserted) {
        duplicates.add(
            FieldProblem.of("applicants[" + i + "].documentNumber", "duplicate_appointment"));
      }
    }
    if (!duplicates.isEmpty()) {
      throw new ProblemException(HttpStatus.CONFLICT, "duplicate_appointment", duplicates);
    }
  }

  private String insertWithFreshReference(
      UUID id, ValidatedBooking booking, Instant start, Instant now) {
    for (int attempt = 1; attempt <= REFERENCE_ATTEMPTS; attempt++) {
      String reference = references.next();
      NewAppointment row =
          new NewAppointment(
              id,
              reference,
              booking.typeId(),
              booking.officeId(),
              start,
              booking.applicants().size(),
              secrets.enquiryCodeHash(reference, booking.enquiryCode()),
              secrets.encryptEmail(booking.email()),
              booking.language().tag(),
              now);
      if (appointments.insert(row)) {
        return reference;
      }
      log.warn("Booking reference collision, attempt {} of {}", attempt, REFERENCE_ATTEMPTS);
    }
    throw new IllegalStateException("No free booking reference after " + REFERENCE_ATTEMPTS + " attempts");
  }
}
