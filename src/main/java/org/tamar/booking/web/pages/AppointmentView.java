package org.tamar.booking.web.pages;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import org.tamar.booking.Appointment;
import org.tamar.booking.DocumentType;

/**
 * A copy of a booked appointment that can be kept in the HTTP session. It carries masked document
 * numbers only.
 */
record AppointmentView(
    String reference,
    String typeId,
    String officeId,
    OffsetDateTime start,
    List<Applicant> applicants)
    implements Serializable {

  /** An applicant as shown back: the kind of document and the masked number. */
  record Applicant(DocumentType documentType, String maskedDocumentNumber)
      implements Serializable {}

  static AppointmentView of(Appointment appointment) {
    List<Applicant> applicants =
        appointment.applicants().stream()
            .map(
                applicant ->
                    new Applicant(applicant.documentType(), applicant.maskedDocumentNumber()))
            .toList();
    return new AppointmentView(
        appointment.reference(),
        appointment.typeId(),
        appointment.officeId(),
        appointment.start(),
        applicants);
  }

  public int applicantCount() {
    return applicants.size();
  }

  public boolean hasChild() {
    return applicants.stream()
        .anyMatch(applicant -> applicant.documentType() == DocumentType.HK_BIRTH_CERTIFICATE);
  }
}
