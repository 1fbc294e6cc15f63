package org.tamar.booking.appointments;

import java.util.Locale;
import org.tamar.booking.DocumentType;

/**
 * A validated identity document number. Implementations keep the number in normalised form and
 * mask it in {@code toString}.
 */
sealed interface DocumentNumber permits HkidNumber, TravelDocumentNumber {

  /** Returns the normalised number: upper case, without spaces or brackets; the input of keyed hashes. */
  String normalised();

  /** Returns the number in its usual written form, such as {@code A123456(3)}. */
  String formatted();

  /** Returns the number with most characters hidden, for showing back to people. */
  String masked();

  /**
   * Parses a number as typed for a document type.
   *
   * @throws IllegalArgumentException when the number is not valid for the type; the message carries
   *     no part of the number
   */
  static DocumentNumber of(DocumentType type, String typed) {
    return switch (type) {
      case HKID, HK_BIRTH_CERTIFICATE -> HkidNumber.parse(typed);
      case TRAVEL_DOCUMENT -> TravelDocumentNumber.parse(typed);
    };
  }

  /**
   * Normalises a number as typed for a look-up, where the document type is not given: removes
   * spaces and brackets and upper-cases, the same as both parsers do.
   */
  static String normaliseForLookUp(String typed) {
    return typed.replaceAll("[\\s()\\[\\]]", "").toUpperCase(Locale.ROOT);
  }
}
