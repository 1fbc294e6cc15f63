package org.tamar.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.tamar.tax.TaxRequestBuilder.money;
import static org.tamar.tax.TaxRequestBuilder.request;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tamar.platform.i18n.Language;
import org.tamar.tax.ComputationStep.Part;
import org.tamar.tax.SalariesTaxRequestRejected.Reason;
import org.tamar.tax.SalariesTaxRequestRejected.Violation;
import org.tamar.tax.SalariesTaxResult.TaxBasis;

class SalariesTaxCalculatorTest {

  private static final SalariesTaxCalculator calculator =
      SalariesTaxCalculator.withPublishedParameters();

  private static SalariesTaxResult compute(TaxRequestBuilder builder) {
    return calculator.compute(builder.build());
  }

  /** Returns the deductions of a 2025/26 single taxpayer with income 400,000 and one change. */
  private static BigDecimal deductionsOf(
      java.util.function.Consumer<TaxRequestBuilder.PersonBuilder> claim) {
    return compute(request("2025/26", 400_000).taxpayer(claim)).deductions();
  }

  private static SalariesTaxRequestRejected rejection(TaxRequestBuilder builder) {
    return catchThrowableOfType(
        SalariesTaxRequestRejected.class, () -> calculator.compute(builder.build()));
  }

  private static List<ComputationStep> steps(SalariesTaxResult result, Part part, String rule) {
    return result.steps().stream()
        .filter(step -> step.part() == part && step.rule().equals(rule))
        .toList();
  }

  @Nested
  class ExplanationSteps {

    private static ComputationStep only(SalariesTaxResult result, Part part, String rule) {
      List<ComputationStep> found = steps(result, part, rule);
      assertThat(found).as(rule).hasSize(1);
      return found.getFirst();
    }

    @Test
    void provisionalBasisHasNoAmount() {
      var result = compute(request("2025/26", 380_000));

      assertThat(only(result, Part.PROVISIONAL_TAX, "provisional_basis").hasAmount()).isFalse();
    }

    @Test
    void childBornAfterYearHasNoAmount() {
      var result = compute(request("2025/26", 380_000).child("2026-05-01"));

      assertThat(only(result, Part.TAX_FOR_YEAR, "child_allowance").hasAmount()).isFalse();
    }

    @Test
    void parentUnder55HasNoAmount() {
      var result = compute(request("2025/26", 380_000).parent(50, false, false, 0));

      assertThat(only(result, Part.TAX_FOR_YEAR, "dependent_parent_allowance").hasAmount())
          .isFalse();
    }

    @Test
    void parentInResidentialCareHasNoAllowanceAmount() {
      var result = compute(request("2025/26", 380_000).parent(80, false, false, 50_000));

      assertThat(only(result, Part.TAX_FOR_YEAR, "dependent_parent_allowance").hasAmount())
          .isFalse();
    }

    @Test
    void residentialCareOfYoungParentHasNoAmount() {
      var result = compute(request("2025/26", 380_000).parent(57, false, false, 50_000));

      assertThat(only(result, Part.TAX_FOR_YEAR, "elderly_residential_care").hasAmount())
          .isFalse();
    }

    @Test
    void donationsBelowMinimumHaveNoAmount() {
      var result =
          compute(request("2025/26", 380_000).taxpayer(p -> p.charitableDonations = money(50)));

      assertThat(only(result, Part.TAX_FOR_YEAR, "charitable_donations").hasAmount()).isFalse();
    }

    @Test
    void figuresKeepTheirAmount() {
      var result = compute(request("2025/26", 380_000));

      assertThat(only(result, Part.PROVISIONAL_TAX, "provisional_tax").amount())
          .isEqualByComparingTo("21950");
    }
  }

  @Nested
  class SeparateAssessmentStep {

    private static List<ComputationStep> spouseSteps(TaxRequestBuilder builder) {
      return steps(compute(builder), Part.TAX_FOR_YEAR, "spouse_assessed_separately");
    }

    @Test
    void spouseWithIncomeIsExplained() {
      assertThat(spouseSteps(request("2025/26", 400_000).spouseWithIncome(100_000))).hasSize(1);
    }

    @Test
    void explanationSaysIncomeDoesNotCount() {
      var step = spouseSteps(request("2025/26", 400_000).spouseWithIncome(100_000)).getFirst();

      assertThat(step.explanation().en()).contains("does not change this tax");
    }

