package org.tamar.booking;

/**
 * The document number and enquiry code an applicant gives to look up, reschedule or cancel an
 * appointment.
 *
 * @param documentNumber the document number of any applicant of the appointment, as typed
 * @param enquiryCode the 4-digit enquiry code chosen at booking
 */
public record AppointmentCredentials(String documentNumber, String enquiryCode) {

  @Override
  public String toString() {
    return "AppointmentCredentials[***]";
  }
}
