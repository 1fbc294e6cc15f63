package org.tamar.booking;

import java.time.OffsetDateTime;

/**
 * Looks up, reschedules and cancels appointments for a person who gives a document number and the
 * enquiry code. Every call is audited; wrong codes count towards a lockout of the document number.
 */
public interface AppointmentManagement {

  /**
   * Finds the active appointment of a document number.
   *
   * @throws org.tamar.platform.problem.ProblemException 404 {@code appointment_not_found} for an
   *     unknown document or a wrong code alike; 429 {@code too_many_attempts} during a lockout
   */
  Appointment lookUp(AppointmentCredentials credentials, String sourceAddress);

  /**
   * Cancels an appointment and frees its places at once.
   *
   * @throws org.tamar.platform.problem.ProblemException as {@link #lookUp}, also when the reference
   *     does not belong to the document number
   */
  Appointment cancel(String reference, AppointmentCredentials credentials, String sourceAddress);

  /**
   * Moves an appointment to another slot, atomically: the new places are taken and the old ones
   * freed, or nothing changes.
   *
   * @throws org.tamar.platform.problem.ProblemException as {@link #lookUp}; 404 {@code
   *     office_not_found}; 409 {@code slot_full}; 422 {@code slot_unavailable}
   */
  Appointment reschedule(
      String reference,
      AppointmentCredentials credentials,
      String officeId,
      OffsetDateTime start,
      String sourceAddress);
}
