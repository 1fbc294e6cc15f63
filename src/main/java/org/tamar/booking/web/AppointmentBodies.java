package org.tamar.booking.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.tamar.booking.ApplicantDetails;
import org.tamar.booking.Appointment;
import org.tamar.booking.AppointmentCredentials;
import org.tamar.booking.AppointmentStatus;
import org.tamar.booking.BookedApplicant;
import org.tamar.booking.BookingRequest;
import org.tamar.booking.DocumentType;
import org.tamar.booking.appointments.BookingRequestValidator;
import org.tamar.booking.appointments.CredentialsFormat;
import org.tamar.platform.i18n.Language;
import org.tamar.platform.problem.FieldProblem;
import org.tamar.platform.problem.ProblemException;

/**
 * JSON bodies of the appointment endpoints. Dates, times and enums arrive as strings, so a value in
 * the wrong format becomes a field error of {@code validation_failed} instead of an unreadable body.
 */
final class AppointmentBodies {

  private AppointmentBodies() {}

  record ApplicantBody(String documentType, String documentNumber, String dateOfBirth) {

    @Override
    public String toString() {
      return "ApplicantBody[documentType=" + documentType + ", documentNumber=***, dateOfBirth=***]";
    }
  }

  record BookingBody(
      String type,
      String officeId,
      String start,
      List<ApplicantBody> applicants,
      String enquiryCode,
      String email,
      String language) {

    @Override
    public String toString() {
      return "BookingBody[type=" + type + ", officeId=" + officeId + ", start=" + start + "]";
    }

    /**
     * Converts to the service request, adding a field problem to {@code problems} for each field
     * that cannot be parsed and leaving that field null in the request.
     */
    BookingRequest toRequest(List<FieldProblem> problems) {
      OffsetDateTime parsedStart = dateTime(start, "start", problems);
      List<ApplicantDetails> details = null;
      if (applicants != null) {
        details = new ArrayList<>();
        for (int i = 0; i < applicants.size(); i++) {
          details.add(applicant(applicants.get(i), "applicants[" + i + "].", problems));
        }
      }
      Language parsedLanguage = null;
      if (language != null && !language.isBlank()) {
        parsedLanguage = Language.fromTag(language).orElse(null);
        if (parsedLanguage == null) {
          problems.add(FieldProblem.of("language", "invalid_choice"));
        }
      }
      return new BookingRequest(
          type, officeId, parsedStart, details, enquiryCode, email, parsedLanguage);
    }
  }

  record CredentialsBody(String documentNumber, String enquiryCode) {

    @Override
    public String toString() {
      return "CredentialsBody[***]";
    }

    AppointmentCredentials toCredentials() {
      return new AppointmentCredentials(documentNumber, enquiryCode);
    }
  }

  /**
   * A look-up body; {@code reference} is optional and chooses one of several appointments opened by
   * the same document number and enquiry code.
   */
  record LookUpBody(String documentNumber, String enquiryCode, String reference) {

    @Override
    public String toString() {
      return "LookUpBody[reference=" + reference + "]";
    }

    AppointmentCredentials toCredentials() {
      return new AppointmentCredentials(documentNumber, enquiryCode);
    }

    boolean hasReference() {
      return reference != null && !reference.isBlank();
    }
  }

  record RescheduleBody(String documentNumber, String enquiryCode, String officeId, String start) {

    @Override
    public String toString() {
      return "RescheduleBody[officeId=" + officeId + ", start=" + start + "]";
    }

    AppointmentCredentials toCredentials() {
      return new AppointmentCredentials(documentNumber, enquiryCode);
    }

    /**
     * Returns the parsed start, or throws 400 {@code validation_failed} with every problem of the
     * body: a missing office, a missing or malformed start and malformed credentials together.
     */
    OffsetDateTime parsedStart() {
      List<FieldProblem> problems = new ArrayList<>();
      OffsetDateTime parsed = dateTime(start, "start", problems);
      if (officeId == null || officeId.isBlank()) {
        problems.add(FieldProblem.of("officeId", "required"));
      }
      if (!problems.isEmpty()) {
        problems.addAll(CredentialsFormat.problems(toCredentials()));
        throw new ProblemException(HttpStatus.BAD_REQUEST, "validation_failed", problems);
      }
      return parsed;
    }
  }

  /**
   * Throws 400 with the parse problems and every problem the validator found in the other fields. A
   * field that could not be parsed keeps only its parse problem, because the validator finds it
   * missing.
   */
  static ProblemException allProblems(List<FieldProblem> parsing, List<FieldProblem> validation) {
    Set<String> unparsed = new HashSet<>();
    parsing.forEach(problem -> unparsed.add(problem.field()));
    List<FieldProblem> all = new ArrayList<>(parsing);
    validation.stream().filter(problem -> !unparsed.contains(problem.field())).forEach(all::add);
    return new ProblemException(
        HttpStatus.BAD_REQUEST, BookingRequestValidator.problemCode(all), all);
  }

  /**
   * An appointment as returned by the API.
   *
   * @param type the appointment type id
   */
  record AppointmentResponse(
      String reference,
      String type,
      String officeId,
      OffsetDateTime start,
      List<BookedApplicant> applicants,
      AppointmentStatus status) {

    static AppointmentResponse of(Appointment appointment) {
      return new AppointmentResponse(
          appointment.reference(),
          appointment.typeId(),
          appointment.officeId(),
          appointment.start(),
          appointment.applicants(),
          appointment.status());
    }
  }

  private static ApplicantDetails applicant(
      ApplicantBody body, String field, List<FieldProblem> problems) {
    if (body == null) {
      return null;
    }
    DocumentType type = null;
    if (body.documentType() != null) {
      try {
        type = DocumentType.valueOf(body.documentType().trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException unknown) {
        problems.add(FieldProblem.of(field + "documentType", "invalid_document_type"));
      }
    }
    LocalDate dateOfBirth = null;
    if (body.dateOfBirth() != null) {
      try {
        dateOfBirth = LocalDate.parse(body.dateOfBirth());
      } catch (DateTimeParseException malformed) {
        problems.add(FieldProblem.of(field + "dateOfBirth", "invalid_date"));
      }
    }
    return new ApplicantDetails(type, body.documentNumber(), dateOfBirth);
  }

  private static OffsetDateTime dateTime(String value, String field, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      problems.add(FieldProblem.of(field, "required"));
      return null;
    }
    try {
      return OffsetDateTime.parse(value);
    } catch (DateTimeParseException malformed) {
      problems.add(FieldProblem.of(field, "invalid_format"));
      return null;
    }
  }
}
