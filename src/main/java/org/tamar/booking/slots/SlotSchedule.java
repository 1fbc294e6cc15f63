package org.tamar.booking.slots;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.tamar.booking.calendar.WorkingDayCalendar;
import org.tamar.booking.referencedata.BookingReferenceData;
import org.tamar.platform.problem.ProblemException;
import org.tamar.platform.time.BusinessTime;

/**
 * The slots that exist and the ones that can be booked now. The booking window of each office counts
 * from today in Hong Kong time, read from the injected {@link Clock}.
 */
@Component
public class SlotSchedule {

  private final BookingReferenceData referenceData;
  private final BookingProperties properties;
  private final Clock clock;

  SlotSchedule(BookingReferenceData referenceData, BookingProperties properties, Clock clock) {
    this.referenceData = referenceData;
    this.properties = properties;
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(BusinessTime.ZONE));
  }

  /** Returns the working days of a known office in the booking window, in date order. */
  public List<LocalDate> window(String officeId) {
    return referenceData.calendar(officeId).window(today(), properties.horizonWorkingDays());
  }

  /**
   * Returns the slot starts of a date at a known office, in time order. The list is empty when the
   * date is outside the booking window or the office is closed.
   */
  public List<OffsetDateTime> slotStarts(String officeId, LocalDate date) {
    if (!window(officeId).contains(date)) {
      return List.of();
    }
    return startsOn(referenceData.calendar(officeId), date);
  }

  /** Returns the slot starts of every day in the window of a known office, grouped by date. */
  public Map<LocalDate, List<OffsetDateTime>> slotStartsInWindow(String officeId) {
    WorkingDayCalendar calendar = referenceData.calendar(officeId);
    Map<LocalDate, List<OffsetDateTime>> starts = new LinkedHashMap<>();
    for (LocalDate date : window(officeId)) {
      starts.put(date, startsOn(calendar, date));
    }
    return starts;
  }

  /**
   * Checks that {@code start} begins a slot of a known office inside the booking window.
   *
   * @return the slot start as an instant
   * @throws ProblemException 422 {@code slot_unavailable} on a closed day, outside the window or at
   *     a time that is not a slot start
   */
  public Instant requireBookable(String officeId, OffsetDateTime start) {
    ZonedDateTime local = start.atZoneSameInstant(BusinessTime.ZONE);
    boolean bookable =
        slotStarts(officeId, local.toLocalDate()).stream()
            .anyMatch(slot -> slot.toInstant().equals(start.toInstant()));
    if (!bookable) {
      throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "slot_unavailable");
    }
    return start.toInstant();
  }

  /** Returns the capacity in persons of a new slot at an office. */
  public int capacity(String officeId) {
    return properties.capacity(officeId);
  }

  private List<OffsetDateTime> startsOn(WorkingDayCalendar calendar, LocalDate date) {
    return calendar.slotStarts(date, properties.slotLength()).stream()
        .map(time -> toOffset(date, time))
        .toList();
  }

  private static OffsetDateTime toOffset(LocalDate date, LocalTime time) {
    return ZonedDateTime.of(date, time, BusinessTime.ZONE).toOffsetDateTime();
  }
}
