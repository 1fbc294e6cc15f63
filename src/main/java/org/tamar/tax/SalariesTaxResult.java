package org.tamar.tax;

import java.math.BigDecimal;
import java.util.List;

/**
 * The salaries tax for a year of assessment, the provisional tax for the next year and every step
 * that produced them. Amounts are Hong Kong dollars; tax amounts before the final one may have
 * cents.
 *
 * @param year the year of assessment
 * @param assessment separate or joint
 * @param netIncome income less deductions, never below zero; under joint assessment the couple's
 *     aggregate
 * @param deductions total of the deductions allowed, after their caps
 * @param allowances total allowances
 * @param netChargeableIncome net income less allowances, never below zero
 * @param progressiveTax progressive tax on net chargeable income
 * @param standardRateTax standard-rate tax on net income
 * @param chargedAt which of the two is lower and charged
 * @param taxBeforeReduction the lower of progressive and standard-rate tax
 * @param reduction the year's one-off reduction, zero when the year has none
 * @param reductionCapped whether the reduction was limited by its cap
 * @param taxPayable tax before reduction less the reduction, never below zero, cents dropped
 * @param provisionalTax provisional tax for the next year
 * @param provisionalTaxPaid provisional tax already paid for this year
 * @param balanceOfFinalTax tax payable less provisional tax paid; negative means a refund
 * @param steps every figure and its rule, in order
 */
public record SalariesTaxResult(
    YearOfAssessment year,
    Assessment assessment,
    BigDecimal netIncome,
    BigDecimal deductions,
    BigDecimal allowances,
    BigDecimal netChargeableIncome,
    BigDecimal progressiveTax,
    BigDecimal standardRateTax,
    TaxBasis chargedAt,
    BigDecimal taxBeforeReduction,
    BigDecimal reduction,
    boolean reductionCapped,
    BigDecimal taxPayable,
    ProvisionalTax provisionalTax,
    BigDecimal provisionalTaxPaid,
    BigDecimal balanceOfFinalTax,
    List<ComputationStep> steps) {

  public SalariesTaxResult {
    steps = List.copyOf(steps);
  }

  /** The tax a computation charged, which is the lower of the two. */
  public enum TaxBasis {
    PROGRESSIVE,
    STANDARD_RATE
  }
}
