package org.tamar.booking.appointments;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Hong Kong identity card number, also used on Hong Kong birth certificates: one or two letters,
 * six digits and a check digit (0-9 or A), written {@code A123456(3)}.
 *
 * <p>Check digit: each character of the 8-character body gets a value (digits as themselves, A=10 to
 * Z=35, and a space=36 pads a one-letter prefix on the left). With weights 9 down to 2, the weighted
 * sum plus the check value is divisible by 11, and a check value of 10 is written A. The Immigration
 * Department does not publish this algorithm, so this is the one in common use.
 */
record HkidNumber(String prefix, String digits, char checkDigit) implements DocumentNumber {

  private static final Pattern FORMAT = Pattern.compile("([A-Z]{1,2})([0-9]{6})([0-9A])");
  private static final int SPACE_VALUE = 36;

  HkidNumber {
    if (prefix == null || digits == null) {
      throw new IllegalArgumentException("HKID prefix and digits are required");
    }
    if (!FORMAT.matcher(prefix + digits + checkDigit).matches()) {
      throw new IllegalArgumentException("HKID number is not in the format A123456(3)");
    }
    if (checkDigitOf(prefix, digits) != checkDigit) {
      throw new IllegalArgumentException("HKID check digit does not match");
    }
  }

  /**
   * Parses a number as typed, in any case, with or without brackets around the check digit and with
   * any spaces.
   *
   * @throws IllegalArgumentException when the format or the check digit is wrong
   */
  static HkidNumber parse(String typed) {
    if (typed == null) {
      throw new IllegalArgumentException("HKID number is required");
    }
    Matcher matcher = FORMAT.matcher(DocumentNumber.normaliseForLookUp(typed));
    if (!matcher.matches()) {
      throw new IllegalArgumentException("HKID number is not in the format A123456(3)");
    }
    return new HkidNumber(matcher.group(1), matcher.group(2), matcher.group(3).charAt(0));
  }

  /** Computes the check digit of a prefix of one or two capital letters and six digits. */
  static char checkDigitOf(String prefix, String digits) {
    String body = (prefix.length() == 1 ? " " + prefix : prefix) + digits;
    int sum = 0;
    for (int i = 0; i < body.length(); i++) {
      sum += (9 - i) * valueOf(body.charAt(i));
    }
    int check = (11 - sum % 11) % 11;
    return check == 10 ? 'A' : (char) ('0' + check);
  }

  private static int valueOf(char c) {
    if (c == ' ') {
      return SPACE_VALUE;
    }
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    return c - 'A' + 10;
  }

  @Override
  public String normalised() {
    return prefix + digits + checkDigit;
  }

  /** Returns the number in the usual written form, such as {@code A123456(3)}. */
  @Override
  public String formatted() {
    return prefix + digits + "(" + checkDigit + ")";
  }

  /** Keeps the letters and the first digit, such as {@code A1*****(*)}. */
  @Override
  public String masked() {
    return prefix + digits.charAt(0) + "*****(*)";
  }

  @Override
  public String toString() {
    return "HkidNumber[" + masked() + "]";
  }
}
