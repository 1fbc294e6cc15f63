package org.tamar.tax;

import java.math.BigDecimal;
import org.tamar.platform.i18n.LocalizedText;

/**
 * One figure of a computation and the rule that produced it, explained in the three languages. A
 * step that only explains, such as why an allowance is not given, has no figure.
 *
 * @param part which computation the step belongs to
 * @param rule a stable snake_case name of the rule, such as {@code basic_allowance}
 * @param amount the figure in Hong Kong dollars, or null for a step that only explains
 * @param explanation the figure and its rule in plain words
 */
public record ComputationStep(
    Part part, String rule, BigDecimal amount, LocalizedText explanation) {

  /** Returns whether the step carries a figure, rather than only explaining a rule. */
  public boolean hasAmount() {
    return amount != null;
  }

  /** The computations a result is made of, in the order they are shown. */
  public enum Part {
    /** The tax for the year of assessment. */
    TAX_FOR_YEAR,
    /** Provisional tax for the next year. */
    PROVISIONAL_TAX,
    /** The balance of final tax after provisional tax already paid. */
    BALANCE
  }
}
