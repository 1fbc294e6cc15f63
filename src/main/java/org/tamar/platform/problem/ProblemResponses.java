package org.tamar.platform.problem;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Builds RFC 9457 problem responses whose texts come from the message bundles. */
@Component
public class ProblemResponses {

  /** Prefix of the {@code type} URI; the code follows it. */
  public static final String TYPE_PREFIX = "urn:tamar:problem:";

  private final MessageSource messages;

  public ProblemResponses(MessageSource messages) {
    this.messages = messages;
  }

  public ResponseEntity<ProblemDetail> of(ProblemException problem) {
    return of(problem.status(), problem.code(), problem.fieldProblems(), problem.arguments().toArray());
  }

  public ResponseEntity<ProblemDetail> of(
      HttpStatus status, String code, List<FieldProblem> fieldProblems, Object... arguments) {
    Locale locale = LocaleContextHolder.getLocale();
    ProblemDetail body = ProblemDetail.forStatus(status);
    body.setType(URI.create(TYPE_PREFIX + code));
    body.setTitle(text("problem." + code + ".title", arguments, status.getReasonPhrase(), locale));
    body.setDetail(text("problem." + code + ".detail", arguments, null, locale));
    body.setProperty("code", code);
    if (!fieldProblems.isEmpty()) {
      body.setProperty("errors", fieldProblems.stream().map(p -> localise(p, locale)).toList());
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
  }

  private FieldProblem localise(FieldProblem problem, Locale locale) {
    if (problem.message() != null && !problem.message().isBlank()) {
      return problem;
    }
    String message =
        text("field." + problem.code(), problem.arguments().toArray(), problem.code(), locale);
    return new FieldProblem(problem.field(), problem.code(), message);
  }

  private String text(String key, Object[] arguments, String fallback, Locale locale) {
    return messages.getMessage(key, arguments, fallback, locale);
  }
}
