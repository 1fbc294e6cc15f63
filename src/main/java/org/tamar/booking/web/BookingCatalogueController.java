package org.tamar.booking.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
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

  private static final String PROBLEM = ProblemSchema.MEDIA_TYPE;

  private final BookingCatalogue catalogue;

  BookingCatalogueController(BookingCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GetMapping("/offices")
  @Operation(summary = "List the offices that take booked applications")
  @ApiResponse(
      responseCode = "200",
      description = "The offices, with names and addresses in en, zh-HK and zh-CN",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_VALUE,
              array = @ArraySchema(schema = @Schema(implementation = Office.class))))
  List<Office> offices() {
    return catalogue.offices();
  }

  @GetMapping("/appointment-types")
  @Operation(summary = "List the appointment types")
  @ApiResponse(
      responseCode = "200",
      description = "The appointment types, with names in en, zh-HK and zh-CN",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_VALUE,
              array = @ArraySchema(schema = @Schema(implementation = AppointmentType.class))))
  List<AppointmentType> appointmentTypes() {
    return catalogue.appointmentTypes();
  }

  @GetMapping("/offices/{officeId}/dates")
  @Operation(summary = "List every bookable date in the booking window with the places left")
  @ApiResponse(
      responseCode = "200",
      description = "Each bookable date from the 1st to the 96th working day after today, Hong Kong time",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_VALUE,
              array = @ArraySchema(schema = @Schema(implementation = BookableDate.class))))
  @ApiResponse(
      responseCode = "400",
      description = "validation_failed: the type parameter is missing",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
  @ApiResponse(
      responseCode = "404",
      description = "office_not_found or appointment_type_not_found",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
  List<BookableDate> dates(
      @PathVariable @Parameter(example = "rop-tseung-kwan-o") String officeId,
      @RequestParam("type") @Parameter(example = "first-registration-age-11") String typeId) {
    return catalogue.dates(officeId, typeId);
  }

  @GetMapping("/offices/{officeId}/slots")
  @Operation(summary = "List the slots of one date; empty when the date is not bookable")
  @ApiResponse(
      responseCode = "200",
      description = "The slots of the date, each start with the +08:00 offset; empty on a day that is not bookable",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_VALUE,
              array = @ArraySchema(schema = @Schema(implementation = SlotAvailability.class))))
  @ApiResponse(
      responseCode = "400",
      description = "validation_failed: type or date is missing, or date is not YYYY-MM-DD",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
  @ApiResponse(
      responseCode = "404",
      description = "office_not_found or appointment_type_not_found",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
  List<SlotAvailability> slots(
      @PathVariable @Parameter(example = "rop-tseung-kwan-o") String officeId,
      @RequestParam("type") @Parameter(example = "first-registration-age-11") String typeId,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Parameter(example = "2026-10-20")
          LocalDate date) {
    return catalogue.slots(officeId, typeId, date);
  }
}
