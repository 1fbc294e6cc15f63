package org.tamar.booking.appointments;

import java.util.regex.Pattern;

/** The 4-digit code an applicant chooses at booking; a secret, so {@code toString} hides it. */
record EnquiryCode(String digits) {

  private static final Pattern FORMAT = Pattern.compile("[0-9]{4}");

  EnquiryCode {
    if (digits == null || !FORMAT.matcher(digits).matches()) {
      throw new IllegalArgumentException("Enquiry code must be 4 digits");
    }
  }

  @Override
  public String toString() {
    return "EnquiryCode[****]";
  }
}
