package org.tamar.booking.web.pages;

import java.util.regex.Pattern;

/**
 * The enquiry code page's fields as typed.
 *
 * @param code the 4-digit enquiry code
 * @param confirmation the code typed a second time
 * @param email an optional email address for the acknowledgement
 */
record EnquiryCodeForm(String code, String confirmation, String email) {

  static final String CODE_FIELD = "enquiryCode";
  static final String CONFIRMATION_FIELD = "enquiryCodeConfirmation";
  static final String EMAIL_FIELD = "email";

  private static final Pattern FOUR_DIGITS = Pattern.compile("[0-9]{4}");

  /** A plain shape check; the address is only proven by the mail that reaches it. */
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /**
   * The maximum address length in SMTP: a path is at most 256 octets including its two angle
   * brackets (RFC 5321, section 4.5.3.1.3).
   */
  private static final int MAX_EMAIL_LENGTH = 254;

  PageErrors check() {
    PageErrors errors = PageErrors.none();
    if (code.isBlank()) {
      errors.add(CODE_FIELD, "booking.enquiryCode.error.missing");
    } else if (!FOUR_DIGITS.matcher(code.strip()).matches()) {
      errors.add(CODE_FIELD, "booking.enquiryCode.error.format");
    }
    if (!errors.has(CODE_FIELD)) {
      if (confirmation.isBlank()) {
        errors.add(CONFIRMATION_FIELD, "booking.enquiryCode.error.confirmationMissing");
      } else if (!confirmation.strip().equals(code.strip())) {
        errors.add(CONFIRMATION_FIELD, "booking.enquiryCode.error.mismatch");
      }
    }
    String address = email.strip();
    if (!address.isEmpty()
        && (address.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(address).matches())) {
      errors.add(EMAIL_FIELD, "booking.enquiryCode.error.email");
    }
    return errors;
  }

  @Override
  public String toString() {
    return "EnquiryCodeForm[***]";
  }
}
