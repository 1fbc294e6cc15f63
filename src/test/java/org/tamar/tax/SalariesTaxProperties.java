package org.tamar.tax;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the salaries tax computation over random households: more income never means less
 * tax, and no figure charged is ever negative.
 */
class SalariesTaxProperties {

  private static final SalariesTaxCalculator calculator =
      SalariesTaxCalculator.withPublishedParameters();

  /** The facts of a household, apart from the taxpayer's income. */
  record Household(
      String year,
      boolean joint,
      long spouseIncome,
      long mpf,
      long homeLoanInterest,
      long donations,
      int children,
      int parents) {

    SalariesTaxRequest withIncome(long income) {
      TaxRequestBuilder builder =
          TaxRequestBuilder.request(year, income)
              .taxpayer(
                  p -> {
                    p.mpfMandatory = BigDecimal.valueOf(mpf);
                    p.homeLoanInterest = BigDecimal.valueOf(homeLoanInterest);
                    p.charitableDonations = BigDecimal.valueOf(donations);
                  });
      if (joint) {
        builder.spouseWithIncome(spouseIncome).joint();
      }
      for (int i = 0; i < children; i++) {
        builder.child("2019-0" + (i + 1) + "-15");
      }
      for (int i = 0; i < parents; i++) {
        builder.parent(58 + 5 * i, i % 2 == 0, false, 0);
      }
      return builder.build();
    }
  }

  @Provide
  Arbitrary<Household> households() {
    return Combinators.combine(
            Arbitraries.of("2023/24", "2024/25", "2025/26"),
            Arbitraries.of(true, false),
            Arbitraries.longs().between(0, 3_000_000),
            Arbitraries.longs().between(0, 30_000),
            Arbitraries.longs().between(0, 150_000),
            Arbitraries.longs().between(0, 500_000),
            Arbitraries.integers().between(0, 4),
            Arbitraries.integers().between(0, 3))
        .as(Household::new);
  }

  @Property(tries = 300)
  void taxNeverFallsWhenIncomeRises(
      @ForAll("households") Household household,
      @ForAll @IntRange(min = 0, max = 20_000_000) int income,
      @ForAll @IntRange(min = 0, max = 2_000_000) int raise) {
    SalariesTaxResult lower = calculator.compute(household.withIncome(income));
    SalariesTaxResult higher = calculator.compute(household.withIncome((long) income + raise));

    assertThat(higher.taxPayable()).isGreaterThanOrEqualTo(lower.taxPayable());
    assertThat(higher.taxBeforeReduction()).isGreaterThanOrEqualTo(lower.taxBeforeReduction());
    assertThat(higher.provisionalTax().amount())
        .isGreaterThanOrEqualTo(lower.provisionalTax().amount());
  }

  @Property(tries = 300)
  void taxIsNeverNegative(
      @ForAll("households") Household household,
      @ForAll @IntRange(min = 0, max = 20_000_000) int income) {
    SalariesTaxResult result = calculator.compute(household.withIncome(income));

    for (BigDecimal figure :
        List.of(
            result.netIncome(),
            result.netChargeableIncome(),
            result.taxBeforeReduction(),
            result.taxPayable(),
            result.provisionalTax().amount(),
            result.provisionalTax().firstInstalment(),
            result.provisionalTax().secondInstalment())) {
      assertThat(figure).isNotNegative();
    }
  }

  @Property(tries = 200)
  void taxPayableIsWholeDollars(
      @ForAll("households") Household household,
      @ForAll @IntRange(min = 0, max = 20_000_000) int income) {
    SalariesTaxResult result = calculator.compute(household.withIncome(income));

    assertThat(result.taxPayable().scale()).isZero();
  }

  @Property(tries = 200)
  void instalmentsAddUpToProvisionalTax(
      @ForAll("households") Household household,
      @ForAll @IntRange(min = 0, max = 20_000_000) int income) {
    ProvisionalTax provisional = calculator.compute(household.withIncome(income)).provisionalTax();

    assertThat(provisional.firstInstalment().add(provisional.secondInstalment()))
        .isEqualByComparingTo(provisional.amount());
  }
}
