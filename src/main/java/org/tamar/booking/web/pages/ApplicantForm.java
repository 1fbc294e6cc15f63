package org.tamar.booking.web.pages;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tamar.booking.DocumentType;

/**
 * The applicant page's fields as typed, kept to show them again after an error.
 *
 * @param documentType the document type name, such as {@code HKID}
 * @param documentNumber the number as typed
 * @param day the day of the date of birth
 * @param month the month of the date of birth, 1 to 12
 * @param year the four-digit year of the date of birth
 */
record ApplicantForm(
    String documentType, String documentNumber, String day, String month, String year) {

  /** The earliest date of birth accepted, as the booking service also requires. */
  static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  static final String TYPE_FIELD = "documentType";
  static final String NUMBER_FIELD = "documentNumber";
  static final String BIRTH_FIELD = "dateOfBirth-day";

  /** The fields in the order they appear on the page, which the error summary follows. */
  static final List<String> FIELD_ORDER = List.of(TYPE_FIELD, NUMBER_FIELD, BIRTH_FIELD);

  static ApplicantForm empty() {
    return new ApplicantForm("", "", "", "", "");
  }

  static ApplicantForm of(ApplicantAnswer answer) {
    LocalDate birth = answer.dateOfBirth();
    return new ApplicantForm(
        answer.documentType().name(),
        answer.documentNumber(),
        Integer.toString(birth.getDayOfMonth()),
        Integer.toString(birth.getMonthValue()),
        Integer.toString(birth.getYear()));
  }

  /** Returns the chosen document type, if it names one. */
  Optional<DocumentType> parsedDocumentType() {
    for (DocumentType type : DocumentType.values()) {
      if (type.name().equals(documentType)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /**
   * Checks the fields that need no booking rules: a type is chosen, a number is typed, and the date
   * of birth is a real date between 1900 and today.
   */
  PageErrors check(LocalDate today) {
    PageErrors errors = PageErrors.none();
    if (parsedDocumentType().isEmpty()) {
      errors.add(TYPE_FIELD, "booking.applicant.error.documentTypeMissing");
    }
    if (documentNumber.isBlank()) {
      errors.add(NUMBER_FIELD, "booking.applicant.error.documentNumberMissing");
    } else if (documentNumber.strip().length() > 30) {
      errors.add(NUMBER_FIELD, "booking.applicant.error.documentNumberInvalid");
    }
    if (day.isBlank() && month.isBlank() && year.isBlank()) {
      errors.add(BIRTH_FIELD, "booking.applicant.error.dateOfBirthMissing");
      return errors;
    }
    Optional<LocalDate> birth = dateOfBirth();
    if (birth.isEmpty()) {
      errors.add(BIRTH_FIELD, "booking.applicant.error.dateOfBirthInvalid");
    } else if (birth.get().isAfter(today)) {
      errors.add(BIRTH_FIELD, "booking.applicant.error.dateOfBirthFuture");
    } else if (birth.get().isBefore(EARLIEST_BIRTH)) {
      errors.add(BIRTH_FIELD, "booking.applicant.error.dateOfBirthTooEarly");
    }
    return errors;
  }

  /** Returns the date of birth when the three fields form a real date with a four-digit year. */
  Optional<LocalDate> dateOfBirth() {
    try {
      int parsedYear = Integer.parseInt(year.strip());
      if (parsedYear < 1000) {
        return Optional.empty();
      }
      return Optional.of(
          LocalDate.of(parsedYear, Integer.parseInt(month.strip()), Integer.parseInt(day.strip())));
    } catch (NumberFormatException | DateTimeException notADate) {
      return Optional.empty();
    }
  }

  /** Returns the number with spaces and brackets removed and in capitals, to spot duplicates. */
  static String comparable(String documentNumber) {
    return documentNumber.replaceAll("[\\s()]", "").toUpperCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "ApplicantForm[documentType=" + documentType + ", documentNumber=***, dateOfBirth=***]";
  }
}
