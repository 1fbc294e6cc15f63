package org.tamar.booking.slots;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.tamar.booking.AppointmentType;
import org.tamar.booking.BookableDate;
import org.tamar.booking.BookingCatalogue;
import org.tamar.booking.Office;
import org.tamar.booking.SlotAvailability;
import org.tamar.booking.referencedata.BookingReferenceData;
import org.tamar.platform.problem.ProblemException;

/**
 * Offices, appointment types and availability. Slots are shared by all appointment types of an
 * office, so availability depends on the office only; the type is checked to exist.
 */
@Service
class BookingCatalogueService implements BookingCatalogue {

  private final BookingReferenceData referenceData;
  private final SlotSchedule schedule;
  private final SlotRepository slots;

  BookingCatalogueService(
      BookingReferenceData referenceData, SlotSchedule schedule, SlotRepository slots) {
    this.referenceData = referenceData;
    this.schedule = schedule;
    this.slots = slots;
  }

  @Override
  public List<Office> offices() {
    return referenceData.offices();
  }

  @Override
  public Optional<Office> office(String officeId) {
    return referenceData.office(officeId);
  }

  @Override
  public List<AppointmentType> appointmentTypes() {
    return referenceData.appointmentTypes();
  }

  @Override
  public Optional<AppointmentType> appointmentType(String typeId) {
    return referenceData.appointmentType(typeId);
  }

  @Override
  public List<BookableDate> dates(String officeId, String typeId) {
    requireKnown(officeId, typeId);
    Map<LocalDate, List<OffsetDateTime>> startsByDate = schedule.slotStartsInWindow(officeId);
    if (startsByDate.isEmpty()) {
      return List.of();
    }
    Map<Instant, Integer> remaining = remainingBetween(officeId, startsByDate);
    int capacity = schedule.capacity(officeId);
    List<BookableDate> dates = new ArrayList<>(startsByDate.size());
    startsByDate.forEach(
        (date, starts) -> {
          int left =
              starts.stream()
                  .mapToInt(start -> remaining.getOrDefault(start.toInstant(), capacity))
                  .sum();
          dates.add(new BookableDate(date, left));
        });
    return List.copyOf(dates);
  }

  @Override
  public List<SlotAvailability> slots(String officeId, String typeId, LocalDate date) {
    requireKnown(officeId, typeId);
    List<OffsetDateTime> starts = schedule.slotStarts(officeId, date);
    if (starts.isEmpty()) {
      return List.of();
    }
    Map<Instant, Integer> remaining =
        slots.remaining(
            officeId, starts.getFirst().toInstant(), starts.getLast().toInstant().plusSeconds(1));
    int capacity = schedule.capacity(officeId);
    return starts.stream()
        .map(start -> new SlotAvailability(start, remaining.getOrDefault(start.toInstant(), capacity)))
        .toList();
  }

  private Map<Instant, Integer> remainingBetween(
      String officeId, Map<LocalDate, List<OffsetDateTime>> startsByDate) {
    Instant from = null;
    Instant to = null;
    for (List<OffsetDateTime> starts : startsByDate.values()) {
      if (starts.isEmpty()) {
        continue;
      }
      if (from == null) {
        from = starts.getFirst().toInstant();
      }
      to = starts.getLast().toInstant().plusSeconds(1);
    }
    return from == null ? Map.of() : slots.remaining(officeId, from, to);
  }

  private void requireKnown(String officeId, String typeId) {
    if (referenceData.office(officeId).isEmpty()) {
      throw new ProblemException(HttpStatus.NOT_FOUND, "office_not_found");
    }
    if (referenceData.appointmentType(typeId).isEmpty()) {
      throw new ProblemException(HttpStatus.NOT_FOUND, "appointment_type_not_found");
    }
  }
}
