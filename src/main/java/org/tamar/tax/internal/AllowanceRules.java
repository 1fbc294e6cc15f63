package org.tamar.tax.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.tamar.tax.Assessment;
import org.tamar.tax.Child;
import org.tamar.tax.DependentParent;
import org.tamar.tax.SalariesTaxRequest;
import org.tamar.tax.YearOfAssessment;
import org.tamar.tax.internal.YearParameters.Allowances;

/** Adds up the allowances of one year and records a step for each one. */
final class AllowanceRules {

  private final YearParameters parameters;
  private final Allowances allowances;
  private final StepLog log;

  AllowanceRules(YearParameters parameters, StepLog log) {
    this.parameters = parameters;
    this.allowances = parameters.allowances();
    this.log = log;
  }

  /**
   * Returns the total allowances.
   *
   * @param factsYear the year whose facts the request states. Children born after it ends are not
   *     counted, also when the allowances are those of the next year for provisional tax.
   */
  BigDecimal total(SalariesTaxRequest request, YearOfAssessment factsYear) {
    BigDecimal total = personal(request);
    total = total.add(children(request.children(), factsYear));
    total = total.add(parents(request.dependentParents()));
    total =
        total.add(
            counted(
                "dependent_sibling_allowance",
                request.dependentSiblings(),
                allowances.dependentSibling()));
    total =
        total.add(
            counted(
                "disabled_dependant_allowance",
                request.disabledDependants(),
                allowances.disabledDependant()));
    log.add("allowances_total", total, "allowances_total", total);
    return total;
  }

  /** Returns the basic or married person's allowance, and the single parent and disability ones. */
  private BigDecimal personal(SalariesTaxRequest request) {
    BigDecimal total;
    if (request.assessment() == Assessment.JOINT) {
      total = allowances.married();
      log.add("married_allowance", total, "married_allowance_joint", total);
    } else if (request.hasSpouse() && !request.spouse().hasIncome()) {
      total = allowances.married();
      log.add("married_allowance", total, "married_allowance_spouse_without_income", total);
    } else if (request.hasSpouse()) {
      total = allowances.basic();
      log.add("basic_allowance", total, "basic_allowance_spouse_with_income", total);
    } else {
      total = allowances.basic();
      log.add("basic_allowance", total, "basic_allowance", total);
    }
    if (request.singleParent()) {
      log.add(
          "single_parent_allowance",
          allowances.singleParent(),
          "single_parent_allowance",
          allowances.singleParent());
      total = total.add(allowances.singleParent());
    }
    if (request.taxpayer().personalDisability()) {
      total = total.add(disability("taxpayer"));
    }
    if (request.assessment() == Assessment.JOINT && request.spouse().personalDisability()) {
      total = total.add(disability("spouse"));
    }
    return total;
  }

  private BigDecimal disability(String party) {
    BigDecimal amount = allowances.personalDisability();
    log.add(
        "personal_disability_allowance",
        amount,
        "personal_disability_allowance",
        StepTexts.text("tax.party." + party),
        amount);
    return amount;
  }

  /**
   * Returns the child allowances. The additional allowance is due in the year of birth and, from
   * 2026/27 ({@code childAdditionalAlsoInYearAfterBirth}), also in the year after it.
   */
  private BigDecimal children(List<Child> children, YearOfAssessment factsYear) {
    YearOfAssessment year = parameters.year();
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < children.size(); i++) {
      LocalDate bornOn = children.get(i).bornOn();
      int number = i + 1;
      if (bornOn.isAfter(factsYear.lastDay())) {
        log.explain("child_allowance", "child_born_after_year", number, factsYear.label());
        continue;
      }
      BigDecimal childAllowance = allowances.childEach();
      BigDecimal additional = allowances.childYearOfBirthAdditional();
      BigDecimal amount;
      if (year.contains(bornOn)) {
        amount = childAllowance.add(additional);
        log.add(
            "child_allowance",
            amount,
            "child_allowance_year_of_birth",
            number,
            childAllowance,
            additional,
            amount);
      } else if (allowances.childAdditionalAlsoInYearAfterBirth()
          && year.previous().contains(bornOn)) {
        amount = childAllowance.add(additional);
        log.add(
            "child_allowance",
            amount,
            "child_allowance_year_after_birth",
            number,
            childAllowance,
            additional,
            amount);
      } else {
        amount = childAllowance;
        log.add("child_allowance", amount, "child_allowance", number, amount);
      }
      total = total.add(amount);
    }
    return total;
  }

  /**
   * Returns the dependent parent and grandparent allowances.
   *
   * <p>NOTE: provisional tax uses the ages stated for the assessed year, so a parent who turns 55 or
   * 60 in the next year gets the allowance of the lower age band there too.
   *
   * <p>The allowance has one rate from 60 or when disabled and another from 55 to 59, each with a
   * residing addition for a parent who lived with the taxpayer for the whole year. A parent whose
   * residential care expenses are deducted gets none.
   */
  private BigDecimal parents(List<DependentParent> parents) {
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < parents.size(); i++) {
      DependentParent parent = parents.get(i);
      int number = i + 1;
      if (parent.claimsResidentialCare() && DeductionRules.qualifiesForResidentialCare(parent)) {
        log.explain("dependent_parent_allowance", "parent_allowance_residential_care", number);
        continue;
      }
      String band;
      BigDecimal base;
      BigDecimal residing;
      if (parent.age() >= 60 || parent.disabled()) {
        band = "60";
        base = allowances.dependentParent60OrDisabled();
        residing = allowances.dependentParentResidingAdditional60();
      } else if (parent.age() >= 55) {
        band = "55";
        base = allowances.dependentParent55to59();
        residing = allowances.dependentParentResidingAdditional55to59();
      } else {
        log.explain("dependent_parent_allowance", "parent_allowance_too_young", number);
        continue;
      }
      if (parent.residedWholeYear()) {
        BigDecimal amount = base.add(residing);
        log.add(
            "dependent_parent_allowance",
            amount,
            "parent_allowance_" + band + "_residing",
            number,
            base,
            residing,
            amount);
        total = total.add(amount);
      } else {
        log.add("dependent_parent_allowance", base, "parent_allowance_" + band, number, base);
        total = total.add(base);
      }
    }
    return total;
  }

  private BigDecimal counted(String rule, int count, BigDecimal perDependant) {
    if (count == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal amount = perDependant.multiply(BigDecimal.valueOf(count));
    log.add(rule, amount, rule, count, perDependant, amount);
    return amount;
  }
}
