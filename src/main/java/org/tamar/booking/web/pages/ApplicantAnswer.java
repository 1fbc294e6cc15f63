package org.tamar.booking.web.pages;

import java.io.Serializable;
import java.time.LocalDate;
import org.tamar.booking.ApplicantDetails;
import org.tamar.booking.DocumentType;
import org.tamar.booking.appointments.DocumentNumbers;

/**
 * One applicant's answers as entered and checked on the applicant page.
 *
 * @param documentType the kind of document
 * @param documentNumber the number as typed
 * @param dateOfBirth the date of birth
 */
record ApplicantAnswer(DocumentType documentType, String documentNumber, LocalDate dateOfBirth)
    implements Serializable {

  /** Returns the document number in its usual written form, such as A123456(3), for the pages. */
  public String formattedDocumentNumber() {
    return DocumentNumbers.format(documentType, documentNumber);
  }

  ApplicantDetails toDetails() {
    return new ApplicantDetails(documentType, documentNumber, dateOfBirth);
  }

  @Override
  public String toString() {
    return "ApplicantAnswer[documentType="
        + documentType
        + ", documentNumber=***, dateOfBirth=***]";
  }
}
