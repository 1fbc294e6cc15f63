/**
 * Appointment booking at Registration of Persons (ROP) offices for identity card applications.
 *
 * <p>Glossary:
 *
 * <ul>
 *   <li><b>office</b>: an ROP office that takes booked applications;
 *   <li><b>appointment type</b>: the kind of application, such as first registration at age 11;
 *   <li><b>working day</b>: a day the office is open, never a Sunday or a general holiday;
 *   <li><b>booking window</b>: from the next working day after today to 96 working days ahead;
 *   <li><b>slot</b>: a fixed-length period at an office with a capacity in persons;
 *   <li><b>applicant</b>: one person in a booking; a group booking has up to 4;
 *   <li><b>enquiry code</b>: a 4-digit code the applicant chooses, needed with the document number to
 *       look up, reschedule or cancel;
 *   <li><b>booking reference</b>: a short random code shown on the acknowledgement.
 * </ul>
 *
 * <p>The root package is the module's API: {@link org.tamar.booking.BookingCatalogue} for offices,
 * types and availability, {@link org.tamar.booking.AppointmentBooking} to book, and {@link
 * org.tamar.booking.AppointmentManagement} to look up, reschedule and cancel. Refusals are {@link
 * org.tamar.platform.problem.ProblemException}s with the codes listed on each method. Events
 * {@link org.tamar.booking.AppointmentBooked}, {@link org.tamar.booking.AppointmentCancelled} and
 * {@link org.tamar.booking.AppointmentRescheduled} carry ids and times only.
 *
 * <p>Internals: {@code referencedata} loads offices, types and holidays from {@code data/booking/}
 * at start-up, {@code calendar} computes working days and slot times, {@code slots} serves
 * availability and owns slot capacity, {@code appointments} books, looks up, cancels and
 * reschedules, and {@code web} is the REST API under {@code /api/v1/booking}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Booking")
package org.tamar.booking;
