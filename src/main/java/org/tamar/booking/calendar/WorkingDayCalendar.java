package org.tamar.booking.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The working days and slot times of one office.
 *
 * <p>A working day is a day the office has opening hours for, other than a Sunday or a general
 * holiday. Every Sunday is a general holiday under the General Holidays Ordinance (Cap. 149), so a
 * Sunday is closed even if opening hours list it.
 */
public final class WorkingDayCalendar {

  private final Map<DayOfWeek, DailyHours> hours;
  private final Set<LocalDate> holidays;

  public WorkingDayCalendar(Map<DayOfWeek, DailyHours> hours, Set<LocalDate> holidays) {
    this.hours = hours.isEmpty() ? Map.of() : new EnumMap<>(hours);
    this.holidays = Set.copyOf(holidays);
  }

  public boolean isWorkingDay(LocalDate date) {
    return hoursOn(date).isPresent();
  }

  /** Returns the opening hours of a date, or empty when the office is closed that day. */
  public Optional<DailyHours> hoursOn(LocalDate date) {
    if (date.getDayOfWeek() == DayOfWeek.SUNDAY || holidays.contains(date)) {
      return Optional.empty();
    }
    return Optional.ofNullable(hours.get(date.getDayOfWeek()));
  }

  /**
   * Returns the booking window: the first {@code workingDays} working days after {@code today}, in
   * date order. Today itself is never in the window.
   */
  public List<LocalDate> window(LocalDate today, int workingDays) {
    List<LocalDate> days = new ArrayList<>(workingDays);
    // A year without a single working day means the opening hours are empty; stop rather than loop.
    LocalDate limit = today.plusYears(1).plusDays(workingDays * 7L);
    for (LocalDate day = today.plusDays(1);
        days.size() < workingDays && day.isBefore(limit);
        day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        days.add(day);
      }
    }
    return List.copyOf(days);
  }

  /**
   * Returns the start times of the slots of a date: every {@code slotLength} from opening, as long as
   * the slot ends by closing time. Empty on a closed day.
   */
  public List<LocalTime> slotStarts(LocalDate date, Duration slotLength) {
    if (slotLength.isNegative() || slotLength.isZero()) {
      throw new IllegalArgumentException("slotLength must be positive");
    }
    Optional<DailyHours> open = hoursOn(date);
    if (open.isEmpty()) {
      return List.of();
    }
    List<LocalTime> starts = new ArrayList<>();
    LocalTime closes = open.get().closes();
    for (LocalTime start = open.get().opens();
        !start.plus(slotLength).isAfter(closes) && !start.plus(slotLength).isBefore(start);
        start = start.plus(slotLength)) {
      starts.add(start);
    }
    return List.copyOf(starts);
  }
}
