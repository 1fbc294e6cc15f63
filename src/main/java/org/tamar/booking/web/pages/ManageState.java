package org.tamar.booking.web.pages;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.tamar.booking.AppointmentCredentials;

/**
 * The state of one manage journey, kept in the HTTP session. It keeps the credentials accepted at
 * look-up, so later steps never put the enquiry code in a URL or a hidden field. It also keeps the
 * appointment and, while rescheduling, the new office, date and time.
 *
 * <p>NOTE: sessions live in the memory of one instance; they must move to Spring Session JDBC
 * before Tamar runs as several instances behind a load balancer.
 */
final class ManageState implements Serializable {

  private static final String ATTRIBUTE = ManageState.class.getName();

  private final String documentNumber;
  private final String enquiryCode;
  private AppointmentView appointment;
  private String officeId;
  private LocalDate date;
  private OffsetDateTime start;
  private AppointmentView previous;
  private boolean cancelled;

  private ManageState(String documentNumber, String enquiryCode, AppointmentView appointment) {
    this.documentNumber = documentNumber;
    this.enquiryCode = enquiryCode;
    this.appointment = appointment;
  }

  static ManageState begin(
      HttpSession session, AppointmentCredentials credentials, AppointmentView appointment) {
    ManageState state =
        new ManageState(credentials.documentNumber(), credentials.enquiryCode(), appointment);
    session.setAttribute(ATTRIBUTE, state);
    return state;
  }

  static Optional<ManageState> find(HttpSession session) {
    return Optional.ofNullable((ManageState) session.getAttribute(ATTRIBUTE));
  }

  /** Returns the state while the appointment can still be changed: looked up and not cancelled. */
  static Optional<ManageState> findActive(HttpSession session) {
    return find(session).filter(state -> !state.cancelled);
  }

  /** Removes the journey, so the next manage page sends the person back to the look-up. */
  static void end(HttpSession session) {
    session.removeAttribute(ATTRIBUTE);
  }

  AppointmentCredentials credentials() {
    return new AppointmentCredentials(documentNumber, enquiryCode);
  }

  AppointmentView appointment() {
    return appointment;
  }

  /**
   * Replaces the kept appointment with its current state from the database.
   *
   * @return whether the office, time or applicants differ from the copy shown before
   */
  boolean refresh(AppointmentView current) {
    boolean changed = !current.equals(appointment);
    appointment = current;
    return changed;
  }

  /** Returns the appointment as it was before the last reschedule, if there was one. */
  Optional<AppointmentView> previous() {
    return Optional.ofNullable(previous);
  }

  String officeId() {
    return officeId;
  }

  void chooseOffice(String newOfficeId) {
    if (!newOfficeId.equals(officeId)) {
      date = null;
      start = null;
    }
    officeId = newOfficeId;
  }

  LocalDate date() {
    return date;
  }

  void chooseDate(LocalDate newDate) {
    if (!newDate.equals(date)) {
      start = null;
    }
    date = newDate;
  }

  OffsetDateTime start() {
    return start;
  }

  void chooseStart(OffsetDateTime newStart) {
    start = newStart;
  }

  void clearStart() {
    start = null;
  }

  void clearDate() {
    date = null;
    start = null;
  }

  /** Records a reschedule: the new appointment replaces the old one and the choices are cleared. */
  void rescheduled(AppointmentView newAppointment) {
    previous = appointment;
    appointment = newAppointment;
    officeId = null;
    date = null;
    start = null;
  }

  /**
   * Returns whether the last step was a reschedule and no new office, date or time has been chosen
   * since.
   */
  boolean justRescheduled() {
    return previous != null && officeId == null && date == null && start == null;
  }

  /** Records a cancellation; nothing more can be changed with these credentials. */
  void cancelled(AppointmentView cancelledAppointment) {
    appointment = cancelledAppointment;
    cancelled = true;
  }

  boolean isCancelled() {
    return cancelled;
  }

  @Override
  public String toString() {
    return "ManageState[reference=" + appointment.reference() + ", cancelled=" + cancelled + "]";
  }
}
