package org.tamar.booking.appointments;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.tamar.booking.DocumentType;
import org.tamar.platform.i18n.Language;

/**
 * A booking request whose fields passed every format check. Office, type and slot are not checked yet.
 *
 * @param email the email address, or null
 */
record ValidatedBooking(
    String typeId,
    String officeId,
    OffsetDateTime start,
    List<Applicant> applicants,
    EnquiryCode enquiryCode,
    String email,
    Language language) {

  ValidatedBooking {
    applicants = List.copyOf(applicants);
  }

  @Override
  public String toString() {
    return "ValidatedBooking[typeId=" + typeId + ", officeId=" + officeId + ", start=" + start
        + ", applicants=" + applicants.size() + "]";
  }

  /** One applicant with a validated document number. */
  record Applicant(DocumentType documentType, DocumentNumber documentNumber, LocalDate dateOfBirth) {

    @Override
    public String toString() {
      return "Applicant[documentType=" + documentType + ", documentNumber=" + documentNumber
          + ", dateOfBirth=***]";
    }
  }
}
