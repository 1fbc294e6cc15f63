package org.tamar.booking.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tamar.booking.AppointmentType;
import org.tamar.booking.BookableDate;
import org.tamar.booking.BookingCatalogue;
import org.tamar.booking.Office;
import org.tamar.booking.SlotAvailability;

/** Offices, appointment types and availability, read-only. */
@RestController
@RequestMapping("/api/v1/booking")
class BookingCatalogueController {

  private final BookingCatalogue catalogue;

  BookingCatalogueController(BookingCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GetMapping("/offices")
  @Operation(summary = "List the offices that take booked applications")
  List<Office> offices() {
    return catalogue.offices();
  }

  @GetMapping("/appointment-types")
  @Operation(summary = "List the appointment types")
  List<AppointmentType> appointmentTypes() {
    return catalogue.appointmentTypes();
  }

  @GetMapping("/offices/{officeId}/dates")
  @Operation(summary = "List every bookable date in the booking window with the places left")
  @ApiResponse(responseCode = "404", description = "office_not_found or appointment_type_not_found")
  List<BookableDate> dates(@PathVariable String officeId, @RequestParam("type") String typeId) {
    return catalogue.dates(officeId, typeId);
  }

  @GetMapping("/offices/{officeId}/slots")
  @Operation(summary = "List the slots of one date; empty when the date is not bookable")
  @ApiResponse(responseCode = "404", description = "office_not_found or appointment_type_not_found")
  List<SlotAvailability> slots(
      @PathVariable String officeId,
      @RequestParam("type") String typeId,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
    return catalogue.slots(officeId, typeId, date);
  }
}
