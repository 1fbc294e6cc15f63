package org.tamar.booking.appointments;

import org.tamar.booking.DocumentType;

/**
 * Checks and formats document numbers as typed, for pages that show a number or a wrong number
 * before the booking is submitted. The booking service parses the number again when it books.
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

  /**
   * Returns a number as typed in its usual written form, such as {@code A123456(3)} for {@code
   * a1234563}, or the typed text without surrounding spaces when it is not valid for the type.
   */
  public static String format(DocumentType type, String typed) {
    if (type == null || typed == null) {
      return typed == null ? "" : typed.strip();
    }
    try {
      return DocumentNumber.of(type, typed).formatted();
    } catch (IllegalArgumentException invalid) {
      return typed.strip();
    }
  }
}
