package org.tamar.booking.appointments;

import java.util.regex.Pattern;

/** A travel document number, such as a passport number: 5 to 20 letters and digits. */
record TravelDocumentNumber(String normalised) implements DocumentNumber {

  private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{5,20}");

  TravelDocumentNumber {
    if (normalised == null || !FORMAT.matcher(normalised).matches()) {
      throw new IllegalArgumentException("Travel document number must be 5 to 20 letters and digits");
    }
  }

  /**
   * Parses a number as typed, in any case and with any spaces.
   *
   * @throws IllegalArgumentException when it is not 5 to 20 letters and digits
   */
  static TravelDocumentNumber parse(String typed) {
    if (typed == null) {
      throw new IllegalArgumentException("Travel document number is required");
    }
    return new TravelDocumentNumber(DocumentNumber.normaliseForLookUp(typed));
  }

  /** Returns the normalised number, because travel documents have no bracketed check digit. */
  @Override
  public String formatted() {
    return normalised;
  }

  /** Keeps the first two characters, such as {@code K1******}. */
  @Override
  public String masked() {
    return normalised.substring(0, 2) + "*".repeat(normalised.length() - 2);
  }

  @Override
  public String toString() {
    return "TravelDocumentNumber[" + masked() + "]";
  }
}
