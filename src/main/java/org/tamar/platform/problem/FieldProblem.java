package org.tamar.platform.problem;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * One invalid field in a request.
 *
 * @param field the JSON path of the field, such as {@code applicants[0].documentNumber}
 * @param code a stable snake_case code, such as {@code invalid_document_number}
 * @param message a message in the caller's language; filled in by the problem handler when blank
 * @param arguments values for the placeholders of the {@code field.<code>} message, such as the
 *     allowed values of an {@code invalid_choice}; not sent to the caller
 */
public record FieldProblem(
    String field, String code, String message, @JsonIgnore List<Object> arguments) {

  public FieldProblem {
    arguments = arguments == null ? List.of() : List.copyOf(arguments);
  }

  public FieldProblem(String field, String code, String message) {
    this(field, code, message, List.of());
  }

  /** Returns a field problem whose message the handler takes from {@code field.<code>}. */
  public static FieldProblem of(String field, String code, Object... arguments) {
    return new FieldProblem(field, code, null, List.of(arguments));
  }
}
