package org.tamar.booking.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import org.tamar.booking.AppointmentManagement;
import org.tamar.booking.BookingCatalogue;
import org.tamar.booking.web.pages.CurrentAppointments.Reloaded;
import org.tamar.booking.web.pages.SlotChoices.Schedule;
import org.tamar.platform.problem.ProblemException;

/**
 * The reschedule pages of the manage journey: new office, date and time, a confirm page, and the
 * confirmation.
 *
 * <p>NOTE: the forms have no CSRF protection yet; Spring Security adds it with sign-in.
 */
@Controller
class ManageRescheduleController {

  private static final Logger log = LoggerFactory.getLogger(ManageRescheduleController.class);

  private final SlotChoices choices;
  private final BookingCatalogue catalogue;
  private final AppointmentManagement management;
  private final AppointmentDetails details;
  private final CurrentAppointments currentAppointments;

  ManageRescheduleController(
      SlotChoices choices,
      BookingCatalogue catalogue,
      AppointmentManagement management,
      AppointmentDetails details,
      CurrentAppointments currentAppointments) {
    this.choices = choices;
    this.catalogue = catalogue;
    this.management = management;
    this.details = details;
    this.currentAppointments = currentAppointments;
  }

  @GetMapping(BookingPaths.MANAGE_OFFICE)
  String office(HttpSession session, HttpServletRequest request, Model model, RedirectAttributes redirect) {
    Optional<ManageState> state =
        currentAppointments.reload(session, request, redirect).map(Reloaded::state);
    if (state.isEmpty()) {
      return CurrentAppointments.toLookUp();
    }
    String selected =
        Optional.ofNullable(state.get().officeId()).orElse(state.get().appointment().officeId());
    choices.officePage(
        model, selected, BookingPaths.MANAGE_OFFICE, BookingPaths.MANAGE_APPOINTMENT);
    return "booking/office";
  }

  @PostMapping(BookingPaths.MANAGE_OFFICE)
  String chooseOffice(
      @RequestParam(name = "office", required = false) String officeId,
      HttpSession session,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    Optional<ManageState> state =
        currentAppointments.reload(session, request, redirect).map(Reloaded::state);
    if (state.isEmpty()) {
      return CurrentAppointments.toLookUp();
    }
    if (!choices.isOffice(officeId)) {
      model.addAttribute(
          JourneyRedirects.ERRORS, PageErrors.of("office", "booking.office.error.missing"));
      choices.officePage(model, null, BookingPaths.MANAGE_OFFICE, BookingPaths.MANAGE_APPOINTMENT);
      return "booking/office";
    }
    state.get().chooseOffice(officeId);
    return BookingPaths.redirect(BookingPaths.MANAGE_DATE);
  }

  @GetMapping(BookingPaths.MANAGE_DATE)
  String date(HttpSession session, HttpServletRequest request, Model model, RedirectAttributes redirect) {
    Optional<ManageState> state =
        currentAppointments.reload(session, request, redirect).map(Reloaded::state);
    if (state.isEmpty()) {
      return CurrentAppointments.toLookUp();
    }
    if (state.get().officeId() == null) {
      return BookingPaths.redirect(BookingPaths.MANAGE_OFFICE);
    }
    choices.datePage(
        model,
        schedule(state.get()),
        state.get().date(),
        BookingPaths.MANAGE_DATE,
        BookingPaths.MANAGE_OFFICE);
    return "booking/date";
  }

  @PostMapping(BookingPaths.MANAGE_DATE)
  String chooseDate(
      @RequestParam(name = "date", required = false) String value,
      HttpSession session,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    Optional<ManageState> state =
        currentAppointments.reload(session, request, redirect).map(Reloaded::state);
    if (state.isEmpty()) {
      return CurrentAppointments.toLookUp();
    }
    if (state.get().officeId() == null) {
      return BookingPaths.redirect(BookingPaths.MANAGE_OFFICE);
    }
    Schedule schedule = schedule(state.get());
    Optional<LocalDate> date =
        choices.offeredDate(value, schedule.officeId(), schedule.typeId(), schedule.persons());
    if (date.isEmpty()) {
      model.addAttribute(
          JourneyRedirects.ERRORS, PageErrors.of("date", "booking.date.error.missing"));
      choices.datePage(model, schedule, null, BookingPaths.MANAGE_DATE, BookingPaths.MANAGE_OFFICE);
      return "booking/date";
    }
    state.get().chooseDate(date.get());
    return BookingPaths.redirect(BookingPaths.MANAGE_TIME);
  }

  @GetMapping(BookingPaths.MANAGE_TIME)
  String time(HttpSession session, HttpServletRequest request, Model model, RedirectAttributes redirect) {
    Optional<ManageState> state =
        currentAppointments.reload(session, request, redirect).map(Reloaded::state);
    if (state.isEmpty()) {
      return CurrentAppointments.toLookUp();
    }
    if (state.get().date() == null) {
      return BookingPaths.redirect(BookingPaths.MANAGE_DATE);
    }
    choices.timePage(
        model,
        schedule(state.get()),
        state.get().date(),
        state.get().start(),
        BookingPaths.MANAGE_TIME,
        BookingPaths.MANAGE_DATE);
    return "booking/time";
  }

