package org.tamar.booking.web.pages;

import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tamar.booking.web.pages.SlotChoices.Schedule;

/**
 * The office, date and time questions of the booking journey.
 *
 * <p>NOTE: the forms have no CSRF protection yet; Spring Security adds it with sign-in.
 */
@Controller
class BookingScheduleController {

  private final SlotChoices choices;

  BookingScheduleController(SlotChoices choices) {
    this.choices = choices;
  }

  @GetMapping(BookingPaths.OFFICE)
  String office(HttpSession session, Model model, RedirectAttributes redirect) {
    Optional<BookingJourney> journey = BookingJourney.findShowable(session, BookingPaths.OFFICE);
    if (journey.isEmpty()) {
      return JourneyRedirects.toFirstGap(session, redirect);
    }
    choices.officePage(
        model, journey.get().officeId(), BookingPaths.OFFICE, backFromOffice(journey.get()));
    return "booking/office";
  }

  @PostMapping(BookingPaths.OFFICE)
  String chooseOffice(
      @RequestParam(name = "office", required = false) String officeId,
      HttpSession session,
      Model model,
      RedirectAttributes redirect) {
    Optional<BookingJourney> journey = BookingJourney.findShowable(session, BookingPaths.OFFICE);
    if (journey.isEmpty()) {
      return JourneyRedirects.toFirstGap(session, redirect);
    }
    if (!choices.isOffice(officeId)) {
      model.addAttribute(
          JourneyRedirects.ERRORS, PageErrors.of("office", "booking.office.error.missing"));
      choices.officePage(model, null, BookingPaths.OFFICE, backFromOffice(journey.get()));
      return "booking/office";
    }
    journey.get().chooseOffice(officeId);
    return BookingPaths.redirect(journey.get().pathAfter(BookingPaths.OFFICE));
  }

  @GetMapping(BookingPaths.DATE)
  String date(HttpSession session, Model model, RedirectAttributes redirect) {
    Optional<BookingJourney> journey = BookingJourney.findShowable(session, BookingPaths.DATE);
    if (journey.isEmpty()) {
      return JourneyRedirects.toFirstGap(session, redirect);
    }
    choices.datePage(
        model,
        schedule(journey.get()),
        journey.get().date(),
        BookingPaths.DATE,
        BookingPaths.OFFICE);
    return "booking/date";
  }

  @PostMapping(BookingPaths.DATE)
  String chooseDate(
      @RequestParam(name = "date", required = false) String value,
      HttpSession session,
      Model model,
      RedirectAttributes redirect) {
    Optional<BookingJourney> journey = BookingJourney.findShowable(session, BookingPaths.DATE);
    if (journey.isEmpty()) {
      return JourneyRedirects.toFirstGap(session, redirect);
    }
    Schedule schedule = schedule(journey.get());
    Optional<LocalDate> date =
        choices.offeredDate(value, schedule.officeId(), schedule.typeId(), schedule.persons());
    if (date.isEmpty()) {
      model.addAttribute(
          JourneyRedirects.ERRORS, PageErrors.of("date", "booking.date.error.missing"));
      choices.datePage(model, schedule, null, BookingPaths.DATE, BookingPaths.OFFICE);
      return "booking/date";
    }
    journey.get().chooseDate(date.get());
    return BookingPaths.redirect(journey.get().pathAfter(BookingPaths.DATE));
  }

  @GetMapping(BookingPaths.TIME)
  String time(HttpSession session, Model model, RedirectAttributes redirect) {
    Optional<BookingJourney> journey = BookingJourney.findShowable(session, BookingPaths.TIME);
    if (journey.isEmpty()) {
      return JourneyRedirects.toFirstGap(session, redirect);
    }
    BookingJourney answers = journey.get();
    choices.timePage(
        model,
        schedule(answers),
        answers.date(),
        answers.start(),
        BookingPaths.TIME,
        BookingPaths.DATE);
    return "booking/time";
  }

  @PostMapping(BookingPaths.TIME)
  String chooseTime(
      @RequestParam(name = "start", required = false) String value,
      HttpSession session,
      Model model,
      RedirectAttributes redirect) {
    Optional<BookingJourney> journey = BookingJourney.findShowable(session, BookingPaths.TIME);
    if (journey.isEmpty()) {
      return JourneyRedirects.toFirstGap(session, redirect);
    }
    BookingJourney answers = journey.get();
    Schedule schedule = schedule(answers);
    Optional<OffsetDateTime> start =
        choices.offeredStart(
            value, schedule.officeId(), schedule.typeId(), answers.date(), schedule.persons());
    if (start.isEmpty()) {
      model.addAttribute(
          JourneyRedirects.ERRORS, PageErrors.of("start", "booking.time.error.missing"));
      choices.timePage(model, schedule, answers.date(), null, BookingPaths.TIME, BookingPaths.DATE);
      return "booking/time";
    }
    answers.chooseStart(start.get());
    return BookingPaths.redirect(answers.pathAfter(BookingPaths.TIME));
  }

  private static Schedule schedule(BookingJourney journey) {
    return new Schedule(journey.officeId(), journey.typeId(), journey.applicantCount());
  }

  private static String backFromOffice(BookingJourney journey) {
    return BookingPaths.applicant(journey.applicantCount());
  }
}
