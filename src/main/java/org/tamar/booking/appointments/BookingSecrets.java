package org.tamar.booking.appointments;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.tamar.platform.security.FieldEncryptor;
import org.tamar.platform.security.KeyedHasher;

/** Keyed hashes and encryption of the booking module's personal data and secrets, one purpose each. */
@Component
class BookingSecrets {

  private static final String DOCUMENT_PURPOSE = "booking.document-number";
  private static final String ENQUIRY_CODE_PURPOSE = "booking.enquiry-code";
  private static final String DATE_OF_BIRTH_PURPOSE = "booking.date-of-birth";
  private static final String EMAIL_PURPOSE = "booking.email";

  private final KeyedHasher hasher;
  private final FieldEncryptor encryptor;

  BookingSecrets(KeyedHasher hasher, FieldEncryptor encryptor) {
    this.hasher = hasher;
    this.encryptor = encryptor;
  }

  /** Hashes a normalised document number; HKIDs and birth certificates share one number space. */
  String documentHash(String normalisedNumber) {
    return hasher.hash(DOCUMENT_PURPOSE, normalisedNumber);
  }

  /**
   * Hashes an enquiry code together with its booking reference. With only 10,000 codes, a hash of the
   * code alone would show which appointments share a code.
   */
  String enquiryCodeHash(String reference, EnquiryCode code) {
    return hasher.hash(ENQUIRY_CODE_PURPOSE, reference + ":" + code.digits());
  }

  boolean enquiryCodeMatches(String reference, EnquiryCode code, String storedHash) {
    return hasher.matches(ENQUIRY_CODE_PURPOSE, reference + ":" + code.digits(), storedHash);
  }

  String encryptDateOfBirth(LocalDate dateOfBirth) {
    return encryptor.encrypt(DATE_OF_BIRTH_PURPOSE, dateOfBirth.toString());
  }

  String encryptEmail(String email) {
    return email == null ? null : encryptor.encrypt(EMAIL_PURPOSE, email);
  }
}
