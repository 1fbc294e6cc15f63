package org.tamar.tax.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON body of {@code POST /api/v1/tax/salaries-tax/computations}, as the OpenAPI document
 * describes it. {@link ComputationRequestReader} reads the body so that values of the wrong type
 * become field problems. Amounts are Hong Kong dollars. Absent amounts, flags and lists count as
 * zero, false and empty.
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
                    + " are added to the taxpayer's.")
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

  /** Keeps incomes and dates of birth out of logs. */
  @Override
  public String toString() {
    return "ComputationRequestBody[year=" + year + ", assessment=" + assessment + "]";
  }
}
