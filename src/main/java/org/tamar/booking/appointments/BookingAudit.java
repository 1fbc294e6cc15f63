package org.tamar.booking.appointments;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.tamar.platform.audit.AuditEvent;
import org.tamar.platform.audit.AuditOutcome;
import org.tamar.platform.audit.AuditTrail;

/**
 * Writes the booking module's audit entries. Subjects are booking references or keyed hashes of
 * document numbers, never numbers in clear.
 */
@Component
class BookingAudit {

  static final String ACTOR = "citizen";
  static final String BOOK = "booking.appointment.book";
  static final String LOOK_UP = "booking.appointment.look-up";
  static final String CANCEL = "booking.appointment.cancel";
  static final String RESCHEDULE = "booking.appointment.reschedule";
  static final String LOCKOUT = "booking.enquiry-code.lockout";

  private final AuditTrail trail;

  BookingAudit(AuditTrail trail) {
    this.trail = trail;
  }

  /** Records a change in the caller's transaction, so both commit or neither does. */
  void success(String action, String reference, String sourceAddress, Map<String, String> details) {
    trail.record(
        new AuditEvent(ACTOR, action, reference, AuditOutcome.SUCCESS, sourceAddress, details));
  }

  /** Records a refusal in its own transaction, so it stays when the caller's rolls back. */
  void refusal(
      String action,
      String subject,
      AuditOutcome outcome,
      String sourceAddress,
      Map<String, String> details) {
    trail.recordIndependently(new AuditEvent(ACTOR, action, subject, outcome, sourceAddress, details));
  }
}
