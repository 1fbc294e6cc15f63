package org.tamar.booking.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tamar.booking.AppointmentBooking;
import org.tamar.booking.web.AppointmentBodies.AppointmentResponse;
import org.tamar.booking.web.AppointmentBodies.BookingBody;

/** Books appointments. */
@RestController
@RequestMapping("/api/v1/booking/appointments")
class AppointmentController {

  private final AppointmentBooking booking;

  AppointmentController(AppointmentBooking booking) {
    this.booking = booking;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Book one slot for 1 to 4 applicants")
  @ApiResponse(responseCode = "201", description = "Booked; document numbers are masked")
  @ApiResponse(responseCode = "400", description = "validation_failed or invalid_document_number")
  @ApiResponse(responseCode = "404", description = "office_not_found or appointment_type_not_found")
  @ApiResponse(responseCode = "409", description = "slot_full or duplicate_appointment")
  @ApiResponse(responseCode = "422", description = "slot_unavailable")
  AppointmentResponse book(@RequestBody BookingBody body, HttpServletRequest request) {
    return AppointmentResponse.of(booking.book(body.toRequest(), request.getRemoteAddr()));
  }
}
