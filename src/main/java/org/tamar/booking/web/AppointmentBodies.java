package org.tamar.booking.web;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
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

  /** A slot start as the API writes it: ISO-8601 with the Hong Kong offset. */
  static final String START_EXAMPLE = "2026-10-20T09:00:00+08:00";

  private AppointmentBodies() {}

  @Schema(name = "Applicant")
  record ApplicantBody(
      @Schema(
              requiredMode = RequiredMode.REQUIRED,
              allowableValues = {"HKID", "HK_BIRTH_CERTIFICATE", "TRAVEL_DOCUMENT"},
              example = "HKID")
          String documentType,
      @Schema(
              requiredMode = RequiredMode.REQUIRED,
              description =
                  "HKID or birth certificate number with its check digit, in any case, with or"
                      + " without brackets and spaces; or 5 to 20 letters and digits for a travel"
                      + " document",
              example = "A123456(3)")
          String documentNumber,
      @Schema(
              requiredMode = RequiredMode.REQUIRED,
              format = "date",
              description = "Not in the future and not before 1900",
              example = "2010-05-01")
          String dateOfBirth) {

    @Override
    public String toString() {
      return "ApplicantBody[documentType=" + documentType + ", documentNumber=***, dateOfBirth=***]";
    }
  }

  @Schema(name = "BookingRequest")
  record BookingBody(
      @Schema(
              requiredMode = RequiredMode.REQUIRED,
              description = "Appointment type id",
              example = "first-registration-age-11")
          String type,
      @Schema(requiredMode = RequiredMode.REQUIRED, example = "rop-tseung-kwan-o") String officeId,
      @Schema(
              requiredMode = RequiredMode.REQUIRED,
              format = "date-time",
              description = "Slot start, ISO-8601 with offset, as returned by the slots endpoint",
              example = START_EXAMPLE)
          String start,
      @ArraySchema(
              minItems = 1,
              maxItems = 4,
              arraySchema =
                  @Schema(
                      requiredMode = RequiredMode.REQUIRED,
                      description = "1 to 4 applicants; each takes one place"))
          List<ApplicantBody> applicants,
      @Schema(
              requiredMode = RequiredMode.REQUIRED,
              pattern = "^[0-9]{4}$",
              description = "4 digits, needed with a document number to look up, change or cancel",
              example = "2580")
          String enquiryCode,
      @Schema(description = "Optional address for the acknowledgement", example = "chan@example.com")
          String email,
      @Schema(
              allowableValues = {"en", "zh-HK", "zh-CN"},
              description =
                  "Language of later notices; en when absent. Any other value is rejected with the"
                      + " field error invalid_choice.",
              example = "zh-HK")
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
          problems.add(FieldProblem.of("language", "invalid_choice", "en, zh-HK, zh-CN"));
        }
      }
      return new BookingRequest(
          type, officeId, parsedStart, details, enquiryCode, email, parsedLanguage);
    }
  }

  @Schema(name = "AppointmentCredentials")
  record CredentialsBody(
      @Schema(requiredMode = RequiredMode.REQUIRED, example = "A123456(3)") String documentNumber,
      @Schema(requiredMode = RequiredMode.REQUIRED, pattern = "^[0-9]{4}$", example = "2580")
          String enquiryCode) {

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
  @Schema(name = "LookUpRequest")
  record LookUpBody(
      @Schema(requiredMode = RequiredMode.REQUIRED, example = "A123456(3)") String documentNumber,
      @Schema(requiredMode = RequiredMode.REQUIRED, pattern = "^[0-9]{4}$", example = "2580")
          String enquiryCode,
      @Schema(
              description =
                  "Optional booking reference that chooses one of several appointments; without"
                      + " it, the one with the earliest start is returned",
              example = "7KQ2M9XH4D")
          String reference) {

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

  @Schema(name = "RescheduleRequest")
  record RescheduleBody(
      @Schema(requiredMode = RequiredMode.REQUIRED, example = "A123456(3)") String documentNumber,
      @Schema(requiredMode = RequiredMode.REQUIRED, pattern = "^[0-9]{4}$", example = "2580")
          String enquiryCode,
      @Schema(requiredMode = RequiredMode.REQUIRED, example = "rop-tseung-kwan-o") String officeId,
      @Schema(
              requiredMode = RequiredMode.REQUIRED,
              format = "date-time",
              description = "New slot start, ISO-8601 with offset",
              example = START_EXAMPLE)
          String start) {

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
  @Schema(name = "Appointment")
  record AppointmentResponse(
      @Schema(example = "7KQ2M9XH4D") String reference,
      @Schema(example = "first-registration-age-11") String type,
      @Schema(example = "rop-tseung-kwan-o") String officeId,
      @Schema(example = START_EXAMPLE) OffsetDateTime start,
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
