package org.tamar.tax.internal;

import static org.tamar.tax.internal.Amounts.atLeastZero;

import java.math.BigDecimal;
import org.tamar.platform.i18n.LocalizedText;
import org.tamar.tax.Assessment;
import org.tamar.tax.PersonalIncome;
import org.tamar.tax.SalariesTaxRequest;
import org.tamar.tax.SalariesTaxResult.TaxBasis;
import org.tamar.tax.YearOfAssessment;

/**
 * Computes the tax before any reduction for one set of year parameters: net income, allowances, net
 * chargeable income, progressive and standard-rate tax, and the lower of the two.
 */
final class YearComputation {

  /** The figures of one computation, before the one-off reduction. */
  record Figures(
      BigDecimal income,
      BigDecimal deductions,
      BigDecimal netIncome,
      BigDecimal allowances,
      BigDecimal netChargeableIncome,
      BigDecimal progressiveTax,
      BigDecimal standardRateTax,
      TaxBasis chargedAt) {

    BigDecimal lowerTax() {
      return chargedAt == TaxBasis.PROGRESSIVE ? progressiveTax : standardRateTax;
    }
  }

  private YearComputation() {}

  /**
   * Computes the figures of {@code request} under {@code parameters}.
   *
   * @param factsYear the year the request's facts belong to; differs from the parameters' year for
   *     provisional tax
   */
  static Figures compute(
      SalariesTaxRequest request,
      YearParameters parameters,
      YearOfAssessment factsYear,
      StepLog log) {
    DeductionRules deductionRules = new DeductionRules(parameters.caps(), log);
    LocalizedText taxpayer = StepTexts.text("tax.party.taxpayer");

    BigDecimal income = request.taxpayer().income();
    log.add("income", income, "income", taxpayer, income);
    BigDecimal deductions = deductionRules.personal(request.taxpayer(), taxpayer);
    if (request.assessment() == Assessment.JOINT) {
      LocalizedText spouse = StepTexts.text("tax.party.spouse");
      PersonalIncome spouseIncome = request.spouse();
      log.add("income", spouseIncome.income(), "income", spouse, spouseIncome.income());
      income = income.add(spouseIncome.income());
      deductions = deductions.add(deductionRules.personal(spouseIncome, spouse));
    }
    deductions = deductions.add(deductionRules.residentialCare(request.dependentParents()));
    BigDecimal netIncome = netIncome(request.assessment(), income, deductions, log);

    AllowanceRules allowanceRules = new AllowanceRules(parameters, log);
    BigDecimal allowances = allowanceRules.total(request, factsYear);
    BigDecimal netChargeableIncome = atLeastZero(netIncome.subtract(allowances));
    String chargeableKey =
        netChargeableIncome.signum() == 0 && netIncome.signum() > 0
            ? "net_chargeable_income_zero"
            : "net_chargeable_income";
    log.add(
        "net_chargeable_income",
        netChargeableIncome,
        chargeableKey,
        netIncome,
        allowances,
        netChargeableIncome);

    TaxScales scales = new TaxScales(parameters, log);
    BigDecimal progressive = scales.progressive(netChargeableIncome);
    BigDecimal standard = scales.standardRate(netIncome, request.assessment());
    TaxBasis chargedAt =
        standard.compareTo(progressive) < 0 ? TaxBasis.STANDARD_RATE : TaxBasis.PROGRESSIVE;
    if (chargedAt == TaxBasis.STANDARD_RATE) {
      log.add("tax_before_reduction", standard, "charged_standard_rate", standard, progressive);
    } else {
      log.add("tax_before_reduction", progressive, "charged_progressive", progressive, standard);
    }
    return new Figures(
        income,
        deductions,
        netIncome,
        allowances,
        netChargeableIncome,
        progressive,
        standard,
        chargedAt);
  }

  /**
   * Returns income less deductions, never below zero. Under joint assessment the couple's
   * deductions are taken off their aggregate income, so one spouse's deductions may use the other's
   * income.
   */
  private static BigDecimal netIncome(
      Assessment assessment, BigDecimal income, BigDecimal deductions, StepLog log) {
    BigDecimal netIncome = atLeastZero(income.subtract(deductions));
    String key;
    if (netIncome.signum() == 0 && deductions.signum() > 0) {
      key = "net_income_zero";
    } else {
      key = assessment == Assessment.JOINT ? "net_income_joint" : "net_income";
    }
    log.add("net_income", netIncome, key, income, deductions, netIncome);
    return netIncome;
  }
}
