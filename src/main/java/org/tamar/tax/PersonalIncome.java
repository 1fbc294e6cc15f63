package org.tamar.tax;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One person's income from employment and the deductions they claim for the year, in Hong Kong
 * dollars. Null amounts count as zero.
 *
 * @param hasIncome false for a spouse with no income chargeable to salaries tax; then every amount
 *     must be zero
 * @param income assessable income from employment
 * @param mpfMandatory mandatory contributions to a Mandatory Provident Fund scheme
 * @param selfEducation expenses of self-education
 * @param homeLoanInterest home loan interest paid; not with {@code domesticRent} in the same year
 * @param domesticRent domestic rent paid; not with {@code homeLoanInterest} in the same year
 * @param newbornAdditionalCeiling whether the person elects the additional home loan interest or
 *     domestic rent ceiling for a child born on or after 25 October 2023 who lived with them for at
 *     least 6 months of the year
 * @param charitableDonations approved charitable donations
 * @param annuityAndVoluntaryMpf qualifying deferred annuity premiums and MPF tax deductible
 *     voluntary contributions
 * @param vhisPremiums qualifying Voluntary Health Insurance Scheme premiums, one amount per insured
 *     person
 * @param assistedReproduction expenses for assisted reproductive services
 * @param personalDisability whether the person is eligible for the personal disability allowance
 */
public record PersonalIncome(
    boolean hasIncome,
    BigDecimal income,
    BigDecimal mpfMandatory,
    BigDecimal selfEducation,
    BigDecimal homeLoanInterest,
    BigDecimal domesticRent,
    boolean newbornAdditionalCeiling,
    BigDecimal charitableDonations,
    BigDecimal annuityAndVoluntaryMpf,
    List<BigDecimal> vhisPremiums,
    BigDecimal assistedReproduction,
    boolean personalDisability) {

  public PersonalIncome {
    income = orZero(income);
    mpfMandatory = orZero(mpfMandatory);
    selfEducation = orZero(selfEducation);
    homeLoanInterest = orZero(homeLoanInterest);
    domesticRent = orZero(domesticRent);
    charitableDonations = orZero(charitableDonations);
    annuityAndVoluntaryMpf = orZero(annuityAndVoluntaryMpf);
    vhisPremiums =
        vhisPremiums == null
            ? List.of()
            : vhisPremiums.stream().map(PersonalIncome::orZero).toList();
    assistedReproduction = orZero(assistedReproduction);
  }

  /** Returns a person with this income and no deductions. */
  public static PersonalIncome withIncome(BigDecimal income) {
    return new PersonalIncome(
        true, income, null, null, null, null, false, null, null, List.of(), null, false);
  }

  /** Returns a spouse who has no income chargeable to salaries tax. */
  public static PersonalIncome withoutIncome() {
    return new PersonalIncome(
        false, null, null, null, null, null, false, null, null, List.of(), null, false);
  }

  private static BigDecimal orZero(BigDecimal amount) {
    return Objects.requireNonNullElse(amount, BigDecimal.ZERO);
  }

  /** Keeps amounts out of logs: income and deductions are personal financial data. */
  @Override
  public String toString() {
    return "PersonalIncome[hasIncome=" + hasIncome + ", amounts masked]";
  }
}
