package org.tamar.booking.appointments;

import org.tamar.booking.DocumentType;

/**
 * Checks document numbers as typed, for pages that show a wrong number before the booking is
 * submitted. The booking service parses the number again when it books.
 */
public final class DocumentNumbers {

  private DocumentNumbers() {}

  /** Returns whether a number as typed is valid for the document type, check digit included. */
  public static boolean isValid(DocumentType type, String typed) {
    if (type == null || typed == null) {
      return false;
    }
    try {
      DocumentNumber.of(type, typed);
      return true;
    } catch (IllegalArgumentException invalid) {
      return false;
    }
  }
}
