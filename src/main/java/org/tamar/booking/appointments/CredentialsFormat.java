package org.tamar.booking.appointments;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tamar.booking.AppointmentCredentials;
import org.tamar.platform.problem.FieldProblem;

/**
 * Checks the format of a document number and enquiry code given to look up, cancel or reschedule,
 * before any attempt is counted. Only the shape of the number is checked: 5 to 20 letters and digits
 * once spaces and brackets are removed.
 */
public final class CredentialsFormat {

  private static final Pattern DOCUMENT_FORMAT = Pattern.compile("[A-Z0-9]{5,20}");
  private static final Pattern ENQUIRY_CODE_FORMAT = Pattern.compile("[0-9]{4}");

  private CredentialsFormat() {}

  /** Returns a field problem for each malformed credential, or an empty list. */
  public static List<FieldProblem> problems(AppointmentCredentials credentials) {
    List<FieldProblem> problems = new ArrayList<>();
    String normalised =
        credentials.documentNumber() == null
            ? ""
            : DocumentNumber.normaliseForLookUp(credentials.documentNumber());
    if (!DOCUMENT_FORMAT.matcher(normalised).matches()) {
      problems.add(FieldProblem.of("documentNumber", "invalid_document_number"));
    }
    String code = credentials.enquiryCode();
    if (code == null || !ENQUIRY_CODE_FORMAT.matcher(code).matches()) {
      problems.add(FieldProblem.of("enquiryCode", "invalid_enquiry_code"));
    }
    return problems;
  }
}
