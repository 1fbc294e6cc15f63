package org.tamar.booking;

import java.time.LocalDate;

/**
 * One applicant as entered, before normalisation and checks.
 *
 * @param documentType the kind of document
 * @param documentNumber the number as typed, such as {@code a123456 (3)}
 * @param dateOfBirth the applicant's date of birth
 */
public record ApplicantDetails(DocumentType documentType, String documentNumber, LocalDate dateOfBirth) {

  @Override
  public String toString() {
    return "ApplicantDetails[documentType=" + documentType + ", documentNumber=***, dateOfBirth=***]";
  }
}
