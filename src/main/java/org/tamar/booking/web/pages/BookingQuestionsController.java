package org.tamar.booking.web.pages;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tamar.booking.BookingCatalogue;
import org.tamar.booking.DocumentType;

/**
 * The start page and the first questions of the booking journey: appointment type, number of
 * applicants and each applicant's document and date of birth. Each question is a GET that renders
 * from the session and a POST that checks, stores and redirects to the next question.
 *
 * <p>NOTE: the forms have no CSRF protection yet; Spring Security adds it with sign-in.
 */
@Controller
class BookingQuestionsController {

  private final BookingCatalogue catalogue;
  private final DocumentNumberCheck documentNumbers;
  private final AgeLimitMessages ageLimits;
  private final Clock clock;

  BookingQuestionsController(
      BookingCatalogue catalogue,
      DocumentNumberCheck documentNumbers,
      AgeLimitMessages ageLimits,
      Clock clock) {
    this.catalogue = catalogue;
    this.documentNumbers = documentNumbers;
    this.ageLimits = ageLimits;
    this.clock = clock;
  }

  @GetMapping(BookingPaths.START)
  String start() {
    return "booking/start";
  }

  @GetMapping(BookingPaths.TYPE)
  String type(HttpSession session, Model model) {
    BookingJourney journey = BookingJourney.findOrStart(session);
    return typePage(model, journey.typeId());
  }

  @PostMapping(BookingPaths.TYPE)
  String chooseType(
      @RequestParam(name = "type", required = false) String typeId,
      HttpSession session,
      Model model) {
    BookingJourney journey = BookingJourney.findOrStart(session);
    if (typeId == null || catalogue.appointmentType(typeId).isEmpty()) {
      model.addAttribute(
          JourneyRedirects.ERRORS, PageErrors.of("type", "booking.type.error.missing"));
      return typePage(model, null);
    }
    journey.chooseType(typeId);
    return BookingPaths.redirect(journey.pathAfter(BookingPaths.TYPE));
  }

  private String typePage(Model model, String selected) {
    model.addAttribute("types", catalogue.appointmentTypes());
    model.addAttribute("selected", selected);
    return "booking/type";
  }

  @GetMapping(BookingPaths.APPLICANTS)
  String applicants(HttpSession session, Model model, RedirectAttributes redirect) {
    Optional<BookingJourney> journey =
        BookingJourney.findShowable(session, BookingPaths.APPLICANTS);
    if (journey.isEmpty()) {
      return JourneyRedirects.toFirstGap(session, redirect);
    }
    int count = journey.get().applicantCount();
    return applicantsPage(model, count == 0 ? null : Integer.toString(count));
  }

  @PostMapping(BookingPaths.APPLICANTS)
  String chooseApplicantCount(
      @RequestParam(name = "count", required = false) String count,
      HttpSession session,
      Model model,
      RedirectAttributes redirect) {
    Optional<BookingJourney> journey =
        BookingJourney.findShowable(session, BookingPaths.APPLICANTS);
    if (journey.isEmpty()) {
      return JourneyRedirects.toFirstGap(session, redirect);
    }
    Optional<Integer> parsed = parseCount(count);
    if (parsed.isEmpty()) {
      model.addAttribute(
          JourneyRedirects.ERRORS, PageErrors.of("count", "booking.applicants.error.missing"));
      return applicantsPage(model, null);
    }
    journey.get().chooseApplicantCount(parsed.get());
    return BookingPaths.redirect(journey.get().pathAfter(BookingPaths.APPLICANTS));
  }

  private static Optional<Integer> parseCount(String count) {
    return IntStream.rangeClosed(1, BookingJourney.MAX_APPLICANTS)
        .boxed()
        .filter(candidate -> candidate.toString().equals(count))
        .findFirst();
  }

  private String applicantsPage(Model model, String selected) {
    model.addAttribute(
        "counts", IntStream.rangeClosed(1, BookingJourney.MAX_APPLICANTS).boxed().toList());
    model.addAttribute("selected", selected);
    return "booking/applicants";
  }