    @Test
    void explanationNamesTheMarriedAllowanceRuleInChinese() {
      var step = spouseSteps(request("2025/26", 400_000).spouseWithIncome(100_000)).getFirst();

      assertThat(step.explanation().zhHk()).contains("已婚人士免稅額");
    }

    @Test
    void spouseIncomeLeavesTaxUnchanged() {
      var alone = compute(request("2025/26", 400_000));
      var withSpouse = compute(request("2025/26", 400_000).spouseWithIncome(100_000));

      assertThat(withSpouse.taxPayable()).isEqualByComparingTo(alone.taxPayable());
    }

    @Test
    void spouseWithoutIncomeNeedsNoExplanation() {
      assertThat(spouseSteps(request("2025/26", 400_000).spouseWithoutIncome())).isEmpty();
    }

    @Test
    void jointAssessmentNeedsNoExplanation() {
      assertThat(spouseSteps(request("2025/26", 400_000).spouseWithIncome(100_000).joint()))
          .isEmpty();
    }
  }

  @Test
  void assessableYearsNeedNextYear() {
    assertThat(calculator.assessableYears())
        .extracting(YearOfAssessment::label)
        .containsExactly("2023/24", "2024/25", "2025/26");
  }

  @Nested
  class Allowances {

    @Test
    void singlePersonGetsBasicAllowance() {
      assertThat(compute(request("2025/26", 400_000)).allowances()).isEqualByComparingTo("132000");
    }

    @Test
    void spouseWithoutIncomeGivesMarriedAllowance() {
      var result = compute(request("2025/26", 400_000).spouseWithoutIncome());

      assertThat(result.allowances()).isEqualByComparingTo("264000");
    }

    @Test
    void earningSpouseKeepsBasicAllowance() {
      var result = compute(request("2025/26", 400_000).spouseWithIncome(300_000));

      assertThat(result.allowances()).isEqualByComparingTo("132000");
    }

    @Test
    void jointAssessmentGivesMarriedAllowance() {
      var result = compute(request("2025/26", 400_000).spouseWithIncome(300_000).joint());

      assertThat(result.allowances()).isEqualByComparingTo("264000");
    }

    @Test
    void childBornBeforeYearGetsChildAllowanceOnly() {
      var result = compute(request("2025/26", 400_000).child("2024-01-01"));

      assertThat(result.allowances()).isEqualByComparingTo("262000");
    }

    @Test
    void birthYearAddsChildAllowance() {
      var result = compute(request("2025/26", 400_000).child("2025-06-01"));

      assertThat(result.allowances()).isEqualByComparingTo("392000");
    }

    @Test
    void yearAfterBirthAddsAgainFrom2026() {
      var result = compute(request("2025/26", 400_000).child("2025-06-01"));

      // 2026/27: basic 145,000 + child 140,000 + additional 140,000 in the year after birth.
      assertThat(result.provisionalTax().allowances()).isEqualByComparingTo("425000");
    }

    @Test
    void olderChildGetsNoAdditionIn2026() {
      var result = compute(request("2025/26", 400_000).child("2024-06-01"));

      assertThat(result.provisionalTax().allowances()).isEqualByComparingTo("285000");
    }

    @Test
    void yearAfterBirthAddsNothingIn2024() {
      // The year-after-birth addition exists only from 2026/27: a 2023/24 child in 2024/25 gets
      // none.
      var result = compute(request("2024/25", 400_000).child("2023-06-01"));

      assertThat(result.allowances()).isEqualByComparingTo("262000");
    }

    @Test
    void childBornAfterYearGetsNothing() {
      var result = compute(request("2025/26", 400_000).child("2026-05-01"));

      assertThat(result.allowances()).isEqualByComparingTo("132000");
    }

    @Test
    void parentOver60LivingWithTaxpayerGetsResidingAddition() {
      var result = compute(request("2025/26", 400_000).parent(64, true, false, 0));

      assertThat(result.allowances()).isEqualByComparingTo("232000");
    }

    @Test
    void parentOver60LivingElsewhereGetsBaseAllowance() {
      var result = compute(request("2025/26", 400_000).parent(64, false, false, 0));

      assertThat(result.allowances()).isEqualByComparingTo("182000");
    }

    @Test
    void parentAged55To59GetsLowerAllowance() {
      var result = compute(request("2025/26", 400_000).parent(57, true, false, 0));

      assertThat(result.allowances()).isEqualByComparingTo("182000");
    }

    @Test
    void disabledParentUnder55GetsFullAllowance() {
      var result = compute(request("2025/26", 400_000).parent(50, false, true, 0));

      assertThat(result.allowances()).isEqualByComparingTo("182000");
    }

