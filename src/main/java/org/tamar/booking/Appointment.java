package org.tamar.booking;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A booked appointment, with document numbers masked.
 *
 * @param reference the booking reference shown on the acknowledgement
 * @param typeId the appointment type id
 * @param officeId the office id
 * @param start the slot start, with the +08:00 offset
 * @param applicants the applicants, in the order given
 * @param status whether it is active or cancelled
 */
public record Appointment(
    String reference,
    String typeId,
    String officeId,
    OffsetDateTime start,
    List<BookedApplicant> applicants,
    AppointmentStatus status) {}
