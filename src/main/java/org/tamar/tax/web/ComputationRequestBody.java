package org.tamar.tax.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tamar.tax.Assessment;
import org.tamar.tax.Child;
import org.tamar.tax.DependentParent;
import org.tamar.tax.PersonalIncome;
import org.tamar.tax.SalariesTaxRequest;
import org.tamar.tax.SalariesTaxRequestRejected;
import org.tamar.tax.SalariesTaxRequestRejected.Violation;
import org.tamar.tax.YearOfAssessment;

/**
 * The JSON body of {@code POST /api/v1/tax/salaries-tax/computations}. Amounts are Hong Kong
 * dollars. Absent amounts, flags and lists count as zero, false and empty.
 *
 * @param year the year of assessment, such as {@code 2025/26}
 * @param assessment {@code single} (a single person, or a married person assessed separately when a
 *     spouse is given), {@code separate} (a married person assessed separately, which needs a spouse)
 *     or {@code joint}
 */
@Schema(description = "The facts of one salaries tax computation. Absent amounts count as zero.")
record ComputationRequestBody(
    @Schema(
            description = "Year of assessment, 1 April to 31 March",
            example = "2025/26",
            requiredMode = Schema.RequiredMode.REQUIRED)
        String year,
    @Schema(
            description =
                "single: a person without a spouse, or a married person assessed separately"
                    + " when spouse is given. separate: a married person assessed separately;"
                    + " spouse is required. joint: the couple elect joint assessment on their"
                    + " aggregate net income; spouse is required.",
            allowableValues = {"single", "separate", "joint"},
            requiredMode = Schema.RequiredMode.REQUIRED)
        String assessment,
    @Schema(
            description = "The taxpayer's income and deductions",
            requiredMode = Schema.RequiredMode.REQUIRED)
        PersonBody taxpayer,
    @Schema(
            description =
                "The spouse, or null for a person without one. Under single or separate"
                    + " assessment only hasIncome is used, and the spouse's income is assessed"
                    + " on its own. Under joint assessment the spouse's income and deductions"
                    + " are added to the taxpayer's.",
            nullable = true)
        PersonBody spouse,
    Boolean singleParent,
    List<ChildBody> children,
    List<ParentBody> dependentParents,
    Integer dependentSiblings,
    Integer disabledDependants,
    BigDecimal provisionalTaxPaid) {

  /** The accepted values of {@code assessment}. */
  static final List<String> ASSESSMENTS = List.of("single", "separate", "joint");

  /** One person's income and deductions. {@code hasIncome} matters only for a spouse. */
  record PersonBody(
      @Schema(
              description =
                  "For a spouse only: false when the spouse has no income chargeable to salaries"
                      + " tax, which gives the taxpayer the married person's allowance under"
                      + " single or separate assessment; every amount must then be zero."
                      + " Absent means true.",
              defaultValue = "true")
          Boolean hasIncome,
      BigDecimal income,
      BigDecimal mpfMandatory,
      BigDecimal selfEducation,
      BigDecimal homeLoanInterest,
      BigDecimal domesticRent,
      Boolean newbornAdditionalCeiling,
      BigDecimal charitableDonations,
      BigDecimal annuityAndVoluntaryMpf,
      List<BigDecimal> vhisPremiums,
      BigDecimal assistedReproduction,
      Boolean personalDisability) {

    /** Keeps amounts out of logs. */
    @Override
    public String toString() {
      return "PersonBody[amounts masked]";
    }
  }

  /** A child, whose date of birth is personal data. */
  record ChildBody(LocalDate bornOn) {
    @Override
    public String toString() {
      return "ChildBody[bornOn=masked]";
    }
  }

  /** A dependent parent or grandparent. */
  record ParentBody(
      Integer age,
      Boolean residedWholeYear,
      Boolean disabled,
      BigDecimal residentialCareExpenses) {}

  /**
   * Converts the body into a computation request.
   *
   * @throws SalariesTaxRequestRejected when a required field is missing, the assessment is not one
   *     of {@link #ASSESSMENTS}, separate assessment has no spouse, or the year is not a year of
   *     assessment label
   */
  SalariesTaxRequest toRequest() {
    List<Violation> violations = new ArrayList<>();
    Assessment parsedAssessment = assessment(violations);
    if (taxpayer == null) {
      violations.add(new Violation("taxpayer", "required"));
    } else if (taxpayer.income() == null) {
      violations.add(new Violation("taxpayer.income", "required"));
    }
    List<DependentParent> parents = parents(violations);
    if (year == null || year.isBlank()) {
      violations.add(new Violation("year", "required"));
    }
    if (!violations.isEmpty()) {
      throw SalariesTaxRequestRejected.invalid(violations);
    }
    YearOfAssessment parsedYear =
        YearOfAssessment.parse(year)
            .orElseThrow(
                () ->
                    SalariesTaxRequestRejected.ruleBroken(
                        "unsupported_year_of_assessment",
                        new Violation("year", "unsupported_year")));
    if (assessment.equals("separate") && spouse == null) {
      throw SalariesTaxRequestRejected.ruleBroken(
          "separate_assessment_requires_spouse",
          new Violation("spouse", "required_for_separate_assessment"));
    }
    return new SalariesTaxRequest(
        parsedYear,
        parsedAssessment,
        person(taxpayer, true),
        spouse == null
            ? null
            : person(spouse, Objects.requireNonNullElse(spouse.hasIncome(), true)),
        Boolean.TRUE.equals(singleParent),
        children == null
            ? List.of()
            : children.stream()
                .map(child -> new Child(child == null ? null : child.bornOn()))
                .toList(),
        parents,
        Objects.requireNonNullElse(dependentSiblings, 0),
        Objects.requireNonNullElse(disabledDependants, 0),
        provisionalTaxPaid);
  }

  private Assessment assessment(List<Violation> violations) {
    if (assessment == null || assessment.isBlank()) {
      violations.add(new Violation("assessment", "required"));
      return null;
    }
    return switch (assessment) {
      case "single", "separate" -> Assessment.SEPARATE;
      case "joint" -> Assessment.JOINT;
      default -> {
        violations.add(Violation.invalidChoice("assessment", ASSESSMENTS));
        yield null;
      }
    };
  }

  private List<DependentParent> parents(List<Violation> violations) {
    if (dependentParents == null) {
      return List.of();
    }
    List<DependentParent> parents = new ArrayList<>();
    for (int i = 0; i < dependentParents.size(); i++) {
      ParentBody parent = dependentParents.get(i);
      if (parent == null || parent.age() == null) {
        violations.add(new Violation("dependentParents[" + i + "].age", "required"));
        continue;
      }
      parents.add(
          new DependentParent(
              parent.age(),
              Boolean.TRUE.equals(parent.residedWholeYear()),
              Boolean.TRUE.equals(parent.disabled()),
              parent.residentialCareExpenses()));
    }
    return parents;
  }

  private static PersonalIncome person(PersonBody body, boolean hasIncome) {
    return new PersonalIncome(
        hasIncome,
        body.income(),
        body.mpfMandatory(),
        body.selfEducation(),
        body.homeLoanInterest(),
        body.domesticRent(),
        Boolean.TRUE.equals(body.newbornAdditionalCeiling()),
        body.charitableDonations(),
        body.annuityAndVoluntaryMpf(),
        body.vhisPremiums(),
        body.assistedReproduction(),
        Boolean.TRUE.equals(body.personalDisability()));
  }

  /** Keeps incomes and dates of birth out of logs. */
  @Override
  public String toString() {
    return "ComputationRequestBody[year=" + year + ", assessment=" + assessment + "]";
  }
}
