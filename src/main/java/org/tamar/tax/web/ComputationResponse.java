package org.tamar.tax.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.tamar.platform.i18n.LocalizedText;
import org.tamar.tax.ComputationStep;
import org.tamar.tax.ProvisionalTax;
import org.tamar.tax.SalariesTaxResult;

/**
 * The JSON response of a computation. Amounts are Hong Kong dollars. {@code balanceOfFinalTax} is
 * negative when provisional tax paid exceeds the tax payable, which means a refund.
 */
record ComputationResponse(
    String year,
    String assessment,
    BigDecimal netIncome,
    BigDecimal deductions,
    BigDecimal allowances,
    BigDecimal netChargeableIncome,
    BigDecimal progressiveTax,
    BigDecimal standardRateTax,
    String chargedAt,
    BigDecimal taxBeforeReduction,
    BigDecimal reduction,
    boolean reductionCapped,
    BigDecimal taxPayable,
    ProvisionalBody provisionalTax,
    BigDecimal provisionalTaxPaid,
    BigDecimal balanceOfFinalTax,
    List<StepBody> steps) {

  /** Provisional tax for the next year, payable in two instalments. */
  record ProvisionalBody(
      String year,
      BigDecimal netIncome,
      BigDecimal allowances,
      BigDecimal netChargeableIncome,
      BigDecimal progressiveTax,
      BigDecimal standardRateTax,
      BigDecimal amount,
      BigDecimal firstInstalment,
      BigDecimal secondInstalment) {}

  /**
   * One step: {@code part} is {@code tax_for_year}, {@code provisional_tax} or {@code balance}, and
   * {@code amount} is null for a step that only explains.
   */
  record StepBody(
      String part,
      String rule,
      @Schema(description = "Hong Kong dollars, or null for a step that only explains", nullable = true)
          BigDecimal amount,
      LocalizedText text) {}

  /**
   * Builds the response of a result.
   *
   * @param assessment the request's {@code assessment} value, returned as sent
   */
  static ComputationResponse of(SalariesTaxResult result, String assessment) {
    ProvisionalTax provisional = result.provisionalTax();
    return new ComputationResponse(
        result.year().label(),
        assessment,
        result.netIncome(),
        result.deductions(),
        result.allowances(),
        result.netChargeableIncome(),
        result.progressiveTax(),
        result.standardRateTax(),
        result.chargedAt().name().toLowerCase(Locale.ROOT),
        result.taxBeforeReduction(),
        result.reduction(),
        result.reductionCapped(),
        result.taxPayable(),
        new ProvisionalBody(
            provisional.year().label(),
            provisional.netIncome(),
            provisional.allowances(),
            provisional.netChargeableIncome(),
            provisional.progressiveTax(),
            provisional.standardRateTax(),
            provisional.amount(),
            provisional.firstInstalment(),
            provisional.secondInstalment()),
        result.provisionalTaxPaid(),
        result.balanceOfFinalTax(),
        result.steps().stream().map(ComputationResponse::step).toList());
  }

  private static StepBody step(ComputationStep step) {
    return new StepBody(
        step.part().name().toLowerCase(Locale.ROOT),
        step.rule(),
        step.amount(),
        step.explanation());
  }
}
