package org.tamar.booking.web.pages;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.tamar.booking.AppointmentCredentials;

/**
 * The appointments that one look-up opened when a person has several under the same enquiry code,
 * kept in the HTTP session until the person chooses one. It keeps the credentials so that the
 * chosen appointment can be managed without asking for the enquiry code again.
 *
 * @param appointments the appointments, earliest start first
 */
record ManageChoices(String documentNumber, String enquiryCode, List<AppointmentView> appointments)
    implements Serializable {

  private static final String ATTRIBUTE = ManageChoices.class.getName();

  static void offer(
      HttpSession session, AppointmentCredentials credentials, List<AppointmentView> appointments) {
    session.setAttribute(
        ATTRIBUTE,
        new ManageChoices(
            credentials.documentNumber(), credentials.enquiryCode(), List.copyOf(appointments)));
  }

  static Optional<ManageChoices> find(HttpSession session) {
    return Optional.ofNullable((ManageChoices) session.getAttribute(ATTRIBUTE));
  }

  static void clear(HttpSession session) {
    session.removeAttribute(ATTRIBUTE);
  }

  AppointmentCredentials credentials() {
    return new AppointmentCredentials(documentNumber, enquiryCode);
  }

  Optional<AppointmentView> byReference(String reference) {
    return appointments.stream()
        .filter(appointment -> appointment.reference().equals(reference))
        .findFirst();
  }

  @Override
  public String toString() {
    return "ManageChoices[appointments=" + appointments.size() + "]";
  }
}