    @Test
    void parentUnder55NotDisabledGetsNothing() {
      var result = compute(request("2025/26", 400_000).parent(50, true, false, 0));

      assertThat(result.allowances()).isEqualByComparingTo("132000");
    }

    @Test
    void parentAllowancesRiseIn2026() {
      var result = compute(request("2025/26", 400_000).parent(64, true, false, 0));

      assertThat(result.provisionalTax().allowances()).isEqualByComparingTo("255000");
    }

    @Test
    void otherAllowancesAddUp() {
      var result =
          compute(
              request("2025/26", 900_000)
                  .child("2020-01-01")
                  .singleParent()
                  .siblings(2)
                  .disabledDependants(1)
                  .taxpayer(p -> p.personalDisability = true));

      // 132,000 basic + 130,000 child + 132,000 single parent + 75,000 siblings + 75,000 disabled
      // dependant + 75,000 personal disability.
      assertThat(result.allowances()).isEqualByComparingTo("619000");
    }

    @Test
    void spouseDisabilityCountsOnlyUnderJointAssessment() {
      var joint =
          compute(
              request("2025/26", 400_000)
                  .spouseWithIncome(100_000)
                  .spouse(p -> p.personalDisability = true)
                  .joint());

      assertThat(joint.allowances()).isEqualByComparingTo("339000");
    }
  }

  @Nested
  class Deductions {

    @Test
    void mpfMandatoryIsCappedAt18000() {
      assertThat(deductionsOf(p -> p.mpfMandatory = money(20_000))).isEqualByComparingTo("18000");
    }

    @Test
    void selfEducationIsCappedAt100000() {
      assertThat(deductionsOf(p -> p.selfEducation = money(120_000)))
          .isEqualByComparingTo("100000");
    }

    @Test
    void homeLoanInterestIsCappedAt100000() {
      assertThat(deductionsOf(p -> p.homeLoanInterest = money(150_000)))
          .isEqualByComparingTo("100000");
    }

    @Test
    void domesticRentIsCappedAt100000() {
      assertThat(deductionsOf(p -> p.domesticRent = money(150_000))).isEqualByComparingTo("100000");
    }

    @Test
    void newbornCeilingRaisesHousingCapTo120000() {
      var result =
          compute(
              request("2025/26", 400_000)
                  .child("2025-05-01")
                  .taxpayer(
                      p -> {
                        p.homeLoanInterest = money(150_000);
                        p.newbornAdditionalCeiling = true;
                      }));

      assertThat(result.deductions()).isEqualByComparingTo("120000");
    }

    @Test
    void newbornCeilingDoesNotExistIn2023() {
      var result =
          compute(
              request("2023/24", 400_000)
                  .child("2023-11-01")
                  .taxpayer(
                      p -> {
                        p.domesticRent = money(150_000);
                        p.newbornAdditionalCeiling = true;
                      }));

      assertThat(result.deductions()).isEqualByComparingTo("100000");
    }

    @Test
    void donationsAreCappedAt35PercentOfIncome() {
      assertThat(deductionsOf(p -> p.charitableDonations = money(200_000)))
          .isEqualByComparingTo("140000");
    }

    @Test
    void donationsCapExcludesSelfEducation() {
      var deductions =
          deductionsOf(
              p -> {
                p.selfEducation = money(100_000);
                p.mpfMandatory = money(18_000);
                p.charitableDonations = money(200_000);
              });

      // 100,000 + 18,000 + 35% of (400,000 - 100,000) = 105,000.
      assertThat(deductions).isEqualByComparingTo("223000");
    }

    @Test
    void donationsBelow100AreNotDeductible() {
      assertThat(deductionsOf(p -> p.charitableDonations = money(99))).isEqualByComparingTo("0");
    }

    @Test
    void donationsOf100AreDeductible() {
      assertThat(deductionsOf(p -> p.charitableDonations = money(100))).isEqualByComparingTo("100");
    }

    @Test
    void annuityAndVoluntaryMpfAreCappedAt60000() {
      assertThat(deductionsOf(p -> p.annuityAndVoluntaryMpf = money(70_000)))
          .isEqualByComparingTo("60000");
    }

    @Test
    void vhisIsCappedPerInsuredPerson() {
      assertThat(deductionsOf(p -> p.vhisPremiums = List.of(money(10_000), money(5_000))))
          .isEqualByComparingTo("13000");
    }

