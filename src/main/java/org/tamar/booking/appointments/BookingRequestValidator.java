package org.tamar.booking.appointments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.tamar.booking.ApplicantDetails;
import org.tamar.booking.BookingRequest;
import org.tamar.platform.i18n.Language;
import org.tamar.platform.problem.FieldProblem;
import org.tamar.platform.problem.ProblemException;
import org.tamar.platform.time.BusinessTime;

/**
 * Checks the fields of a booking request and reports every invalid field at once.
 *
 * <p>The problem code is {@code invalid_document_number} when document numbers are the only invalid
 * fields, and {@code validation_failed} otherwise; both are 400 with one field error per field.
 */
@Component
public class BookingRequestValidator {

  static final int MAX_APPLICANTS = 4;
  private static final LocalDate EARLIEST_DATE_OF_BIRTH = LocalDate.of(1900, 1, 1);
  // A pragmatic check of the shape local@domain.tld; RFC 5321 limits an address to 254 characters.
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
  private static final int MAX_EMAIL_LENGTH = 254;

  private final Clock clock;

  BookingRequestValidator(Clock clock) {
    this.clock = clock;
  }

  ValidatedBooking validate(BookingRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    ValidatedBooking validated = check(request, problems);
    if (!problems.isEmpty()) {
      throw new ProblemException(HttpStatus.BAD_REQUEST, problemCode(problems), problems);
    }
    return validated;
  }

  /**
   * Returns every field problem of a request without booking, so that the API can report them
   * together with the fields it could not parse. An empty list means the request is valid.
   */
  public List<FieldProblem> fieldProblems(BookingRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    check(request, problems);
    return problems;
  }

  /** Adds the problems of each field to {@code problems}, and returns the booking when there are none. */
  private ValidatedBooking check(BookingRequest request, List<FieldProblem> problems) {
    requireText(request.typeId(), "type", problems);
    requireText(request.officeId(), "officeId", problems);
    if (request.start() == null) {
      problems.add(FieldProblem.of("start", "required"));
    }
    List<ValidatedBooking.Applicant> applicants = applicants(request.applicants(), problems);
    EnquiryCode code = enquiryCode(request.enquiryCode(), problems);
    String email = email(request.email(), problems);
    if (!problems.isEmpty()) {
      return null;
    }
    Language language = request.language() == null ? Language.EN : request.language();
    return new ValidatedBooking(
        request.typeId(), request.officeId(), request.start(), applicants, code, email, language);
  }

  private List<ValidatedBooking.Applicant> applicants(
      List<ApplicantDetails> given, List<FieldProblem> problems) {
    if (given == null || given.isEmpty() || given.size() > MAX_APPLICANTS) {
      problems.add(FieldProblem.of("applicants", "invalid_applicant_count"));
      return List.of();
    }
    LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
    List<ValidatedBooking.Applicant> applicants = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < given.size(); i++) {
      String field = "applicants[" + i + "].";
      ApplicantDetails details = given.get(i);
      if (details == null) {
        problems.add(FieldProblem.of("applicants[" + i + "]", "required"));
        continue;
      }
      DocumentNumber number = documentNumber(details, field, problems);
      if (number != null && !seen.add(number.normalised())) {
        problems.add(FieldProblem.of(field + "documentNumber", "duplicate_document"));
      }
      boolean dateValid = dateOfBirth(details.dateOfBirth(), today, field, problems);
      if (number != null && dateValid) {
        applicants.add(
            new ValidatedBooking.Applicant(details.documentType(), number, details.dateOfBirth()));
      }
    }
    return applicants;
  }

  private static DocumentNumber documentNumber(
      ApplicantDetails details, String field, List<FieldProblem> problems) {
    if (details.documentType() == null) {
      problems.add(FieldProblem.of(field + "documentType", "required"));
      return null;
    }
    if (details.documentNumber() == null || details.documentNumber().isBlank()) {
      problems.add(FieldProblem.of(field + "documentNumber", "required"));
      return null;
    }
    try {
      return DocumentNumber.of(details.documentType(), details.documentNumber());
    } catch (IllegalArgumentException invalid) {
      problems.add(FieldProblem.of(field + "documentNumber", "invalid_document_number"));
      return null;
    }
  }

  private static boolean dateOfBirth(
      LocalDate date, LocalDate today, String field, List<FieldProblem> problems) {
    if (date == null) {
      problems.add(FieldProblem.of(field + "dateOfBirth", "required"));
      return false;
    }
    if (date.isAfter(today) || date.isBefore(EARLIEST_DATE_OF_BIRTH)) {
      problems.add(FieldProblem.of(field + "dateOfBirth", "invalid_date_of_birth"));
      return false;
    }
    return true;
  }

  private static EnquiryCode enquiryCode(String digits, List<FieldProblem> problems) {
    try {
      return new EnquiryCode(digits);
    } catch (IllegalArgumentException invalid) {
      problems.add(FieldProblem.of("enquiryCode", "invalid_enquiry_code"));
      return null;
    }
  }

  private static String email(String email, List<FieldProblem> problems) {
    if (email == null || email.isBlank()) {
      return null;
    }
    String trimmed = email.trim();
    if (trimmed.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(trimmed).matches()) {
      problems.add(FieldProblem.of("email", "invalid_email"));
      return null;
    }
    return trimmed;
  }

  private static void requireText(String value, String field, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      problems.add(FieldProblem.of(field, "required"));
    }
  }

  /**
   * Returns {@code invalid_document_number} when every problem is an invalid document number, and
   * {@code validation_failed} otherwise.
   */
  public static String problemCode(List<FieldProblem> problems) {
    boolean onlyDocumentNumbers =
        problems.stream().allMatch(problem -> problem.code().equals("invalid_document_number"));
    return onlyDocumentNumbers ? "invalid_document_number" : "validation_failed";
  }
}
