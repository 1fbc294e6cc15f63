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

  /**
   * Returns whether a person born on {@code dateOfBirth} is within the limits on at least one day
   * from {@code first} to {@code last}, both inclusive. Age only grows, so it is enough to check
   * the lower limit on the last day and the upper limit on the first day.
   */
  public boolean admitsSomeDayBetween(LocalDate dateOfBirth, LocalDate first, LocalDate last) {
    boolean oldEnoughByLast =
        minAge == null || Period.between(dateOfBirth, last).getYears() >= minAge;
    boolean youngEnoughOnFirst =
        maxAge == null || Period.between(dateOfBirth, first).getYears() <= maxAge;
    return oldEnoughByLast && youngEnoughOnFirst;
  }
}
