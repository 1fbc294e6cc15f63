package org.tamar.booking;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Published when an appointment is cancelled, in the same transaction. Carries ids and times only.
 *
 * @param appointmentId the internal id
 * @param reference the booking reference
 * @param officeId the office of the freed slot
 * @param start the start of the freed slot
 * @param persons the number of places freed
 * @param occurredAt when it was cancelled
 */
public record AppointmentCancelled(
    UUID appointmentId,
    String reference,
    String officeId,
    OffsetDateTime start,
    int persons,
    Instant occurredAt) {}
