package org.tamar.tax;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A parent or grandparent of the taxpayer or the spouse whom the taxpayer maintains.
 *
 * @param age the age at any time in the year of assessment
 * @param residedWholeYear whether the parent lived with the taxpayer for the whole year, which
 *     earns the residing addition
 * @param disabled whether the parent is eligible under the Government's Disability Allowance Scheme
 * @param residentialCareExpenses elderly residential care expenses paid for this parent. When above
 *     zero, the deduction is claimed in place of the dependent parent allowance for this parent.
 */
public record DependentParent(
    int age, boolean residedWholeYear, boolean disabled, BigDecimal residentialCareExpenses) {

  public DependentParent {
    residentialCareExpenses = Objects.requireNonNullElse(residentialCareExpenses, BigDecimal.ZERO);
  }

  public boolean claimsResidentialCare() {
    return residentialCareExpenses.signum() > 0;
  }
}
