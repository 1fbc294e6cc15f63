package org.tamar.platform.problem;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A refusal that the caller can act on, returned as an RFC 9457 problem with a stable snake_case
 * {@code code}.
 *
 * <p>The title and detail shown to the caller come from the message bundles under {@code
 * problem.<code>.title} and {@code problem.<code>.detail}, formatted with {@link #arguments()}. The
 * exception message is for logs only and must never carry personal data.
 */
public class ProblemException extends RuntimeException {

  private final HttpStatus status;
  private final String code;
  private final transient List<Object> arguments;
  private final transient List<FieldProblem> fieldProblems;

  public ProblemException(HttpStatus status, String code, Object... arguments) {
    this(status, code, List.of(), arguments);
  }

  public ProblemException(
      HttpStatus status, String code, List<FieldProblem> fieldProblems, Object... arguments) {
    super(code);
    this.status = status;
    this.code = code;
    this.arguments = List.of(arguments);
    this.fieldProblems = List.copyOf(fieldProblems);
  }

  public HttpStatus status() {
    return status;
  }

  public String code() {
    return code;
  }

  public List<Object> arguments() {
    return arguments;
  }

  public List<FieldProblem> fieldProblems() {
    return fieldProblems;
  }
}