    @Test
    void assistedReproductionIsCappedAt100000() {
      assertThat(deductionsOf(p -> p.assistedReproduction = money(150_000)))
          .isEqualByComparingTo("100000");
    }

    @Test
    void residentialCareIsCappedPerParent() {
      var result = compute(request("2025/26", 400_000).parent(80, false, false, 150_000));

      assertThat(result.deductions()).isEqualByComparingTo("100000");
    }

    @Test
    void residentialCareReplacesParentAllowance() {
      var result = compute(request("2025/26", 400_000).parent(80, true, false, 150_000));

      assertThat(result.allowances()).isEqualByComparingTo("132000");
    }

    @Test
    void residentialCareCapRisesTo110000In2026() {
      var result = compute(request("2025/26", 400_000).parent(80, false, false, 150_000));

      assertThat(result.provisionalTax().netIncome()).isEqualByComparingTo("290000");
    }

    @Test
    void residentialCareUnder60NotDeducted() {
      var result = compute(request("2025/26", 400_000).parent(57, false, false, 150_000));

      assertThat(result.deductions()).isEqualByComparingTo("0");
    }

    @Test
    void parentUnder60WithoutCareDeductionKeepsAllowance() {
      var result = compute(request("2025/26", 400_000).parent(57, false, false, 150_000));

      assertThat(result.allowances()).isEqualByComparingTo("157000");
    }

    @Test
    void deductionsAboveIncomeLeaveNetIncomeZero() {
      var result =
          compute(request("2025/26", 50_000).taxpayer(p -> p.homeLoanInterest = money(100_000)));

      assertThat(result.netIncome()).isEqualByComparingTo("0");
    }

    @Test
    void spouseDeductionsAreIgnoredUnderSeparateAssessment() {
      var result =
          compute(
              request("2025/26", 400_000)
                  .spouseWithIncome(300_000)
                  .spouse(p -> p.mpfMandatory = money(18_000)));

      assertThat(result.deductions()).isEqualByComparingTo("0");
    }
  }

  @Nested
  class Tax {

    @Test
    void progressiveTaxJustAboveTopBandEdge() {
      assertThat(calculator.progressiveTax(year("2025/26"), money(200_001)))
          .isEqualByComparingTo("16000.17");
    }

    @Test
    void progressiveTaxOfZeroIsZero() {
      assertThat(calculator.progressiveTax(year("2025/26"), BigDecimal.ZERO))
          .isEqualByComparingTo("0");
    }

    @Test
    void standardRateIsFlatIn2023() {
      assertThat(calculator.standardRateTax(year("2023/24"), money(10_000_000)))
          .isEqualByComparingTo("1500000");
    }

    @Test
    void highIncomeIsChargedAtStandardRate() {
      var result = compute(request("2025/26", 3_000_000));

      assertThat(result.chargedAt()).isEqualTo(TaxBasis.STANDARD_RATE);
    }

    @Test
    void highIncomeTaxIsStandardRateLessReduction() {
      assertThat(compute(request("2025/26", 3_000_000)).taxPayable())
          .isEqualByComparingTo("447000");
    }

    @Test
    void reductionIsCappedAt3000In2025() {
      var result = compute(request("2025/26", 3_000_000));

      assertThat(result.reductionCapped()).isTrue();
    }

    @Test
    void smallTaxIsFullyReducedAndNeverNegative() {
      var result = compute(request("2025/26", 150_000));

      assertThat(result.taxPayable()).isEqualByComparingTo("0");
    }

    @Test
    void smallTaxReductionIsNotCapped() {
      var result = compute(request("2025/26", 150_000));

      assertThat(result.reduction()).isEqualByComparingTo("360");
    }

    @Test
    void centsAreDroppedFromTaxPayable() {
      // Net chargeable income 200,010 - 132,000 = 68,010, taxed 1,000 + 18,010 x 6% = 2,080.60.
      // Less the 2024/25 reduction cap of 1,500 that leaves 580.60, charged as 580.
      var result = compute(request("2024/25", 200_010));

      assertThat(result.taxPayable()).isEqualByComparingTo("580");
    }
  }

  @Nested
  class JointAssessment {

    @Test
    void jointTaxUsesOneReductionCap() {
      var result = compute(request("2025/26", 400_000).spouseWithIncome(300_000).joint());

      assertThat(result.taxPayable()).isEqualByComparingTo("53120");
    }

