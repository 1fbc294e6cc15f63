package org.tamar.tax.internal;

import static org.tamar.tax.internal.Amounts.min;

import java.math.BigDecimal;
import org.tamar.tax.Assessment;

/** Progressive tax and standard-rate tax for one year, with a step for each band and tier used. */
final class TaxScales {

  /**
   * NOTE: under joint assessment each tier limit is doubled (HK$10,000,000 at 15% from 2024/25), on
   * the assumption that each spouse keeps the one-person threshold. The cited IRD notice states the
   * threshold for one person only.
   */
  private static final BigDecimal JOINT_TIER_FACTOR = BigDecimal.valueOf(2);

  private final YearParameters parameters;
  private final StepLog log;

  TaxScales(YearParameters parameters, StepLog log) {
    this.parameters = parameters;
    this.log = log;
  }

  /** Returns the progressive tax on net chargeable income, in cents, band by band. */
  BigDecimal progressive(BigDecimal netChargeableIncome) {
    BigDecimal remaining = netChargeableIncome;
    BigDecimal tax = BigDecimal.ZERO;
    for (YearParameters.Band band : parameters.bands()) {
      if (remaining.signum() <= 0) {
        break;
      }
      BigDecimal portion = band.width() == null ? remaining : min(remaining, band.width());
      BigDecimal bandTax = Amounts.times(portion, band.rate());
      log.add(
          "progressive_band",
          bandTax,
          "progressive_band",
          Amounts.percent(band.rate()),
          portion,
          bandTax);
      tax = tax.add(bandTax);
      remaining = remaining.subtract(portion);
    }
    log.add("progressive_tax", tax, "progressive_tax", netChargeableIncome, tax);
    return tax;
  }

  /** Returns the standard-rate tax on net income, tier by tier. */
  BigDecimal standardRate(BigDecimal netIncome, Assessment assessment) {
    BigDecimal taxed = BigDecimal.ZERO;
    BigDecimal tax = BigDecimal.ZERO;
    for (YearParameters.StandardRateTier tier : parameters.standardRate()) {
      if (taxed.compareTo(netIncome) >= 0) {
        break;
      }
      BigDecimal upTo = tier.upTo();
      if (upTo != null && assessment == Assessment.JOINT) {
        upTo = upTo.multiply(JOINT_TIER_FACTOR);
      }
      BigDecimal portion = (upTo == null ? netIncome : min(netIncome, upTo)).subtract(taxed);
      BigDecimal tierTax = Amounts.times(portion, tier.rate());
      log.add(
          "standard_rate_tier",
          tierTax,
          "standard_rate_tier",
          Amounts.percent(tier.rate()),
          portion,
          tierTax);
      tax = tax.add(tierTax);
      taxed = taxed.add(portion);
    }
    log.add("standard_rate_tax", tax, "standard_rate_tax", netIncome, tax);
    return tax;
  }
}
