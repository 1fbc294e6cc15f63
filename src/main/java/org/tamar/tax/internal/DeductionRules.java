package org.tamar.tax.internal;

import static org.tamar.tax.internal.Amounts.atLeastZero;
import static org.tamar.tax.internal.Amounts.min;

import java.math.BigDecimal;
import java.util.List;
import org.tamar.platform.i18n.LocalizedText;
import org.tamar.tax.DependentParent;
import org.tamar.tax.PersonalIncome;
import org.tamar.tax.internal.YearParameters.DeductionCaps;

/**
 * Applies the caps of the outgoings, expenses and concessionary deductions of one year and records
 * a step for each one claimed. The caps and their rules come from {@code
 * data/tax/salaries-tax.json}.
 */
final class DeductionRules {

  /**
   * Approved charitable donations below this total in a year are not deductible. The figure is in the
   * rules of {@code data/tax/salaries-tax.json}, which has no field for it.
   */
  static final BigDecimal MINIMUM_DONATIONS = BigDecimal.valueOf(100);

  private final DeductionCaps caps;
  private final StepLog log;

  DeductionRules(DeductionCaps caps, StepLog log) {
    this.caps = caps;
    this.log = log;
  }

  /** Returns the total deductions allowed to one person. */
  BigDecimal personal(PersonalIncome person, LocalizedText party) {
    BigDecimal selfEducation =
        capped(party, "self_education", person.selfEducation(), caps.selfEducation());
    BigDecimal total = selfEducation;
    total = total.add(capped(party, "mpf_mandatory", person.mpfMandatory(), caps.mpfMandatory()));
    total = total.add(housing(person, party));
    total =
        total.add(donations(person, party, atLeastZero(person.income().subtract(selfEducation))));
    total =
        total.add(
            capped(
                party,
                "annuity_and_voluntary_mpf",
                person.annuityAndVoluntaryMpf(),
                caps.annuityAndVoluntaryMpf()));
    total = total.add(vhis(person.vhisPremiums(), party));
    total =
        total.add(
            capped(
                party,
                "assisted_reproduction",
                person.assistedReproduction(),
                caps.assistedReproduction()));
    if (total.signum() > 0) {
      log.add("deductions_total", total, "deductions_total", party, total);
    }
    return total;
  }

  /**
   * Returns the elderly residential care deductions for the parents whose expenses are claimed. A
   * parent qualifies at 60 or over, or under 60 when eligible under the Disability Allowance
   * Scheme. A parent who does not qualify is left to the dependent parent allowance.
   */
  BigDecimal residentialCare(List<DependentParent> parents) {
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < parents.size(); i++) {
      DependentParent parent = parents.get(i);
      if (!parent.claimsResidentialCare()) {
        continue;
      }
      if (!qualifiesForResidentialCare(parent)) {
        log.explain("elderly_residential_care", "residential_care_not_eligible", i + 1);
        continue;
      }
      BigDecimal cap = caps.elderlyResidentialCarePerParent();
      BigDecimal allowed = min(parent.residentialCareExpenses(), cap);
      log.add(
          "elderly_residential_care",
          allowed,
          "residential_care",
          i + 1,
          parent.residentialCareExpenses(),
          cap,
          allowed);
      total = total.add(allowed);
    }
    return total;
  }

  static boolean qualifiesForResidentialCare(DependentParent parent) {
    return parent.age() >= 60 || parent.disabled();
  }

  private BigDecimal housing(PersonalIncome person, LocalizedText party) {
    boolean homeLoan = person.homeLoanInterest().signum() > 0;
    boolean rent = person.domesticRent().signum() > 0;
    if (!homeLoan && !rent) {
      return BigDecimal.ZERO;
    }
    BigDecimal cap = homeLoan ? caps.homeLoanInterest() : caps.domesticRent();
    if (person.newbornAdditionalCeiling()) {
      BigDecimal additional = caps.newbornAdditionalCeiling();
      if (additional.signum() > 0) {
        cap = cap.add(additional);
        log.add(
            "newborn_additional_ceiling",
            additional,
            "newborn_additional_ceiling",
            party,
            additional,
            cap);
      } else {
        log.explain(
            "newborn_additional_ceiling", "newborn_additional_ceiling_unavailable", party);
      }
    }
    return homeLoan
        ? capped(party, "home_loan_interest", person.homeLoanInterest(), cap)
        : capped(party, "domestic_rent", person.domesticRent(), cap);
  }

  /**
   * Returns the deductible approved charitable donations: nothing below HK$100, and at most the
   * year's share (35%) of income after outgoings and expenses. MPF contributions are not taken off
   * this base.
   */
  private BigDecimal donations(PersonalIncome person, LocalizedText party, BigDecimal base) {
    BigDecimal claimed = person.charitableDonations();
    if (claimed.signum() == 0) {
      return BigDecimal.ZERO;
    }
    if (claimed.compareTo(MINIMUM_DONATIONS) < 0) {
      log.explain(
          "charitable_donations",
          "charitable_donations_below_minimum",
          party,
          claimed,
          MINIMUM_DONATIONS);
      return BigDecimal.ZERO;
    }
    BigDecimal share = caps.charitableDonationsShareOfIncome();
    BigDecimal cap = Amounts.times(base, share);
    BigDecimal allowed = min(claimed, cap);
    log.add(
        "charitable_donations",
        allowed,
        "charitable_donations",
        party,
        claimed,
        Amounts.percent(share),
        base,
        cap,
        allowed);
    return allowed;
  }

  private BigDecimal vhis(List<BigDecimal> premiums, LocalizedText party) {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal cap = caps.vhisPerInsuredPerson();
    for (int i = 0; i < premiums.size(); i++) {
      BigDecimal premium = premiums.get(i);
      if (premium.signum() == 0) {
        continue;
      }
      BigDecimal allowed = min(premium, cap);
      log.add("vhis_premiums", allowed, "vhis_premium", party, i + 1, premium, cap, allowed);
      total = total.add(allowed);
    }
    return total;
  }

  private BigDecimal capped(LocalizedText party, String rule, BigDecimal claimed, BigDecimal cap) {
    if (claimed.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal allowed = min(claimed, cap);
    LocalizedText name = StepTexts.text("tax.deduction." + rule);
    String key = claimed.compareTo(cap) > 0 ? "deduction_capped" : "deduction_within_cap";
    log.add(rule, allowed, key, party, name, claimed, cap, allowed);
    return allowed;
  }
}
