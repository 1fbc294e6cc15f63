package org.tamar.platform.audit;

import java.util.Map;
import java.util.Objects;

/**
 * One entry of the audit trail: who did what to which subject, and how it ended.
 *
 * @param actor who acted, such as {@code citizen}, {@code officer:<id>} or {@code system}
 * @param action a dotted verb, such as {@code booking.appointment.cancel}
 * @param subject what was acted on, such as a booking reference or a keyed hash of a document number;
 *     never a personal identifier in clear
 * @param outcome how it ended
 * @param sourceAddress the client IP address, or null for system actions
 * @param details extra non-personal facts, stored as JSON
 */
public record AuditEvent(
    String actor,
    String action,
    String subject,
    AuditOutcome outcome,
    String sourceAddress,
    Map<String, String> details) {

  public AuditEvent {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(outcome, "outcome");
    details = details == null ? Map.of() : Map.copyOf(details);
  }
}
