package org.tamar.platform.problem;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns every failure of a REST controller into an RFC 9457 problem with a {@code code} member.
 *
 * <p>Unexpected exceptions become a bare {@code internal_error}: their text and stack trace go to the
 * log, never to the caller.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiProblemAdvice {

  private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

  private final ProblemResponses problems;

  public ApiProblemAdvice(ProblemResponses problems) {
    this.problems = problems;
  }

  @ExceptionHandler(ProblemException.class)
  ResponseEntity<ProblemDetail> problem(ProblemException problem) {
    return problems.of(problem);
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException exception) {
    List<FieldProblem> fields =
        exception.getBindingResult().getFieldErrors().stream()
            .map(error -> FieldProblem.of(error.getField(), fieldCode(error.getCode())))
            .toList();
    return problems.of(HttpStatus.BAD_REQUEST, "validation_failed", fields);
  }

  @ExceptionHandler(HandlerMethodValidationException.class)
  ResponseEntity<ProblemDetail> invalidParameter(HandlerMethodValidationException exception) {
    List<FieldProblem> fields =
        exception.getParameterValidationResults().stream()
            .flatMap(
                result ->
                    result.getResolvableErrors().stream()
                        .map(
                            error ->
                                FieldProblem.of(
                                    result.getMethodParameter().getParameterName(),
                                    fieldCode(error.getCodes() == null ? null : error.getCodes()[0]))))
            .toList();
    return problems.of(HttpStatus.BAD_REQUEST, "validation_failed", fields);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException exception) {
    return problems.of(HttpStatus.BAD_REQUEST, "malformed_request", List.of());
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException exception) {
    return problems.of(
        HttpStatus.BAD_REQUEST,
        "validation_failed",
        List.of(FieldProblem.of(exception.getParameterName(), "required")));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> mistypedParameter(MethodArgumentTypeMismatchException exception) {
    return problems.of(
        HttpStatus.BAD_REQUEST,
        "validation_failed",
        List.of(FieldProblem.of(exception.getName(), "invalid_format")));
  }




  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception exception) {
    log.error("Unexpected failure in a REST endpoint", exception);
    return problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error", List.of());
  }

  /** Maps a Bean Validation constraint name such as {@code NotBlank} to a snake_case code. */
  private static String fieldCode(String constraint) {
    if (constraint == null) {
      return "invalid";
    }
    return switch (constraint) {
      case "NotNull", "NotBlank", "NotEmpty" -> "required";
      case "Size", "Length" -> "invalid_length";
      case "Pattern", "Email" -> "invalid_format";
      case "Min", "Max", "Positive", "PositiveOrZero", "DecimalMin", "DecimalMax" -> "out_of_range";
      case "Past", "PastOrPresent", "Future", "FutureOrPresent" -> "invalid_date";
      default -> "invalid";
    };
  }
}