    @Test
    void separateAssessmentIsCheaperForTwoEarners() {
      var joint = compute(request("2025/26", 400_000).spouseWithIncome(300_000).joint());
      var taxpayerAlone = compute(request("2025/26", 400_000).spouseWithIncome(300_000));
      var spouseAlone = compute(request("2025/26", 300_000).spouseWithIncome(400_000));

      BigDecimal separateTotal = taxpayerAlone.taxPayable().add(spouseAlone.taxPayable());
      assertThat(separateTotal).isEqualByComparingTo("33080");
      assertThat(joint.taxPayable()).isGreaterThan(separateTotal);
    }

    @Test
    void jointUsesLowEarnerDeductions() {
      var joint =
          compute(
              request("2025/26", 400_000)
                  .spouseWithIncome(50_000)
                  .spouse(p -> p.homeLoanInterest = money(100_000))
                  .joint());
      var taxpayerAlone = compute(request("2025/26", 400_000).spouseWithIncome(50_000));

      assertThat(joint.taxPayable()).isEqualByComparingTo("160");
      assertThat(taxpayerAlone.taxPayable()).isEqualByComparingTo("24560");
    }

    @Test
    void jointReductionStepSaysTheCapIsShared() {
      var result = compute(request("2025/26", 400_000).spouseWithIncome(300_000).joint());

      assertThat(steps(result, Part.TAX_FOR_YEAR, "reduction").getFirst().explanation().en())
          .contains("share one cap");
    }

    @Test
    void jointStandardRateDoublesTheFirstTier() {
      var result = compute(request("2025/26", 8_000_000).spouseWithIncome(4_000_000).joint());

      assertThat(result.standardRateTax()).isEqualByComparingTo("1820000");
    }
  }

  @Nested
  class ProvisionalAndBalance {

    @Test
    void provisionalTaxIsForNextYear() {
      assertThat(compute(request("2024/25", 400_000)).provisionalTax().year().label())
          .isEqualTo("2025/26");
    }

    @Test
    void provisionalTaxHasNoReduction() {
      // 2025/26 allowances on 2024/25 income: net chargeable income 268,000, tax 27,560.
      assertThat(compute(request("2024/25", 400_000)).provisionalTax().amount())
          .isEqualByComparingTo("27560");
    }

    @Test
    void firstInstalmentIs75Percent() {
      assertThat(compute(request("2025/26", 380_000)).provisionalTax().firstInstalment())
          .isEqualByComparingTo("16462.50");
    }

    @Test
    void secondInstalmentIsTheRest() {
      assertThat(compute(request("2025/26", 380_000)).provisionalTax().secondInstalment())
          .isEqualByComparingTo("5487.50");
    }

    @Test
    void overpaidProvisionalTaxGivesNegativeBalance() {
      var result = compute(request("2025/26", 380_000).provisionalTaxPaid(30_000));

      assertThat(result.balanceOfFinalTax()).isEqualByComparingTo("-8840");
    }

    @Test
    void refundStepSaysRefund() {
      var result = compute(request("2025/26", 380_000).provisionalTaxPaid(30_000));

      assertThat(steps(result, Part.BALANCE, "balance_of_final_tax").getFirst().explanation().en())
          .contains("refunded");
    }
  }

  @Nested
  class Steps {

    private final SalariesTaxResult example = compute(request("2025/26", 380_000));

    @Test
    void everyStepIsExplainedInEveryLanguage() {
      for (ComputationStep step : example.steps()) {
        for (Language language : Language.values()) {
          assertThat(step.explanation().in(language))
              .as(step.rule())
              .isNotBlank()
              .doesNotContain("{");
        }
      }
    }

    @Test
    void basicAllowanceStepCarriesItsFigure() {
      assertThat(steps(example, Part.TAX_FOR_YEAR, "basic_allowance").getFirst().amount())
          .isEqualByComparingTo("132000");
    }

    @Test
    void traditionalChineseStepUsesTaxTerm() {
      assertThat(
              steps(example, Part.TAX_FOR_YEAR, "basic_allowance").getFirst().explanation().zhHk())
          .contains("基本免稅額");
    }

    @Test
    void provisionalPartRepeatsTheAllowances() {
      assertThat(steps(example, Part.PROVISIONAL_TAX, "basic_allowance").getFirst().amount())
          .isEqualByComparingTo("145000");
    }