  @PostMapping(BookingPaths.MANAGE_TIME)
  String chooseTime(
      @RequestParam(name = "start", required = false) String value,
      HttpSession session,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    Optional<ManageState> state =
        currentAppointments.reload(session, request, redirect).map(Reloaded::state);
    if (state.isEmpty()) {
      return CurrentAppointments.toLookUp();
    }
    if (state.get().date() == null) {
      return BookingPaths.redirect(BookingPaths.MANAGE_DATE);
    }
    ManageState current = state.get();
    Schedule schedule = schedule(current);
    Optional<OffsetDateTime> start =
        choices.offeredStart(
            value, schedule.officeId(), schedule.typeId(), current.date(), schedule.persons());
    String errorKey = null;
    if (start.isEmpty()) {
      errorKey = "booking.time.error.missing";
    } else if (isCurrentSlot(current, start.get())) {
      errorKey = "booking.manage.time.error.same";
    }
    if (errorKey != null) {
      model.addAttribute(JourneyRedirects.ERRORS, PageErrors.of("start", errorKey));
      choices.timePage(
          model,
          schedule,
          current.date(),
          null,
          BookingPaths.MANAGE_TIME,
          BookingPaths.MANAGE_DATE);
      return "booking/time";
    }
    current.chooseStart(start.get());
    return BookingPaths.redirect(BookingPaths.MANAGE_CONFIRM_CHANGE);
  }

  private static boolean isCurrentSlot(ManageState state, OffsetDateTime start) {
    AppointmentView appointment = state.appointment();
    return appointment.officeId().equals(state.officeId()) && appointment.start().isEqual(start);
  }

  @GetMapping(BookingPaths.MANAGE_CONFIRM_CHANGE)
  String confirmChange(HttpSession session, HttpServletRequest request, Model model, RedirectAttributes redirect) {
    Optional<ManageState> state =
        currentAppointments.reload(session, request, redirect).map(Reloaded::state);
    if (state.isEmpty()) {
      return CurrentAppointments.toLookUp();
    }
    if (state.get().start() == null) {
      return BookingPaths.redirect(BookingPaths.MANAGE_TIME);
    }
    confirmChangePage(model, state.get());
    return "booking/manage/confirm-change";
  }

  @PostMapping(BookingPaths.MANAGE_CONFIRM_CHANGE)
  String reschedule(
      HttpSession session, HttpServletRequest request, Model model, RedirectAttributes redirect) {
    Optional<Reloaded> reloaded = currentAppointments.reload(session, request, redirect);
    if (reloaded.isEmpty()) {
      return CurrentAppointments.toLookUp();
    }
    ManageState current = reloaded.get().state();
    if (current.justRescheduled()) {
      // A second click on the confirm button arrives after the first saved the change.
      return BookingPaths.redirect(BookingPaths.MANAGE_CHANGED);
    }
    if (current.start() == null) {
      return BookingPaths.redirect(BookingPaths.MANAGE_TIME);
    }
    if (reloaded.get().changed()) {
      // The confirm page showed the appointment as it was; show it again as it is now.
      model.addAttribute(
          JourneyRedirects.ERRORS,
          PageErrors.of("change-heading", "booking.manage.error.changedElsewhere"));
      confirmChangePage(model, current);
      return "booking/manage/confirm-change";
    }
    try {
      Appointment moved =
          management.reschedule(
              current.appointment().reference(),
              current.credentials(),
              current.officeId(),
              current.start(),
              request.getRemoteAddr());
      current.rescheduled(AppointmentView.of(moved));
      return BookingPaths.redirect(BookingPaths.MANAGE_CHANGED);
    } catch (ProblemException problem) {
      log.info("Reschedule rejected with code {}", problem.code());
      return afterFailedReschedule(problem, current, model, redirect);
    }
  }

  private String afterFailedReschedule(
      ProblemException problem, ManageState state, Model model, RedirectAttributes redirect) {
    String messageKey = BookingProblems.messageKey(problem.code());
    switch (problem.code()) {
      case "slot_full" -> {
        state.clearStart();
        return JourneyRedirects.withErrors(
            redirect, BookingPaths.MANAGE_TIME, PageErrors.of("start", messageKey));
      }
      case "slot_unavailable" -> {
        state.clearDate();
        return JourneyRedirects.withErrors(
            redirect, BookingPaths.MANAGE_DATE, PageErrors.of("date", messageKey));
      }
      default -> {
        model.addAttribute(JourneyRedirects.ERRORS, PageErrors.of("change-heading", messageKey));
        confirmChangePage(model, state);
        return "booking/manage/confirm-change";
      }
    }
  }

  private void confirmChangePage(Model model, ManageState state) {
    details.addTo(model, state.appointment());
    model.addAttribute("newOffice", catalogue.office(state.officeId()).orElse(null));
    model.addAttribute("newStart", state.start());
  }

  @GetMapping(BookingPaths.MANAGE_CHANGED)
  String changed(HttpSession session, HttpServletRequest request, Model model, RedirectAttributes redirect) {
    Optional<ManageState> state =
        currentAppointments.reload(session, request, redirect).map(Reloaded::state);
    if (state.isEmpty()) {
      return CurrentAppointments.toLookUp();
    }
    if (state.get().previous().isEmpty()) {
      return JourneyRedirects.toManageStart(redirect);
    }
    details.addTo(model, state.get().appointment());
    return "booking/manage/changed";
  }

  private static Schedule schedule(ManageState state) {
    AppointmentView appointment = state.appointment();
    return new Schedule(state.officeId(), appointment.typeId(), appointment.applicantCount());
  }
}
