package org.tamar.booking.appointments;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tamar.booking.Appointment;
import org.tamar.booking.AppointmentCancelled;
import org.tamar.booking.AppointmentCredentials;
import org.tamar.booking.AppointmentManagement;
import org.tamar.booking.AppointmentRescheduled;
import org.tamar.booking.BookingCatalogue;
import org.tamar.booking.appointments.EnquiryCodeCheck.Opened;
import org.tamar.booking.slots.SlotRepository;
import org.tamar.booking.slots.SlotSchedule;
import org.tamar.platform.audit.AuditOutcome;
import org.tamar.platform.problem.ProblemException;
import org.tamar.platform.time.BusinessTime;

/** Looks up, cancels and reschedules appointments for a person with the document number and code. */
@Service
class AppointmentManagementService implements AppointmentManagement {

  private static final Logger log = LoggerFactory.getLogger(AppointmentManagementService.class);

  private final EnquiryCodeCheck check;
  private final BookingCatalogue catalogue;
  private final SlotSchedule schedule;
  private final SlotRepository slots;
  private final AppointmentRepository appointments;
  private final BookingAudit audit;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transactions;
  private final Clock clock;

  AppointmentManagementService(
      EnquiryCodeCheck check,
      BookingCatalogue catalogue,
      SlotSchedule schedule,
      SlotRepository slots,
      AppointmentRepository appointments,
      BookingAudit audit,
      ApplicationEventPublisher events,
      TransactionTemplate transactions,
      Clock clock) {
    this.check = check;
    this.catalogue = catalogue;
    this.schedule = schedule;
    this.slots = slots;
    this.appointments = appointments;
    this.audit = audit;
    this.events = events;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public Appointment lookUp(AppointmentCredentials credentials, String sourceAddress) {
    Opened opened = check.open(credentials, Optional.empty(), BookingAudit.LOOK_UP, sourceAddress);
    String reference = opened.appointment().reference();
    audit.success(BookingAudit.LOOK_UP, reference, sourceAddress, Map.of());
    return opened.appointment().toAppointment();
  }

  @Override
  public Appointment lookUp(
      String reference, AppointmentCredentials credentials, String sourceAddress) {
    String normalised = BookingReferences.normalise(reference);
    Opened opened =
        check.open(credentials, Optional.of(normalised), BookingAudit.LOOK_UP, sourceAddress);
    audit.success(BookingAudit.LOOK_UP, normalised, sourceAddress, Map.of());
    return opened.appointment().toAppointment();
  }

  @Override
  public List<Appointment> lookUpAll(AppointmentCredentials credentials, String sourceAddress) {
    List<StoredAppointment> opened =
        check.openAll(credentials, Optional.empty(), BookingAudit.LOOK_UP, sourceAddress)
            .appointments();
    for (StoredAppointment appointment : opened) {
      audit.success(BookingAudit.LOOK_UP, appointment.reference(), sourceAddress, Map.of());
    }
    return opened.stream().map(StoredAppointment::toAppointment).toList();
  }

  // NOTE: an appointment whose slot has passed can still be cancelled or rescheduled; no rule for
  // past appointments has been set yet.
  @Override
  public Appointment cancel(String reference, AppointmentCredentials credentials, String sourceAddress) {
    String normalised = BookingReferences.normalise(reference);
    check.open(credentials, Optional.of(normalised), BookingAudit.CANCEL, sourceAddress);
    Appointment cancelled =
        transactions.execute(
            status -> {
              StoredAppointment appointment = lockOrNotFound(normalised);
              Instant now = clock.instant();
              slots.release(appointment.officeId(), appointment.start(), appointment.persons());
              appointments.cancel(appointment.id(), now);
              events.publishEvent(
                  new AppointmentCancelled(
                      appointment.id(),
                      appointment.reference(),
                      appointment.officeId(),
                      inHongKong(appointment.start()),
                      appointment.persons(),
                      now));
              audit.success(
                  BookingAudit.CANCEL,
                  appointment.reference(),
                  sourceAddress,
                  Map.of("officeId", appointment.officeId(), "start", appointment.start().toString()));
              return appointments.findByReference(normalised).orElseThrow().toAppointment();
            });
    log.info("Appointment {} cancelled", cancelled.reference());
    return cancelled;
  }

  @Override
  public Appointment reschedule(
      String reference,
      AppointmentCredentials credentials,
      String officeId,
      OffsetDateTime start,
      String sourceAddress) {
    String normalised = BookingReferences.normalise(reference);
    if (catalogue.office(officeId).isEmpty()) {
      throw new ProblemException(HttpStatus.NOT_FOUND, "office_not_found");
    }
    Instant newStart = schedule.requireBookable(officeId, start);
    check.open(credentials, Optional.of(normalised), BookingAudit.RESCHEDULE, sourceAddress);
    try {
      Appointment moved =
          transactions.execute(status -> move(normalised, officeId, newStart, sourceAddress));
      log.info("Appointment {} rescheduled to office {}", moved.reference(), moved.officeId());
      return moved;
    } catch (ProblemException refused) {
      audit.refusal(
          BookingAudit.RESCHEDULE,
          normalised,
          AuditOutcome.REJECTED,
          sourceAddress,
          Map.of("code", refused.code(), "officeId", officeId, "start", newStart.toString()));
      throw refused;
    }
  }

  /**
   * Moves the places of a locked appointment, or leaves everything as it is when the slot is the
   * same. Every reschedule updates the two slot rows in (office, start) order, so two reschedules
   * in opposite directions wait for each other instead of deadlocking.
   */
  private Appointment move(String reference, String officeId, Instant newStart, String sourceAddress) {
    StoredAppointment appointment = lockOrNotFound(reference);
    if (appointment.officeId().equals(officeId) && appointment.start().equals(newStart)) {
      return appointment.toAppointment();
    }
    SlotKey from = new SlotKey(appointment.officeId(), appointment.start());
    SlotKey to = new SlotKey(officeId, newStart);
    int persons = appointment.persons();
    if (SlotKey.ORDER.compare(to, from) < 0) {
      takeOrFull(to, persons);
      slots.release(from.officeId(), from.start(), persons);
    } else {
      slots.release(from.officeId(), from.start(), persons);
      takeOrFull(to, persons);
    }
    Instant now = clock.instant();
    appointments.move(appointment.id(), officeId, newStart, now);
    events.publishEvent(
        new AppointmentRescheduled(
            appointment.id(),
            appointment.reference(),
            from.officeId(),
            inHongKong(from.start()),
            officeId,
            inHongKong(newStart),
            persons,
            now));
    audit.success(
        BookingAudit.RESCHEDULE,
        appointment.reference(),
        sourceAddress,
        Map.of(
            "previousOfficeId", from.officeId(),
            "previousStart", from.start().toString(),
            "officeId", officeId,
            "start", newStart.toString()));
    return appointments.findByReference(reference).orElseThrow().toAppointment();
  }

  private void takeOrFull(SlotKey slot, int persons) {
    if (!slots.take(slot.officeId(), slot.start(), schedule.capacity(slot.officeId()), persons)) {
      throw new ProblemException(HttpStatus.CONFLICT, "slot_full");
    }
  }

  /** Locks the active appointment; a concurrent cancel may have ended it since the code check. */
  private StoredAppointment lockOrNotFound(String reference) {
    return appointments
        .lockActive(reference)
        .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "appointment_not_found"));
  }

  private static OffsetDateTime inHongKong(Instant instant) {
    return instant.atZone(BusinessTime.ZONE).toOffsetDateTime();
  }

  private record SlotKey(String officeId, Instant start) {
    static final Comparator<SlotKey> ORDER =
        Comparator.comparing(SlotKey::officeId).thenComparing(SlotKey::start);
  }
}
