package org.tamar.booking.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The calendar against the shipped Hong Kong holidays and the default opening hours. */
class WorkingDayCalendarTest {

  private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);
  private static WorkingDayCalendar calendar;

  @BeforeAll
  static void loadShippedHolidays() throws Exception {
    Set<LocalDate> holidays = new HashSet<>();
    try (InputStream in =
        WorkingDayCalendarTest.class
            .getClassLoader()
            .getResourceAsStream("data/booking/hk-general-holidays.json")) {
      JsonNode years = new ObjectMapper().readTree(in).get("years");
      for (JsonNode year : years) {
        for (JsonNode holiday : year.get("holidays")) {
          holidays.add(LocalDate.parse(holiday.get("date").asString()));
        }
      }
    }
    DailyHours weekday = new DailyHours(LocalTime.of(8, 45), LocalTime.of(16, 30));
    DailyHours saturday = new DailyHours(LocalTime.of(9, 0), LocalTime.of(11, 30));
    calendar =
        new WorkingDayCalendar(
            Map.of(
                DayOfWeek.MONDAY, weekday,
                DayOfWeek.TUESDAY, weekday,
                DayOfWeek.WEDNESDAY, weekday,
                DayOfWeek.THURSDAY, weekday,
                DayOfWeek.FRIDAY, weekday,
                DayOfWeek.SATURDAY, saturday),
            holidays);
  }

  @Nested
  class WorkingDays {

    @Test
    void dayAfterChungYeungIsClosed() {
      assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-19"))).isFalse();
    }

    @Test
    void firstWeekdayAfterChristmasIsClosed() {
      assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-26"))).isFalse();
    }

    @Test
    void sundayIsClosed() {
      assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-18"))).isFalse();
    }

    @Test
    void sundayIsClosedEvenWithOpeningHours() {
      DailyHours hours = new DailyHours(LocalTime.of(9, 0), LocalTime.of(17, 0));
      WorkingDayCalendar everyDay =
          new WorkingDayCalendar(Map.of(DayOfWeek.SUNDAY, hours), Set.of());

      assertThat(everyDay.isWorkingDay(LocalDate.parse("2026-10-18"))).isFalse();
    }

    @Test
    void ordinarySaturdayIsOpen() {
      assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-17"))).isTrue();
    }

    @Test
    void ordinaryTuesdayIsOpen() {
      assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-20"))).isTrue();
    }
  }

  @Nested
  class Window {

    @Test
    void startsOnNextWorkingDayAfterFriday() {
      List<LocalDate> window = calendar.window(LocalDate.parse("2026-10-16"), 96);

      assertThat(window.getFirst()).isEqualTo(LocalDate.parse("2026-10-17"));
    }

    @Test
    void skipsSundayAndHolidayMondayAfterSaturday() {
      List<LocalDate> window = calendar.window(LocalDate.parse("2026-10-17"), 96);

      assertThat(window.getFirst()).isEqualTo(LocalDate.parse("2026-10-20"));
    }

    @Test
    void skipsChristmasWeekend() {
      List<LocalDate> window = calendar.window(LocalDate.parse("2026-12-24"), 96);

      assertThat(window.getFirst()).isEqualTo(LocalDate.parse("2026-12-28"));
    }

    @Test
    void endsOnNinetySixthWorkingDay() {
      List<LocalDate> window = calendar.window(LocalDate.parse("2026-10-16"), 96);

      assertThat(window.getLast()).isEqualTo(LocalDate.parse("2027-02-13"));
    }

    @Test
    void holdsExactlyNinetySixDays() {
      List<LocalDate> window = calendar.window(LocalDate.parse("2026-10-16"), 96);

      assertThat(window).hasSize(96);
    }

    @Test
    void neverContainsToday() {
      List<LocalDate> window = calendar.window(LocalDate.parse("2026-10-20"), 96);

      assertThat(window).doesNotContain(LocalDate.parse("2026-10-20"));
    }

    @Test
    void leavesOutHolidaysInside() {
      List<LocalDate> window = calendar.window(LocalDate.parse("2026-10-16"), 96);

      assertThat(window)
          .doesNotContain(
              LocalDate.parse("2026-10-19"),
              LocalDate.parse("2026-12-25"),
              LocalDate.parse("2026-12-26"),
              LocalDate.parse("2027-01-01"),
              LocalDate.parse("2027-02-08"));
    }

    @Test
    void isEmptyWithoutOpeningHours() {
      WorkingDayCalendar closed = new WorkingDayCalendar(Map.of(), Set.of());

      assertThat(closed.window(LocalDate.parse("2026-10-16"), 96)).isEmpty();
    }
  }

  @Nested
  class SlotStarts {

    @Test
    void weekdayHasThirtyOneSlots() {
      assertThat(calendar.slotStarts(LocalDate.parse("2026-10-20"), FIFTEEN_MINUTES)).hasSize(31);
    }

    @Test
    void weekdayStartsAtOpening() {
      assertThat(calendar.slotStarts(LocalDate.parse("2026-10-20"), FIFTEEN_MINUTES).getFirst())
          .isEqualTo(LocalTime.of(8, 45));
    }

    @Test
    void lastSlotEndsAtClosing() {
      assertThat(calendar.slotStarts(LocalDate.parse("2026-10-20"), FIFTEEN_MINUTES).getLast())
          .isEqualTo(LocalTime.of(16, 15));
    }

    @Test
    void saturdayEndsBeforeNoon() {
      assertThat(calendar.slotStarts(LocalDate.parse("2026-10-17"), FIFTEEN_MINUTES).getLast())
          .isEqualTo(LocalTime.of(11, 15));
    }

    @Test
    void slotThatWouldOverrunClosingIsLeftOut() {
      List<LocalTime> starts =
          calendar.slotStarts(LocalDate.parse("2026-10-20"), Duration.ofMinutes(20));

      assertThat(starts.getLast()).isEqualTo(LocalTime.of(16, 5));
    }

    @Test
    void holidayHasNoSlots() {
      assertThat(calendar.slotStarts(LocalDate.parse("2026-10-19"), FIFTEEN_MINUTES)).isEmpty();
    }
  }
}
