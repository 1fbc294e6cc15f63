package org.tamar.platform.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Returns a problem for requests under {@code /api/} that reached no controller: an unknown path, a
 * wrong method or media type. For pages it rethrows, so Spring MVC shows the HTML error page.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiFallbackProblemAdvice {

  private final ProblemResponses problems;

  public ApiFallbackProblemAdvice(ProblemResponses problems) {
    this.problems = problems;
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ProblemDetail> notFound(HttpServletRequest request, NoResourceFoundException e)
      throws NoResourceFoundException {
    if (!isApi(request)) {
      throw e;
    }
    return problems.of(HttpStatus.NOT_FOUND, "not_found", List.of());
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ProblemDetail> methodNotAllowed(
      HttpServletRequest request, HttpRequestMethodNotSupportedException e)
      throws HttpRequestMethodNotSupportedException {
    if (!isApi(request)) {
      throw e;
    }
    ResponseEntity<ProblemDetail> problem =
        problems.of(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed", List.of());
    // RFC 9110, section 15.5.6: a 405 response lists the methods the resource supports.
    return ResponseEntity.status(problem.getStatusCode())
        .headers(problem.getHeaders())
        .allow(e.getSupportedHttpMethods().toArray(HttpMethod[]::new))
        .body(problem.getBody());
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> unsupportedMediaType(
      HttpServletRequest request, HttpMediaTypeNotSupportedException e)
      throws HttpMediaTypeNotSupportedException {
    if (!isApi(request)) {
      throw e;
    }
    return problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", List.of());
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }
}
