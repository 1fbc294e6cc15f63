package org.tamar.tax;

import java.util.List;

/**
 * Raised when a salaries tax request cannot be computed. The message is the code only, so no amount
 * or date reaches a log.
 */
public class SalariesTaxRequestRejected extends RuntimeException {

  /** The kind of rejection, which decides the HTTP status. */
  public enum Reason {
    /** A field is missing, negative or malformed ({@code code} is {@code validation_failed}). */
    INVALID,
    /**
     * The fields are well formed but break a tax rule, such as joint assessment without a spouse.
     */
    RULE_BROKEN
  }

  /**
   * One rejected field.
   *
   * @param field the path of the field in the API request, such as {@code taxpayer.income}
   * @param code a stable snake_case code, such as {@code negative_amount}
   * @param allowedValues the values the field accepts, for {@code invalid_choice}; otherwise empty
   */
  public record Violation(String field, String code, List<String> allowedValues) {

    public Violation {
      allowedValues = List.copyOf(allowedValues);
    }

    public Violation(String field, String code) {
      this(field, code, List.of());
    }

    /** Returns an {@code invalid_choice} violation that names the values the field accepts. */
    public static Violation invalidChoice(String field, List<String> allowedValues) {
      return new Violation(field, "invalid_choice", allowedValues);
    }
  }

  private final Reason reason;
  private final String code;
  private final transient List<Violation> violations;

  public SalariesTaxRequestRejected(Reason reason, String code, List<Violation> violations) {
    super(code);
    this.reason = reason;
    this.code = code;
    this.violations = List.copyOf(violations);
  }

  public static SalariesTaxRequestRejected invalid(List<Violation> violations) {
    return new SalariesTaxRequestRejected(Reason.INVALID, "validation_failed", violations);
  }

  public static SalariesTaxRequestRejected ruleBroken(String code, Violation... violations) {
    return new SalariesTaxRequestRejected(Reason.RULE_BROKEN, code, List.of(violations));
  }

  public Reason reason() {
    return reason;
  }

  public String code() {
    return code;
  }

  public List<Violation> violations() {
    return violations;
  }
}
