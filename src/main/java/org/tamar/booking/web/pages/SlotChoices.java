package org.tamar.booking.web.pages;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tamar.booking.BookableDate;
import org.tamar.booking.BookingCatalogue;
import org.tamar.booking.SlotAvailability;

/**
 * The office, date and time questions, shared by the booking journey and the reschedule journey.
 * Only dates and times with room for every applicant are offered.
 */
@Component
class SlotChoices {

  private final BookingCatalogue catalogue;

  SlotChoices(BookingCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  boolean isOffice(String officeId) {
    return officeId != null && catalogue.office(officeId).isPresent();
  }

  /** Returns the bookable dates with at least {@code persons} places left. */
  List<LocalDate> dates(String officeId, String typeId, int persons) {
    return catalogue.dates(officeId, typeId).stream()
        .filter(date -> date.remaining() >= persons)
        .map(BookableDate::date)
        .toList();
  }

  /** Returns the slots of a day with at least {@code persons} places left. */
  List<SlotAvailability> slots(String officeId, String typeId, LocalDate date, int persons) {
    return catalogue.slots(officeId, typeId, date).stream()
        .filter(slot -> slot.remaining() >= persons)
        .toList();
  }

  /** Returns the date if it is one of those offered. */
  Optional<LocalDate> offeredDate(String value, String officeId, String typeId, int persons) {
    Optional<LocalDate> date = parseDate(value);
    return date.filter(day -> dates(officeId, typeId, persons).contains(day));
  }

  /** Returns the slot start if it is one of those offered on the day. */
  Optional<OffsetDateTime> offeredStart(
      String value, String officeId, String typeId, LocalDate date, int persons) {
    Optional<OffsetDateTime> start = parseStart(value);
    return start.filter(
        chosen ->
            slots(officeId, typeId, date, persons).stream()
                .anyMatch(slot -> slot.start().isEqual(chosen)));
  }

  void officePage(Model model, String selected, String formAction, String backLink) {
    model.addAttribute("offices", catalogue.offices());
    model.addAttribute("selected", selected);
    model.addAttribute("formAction", formAction);
    model.addAttribute("backLink", backLink);
  }

  void datePage(
      Model model, Schedule schedule, LocalDate selected, String formAction, String backLink) {
    model.addAttribute("dates", dates(schedule.officeId(), schedule.typeId(), schedule.persons()));
    model.addAttribute("office", catalogue.office(schedule.officeId()).orElseThrow());
    model.addAttribute("selected", selected == null ? null : selected.toString());
    model.addAttribute("formAction", formAction);
    model.addAttribute("backLink", backLink);
  }

  void timePage(
      Model model,
      Schedule schedule,
      LocalDate date,
      OffsetDateTime selected,
      String formAction,
      String backLink) {
    model.addAttribute(
        "slots", slots(schedule.officeId(), schedule.typeId(), date, schedule.persons()));
    model.addAttribute("date", date);
    model.addAttribute("office", catalogue.office(schedule.officeId()).orElseThrow());
    model.addAttribute("selected", selected == null ? null : selected.toInstant());
    model.addAttribute("formAction", formAction);
    model.addAttribute("backLink", backLink);
  }

  /** The office, appointment type and head count that the date and time pages list places for. */
  record Schedule(String officeId, String typeId, int persons) {}

  private static Optional<LocalDate> parseDate(String value) {
    try {
      return value == null ? Optional.empty() : Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }

  private static Optional<OffsetDateTime> parseStart(String value) {
    try {
      return value == null ? Optional.empty() : Optional.of(OffsetDateTime.parse(value));
    } catch (DateTimeParseException notATime) {
      return Optional.empty();
    }
  }
}
