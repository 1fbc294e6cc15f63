package org.tamar.tax.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import org.tamar.tax.Assessment;
import org.tamar.tax.Child;
import org.tamar.tax.DependentParent;
import org.tamar.tax.PersonalIncome;
import org.tamar.tax.SalariesTaxRequest;
import org.tamar.tax.SalariesTaxRequestRejected;
import org.tamar.tax.SalariesTaxRequestRejected.Violation;

/**
 * Checks a request before it is computed: first the fields (all reported together), then the tax
 * rules (the first broken one is reported). Field paths are those of the API request body.
 */
public final class RequestValidator {

  /** Largest amount accepted, HK$10 billion: far above any salary, small enough for exact sums. */
  static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000000");

  /** Most dependants of one kind accepted in one request. */
  static final int MAX_DEPENDANTS = 20;

  /** Oldest age accepted for a dependent parent or grandparent. */
  static final int MAX_AGE = 130;

  /**
   * The newborn additional ceiling needs a child born on or after this date, as the rules of {@code
   * data/tax/salaries-tax.json} state from the IRD notice on the ceiling.
   */
  static final LocalDate NEWBORN_FROM = LocalDate.of(2023, Month.OCTOBER, 25);

  private final TaxParameters parameters;

  public RequestValidator(TaxParameters parameters) {
    this.parameters = parameters;
  }

  /** Raises {@link SalariesTaxRequestRejected} unless the request can be computed. */
  public void validate(SalariesTaxRequest request) {
    List<Violation> violations = fieldViolations(request);
    if (!violations.isEmpty()) {
      throw SalariesTaxRequestRejected.invalid(violations);
    }
    checkRules(request);
  }

  /**
   * Returns every field problem of the request without checking the tax rules, so a caller that
   * found problems of its own while reading the request can report them all together.
   */
  public static List<Violation> fieldViolations(SalariesTaxRequest request) {
    List<Violation> violations = new ArrayList<>();
    if (request.year() == null) {
      violations.add(new Violation("year", "required"));
    }
    if (request.assessment() == null) {
      violations.add(new Violation("assessment", "required"));
    }
    if (request.taxpayer() == null) {
      violations.add(new Violation("taxpayer", "required"));
    } else {
      checkPerson("taxpayer", request.taxpayer(), violations);
    }
    if (request.spouse() != null) {
      checkPerson("spouse", request.spouse(), violations);
    }
    checkDependants(request, violations);
    checkAmount("provisionalTaxPaid", request.provisionalTaxPaid(), violations);
    return violations;
  }

  private void checkRules(SalariesTaxRequest request) {
    if (!parameters.assessableYears().contains(request.year())) {
      throw SalariesTaxRequestRejected.ruleBroken(
          "unsupported_year_of_assessment", new Violation("year", "unsupported_year"));
    }
    if (request.assessment() == Assessment.JOINT && !request.hasSpouse()) {
      throw SalariesTaxRequestRejected.ruleBroken(
          "joint_assessment_requires_spouse",
          new Violation("spouse", "required_for_joint_assessment"));
    }
    checkHousing("taxpayer", request.taxpayer(), request);
    if (request.assessment() == Assessment.JOINT) {
      checkHousing("spouse", request.spouse(), request);
    }
    if (request.singleParent() && request.hasSpouse()) {
      throw SalariesTaxRequestRejected.ruleBroken(
          "single_parent_with_spouse", new Violation("singleParent", "not_with_spouse"));
    }
    if (request.singleParent() && request.children().isEmpty()) {
      throw SalariesTaxRequestRejected.ruleBroken(
          "single_parent_without_child", new Violation("singleParent", "requires_child"));
    }
  }