  @GetMapping(BookingPaths.APPLICANTS + "/{position}")
  String applicant(
      @PathVariable("position") int position,
      HttpSession session,
      Model model,
      RedirectAttributes redirect) {
    Optional<BookingJourney> journey =
        BookingJourney.findShowable(session, BookingPaths.applicant(position));
    if (journey.isEmpty()) {
      return JourneyRedirects.toFirstGap(session, redirect);
    }
    ApplicantForm form =
        journey.get().applicant(position).map(ApplicantForm::of).orElse(ApplicantForm.empty());
    return applicantPage(model, journey.get(), position, form);
  }

  @PostMapping(BookingPaths.APPLICANTS + "/{position}")
  String answerApplicant(
      @PathVariable("position") int position,
      @RequestParam(name = "documentType", defaultValue = "") String documentType,
      @RequestParam(name = "documentNumber", defaultValue = "") String documentNumber,
      @RequestParam(name = "dateOfBirthDay", defaultValue = "") String day,
      @RequestParam(name = "dateOfBirthMonth", defaultValue = "") String month,
      @RequestParam(name = "dateOfBirthYear", defaultValue = "") String year,
      HttpSession session,
      Model model,
      RedirectAttributes redirect) {
    String path = BookingPaths.applicant(position);
    Optional<BookingJourney> journey = BookingJourney.findShowable(session, path);
    if (journey.isEmpty()) {
      return JourneyRedirects.toFirstGap(session, redirect);
    }
    ApplicantForm form = new ApplicantForm(documentType, documentNumber, day, month, year);
    PageErrors errors = form.check(LocalDate.now(clock));
    form.parsedDocumentType()
        .filter(type -> !errors.has(ApplicantForm.NUMBER_FIELD))
        .flatMap(type -> documentNumbers.problem(type, documentNumber))
        .ifPresent(messageKey -> errors.add(ApplicantForm.NUMBER_FIELD, messageKey));
    if (!errors.has(ApplicantForm.NUMBER_FIELD)
        && isRepeated(journey.get(), position, documentNumber)) {
      errors.add(ApplicantForm.NUMBER_FIELD, "booking.applicant.error.documentNumberRepeated");
    }
    if (!errors.isEmpty()) {
      model.addAttribute(JourneyRedirects.ERRORS, errors.sortedBy(ApplicantForm.FIELD_ORDER));
      return applicantPage(model, journey.get(), position, form);
    }
    DocumentType type = form.parsedDocumentType().orElseThrow();
    LocalDate birth = form.dateOfBirth().orElseThrow();
    if (ageLimits.fitsNoBookableDay(journey.get().typeId(), birth)) {
      PageErrors tooYoungOrOld =
          ageLimits.addError(PageErrors.none(), ApplicantForm.BIRTH_FIELD, journey.get().typeId());
      model.addAttribute(JourneyRedirects.ERRORS, tooYoungOrOld);
      return applicantPage(model, journey.get(), position, form);
    }
    journey
        .get()
        .answerApplicant(position, new ApplicantAnswer(type, documentNumber.strip(), birth));
    return BookingPaths.redirect(journey.get().pathAfter(path));
  }

  /** Returns true when another applicant of the same booking gave the same number. */
  private static boolean isRepeated(BookingJourney journey, int position, String documentNumber) {
    String number = ApplicantForm.comparable(documentNumber);
    for (int other = 1; other <= journey.applicantCount(); other++) {
      int otherPosition = other;
      boolean same =
          other != position
              && journey
                  .applicant(otherPosition)
                  .map(answer -> ApplicantForm.comparable(answer.documentNumber()).equals(number))
                  .orElse(false);
      if (same) {
        return true;
      }
    }
    return false;
  }

  private String applicantPage(
      Model model, BookingJourney journey, int position, ApplicantForm form) {
    model.addAttribute("position", position);
    model.addAttribute("applicantCount", journey.applicantCount());
    model.addAttribute("documentTypes", DocumentType.values());
    model.addAttribute("form", form);
    model.addAttribute(
        "backLink", position == 1 ? BookingPaths.APPLICANTS : BookingPaths.applicant(position - 1));
    return "booking/applicant";
  }
}
