package org.tamar.booking;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Published when an appointment is booked, in the same transaction. Carries ids and times only.
 *
 * @param appointmentId the internal id
 * @param reference the booking reference
 * @param typeId the appointment type id
 * @param officeId the office id
 * @param start the slot start, with the +08:00 offset
 * @param persons the number of applicants, one place each
 * @param occurredAt when the booking was made
 */
public record AppointmentBooked(
    UUID appointmentId,
    String reference,
    String typeId,
    String officeId,
    OffsetDateTime start,
    int persons,
    Instant occurredAt) {}
