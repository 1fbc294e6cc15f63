package org.tamar.tax;

import java.math.BigDecimal;

/**
 * Provisional salaries tax for the year after the assessed one, charged on the assessed year's
 * income with the next year's allowances and deduction caps and no one-off reduction.
 *
 * @param year the year the provisional tax is for
 * @param netIncome net income under the next year's deduction caps
 * @param allowances total allowances of the next year
 * @param netChargeableIncome net income less allowances, never below zero
 * @param progressiveTax progressive tax on net chargeable income
 * @param standardRateTax standard-rate tax on net income
 * @param amount the lower of the two, cents dropped
 * @param firstInstalment 75% of the amount, payable with the final tax
 * @param secondInstalment the remaining 25%, payable about three months later
 */
public record ProvisionalTax(
    YearOfAssessment year,
    BigDecimal netIncome,
    BigDecimal allowances,
    BigDecimal netChargeableIncome,
    BigDecimal progressiveTax,
    BigDecimal standardRateTax,
    BigDecimal amount,
    BigDecimal firstInstalment,
    BigDecimal secondInstalment) {}
