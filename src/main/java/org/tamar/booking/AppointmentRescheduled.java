package org.tamar.booking;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Published when an appointment moves to another slot, in the same transaction. Carries ids and times
 * only.
 *
 * @param appointmentId the internal id
 * @param reference the booking reference, which does not change
 * @param previousOfficeId the office of the freed slot
 * @param previousStart the start of the freed slot
 * @param officeId the office of the new slot
 * @param start the start of the new slot
 * @param persons the number of places moved
 * @param occurredAt when it was rescheduled
 */
public record AppointmentRescheduled(
    UUID appointmentId,
    String reference,
    String previousOfficeId,
    OffsetDateTime previousStart,
    String officeId,
    OffsetDateTime start,
    int persons,
    Instant occurredAt) {}
