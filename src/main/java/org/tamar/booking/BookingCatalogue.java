package org.tamar.booking;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Offices, appointment types and availability. Read-only. */
public interface BookingCatalogue {

  List<Office> offices();

  Optional<Office> office(String officeId);

  List<AppointmentType> appointmentTypes();

  Optional<AppointmentType> appointmentType(String typeId);

  /**
   * Returns every working day of the office in the booking window, in date order.
   *
   * @throws org.tamar.platform.problem.ProblemException 404 {@code office_not_found} or {@code
   *     appointment_type_not_found}
   */
  List<BookableDate> dates(String officeId, String typeId);

  /**
   * Returns the slots of one day in time order; an empty list when the day is not bookable.
   *
   * @throws org.tamar.platform.problem.ProblemException 404 {@code office_not_found} or {@code
   *     appointment_type_not_found}
   */
  List<SlotAvailability> slots(String officeId, String typeId, LocalDate date);
}
