package org.tamar.booking.web;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The shape of an RFC 9457 problem as the platform renders it, for the OpenAPI document only. The
 * controllers never build it: errors come from {@code ProblemException} through the platform advice.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details with a stable code")
record ProblemSchema(
    @Schema(description = "URN of the problem type", example = "urn:tamar:problem:slot_full")
        String type,
    @Schema(description = "Short summary in the request's language", example = "Time fully booked")
        String title,
    @Schema(example = "409") int status,
    @Schema(description = "Explanation in the request's language") String detail,
    @Schema(description = "Stable snake_case problem code", example = "slot_full") String code,
    @ArraySchema(
            arraySchema = @Schema(description = "Field errors; empty or absent when no field is at fault"))
        List<FieldErrorSchema> errors) {

  /** One field error of a problem. */
  @Schema(name = "FieldError")
  record FieldErrorSchema(
      @Schema(description = "Field path in the request body", example = "applicants[0].dateOfBirth")
          String field,
      @Schema(description = "Stable snake_case field error code", example = "invalid_date_of_birth")
          String code,
      @Schema(description = "Message in the request's language") String message) {}

  /** The media type of every error response. */
  static final String MEDIA_TYPE = "application/problem+json";
}
