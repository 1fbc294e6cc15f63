package org.tamar.booking.referencedata;

import java.time.LocalDate;
import java.time.Period;

/**
 * The ages at which a person may be an applicant for an appointment type, in whole years on the
 * appointment date, both inclusive.
 *
 * @param minAge the lowest age, or null for no lower limit
 * @param maxAge the highest age, or null for no upper limit
 */
public record AgeLimits(Integer minAge, Integer maxAge) {

  /** Limits that admit everyone. */
  public static final AgeLimits NONE = new AgeLimits(null, null);

  public AgeLimits {
    if (minAge != null && maxAge != null && minAge > maxAge) {
      throw new IllegalArgumentException("minAge " + minAge + " is above maxAge " + maxAge);
    }
  }

  /** Returns whether a person born on {@code dateOfBirth} is within the limits on {@code date}. */
  public boolean admits(LocalDate dateOfBirth, LocalDate date) {
    int age = Period.between(dateOfBirth, date).getYears();
    boolean oldEnough = minAge == null || age >= minAge;
    boolean youngEnough = maxAge == null || age <= maxAge;
    return oldEnough && youngEnough;
  }
}
