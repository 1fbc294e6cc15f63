package org.tamar.booking.web.pages;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tamar.platform.problem.FieldProblem;
import org.tamar.platform.problem.ProblemException;

/**
 * Turns a refusal of the booking service into a plain message on the page where the person can act
 * on it. A full slot sends them back to the times, a closed day to the dates, and an invalid number
 * to that applicant's page.
 */
@Component
class BookingProblems {

  private static final Logger log = LoggerFactory.getLogger(BookingProblems.class);

  /** Field names of the booking API, such as {@code applicants[1].documentNumber}. */
  private static final Pattern APPLICANT_FIELD = Pattern.compile("applicants\\[(\\d+)]\\.(\\w+)");

  /** Codes that have their own message in the booking bundle, as {@code booking.problem.<code>}. */
  private static final Set<String> KNOWN_CODES =
      Set.of(
          "slot_full",
          "slot_unavailable",
          "duplicate_appointment",
          "invalid_document_number",
          "validation_failed",
          "appointment_not_found",
          "too_many_attempts",
          "office_not_found",
          "appointment_type_not_found",
          "applicant_not_eligible");

  private final AgeLimitMessages ageLimits;

  BookingProblems(AgeLimitMessages ageLimits) {
    this.ageLimits = ageLimits;
  }

  /** The id of the element on the check page that a refusal with no field of its own points to. */
  static final String CHECK_PAGE_ANCHOR = "applicants-heading";

  /** Returns the message key for a problem code, with a general message for unexpected codes. */
  static String messageKey(String code) {
    return KNOWN_CODES.contains(code) ? "booking.problem." + code : "booking.problem.unexpected";
  }

  /** Stores what the booking page should show after a refusal and returns where to redirect. */
  String afterFailedBooking(
      ProblemException problem,
      BookingJourney journey,
      HttpSession session,
      RedirectAttributes redirect) {
    log.info("Booking rejected with code {}", problem.code());
    switch (problem.code()) {
      case "slot_full" -> {
        journey.clearStart();
        return JourneyRedirects.withErrors(
            redirect, BookingPaths.TIME, PageErrors.of("start", messageKey("slot_full")));
      }
      case "slot_unavailable" -> {
        journey.clearDate();
        return JourneyRedirects.withErrors(
            redirect, BookingPaths.DATE, PageErrors.of("date", messageKey("slot_unavailable")));
      }
      case "office_not_found", "appointment_type_not_found" -> {
        BookingJourney.end(session);
        redirect.addFlashAttribute(JourneyRedirects.NOTICE, messageKey(problem.code()));
        return BookingPaths.redirect(BookingPaths.START);
      }
      default -> {
        Optional<String> fieldPage = redirectToField(problem, journey.typeId(), redirect);
        if (fieldPage.isPresent()) {
          return fieldPage.get();
        }
        String messageKey = messageKey(problem.code());
        if (!KNOWN_CODES.contains(problem.code())) {
          log.warn("Booking rejected with a code the pages have no message for: {}", problem.code());
        }
        return JourneyRedirects.withErrors(
            redirect, BookingPaths.CHECK, PageErrors.of(CHECK_PAGE_ANCHOR, messageKey));
      }
    }
  }

  /**
   * Sends the person to the page of the first field the service rejected, with the service's
   * message for it, when that field belongs to a page of the journey.
   */
  private Optional<String> redirectToField(
      ProblemException problem, String typeId, RedirectAttributes redirect) {
    for (FieldProblem field : problem.fieldProblems()) {
      Matcher applicant = APPLICANT_FIELD.matcher(field.field());
      if (applicant.matches()) {
        int position = Integer.parseInt(applicant.group(1)) + 1;
        String input =
            applicant.group(2).equals("dateOfBirth")
                ? ApplicantForm.BIRTH_FIELD
                : applicant.group(2).equals("documentType")
                    ? ApplicantForm.TYPE_FIELD
                    : ApplicantForm.NUMBER_FIELD;
        PageErrors errors =
            field.code().equals("applicant_not_eligible")
                ? ageLimits.addError(PageErrors.none(), input, typeId)
                : PageErrors.of(input, fieldMessageKey(field));
        return Optional.of(
            JourneyRedirects.withErrors(redirect, BookingPaths.applicant(position), errors));
      }
      if (field.field().equals("enquiryCode") || field.field().equals("email")) {
        return Optional.of(
            JourneyRedirects.withErrors(
                redirect,
                BookingPaths.ENQUIRY_CODE,
                PageErrors.of(field.field(), fieldMessageKey(field))));
      }
    }
    return Optional.empty();
  }

  private static String fieldMessageKey(FieldProblem field) {
    return switch (field.code()) {
      case "invalid_document_number", "applicant_not_eligible" -> messageKey(field.code());
      case "duplicate_appointment" -> "booking.applicant.error.duplicateAppointment";
      default -> "booking.problem.invalid_field";
    };
  }
}
