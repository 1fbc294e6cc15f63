package org.tamar.bench.tax;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.tamar.tax.Assessment;
import org.tamar.tax.Child;
import org.tamar.tax.DependentParent;
import org.tamar.tax.PersonalIncome;
import org.tamar.tax.SalariesTaxCalculator;
import org.tamar.tax.SalariesTaxRequest;
import org.tamar.tax.SalariesTaxResult;
import org.tamar.tax.YearOfAssessment;

/**
 * Salaries tax computations per second, each with its steps in three languages: the IRD's worked
 * example (a single taxpayer, no claims) and a couple under joint assessment with dependants and
 * deductions, which produces about twice as many steps (71 against 35).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class SalariesTaxBenchmark {

  private SalariesTaxCalculator calculator;
  private SalariesTaxRequest single;
  private SalariesTaxRequest family;

  @Setup
  public void setUp() {
    calculator = SalariesTaxCalculator.withPublishedParameters();
    YearOfAssessment year = YearOfAssessment.parse("2025/26").orElseThrow();
    single = SalariesTaxRequest.single(year, BigDecimal.valueOf(380_000));
    PersonalIncome taxpayer =
        new PersonalIncome(
            true,
            BigDecimal.valueOf(900_000),
            BigDecimal.valueOf(18_000),
            BigDecimal.valueOf(20_000),
            BigDecimal.valueOf(130_000),
            BigDecimal.ZERO,
            true,
            BigDecimal.valueOf(12_000),
            BigDecimal.valueOf(60_000),
            List.of(BigDecimal.valueOf(8_000), BigDecimal.valueOf(6_500)),
            BigDecimal.ZERO,
            false);
    PersonalIncome spouse =
        new PersonalIncome(
            true,
            BigDecimal.valueOf(420_000),
            BigDecimal.valueOf(18_000),
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            false,
            BigDecimal.valueOf(2_000),
            BigDecimal.ZERO,
            List.of(BigDecimal.valueOf(7_000)),
            BigDecimal.ZERO,
            false);
    family =
        new SalariesTaxRequest(
            year,
            Assessment.JOINT,
            taxpayer,
            spouse,
            false,
            List.of(new Child(LocalDate.of(2025, 6, 1)), new Child(LocalDate.of(2019, 2, 1))),
            List.of(
                new DependentParent(64, true, false, BigDecimal.ZERO),
                new DependentParent(82, false, false, BigDecimal.valueOf(130_000))),
            1,
            0,
            BigDecimal.valueOf(40_000));
  }

  @Benchmark
  public SalariesTaxResult officialExample() {
    return calculator.compute(single);
  }

  @Benchmark
  public SalariesTaxResult familyJointAssessment() {
    return calculator.compute(family);
  }
}
