package org.tamar.platform.problem;

/**
 * One invalid field in a request.
 *
 * @param field the JSON path of the field, such as {@code applicants[0].documentNumber}
 * @param code a stable snake_case code, such as {@code invalid_document_number}
 * @param message a message in the caller's language; filled in by the problem handler when blank
 */
public record FieldProblem(String field, String code, String message) {

  public static FieldProblem of(String field, String code) {
    return new FieldProblem(field, code, null);
  }
}
