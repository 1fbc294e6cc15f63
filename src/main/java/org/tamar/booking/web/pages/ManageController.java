package org.tamar.booking.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tamar.booking.Appointment;
import org.tamar.booking.AppointmentCredentials;
import org.tamar.booking.AppointmentManagement;
import org.tamar.booking.TooManyAttemptsException;
import org.tamar.booking.web.pages.CurrentAppointments.Reloaded;
import org.tamar.platform.problem.ProblemException;

/**
 * The manage journey's look-up, appointment and cancel pages.
 *
 * <p>NOTE: the forms have no CSRF protection yet; Spring Security adds it with sign-in.
 */
@Controller
class ManageController {

  private static final Logger log = LoggerFactory.getLogger(ManageController.class);

  static final String NUMBER_FIELD = "documentNumber";
  static final String CODE_FIELD = "enquiryCode";

  private final AppointmentManagement management;
  private final AppointmentDetails details;
  private final CurrentAppointments currentAppointments;

  ManageController(
      AppointmentManagement management,
      AppointmentDetails details,
      CurrentAppointments currentAppointments) {
    this.management = management;
    this.details = details;
    this.currentAppointments = currentAppointments;
  }

  @GetMapping(BookingPaths.MANAGE)
  String lookUpForm(Model model) {
    model.addAttribute("documentNumber", "");
    model.addAttribute("enquiryCode", "");
    return "booking/manage/look-up";
  }

  @PostMapping(BookingPaths.MANAGE)
  String lookUp(
      @RequestParam(name = "documentNumber", defaultValue = "") String documentNumber,
      @RequestParam(name = "enquiryCode", defaultValue = "") String enquiryCode,
      HttpSession session,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    PageErrors errors = PageErrors.none();
    if (documentNumber.isBlank()) {
      errors.add(NUMBER_FIELD, "booking.manage.lookUp.error.documentNumberMissing");
    }
    if (enquiryCode.isBlank()) {
      errors.add(CODE_FIELD, "booking.manage.lookUp.error.enquiryCodeMissing");
    } else if (!enquiryCode.strip().matches("[0-9]{4}")) {
      errors.add(CODE_FIELD, "booking.enquiryCode.error.format");
    }
    if (errors.isEmpty()) {
      AppointmentCredentials credentials =
          new AppointmentCredentials(documentNumber.strip(), enquiryCode.strip());
      try {
        List<AppointmentView> found =
            management.lookUpAll(credentials, request.getRemoteAddr()).stream()
                .map(AppointmentView::of)
                .toList();
        if (found.size() > 1) {
          ManageChoices.offer(session, credentials, found);
          return BookingPaths.redirect(BookingPaths.MANAGE_CHOOSE);
        }
        ManageChoices.clear(session);
        ManageState.begin(session, credentials, found.getFirst());
        return BookingPaths.redirect(BookingPaths.MANAGE_APPOINTMENT);
      } catch (ProblemException problem) {
        log.info("Appointment look-up rejected with code {}", problem.code());
        if (problem instanceof TooManyAttemptsException lockedOut) {
          setLockoutStatus(response, lockedOut);
        }
        // Not found covers a wrong code too, so the message points at both fields from the first.
        errors.add(NUMBER_FIELD, BookingProblems.messageKey(problem.code()));
      }
    }
    model.addAttribute(JourneyRedirects.ERRORS, errors);
    model.addAttribute("documentNumber", documentNumber);
    model.addAttribute("enquiryCode", enquiryCode);
    return "booking/manage/look-up";
  }

  /**
   * Marks the look-up page shown during a lockout as 429 with Retry-After (RFC 9110, section
   * 10.2.3) in whole seconds, as the API does, so clients and monitoring see the refusal.
   */
  private static void setLockoutStatus(
      HttpServletResponse response, TooManyAttemptsException lockedOut) {
    long seconds = Math.max(1, (lockedOut.retryAfter().toMillis() + 999) / 1000);
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
  }

  @GetMapping(BookingPaths.MANAGE_APPOINTMENT)
  String appointment(
      HttpSession session, HttpServletRequest request, Model model, RedirectAttributes redirect) {
    Optional<Reloaded> current = currentAppointments.reload(session, request, redirect);
    if (current.isEmpty()) {
      return CurrentAppointments.toLookUp();
    }
    details.addTo(model, current.get().state().appointment());
    return "booking/manage/appointment";
  }

  /** Shows the current appointment without the site header, footer and language switch. */
  @GetMapping(BookingPaths.MANAGE_PRINTABLE)
  String printable(
      HttpSession session, HttpServletRequest request, Model model, RedirectAttributes redirect) {
    Optional<Reloaded> current = currentAppointments.reload(session, request, redirect);
    if (current.isEmpty()) {
      return CurrentAppointments.toLookUp();
    }
    details.addTo(model, current.get().state().appointment());
    model.addAttribute("printBack", BookingPaths.MANAGE_APPOINTMENT);
    model.addAttribute("printBackLabel", "booking.print.backToAppointment");
    return "booking/print";
  }

  @GetMapping(BookingPaths.MANAGE_CANCEL)
  String cancelForm(
      HttpSession session, HttpServletRequest request, Model model, RedirectAttributes redirect) {
    Optional<Reloaded> current = currentAppointments.reload(session, request, redirect);
    if (current.isEmpty()) {
      return CurrentAppointments.toLookUp();
    }
    details.addTo(model, current.get().state().appointment());
    return "booking/manage/cancel";
  }

  @PostMapping(BookingPaths.MANAGE_CANCEL)
  String cancel(
      HttpSession session, HttpServletRequest request, Model model, RedirectAttributes redirect) {
    Optional<Reloaded> current = currentAppointments.reload(session, request, redirect);
    if (current.isEmpty()) {
      return CurrentAppointments.toLookUp();
    }
    ManageState state = current.get().state();
    if (current.get().changed()) {
      // The person confirmed the cancellation of an earlier version, so show the current one first.
      return cancelPageWithError(model, state.appointment(), "booking.manage.error.changedElsewhere");
    }
    try {
      Appointment cancelled =
          management.cancel(
              state.appointment().reference(), state.credentials(), request.getRemoteAddr());
      state.cancelled(AppointmentView.of(cancelled));
      return BookingPaths.redirect(BookingPaths.MANAGE_CANCELLED);
    } catch (ProblemException problem) {
      log.info("Appointment cancellation rejected with code {}", problem.code());
      return cancelPageWithError(
          model, state.appointment(), BookingProblems.messageKey(problem.code()));
    }
  }

  private String cancelPageWithError(Model model, AppointmentView appointment, String messageKey) {
    model.addAttribute(JourneyRedirects.ERRORS, PageErrors.of("cancel-heading", messageKey));
    details.addTo(model, appointment);
    return "booking/manage/cancel";
  }

  @GetMapping(BookingPaths.MANAGE_CANCELLED)
  String cancelled(HttpSession session, Model model, RedirectAttributes redirect) {
    Optional<ManageState> state = ManageState.find(session).filter(ManageState::isCancelled);
    if (state.isEmpty()) {
      return JourneyRedirects.toManageStart(redirect);
    }
    details.addTo(model, state.get().appointment());
    return "booking/manage/cancelled";
  }
}
