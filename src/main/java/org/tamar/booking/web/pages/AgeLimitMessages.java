package org.tamar.booking.web.pages;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tamar.booking.BookingCatalogue;
import org.tamar.booking.Office;
import org.tamar.booking.referencedata.AgeLimits;
import org.tamar.booking.referencedata.BookingReferenceData;
import org.tamar.booking.slots.SlotSchedule;

/**
 * Checks an applicant's date of birth against the age limits of an appointment type and builds the
 * page error that states the allowed ages, taken from the reference data.
 */
@Component
class AgeLimitMessages {

  private final BookingReferenceData referenceData;
  private final BookingCatalogue catalogue;
  private final SlotSchedule schedule;

  AgeLimitMessages(
      BookingReferenceData referenceData, BookingCatalogue catalogue, SlotSchedule schedule) {
    this.referenceData = referenceData;
    this.catalogue = catalogue;
    this.schedule = schedule;
  }

  /**
   * Returns whether an applicant born on {@code dateOfBirth} fits the type's age limits on no day
   * of the booking window of any office. The office is chosen after the applicants, so this check
   * uses the widest window; the exact check on the chosen date happens at booking.
   */
  boolean fitsNoBookableDay(String typeId, LocalDate dateOfBirth) {
    AgeLimits limits = referenceData.ageLimits(typeId);
    List<List<LocalDate>> windows =
        catalogue.offices().stream()
            .map(Office::id)
            .map(schedule::window)
            .filter(window -> !window.isEmpty())
            .toList();
    Optional<LocalDate> first = windows.stream().map(List::getFirst).min(LocalDate::compareTo);
    Optional<LocalDate> last = windows.stream().map(List::getLast).max(LocalDate::compareTo);
    if (first.isEmpty() || last.isEmpty()) {
      return false;
    }
    return !limits.admitsSomeDayBetween(dateOfBirth, first.get(), last.get());
  }

  /** Adds the age error, with the type's allowed ages, to the given field. */
  PageErrors addError(PageErrors errors, String field, String typeId) {
    AgeLimits limits = referenceData.ageLimits(typeId);
    if (limits.minAge() != null && limits.maxAge() != null) {
      return errors.add(
          field,
          "booking.applicant.error.ageBetween",
          limits.minAge().toString(),
          limits.maxAge().toString());
    }
    if (limits.minAge() != null) {
      return errors.add(field, "booking.applicant.error.ageAtLeast", limits.minAge().toString());
    }
    if (limits.maxAge() != null) {
      return errors.add(field, "booking.applicant.error.ageAtMost", limits.maxAge().toString());
    }
    return errors.add(field, "booking.problem.applicant_not_eligible");
  }
}
