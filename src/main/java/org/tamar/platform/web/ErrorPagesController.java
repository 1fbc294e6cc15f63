package org.tamar.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.tamar.platform.problem.ProblemResponses;

/**
 * Renders failures that reached the servlet container's error page: an HTML page in the visitor's
 * language for browsers, and an RFC 9457 problem with a {@code code} for every other client.
 *
 * <p>It replaces Spring Boot's default error controller, whose JSON body has no {@code code}.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPagesController extends AbstractErrorController {

  private final ProblemResponses problems;

  ErrorPagesController(ErrorAttributes errorAttributes, ProblemResponses problems) {
    super(errorAttributes);
    this.problems = problems;
  }

  @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
  ModelAndView page(HttpServletRequest request) {
    HttpStatus status = getStatus(request);
    return new ModelAndView("error", Map.of("status", status.value()), status);
  }

  @RequestMapping
  ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
    HttpStatus status = getStatus(request);
    ResponseEntity<ProblemDetail> problem = problems.of(status, codeOf(status), List.of());
    // The problem names the path the client asked for, not this error dispatch's /error.
    Object requestUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (requestUri instanceof String path && problem.getBody() != null) {
      problem.getBody().setInstance(URI.create(path));
    }
    return problem;
  }

  private static String codeOf(HttpStatus status) {
    return switch (status) {
      case BAD_REQUEST -> "malformed_request";
      case NOT_FOUND -> "not_found";
      case METHOD_NOT_ALLOWED -> "method_not_allowed";
      case UNSUPPORTED_MEDIA_TYPE -> "unsupported_media_type";
      default -> status.is4xxClientError() ? "request_rejected" : "internal_error";
    };
  }
}
