package org.tamar.booking.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tamar.booking.Appointment;
import org.tamar.booking.AppointmentBooking;
import org.tamar.booking.AppointmentManagement;
import org.tamar.booking.BookingCatalogue;
import org.tamar.booking.BookingRequest;
import org.tamar.platform.i18n.Language;
import org.tamar.platform.problem.ProblemException;

/**
 * The last steps of the booking journey: the enquiry code, the check-your-answers page, the booking
 * itself and the acknowledgement with its printable version.
 *
 * <p>NOTE: the forms have no CSRF protection yet; Spring Security adds it with sign-in.
 */
@Controller
class BookingSubmitController {

  private static final Logger log = LoggerFactory.getLogger(BookingSubmitController.class);

  private static final String CONFIRMATION =
      BookingSubmitController.class.getName() + ".confirmation";

  private final BookingCatalogue catalogue;
  private final AppointmentBooking booking;
  private final AppointmentManagement management;
  private final AppointmentDetails details;
  private final BookingProblems problems;

  BookingSubmitController(
      BookingCatalogue catalogue,
      AppointmentBooking booking,
      AppointmentManagement management,
      AppointmentDetails details,
      BookingProblems problems) {
    this.catalogue = catalogue;
    this.booking = booking;
    this.management = management;
    this.details = details;
    this.problems = problems;
  }

  @GetMapping(BookingPaths.ENQUIRY_CODE)
  String enquiryCode(HttpSession session, Model model, RedirectAttributes redirect) {
    Optional<BookingJourney> journey =
        BookingJourney.findShowable(session, BookingPaths.ENQUIRY_CODE);
    if (journey.isEmpty()) {
      return JourneyRedirects.toFirstGap(session, redirect);
    }
    String code = Optional.ofNullable(journey.get().enquiryCode()).orElse("");
    String email = Optional.ofNullable(journey.get().email()).orElse("");
    model.addAttribute("form", new EnquiryCodeForm(code, code, email));
    return "booking/enquiry-code";
  }

  @PostMapping(BookingPaths.ENQUIRY_CODE)
  String chooseEnquiryCode(
      @RequestParam(name = "enquiryCode", defaultValue = "") String code,
      @RequestParam(name = "enquiryCodeConfirmation", defaultValue = "") String confirmation,
      @RequestParam(name = "email", defaultValue = "") String email,
      HttpSession session,
      Model model,
      RedirectAttributes redirect) {
    Optional<BookingJourney> journey =
        BookingJourney.findShowable(session, BookingPaths.ENQUIRY_CODE);
    if (journey.isEmpty()) {
      return JourneyRedirects.toFirstGap(session, redirect);
    }
    EnquiryCodeForm form = new EnquiryCodeForm(code, confirmation, email);
    PageErrors errors = form.check();
    if (!errors.isEmpty()) {
      model.addAttribute(JourneyRedirects.ERRORS, errors);
      model.addAttribute("form", form);
      return "booking/enquiry-code";
    }
    String address = email.strip();
    journey.get().chooseEnquiryCode(code.strip(), address.isEmpty() ? null : address);
    return BookingPaths.redirect(journey.get().pathAfter(BookingPaths.ENQUIRY_CODE));
  }

  @GetMapping(BookingPaths.CHECK)
  String check(HttpSession session, Model model, RedirectAttributes redirect) {
    Optional<BookingJourney> journey = BookingJourney.findShowable(session, BookingPaths.CHECK);
    if (journey.isEmpty()) {
      return JourneyRedirects.toFirstGap(session, redirect);
    }
    BookingJourney answers = journey.get();
    answers.startReviewing();
    model.addAttribute("journey", answers);
    model.addAttribute("type", catalogue.appointmentType(answers.typeId()).orElse(null));
    model.addAttribute("office", catalogue.office(answers.officeId()).orElse(null));
    return "booking/check";
  }

  @PostMapping(BookingPaths.CHECK)
  String book(
      HttpSession session, HttpServletRequest request, Locale locale, RedirectAttributes redirect) {
    Optional<BookingJourney> journey = BookingJourney.findShowable(session, BookingPaths.CHECK);
    boolean alreadyBooked = session.getAttribute(CONFIRMATION) != null;
    if (journey.isEmpty() && BookingJourney.find(session).isEmpty() && alreadyBooked) {
      // A second click on the book button arrives after the first ended the journey.
      return BookingPaths.redirect(BookingPaths.CONFIRMATION);
    }
    if (journey.isEmpty()) {
      return JourneyRedirects.toFirstGap(session, redirect);
    }
    BookingJourney answers = journey.get();
    BookingRequest bookingRequest =
        new BookingRequest(
            answers.typeId(),
            answers.officeId(),
            answers.start(),
            answers.applicants().stream().map(ApplicantAnswer::toDetails).toList(),
            answers.enquiryCode(),
            answers.email(),
            Language.of(locale));
    Appointment appointment;
    try {
      appointment = booking.book(bookingRequest, request.getRemoteAddr());
    } catch (ProblemException problem) {
      return problems.afterFailedBooking(problem, answers, session, redirect);
    }
    session.setAttribute(
        CONFIRMATION,
        new BookedConfirmation(
            appointment.reference(),
            answers.applicants().getFirst().documentNumber(),
            answers.enquiryCode()));
    BookingJourney.end(session);
    return BookingPaths.redirect(BookingPaths.CONFIRMATION);
  }

  @GetMapping(BookingPaths.CONFIRMATION)
  String confirmation(
      HttpSession session, HttpServletRequest request, Model model, RedirectAttributes redirect) {
    return confirmationPage(session, request, model, redirect, "booking/confirmation");
  }

  /** Shows the acknowledgement without the site header, footer and language switch, for printing. */
  @GetMapping(BookingPaths.PRINTABLE)
  String printable(
      HttpSession session, HttpServletRequest request, Model model, RedirectAttributes redirect) {
    model.addAttribute("printBack", BookingPaths.CONFIRMATION);
    model.addAttribute("printBackLabel", "booking.print.back");
    return confirmationPage(session, request, model, redirect, "booking/print");
  }

  /**
   * Shows the booked appointment as it is now: it may have been rescheduled or cancelled since the
   * booking, through the manage pages or the API.
   */
  private String confirmationPage(
      HttpSession session,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect,
      String view) {
    BookedConfirmation confirmation = (BookedConfirmation) session.getAttribute(CONFIRMATION);
    if (confirmation == null) {
      return JourneyRedirects.toBookingStart(redirect);
    }
    Appointment current;
    try {
      current =
          management.lookUp(
              confirmation.reference(), confirmation.credentials(), request.getRemoteAddr());
    } catch (ProblemException problem) {
      log.info(
          "Reload of booked appointment {} rejected with code {}",
          confirmation.reference(),
          problem.code());
      session.removeAttribute(CONFIRMATION);
      String notice =
          problem.code().equals("appointment_not_found")
              ? "booking.notice.manageInactive"
              : BookingProblems.messageKey(problem.code());
      redirect.addFlashAttribute(JourneyRedirects.NOTICE, notice);
      return BookingPaths.redirect(BookingPaths.MANAGE);
    }
    details.addTo(model, AppointmentView.of(current));
    return view;
  }
}
