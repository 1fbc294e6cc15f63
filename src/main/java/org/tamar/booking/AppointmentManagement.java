package org.tamar.booking;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Looks up, reschedules and cancels appointments for a person who gives a document number and the
 * enquiry code. Every call is audited; wrong codes count towards a lockout of the document number.
 */
public interface AppointmentManagement {

  /**
   * Finds the active appointment of a document number whose enquiry code matches; when several
   * match, the one with the earliest start.
   *
   * @throws org.tamar.platform.problem.ProblemException 404 {@code appointment_not_found} for an
   *     unknown document or a wrong code alike; 429 {@code too_many_attempts} during a lockout
   */
  Appointment lookUp(AppointmentCredentials credentials, String sourceAddress);

  /**
   * Finds one active appointment of a document number by its reference, for a person who holds
   * several appointments under the same enquiry code.
   *
   * @throws org.tamar.platform.problem.ProblemException as {@link #lookUp(AppointmentCredentials,
   *     String)}, also when the reference does not belong to the document number
   */
  Appointment lookUp(String reference, AppointmentCredentials credentials, String sourceAddress);

  /**
   * Finds every active appointment of a document number whose enquiry code matches, earliest start
   * first; a person may hold one per appointment type. The call counts as one attempt towards the
   * lockout, as {@link #lookUp(AppointmentCredentials, String)} does.
   *
   * @return one or more appointments
   * @throws org.tamar.platform.problem.ProblemException as {@link #lookUp(AppointmentCredentials,
   *     String)}
   */
  List<Appointment> lookUpAll(AppointmentCredentials credentials, String sourceAddress);

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
