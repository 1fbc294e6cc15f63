package org.tamar.tax.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.tamar.platform.i18n.Language;
import org.tamar.tax.Assessment;
import org.tamar.tax.ComputationStep;
import org.tamar.tax.SalariesTaxResult;
import org.tamar.tax.SalariesTaxResult.TaxBasis;

/**
 * A computation result as the calculator page shows it: amounts formatted, the explanations chosen
 * and the steps in the page's language.
 *
 * @param explanations message keys with their arguments, each a paragraph in plain words
 */
public record CalculatorResultView(
    SalariesTaxResult result,
    List<Explanation> explanations,
    List<StepRow> yearSteps,
    List<StepRow> provisionalSteps,
    List<StepRow> balanceSteps) {

  /** A paragraph: the message key and its already formatted arguments. */
  public record Explanation(String key, List<String> arguments) {}

  /** A row of a steps table. The amount is empty for a step that only explains. */
  public record StepRow(String text, String amount) {}

  static CalculatorResultView of(SalariesTaxResult result, Language language) {
    return new CalculatorResultView(
        result,
        explanations(result),
        steps(result, ComputationStep.Part.TAX_FOR_YEAR, language),
        steps(result, ComputationStep.Part.PROVISIONAL_TAX, language),
        steps(result, ComputationStep.Part.BALANCE, language));
  }

  /** Formats an amount in Hong Kong dollars with thousands separators, cents only when present. */
  static String money(BigDecimal amount) {
    String pattern = amount.stripTrailingZeros().scale() > 0 ? "#,##0.00" : "#,##0";
    return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ENGLISH))
        .format(amount);
  }

  public String money(String component) {
    return switch (component) {
      case "netIncome" -> money(result.netIncome());
      case "deductions" -> money(result.deductions());
      case "allowances" -> money(result.allowances());
      case "netChargeableIncome" -> money(result.netChargeableIncome());
      case "progressiveTax" -> money(result.progressiveTax());
      case "standardRateTax" -> money(result.standardRateTax());
      case "taxBeforeReduction" -> money(result.taxBeforeReduction());
      case "reduction" -> money(result.reduction());
      case "taxPayable" -> money(result.taxPayable());
      case "provisionalTax" -> money(result.provisionalTax().amount());
      case "firstInstalment" -> money(result.provisionalTax().firstInstalment());
      case "secondInstalment" -> money(result.provisionalTax().secondInstalment());
      case "provisionalTaxPaid" -> money(result.provisionalTaxPaid());
      case "balanceOfFinalTax" -> money(result.balanceOfFinalTax());
      case "refund" -> money(result.balanceOfFinalTax().negate());
      default -> throw new IllegalArgumentException("Unknown result component " + component);
    };
  }

  /** Returns whether provisional tax paid exceeds the tax payable, so the balance is refunded. */
  public boolean refund() {
    return result.balanceOfFinalTax().signum() < 0;
  }

  private static List<Explanation> explanations(SalariesTaxResult result) {
    String year = result.year().label();
    String nextYear = result.provisionalTax().year().label();
    List<Explanation> paragraphs = new java.util.ArrayList<>();
    if (result.taxBeforeReduction().signum() == 0) {
      paragraphs.add(new Explanation("tax.calculator.explain.noTax", List.of()));
    } else if (result.chargedAt() == TaxBasis.STANDARD_RATE) {
      paragraphs.add(new Explanation("tax.calculator.explain.standardRate", List.of()));
    } else {
      paragraphs.add(new Explanation("tax.calculator.explain.progressive", List.of()));
    }
    if (result.reductionCapped()) {
      String key =
          result.assessment() == Assessment.JOINT
              ? "tax.calculator.explain.reductionCappedJoint"
              : "tax.calculator.explain.reductionCapped";
      paragraphs.add(new Explanation(key, List.of(year, money(result.reduction()))));
    } else if (result.reduction().signum() > 0) {
      paragraphs.add(
          new Explanation(
              "tax.calculator.explain.reductionFull", List.of(year, money(result.reduction()))));
    }
    var provisional = result.provisionalTax();
    paragraphs.add(
        new Explanation(
            "tax.calculator.explain.provisional",
            List.of(
                nextYear,
                money(provisional.amount()),
                money(provisional.firstInstalment()),
                money(provisional.secondInstalment()),
                year)));
    if (result.provisionalTaxPaid().signum() > 0) {
      String key =
          result.balanceOfFinalTax().signum() < 0
              ? "tax.calculator.explain.balanceRefund"
              : "tax.calculator.explain.balancePayable";
      paragraphs.add(
          new Explanation(
              key,
              List.of(
                  money(result.provisionalTaxPaid()), money(result.balanceOfFinalTax().abs()))));
    }
    return List.copyOf(paragraphs);
  }

  private static List<StepRow> steps(
      SalariesTaxResult result, ComputationStep.Part part, Language language) {
    return result.steps().stream()
        .filter(step -> step.part() == part)
        .map(
            step ->
                new StepRow(
                    step.explanation().in(language),
                    step.hasAmount() ? money(step.amount()) : ""))
        .toList();
  }
}
