/**
 * e-TAX: the Hong Kong salaries tax computation, its public calculator page and its API.
 *
 * <p>Glossary:
 *
 * <ul>
 *   <li><b>year of assessment</b>: the tax year, 1 April to 31 March, written {@code 2025/26};
 *   <li><b>net income</b>: income from employment less outgoings, expenses and concessionary
 *       deductions, each within its cap, never below zero;
 *   <li><b>allowances</b>: fixed amounts for the taxpayer and dependants (basic, married person's,
 *       child, dependent parent and others), taken off net income;
 *   <li><b>net chargeable income</b>: net income less allowances, never below zero;
 *   <li><b>progressive tax</b>: net chargeable income taxed band by band (2% to 17%);
 *   <li><b>standard-rate tax</b>: net income (before allowances) taxed at the standard rate; the
 *       lower of the two is charged;
 *   <li><b>one-off reduction</b>: a share of the year's tax waived by the budget, up to a cap;
 *   <li><b>separate and joint assessment</b>: a married person is assessed alone, or the couple
 *       elect to be assessed together on their aggregate net income;
 *   <li><b>provisional tax</b>: tax for the next year charged in advance on this year's income with
 *       the next year's allowances, payable in two instalments (75% and 25%).
 * </ul>
 *
 * <p>The root package is the module's API: {@link org.tamar.tax.SalariesTaxCalculator} takes a
 * {@link org.tamar.tax.SalariesTaxRequest} and returns a {@link org.tamar.tax.SalariesTaxResult},
 * or raises {@link org.tamar.tax.SalariesTaxRequestRejected}. It is plain Java, so the later filing
 * journey and the benchmarks can call it without the web layer.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tax")
package org.tamar.tax;
