package org.tamar.tax;

import java.math.BigDecimal;
import java.util.List;
import org.tamar.tax.internal.SalariesTaxComputation;
import org.tamar.tax.internal.TaxParameters;

/**
 * Computes salaries tax for a year of assessment and provisional tax for the next year.
 *
 * <p>Plain Java and thread-safe: one instance serves every caller. The Spring bean is made in
 * {@link TaxConfiguration}; benchmarks and other callers outside Spring use {@link
 * #withPublishedParameters()}.
 */
public final class SalariesTaxCalculator {

  private final SalariesTaxComputation computation;

  private SalariesTaxCalculator(SalariesTaxComputation computation) {
    this.computation = computation;
  }

  /** Returns a calculator using the parameters shipped in {@code data/tax/salaries-tax.json}. */
  public static SalariesTaxCalculator withPublishedParameters() {
    return new SalariesTaxCalculator(new SalariesTaxComputation(TaxParameters.published()));
  }

  /**
   * Computes the tax, the provisional tax and the balance of final tax, with every step.
   *
   * @throws SalariesTaxRequestRejected with code {@code validation_failed} for missing, negative or
   *     malformed fields, or a rule code such as {@code unsupported_year_of_assessment}, {@code
   *     joint_assessment_requires_spouse}, {@code home_loan_interest_with_domestic_rent}, {@code
   *     newborn_ceiling_without_newborn}, {@code single_parent_with_spouse} or {@code
   *     single_parent_without_child}
   */
  public SalariesTaxResult compute(SalariesTaxRequest request) {
    return computation.compute(request);
  }

  /** Returns the years that can be assessed, earliest first. */
  public List<YearOfAssessment> assessableYears() {
    return computation.assessableYears();
  }

  /** Returns the progressive tax alone on a net chargeable income, for checks of the bands. */
  public BigDecimal progressiveTax(YearOfAssessment year, BigDecimal netChargeableIncome) {
    return computation.progressiveTax(year, netChargeableIncome);
  }

  /** Returns the standard-rate tax alone on a net income, for checks of the tiers. */
  public BigDecimal standardRateTax(YearOfAssessment year, BigDecimal netIncome) {
    return computation.standardRateTax(year, netIncome);
  }
}
