package org.tamar.booking;

/** Books appointments. */
public interface AppointmentBooking {

  /**
   * Books a slot for every applicant of the request and publishes {@code AppointmentBooked}.
   *
   * @param sourceAddress the client IP address, for the audit trail
   * @return the active appointment
   * @throws org.tamar.platform.problem.ProblemException 400 {@code validation_failed} or {@code
   *     invalid_document_number} with field errors; 404 {@code office_not_found} or {@code
   *     appointment_type_not_found}; 409 {@code slot_full} or {@code duplicate_appointment}; 422
   *     {@code slot_unavailable}
   */
  Appointment book(BookingRequest request, String sourceAddress);
}
