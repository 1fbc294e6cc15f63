package org.tamar.booking.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tamar.booking.AppointmentBooking;
import org.tamar.booking.AppointmentManagement;
import org.tamar.booking.BookingRequest;
import org.tamar.booking.TooManyAttemptsException;
import org.tamar.booking.appointments.BookingRequestValidator;
import org.tamar.booking.web.AppointmentBodies.AppointmentResponse;
import org.tamar.booking.web.AppointmentBodies.BookingBody;
import org.tamar.booking.web.AppointmentBodies.CredentialsBody;
import org.tamar.booking.web.AppointmentBodies.LookUpBody;
import org.tamar.booking.web.AppointmentBodies.RescheduleBody;
import org.tamar.platform.problem.FieldProblem;
import org.tamar.platform.problem.ProblemResponses;

/**
 * Books, looks up, cancels and reschedules appointments. Look-up, cancel and reschedule take the
 * document number and enquiry code in the body, so they never appear in URLs or access logs.
 */
@RestController
@RequestMapping("/api/v1/booking/appointments")
class AppointmentController {

  private static final String PROBLEM = ProblemSchema.MEDIA_TYPE;

  private final AppointmentBooking booking;
  private final AppointmentManagement management;
  private final ProblemResponses problems;
  private final BookingRequestValidator validator;

  AppointmentController(
      AppointmentBooking booking,
      AppointmentManagement management,
      ProblemResponses problems,
      BookingRequestValidator validator) {
    this.booking = booking;
    this.management = management;
    this.problems = problems;
    this.validator = validator;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Book one slot for 1 to 4 applicants")
  @ApiResponse(
      responseCode = "201",
      description = "Booked; document numbers are masked",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_VALUE,
              schema = @Schema(implementation = AppointmentResponse.class)))
  @ApiResponse(
      responseCode = "400",
      description =
          "validation_failed with every field error of the body, or invalid_document_number when"
              + " document numbers are the only fault; malformed_request when the body is not JSON",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
  @ApiResponse(
      responseCode = "404",
      description = "office_not_found or appointment_type_not_found",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
  @ApiResponse(
      responseCode = "409",
      description = "slot_full or duplicate_appointment",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
  @ApiResponse(
      responseCode = "422",
      description =
          "slot_unavailable (closed day, outside the window, not a slot start), or"
              + " applicant_not_eligible (an applicant's age on the appointment date is outside the"
              + " appointment type's limits) with a field error on applicants[i].dateOfBirth",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
  AppointmentResponse book(@RequestBody BookingBody body, HttpServletRequest request) {
    List<FieldProblem> parsing = new ArrayList<>();
    BookingRequest bookingRequest = body.toRequest(parsing);
    if (!parsing.isEmpty()) {
      throw AppointmentBodies.allProblems(parsing, validator.fieldProblems(bookingRequest));
    }
    return AppointmentResponse.of(booking.book(bookingRequest, request.getRemoteAddr()));
  }

  @PostMapping("/lookup")
  @Operation(
      summary = "Find an active appointment of a document number with its enquiry code",
      description =
          "Returns the appointment with the given reference, or without a reference the active"
              + " appointment with the earliest start among those whose enquiry code matches.")
  @ApiResponse(
      responseCode = "200",
      description = "The appointment",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_VALUE,
              schema = @Schema(implementation = AppointmentResponse.class)))
  @ApiResponse(
      responseCode = "400",
      description = "validation_failed: malformed document number or enquiry code; not counted as an attempt",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
  @ApiResponse(
      responseCode = "404",
      description = "appointment_not_found, also for a wrong code",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
  @ApiResponse(
      responseCode = "429",
      description = "too_many_attempts, with Retry-After",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
  AppointmentResponse lookUp(@RequestBody LookUpBody body, HttpServletRequest request) {
    if (body.hasReference()) {
      return AppointmentResponse.of(
          management.lookUp(body.reference(), body.toCredentials(), request.getRemoteAddr()));
    }
    return AppointmentResponse.of(management.lookUp(body.toCredentials(), request.getRemoteAddr()));
  }

  @PostMapping("/{reference}/cancel")
  @Operation(summary = "Cancel an appointment and free its places")
  @ApiResponse(
      responseCode = "200",
      description = "The cancelled appointment",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_VALUE,
              schema = @Schema(implementation = AppointmentResponse.class)))
  @ApiResponse(
      responseCode = "400",
      description = "validation_failed: malformed document number or enquiry code",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
  @ApiResponse(
      responseCode = "404",
      description = "appointment_not_found, also for a wrong code",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
  @ApiResponse(
      responseCode = "429",
      description = "too_many_attempts, with Retry-After",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
  AppointmentResponse cancel(
      @PathVariable String reference, @RequestBody CredentialsBody body, HttpServletRequest request) {
    return AppointmentResponse.of(
        management.cancel(reference, body.toCredentials(), request.getRemoteAddr()));
  }

  @PostMapping("/{reference}/reschedule")
  @Operation(summary = "Move an appointment to another slot, atomically")
  @ApiResponse(
      responseCode = "200",
      description = "The appointment at its new slot; unchanged when the slot is the same",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_VALUE,
              schema = @Schema(implementation = AppointmentResponse.class)))
  @ApiResponse(
      responseCode = "400",
      description = "validation_failed with every field error of the body",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
  @ApiResponse(
      responseCode = "404",
      description = "appointment_not_found or office_not_found",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
  @ApiResponse(
      responseCode = "409",
      description = "slot_full",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
  @ApiResponse(
      responseCode = "422",
      description = "slot_unavailable",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
  @ApiResponse(
      responseCode = "429",
      description = "too_many_attempts, with Retry-After",
      content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemSchema.class)))
  AppointmentResponse reschedule(
      @PathVariable String reference, @RequestBody RescheduleBody body, HttpServletRequest request) {
    return AppointmentResponse.of(
        management.reschedule(
            reference,
            body.toCredentials(),
            body.officeId(),
            body.parsedStart(),
            request.getRemoteAddr()));
  }

  /** Adds Retry-After (RFC 9110, section 10.2.3) in whole seconds to the lockout problem. */
  @ExceptionHandler(TooManyAttemptsException.class)
  ResponseEntity<ProblemDetail> lockedOut(TooManyAttemptsException lockedOut) {
    ResponseEntity<ProblemDetail> problem = problems.of(lockedOut);
    long seconds = Math.max(1, (lockedOut.retryAfter().toMillis() + 999) / 1000);
    return ResponseEntity.status(problem.getStatusCode())
        .headers(problem.getHeaders())
        .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
        .body(problem.getBody());
  }
}
