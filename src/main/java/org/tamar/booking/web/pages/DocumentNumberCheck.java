package org.tamar.booking.web.pages;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tamar.booking.DocumentType;
import org.tamar.booking.appointments.DocumentNumbers;

/**
 * Checks a document number on the applicant page, so a mistyped check digit is shown next to the
 * field at once and not only when the booking is submitted.
 */
@Component
class DocumentNumberCheck {

  /** Returns the message key of the problem with the number, or empty when it is valid. */
  Optional<String> problem(DocumentType type, String documentNumber) {
    if (DocumentNumbers.isValid(type, documentNumber)) {
      return Optional.empty();
    }
    return Optional.of(
        switch (type) {
          case HKID -> "booking.applicant.error.hkidInvalid";
          case HK_BIRTH_CERTIFICATE -> "booking.applicant.error.birthCertificateInvalid";
          case TRAVEL_DOCUMENT -> "booking.applicant.error.travelDocumentInvalid";
        });
  }
}
