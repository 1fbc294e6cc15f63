package org.tamar.tax.internal;

import static org.tamar.tax.internal.Amounts.atLeastZero;
import static org.tamar.tax.internal.Amounts.min;

import java.math.BigDecimal;
import java.util.List;
import org.tamar.tax.Assessment;
import org.tamar.tax.ComputationStep.Part;
import org.tamar.tax.ProvisionalTax;
import org.tamar.tax.SalariesTaxRequest;
import org.tamar.tax.SalariesTaxRequestRejected;
import org.tamar.tax.SalariesTaxRequestRejected.Violation;
import org.tamar.tax.SalariesTaxResult;
import org.tamar.tax.YearOfAssessment;
import org.tamar.tax.internal.YearComputation.Figures;
import org.tamar.tax.internal.YearParameters.OneOffReduction;

/** The whole computation behind {@link org.tamar.tax.SalariesTaxCalculator}. */
public final class SalariesTaxComputation {

  /**
   * Share of provisional tax due in the first instalment, with the final tax.
   *
   * <p>NOTE: instalments keep their cents (75% of whole dollars has at most two decimals), so the two
   * always add up to the provisional tax. How the IRD rounds instalments was not checked.
   */
  static final BigDecimal FIRST_INSTALMENT_SHARE = new BigDecimal("0.75");

  private final TaxParameters parameters;
  private final RequestValidator validator;

  public SalariesTaxComputation(TaxParameters parameters) {
    this.parameters = parameters;
    this.validator = new RequestValidator(parameters);
  }

  public SalariesTaxResult compute(SalariesTaxRequest request) {
    validator.validate(request);
    YearParameters thisYear = parameters.year(request.year()).orElseThrow();
    YearParameters nextYear = parameters.year(request.year().next()).orElseThrow();
    StepLog log = new StepLog();
    if (request.assessment() == Assessment.SEPARATE
        && request.hasSpouse()
        && request.spouse().hasIncome()) {
      // Under separate assessment each spouse is charged on their own income, so the spouse's
      // amounts are not read. The step says so, because a caller who sent them may expect them used.
      log.explain("spouse_assessed_separately", "spouse_assessed_separately");
    }

    Figures figures = YearComputation.compute(request, thisYear, request.year(), log);
    BigDecimal taxBeforeReduction = figures.lowerTax();
    BigDecimal reduction = reduction(thisYear, request.assessment(), taxBeforeReduction, log);
    BigDecimal reductionUncapped = Amounts.times(taxBeforeReduction, thisYear.reduction().rate());
    boolean reductionCapped = reduction.compareTo(reductionUncapped) < 0;
    BigDecimal taxPayable = Amounts.dropCents(atLeastZero(taxBeforeReduction.subtract(reduction)));
    log.add("tax_payable", taxPayable, "tax_payable", taxBeforeReduction, reduction, taxPayable);

    log.startPart(Part.PROVISIONAL_TAX);
    ProvisionalTax provisional = provisional(request, nextYear, log);

    log.startPart(Part.BALANCE);
    BigDecimal balance = balance(taxPayable, request.provisionalTaxPaid(), log);

    return new SalariesTaxResult(
        request.year(),
        request.assessment(),
        Amounts.normalise(figures.netIncome()),
        Amounts.normalise(figures.deductions()),
        Amounts.normalise(figures.allowances()),
        Amounts.normalise(figures.netChargeableIncome()),
        Amounts.normalise(figures.progressiveTax()),
        Amounts.normalise(figures.standardRateTax()),
        figures.chargedAt(),
        Amounts.normalise(taxBeforeReduction),
        Amounts.normalise(reduction),
        reductionCapped,
        taxPayable,
        provisional,
        Amounts.normalise(request.provisionalTaxPaid()),
        Amounts.normalise(balance),
        log.steps());
  }

  public List<YearOfAssessment> assessableYears() {
    return parameters.assessableYears();
  }

  public BigDecimal progressiveTax(YearOfAssessment year, BigDecimal netChargeableIncome) {
    return new TaxScales(known(year), new StepLog()).progressive(netChargeableIncome);
  }

  public BigDecimal standardRateTax(YearOfAssessment year, BigDecimal netIncome) {
    return new TaxScales(known(year), new StepLog()).standardRate(netIncome, Assessment.SEPARATE);
  }

  private YearParameters known(YearOfAssessment year) {
    return parameters
        .year(year)
        .orElseThrow(
            () ->
                SalariesTaxRequestRejected.ruleBroken(
                    "unsupported_year_of_assessment", new Violation("year", "unsupported_year")));
  }

  /**
   * Returns the year's one-off reduction: its rate times the tax, up to its cap. Under joint
   * assessment the couple share one cap. Under separate assessment each spouse has their own cap,
   * and this result is the taxpayer's.
   */
  private static BigDecimal reduction(
      YearParameters year, Assessment assessment, BigDecimal tax, StepLog log) {
    OneOffReduction reduction = year.reduction();
    if (!reduction.available()) {
      log.explain("reduction", "reduction_none", year.year().label());
      return BigDecimal.ZERO;
    }
    BigDecimal uncapped = Amounts.times(tax, reduction.rate());
    BigDecimal allowed = min(uncapped, reduction.cap());
    String key;
    if (allowed.compareTo(uncapped) < 0) {
      key = assessment == Assessment.JOINT ? "reduction_capped_joint" : "reduction_capped";
    } else {
      key = "reduction_within_cap";
    }
    log.add(
        "reduction",
        allowed,
        key,
        year.year().label(),
        Amounts.percent(reduction.rate()),
        uncapped,
        reduction.cap(),
        allowed);
    return allowed;
  }

  /** Returns tax payable less provisional tax paid. A negative balance is refunded. */
  private static BigDecimal balance(
      BigDecimal taxPayable, BigDecimal provisionalTaxPaid, StepLog log) {
    BigDecimal balance = taxPayable.subtract(provisionalTaxPaid);
    String key = balance.signum() < 0 ? "balance_refund" : "balance_payable";
    log.add("balance_of_final_tax", balance, key, taxPayable, provisionalTaxPaid, balance.abs());
    return balance;
  }

  /**
   * Returns provisional tax for the next year: this year's income under the next year's allowances
   * and caps, no one-off reduction, cents dropped, payable 75% then 25%.
   */
  private static ProvisionalTax provisional(
      SalariesTaxRequest request, YearParameters nextYear, StepLog log) {
    YearOfAssessment year = nextYear.year();
    log.explain("provisional_basis", "provisional_basis", year.label(), request.year().label());
    Figures figures = YearComputation.compute(request, nextYear, request.year(), log);
    BigDecimal amount = Amounts.dropCents(figures.lowerTax());
    BigDecimal first = Amounts.times(amount, FIRST_INSTALMENT_SHARE);
    BigDecimal second = amount.subtract(first);
    log.add("provisional_tax", amount, "provisional_tax", year.label(), amount);
    log.add("provisional_first_instalment", first, "provisional_first_instalment", first);
    log.add("provisional_second_instalment", second, "provisional_second_instalment", second);
    return new ProvisionalTax(
        year,
        Amounts.normalise(figures.netIncome()),
        Amounts.normalise(figures.allowances()),
        Amounts.normalise(figures.netChargeableIncome()),
        Amounts.normalise(figures.progressiveTax()),
        Amounts.normalise(figures.standardRateTax()),
        amount,
        Amounts.normalise(first),
        Amounts.normalise(second));
  }
}
