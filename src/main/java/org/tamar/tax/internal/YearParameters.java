package org.tamar.tax.internal;

import java.math.BigDecimal;
import java.util.List;
import org.tamar.tax.YearOfAssessment;

/**
 * The salaries tax parameters of one year of assessment, in Hong Kong dollars.
 *
 * @param year the year of assessment
 * @param bands progressive bands, lowest first; the last one has no width
 * @param standardRate standard-rate tiers, lowest first; the last one has no upper limit
 * @param reduction the one-off reduction, or {@link OneOffReduction#NONE}
 * @param allowances the allowances
 * @param caps the deduction caps
 */
public record YearParameters(
    YearOfAssessment year,
    List<Band> bands,
    List<StandardRateTier> standardRate,
    OneOffReduction reduction,
    Allowances allowances,
    DeductionCaps caps) {

  /** A progressive band; {@code width} is null for the top band. */
  public record Band(BigDecimal width, BigDecimal rate) {}

  /** A standard-rate tier covering net income up to {@code upTo}, or all the rest when null. */
  public record StandardRateTier(BigDecimal upTo, BigDecimal rate) {}

  /** A one-off reduction of {@code rate} times the tax, up to {@code cap}. */
  public record OneOffReduction(boolean available, BigDecimal rate, BigDecimal cap) {
    public static final OneOffReduction NONE =
        new OneOffReduction(false, BigDecimal.ZERO, BigDecimal.ZERO);
  }

  /** Allowances; {@code childAdditionalAlsoInYearAfterBirth} is true from 2026/27. */
  public record Allowances(
      BigDecimal basic,
      BigDecimal married,
      BigDecimal childEach,
      BigDecimal childYearOfBirthAdditional,
      boolean childAdditionalAlsoInYearAfterBirth,
      BigDecimal dependentParent60OrDisabled,
      BigDecimal dependentParent55to59,
      BigDecimal dependentParentResidingAdditional60,
      BigDecimal dependentParentResidingAdditional55to59,
      BigDecimal dependentSibling,
      BigDecimal singleParent,
      BigDecimal disabledDependant,
      BigDecimal personalDisability) {}

  /** Deduction caps; {@code charitableDonationsShareOfIncome} is a fraction such as 0.35. */
  public record DeductionCaps(
      BigDecimal mpfMandatory,
      BigDecimal selfEducation,
      BigDecimal homeLoanInterest,
      BigDecimal domesticRent,
      BigDecimal newbornAdditionalCeiling,
      BigDecimal elderlyResidentialCarePerParent,
      BigDecimal charitableDonationsShareOfIncome,
      BigDecimal annuityAndVoluntaryMpf,
      BigDecimal vhisPerInsuredPerson,
      BigDecimal assistedReproduction) {}
}