    @Test
    void stepsOfAFullRequestHaveNoPlaceholderLeft() {
      var result =
          compute(
              request("2025/26", 900_000)
                  .spouseWithIncome(300_000)
                  .spouse(p -> p.charitableDonations = money(50))
                  .joint()
                  .child("2025-06-01")
                  .child("2026-06-01")
                  .parent(64, true, false, 0)
                  .parent(57, true, false, 0)
                  .parent(80, false, false, 120_000)
                  .parent(50, false, false, 0)
                  .siblings(1)
                  .disabledDependants(1)
                  .taxpayer(
                      p -> {
                        p.mpfMandatory = money(18_000);
                        p.selfEducation = money(5_000);
                        p.homeLoanInterest = money(120_000);
                        p.newbornAdditionalCeiling = true;
                        p.charitableDonations = money(10_000);
                        p.vhisPremiums = List.of(money(9_000));
                        p.personalDisability = true;
                      })
                  .provisionalTaxPaid(5_000));

      for (ComputationStep step : result.steps()) {
        for (Language language : Language.values()) {
          assertThat(step.explanation().in(language)).as(step.rule()).doesNotContain("{");
        }
      }
    }
  }

  @Nested
  class Rejections {

    @Test
    void negativeIncomeIsInvalid() {
      var rejected = rejection(request("2025/26", -1));

      assertThat(rejected.reason()).isEqualTo(Reason.INVALID);
      assertThat(rejected.violations())
          .containsExactly(new Violation("taxpayer.income", "negative_amount"));
    }

    @Test
    void everyNegativeFieldIsReported() {
      var rejected =
          rejection(
              request("2025/26", 100)
                  .taxpayer(p -> p.vhisPremiums = List.of(money(-5)))
                  .provisionalTaxPaid(-1));

      assertThat(rejected.violations())
          .containsExactly(
              new Violation("taxpayer.vhisPremiums[0]", "negative_amount"),
              new Violation("provisionalTaxPaid", "negative_amount"));
    }

    @Test
    void threeDecimalPlacesAreInvalid() {
      var rejected =
          rejection(request("2025/26", 0).taxpayer(p -> p.income = new BigDecimal("1.005")));

      assertThat(rejected.violations())
          .containsExactly(new Violation("taxpayer.income", "too_many_decimals"));
    }

    @Test
    void unknownYearIsRejected() {
      assertThat(rejection(request("2022/23", 100_000)).code())
          .isEqualTo("unsupported_year_of_assessment");
    }

    @Test
    void provisionalOnlyYearIsRejected() {
      assertThat(rejection(request("2026/27", 100_000)).code())
          .isEqualTo("unsupported_year_of_assessment");
    }

    @Test
    void jointWithoutSpouseIsRejected() {
      assertThat(rejection(request("2025/26", 100_000).joint()).code())
          .isEqualTo("joint_assessment_requires_spouse");
    }

    @Test
    void homeLoanInterestWithDomesticRentIsRejected() {
      var rejected =
          rejection(
              request("2025/26", 400_000)
                  .taxpayer(
                      p -> {
                        p.homeLoanInterest = money(1);
                        p.domesticRent = money(1);
                      }));

      assertThat(rejected.code()).isEqualTo("home_loan_interest_with_domestic_rent");
    }

    @Test
    void newbornCeilingWithoutNewbornIsRejected() {
      var rejected =
          rejection(
              request("2025/26", 400_000)
                  .child("2023-10-24")
                  .taxpayer(p -> p.newbornAdditionalCeiling = true));

      assertThat(rejected.code()).isEqualTo("newborn_ceiling_without_newborn");
    }

    @Test
    void singleParentWithSpouseIsRejected() {
      var rejected =
          rejection(
              request("2025/26", 400_000).spouseWithoutIncome().child("2020-01-01").singleParent());

      assertThat(rejected.code()).isEqualTo("single_parent_with_spouse");
    }

    @Test
    void singleParentWithoutChildIsRejected() {
      assertThat(rejection(request("2025/26", 400_000).singleParent()).code())
          .isEqualTo("single_parent_without_child");
    }

    @Test
    void spouseWithoutIncomeMustHaveZeroIncome() {
      var rejected =
          rejection(
              request("2025/26", 400_000).spouseWithoutIncome().spouse(p -> p.income = money(5)));

      assertThat(rejected.violations())
          .containsExactly(new Violation("spouse.income", "income_without_has_income"));
    }

    @Test
    void rejectionMessageIsTheCodeOnly() {
      assertThat(rejection(request("2025/26", -380_000)).getMessage())
          .isEqualTo("validation_failed");
    }
  }

  private static YearOfAssessment year(String label) {
    return YearOfAssessment.parse(label).orElseThrow();
  }
}
