package org.tamar.booking.web.pages;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.tamar.booking.DocumentType;

/**
 * Checks a document number on the applicant page, so a mistyped check digit is shown next to the
 * field at once and not only when the booking is submitted. The booking service checks the number
 * again when it books.
 *
 * <p>NOTE: this repeats the format and check-digit rule of the booking service's own parser, which
 * is not public; the page should call that parser once the module exposes it.
 */
@Component
class DocumentNumberCheck {

  private static final Pattern HKID = Pattern.compile("([A-Z]{1,2})([0-9]{6})([0-9A])");
  private static final Pattern TRAVEL_DOCUMENT = Pattern.compile("[A-Z0-9]{5,20}");

  /** Weights of the 8-character HKID body, left to right. */
  private static final int[] WEIGHTS = {9, 8, 7, 6, 5, 4, 3, 2};

  /** The value of the space that pads a one-letter prefix on the left. */
  private static final int SPACE_VALUE = 36;

  /** Returns the message key of the problem with the number, or empty when it is valid. */
  Optional<String> problem(DocumentType type, String documentNumber) {
    String normalised = documentNumber.replaceAll("[\\s()\\[\\]]", "").toUpperCase(Locale.ROOT);
    return switch (type) {
      case HKID ->
          isValidHkid(normalised)
              ? Optional.empty()
              : Optional.of("booking.applicant.error.hkidInvalid");
      case HK_BIRTH_CERTIFICATE ->
          isValidHkid(normalised)
              ? Optional.empty()
              : Optional.of("booking.applicant.error.birthCertificateInvalid");
      case TRAVEL_DOCUMENT ->
          TRAVEL_DOCUMENT.matcher(normalised).matches()
              ? Optional.empty()
              : Optional.of("booking.applicant.error.travelDocumentInvalid");
    };
  }

  /**
   * Checks the format and the check digit: with the weights above, the weighted sum of the body
   * (digits as themselves, A=10 to Z=35) plus the check value (A=10) is divisible by 11.
   */
  private static boolean isValidHkid(String normalised) {
    Matcher matcher = HKID.matcher(normalised);
    if (!matcher.matches()) {
      return false;
    }
    String body = (matcher.group(1).length() == 1 ? " " : "") + matcher.group(1) + matcher.group(2);
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += WEIGHTS[i] * valueOf(body.charAt(i));
    }
    sum += valueOf(matcher.group(3).charAt(0));
    return sum % 11 == 0;
  }

  private static int valueOf(char character) {
    if (character == ' ') {
      return SPACE_VALUE;
    }
    return Character.isDigit(character) ? character - '0' : character - 'A' + 10;
  }
}
