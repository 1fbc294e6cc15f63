package org.tamar.booking.web.pages;

import java.io.Serializable;
import org.tamar.booking.AppointmentCredentials;

/**
 * The booking reference and credentials kept in the session after a booking. The acknowledgement
 * pages use them to reload the appointment, which may have been rescheduled since.
 *
 * @param reference the booking reference
 * @param documentNumber the first applicant's document number, as typed
 * @param enquiryCode the enquiry code chosen at booking
 */
record BookedConfirmation(String reference, String documentNumber, String enquiryCode)
    implements Serializable {

  AppointmentCredentials credentials() {
    return new AppointmentCredentials(documentNumber, enquiryCode);
  }

  @Override
  public String toString() {
    return "BookedConfirmation[reference=" + reference + ", credentials=***]";
  }
}
