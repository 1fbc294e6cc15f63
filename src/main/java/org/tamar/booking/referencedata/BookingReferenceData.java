package org.tamar.booking.referencedata;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tamar.booking.AppointmentType;
import org.tamar.booking.Office;
import org.tamar.booking.calendar.DailyHours;
import org.tamar.booking.calendar.WorkingDayCalendar;

/**
 * The offices, appointment types, opening hours and holidays as read from the database after the
 * start-up load. Immutable.
 */
public final class BookingReferenceData {

  private final List<Office> offices;
  private final List<AppointmentType> appointmentTypes;
  private final Map<String, AgeLimits> ageLimits;
  private final Map<String, WorkingDayCalendar> calendars;

  BookingReferenceData(
      List<Office> offices,
      List<AppointmentType> appointmentTypes,
      Map<String, AgeLimits> ageLimits,
      Map<String, Map<DayOfWeek, DailyHours>> hoursByOffice,
      Set<LocalDate> holidays) {
    this.offices = List.copyOf(offices);
    this.appointmentTypes = List.copyOf(appointmentTypes);
    this.ageLimits = Map.copyOf(ageLimits);
    this.calendars =
        offices.stream()
            .collect(
                java.util.stream.Collectors.toUnmodifiableMap(
                    Office::id,
                    office ->
                        new WorkingDayCalendar(
                            hoursByOffice.getOrDefault(office.id(), Map.of()), holidays)));
  }

  public List<Office> offices() {
    return offices;
  }

  public Optional<Office> office(String officeId) {
    return offices.stream().filter(office -> office.id().equals(officeId)).findFirst();
  }

  public List<AppointmentType> appointmentTypes() {
    return appointmentTypes;
  }

  public Optional<AppointmentType> appointmentType(String typeId) {
    return appointmentTypes.stream().filter(type -> type.id().equals(typeId)).findFirst();
  }

  /** Returns the age limits of an appointment type; a type without limits admits everyone. */
  public AgeLimits ageLimits(String typeId) {
    return ageLimits.getOrDefault(typeId, AgeLimits.NONE);
  }

  /** Returns the calendar of a known office. */
  public WorkingDayCalendar calendar(String officeId) {
    WorkingDayCalendar calendar = calendars.get(officeId);
    if (calendar == null) {
      throw new IllegalArgumentException("Unknown office " + officeId);
    }
    return calendar;
  }
}