  /**
   * Home loan interest and domestic rent cannot both be deducted in one year, and the newborn
   * additional ceiling needs a child born on or after 25 October 2023.
   */
  private static void checkHousing(
      String field, PersonalIncome person, SalariesTaxRequest request) {
    if (person.homeLoanInterest().signum() > 0 && person.domesticRent().signum() > 0) {
      throw SalariesTaxRequestRejected.ruleBroken(
          "home_loan_interest_with_domestic_rent",
          new Violation(field + ".homeLoanInterest", "not_with_domestic_rent"),
          new Violation(field + ".domesticRent", "not_with_home_loan_interest"));
    }
    boolean newborn =
        request.children().stream().anyMatch(child -> !child.bornOn().isBefore(NEWBORN_FROM));
    if (person.newbornAdditionalCeiling() && !newborn) {
      throw SalariesTaxRequestRejected.ruleBroken(
          "newborn_ceiling_without_newborn",
          new Violation(field + ".newbornAdditionalCeiling", "requires_newborn_child"));
    }
  }

  private static void checkPerson(String field, PersonalIncome person, List<Violation> violations) {
    checkAmount(field + ".income", person.income(), violations);
    checkAmount(field + ".mpfMandatory", person.mpfMandatory(), violations);
    checkAmount(field + ".selfEducation", person.selfEducation(), violations);
    checkAmount(field + ".homeLoanInterest", person.homeLoanInterest(), violations);
    checkAmount(field + ".domesticRent", person.domesticRent(), violations);
    checkAmount(field + ".charitableDonations", person.charitableDonations(), violations);
    checkAmount(field + ".annuityAndVoluntaryMpf", person.annuityAndVoluntaryMpf(), violations);
    if (person.vhisPremiums().size() > MAX_DEPENDANTS) {
      violations.add(new Violation(field + ".vhisPremiums", "too_many"));
    }
    for (int i = 0; i < person.vhisPremiums().size(); i++) {
      checkAmount(field + ".vhisPremiums[" + i + "]", person.vhisPremiums().get(i), violations);
    }
    checkAmount(field + ".assistedReproduction", person.assistedReproduction(), violations);
    if (!person.hasIncome() && person.income().signum() != 0) {
      violations.add(new Violation(field + ".income", "income_without_has_income"));
    }
  }

  private static void checkDependants(SalariesTaxRequest request, List<Violation> violations) {
    if (request.children().size() > MAX_DEPENDANTS) {
      violations.add(new Violation("children", "too_many"));
    }
    for (int i = 0; i < request.children().size(); i++) {
      Child child = request.children().get(i);
      if (child == null || child.bornOn() == null) {
        violations.add(new Violation("children[" + i + "].bornOn", "required"));
      }
    }
    if (request.dependentParents().size() > MAX_DEPENDANTS) {
      violations.add(new Violation("dependentParents", "too_many"));
    }
    for (int i = 0; i < request.dependentParents().size(); i++) {
      DependentParent parent = request.dependentParents().get(i);
      String path = "dependentParents[" + i + "]";
      if (parent == null) {
        violations.add(new Violation(path, "required"));
        continue;
      }
      if (parent.age() < 0 || parent.age() > MAX_AGE) {
        violations.add(new Violation(path + ".age", "out_of_range"));
      }
      checkAmount(path + ".residentialCareExpenses", parent.residentialCareExpenses(), violations);
    }
    checkCount("dependentSiblings", request.dependentSiblings(), violations);
    checkCount("disabledDependants", request.disabledDependants(), violations);
  }

  private static void checkCount(String field, int count, List<Violation> violations) {
    if (count < 0 || count > MAX_DEPENDANTS) {
      violations.add(new Violation(field, "out_of_range"));
    }
  }

  private static void checkAmount(String field, BigDecimal amount, List<Violation> violations) {
    if (amount.signum() < 0) {
      violations.add(new Violation(field, "negative_amount"));
    } else if (amount.compareTo(MAX_AMOUNT) > 0) {
      violations.add(new Violation(field, "amount_too_large"));
    } else if (amount.stripTrailingZeros().scale() > 2) {
      violations.add(new Violation(field, "too_many_decimals"));
    }
  }
}
