package org.tamar.tax;

import java.time.LocalDate;

/**
 * A child for whom child allowance is claimed. The caller states that the child qualifies (under
 * 18, 18 to 24 in full-time education, or unable to work because of a disability); the computation
 * checks only the date of birth against the year.
 *
 * @param bornOn the date of birth
 */
public record Child(LocalDate bornOn) {

  /** Masks the date of birth, which is personal data. */
  @Override
  public String toString() {
    return "Child[bornOn=masked]";
  }
}
