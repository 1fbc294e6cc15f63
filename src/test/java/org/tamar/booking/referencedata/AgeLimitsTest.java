package org.tamar.booking.referencedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Whole years of age on a date, against inclusive limits. */
class AgeLimitsTest {

  private static final LocalDate APPOINTMENT = LocalDate.of(2026, 10, 20);
  private static final AgeLimits ELEVEN_TO_SEVENTEEN = new AgeLimits(11, 17);

  @Test
  void admitsOnEleventhBirthday() {
    assertThat(ELEVEN_TO_SEVENTEEN.admits(LocalDate.of(2015, 10, 20), APPOINTMENT)).isTrue();
  }

  @Test
  void rejectsDayBeforeEleventhBirthday() {
    assertThat(ELEVEN_TO_SEVENTEEN.admits(LocalDate.of(2015, 10, 21), APPOINTMENT)).isFalse();
  }

  @Test
  void admitsDayBeforeEighteenthBirthday() {
    assertThat(ELEVEN_TO_SEVENTEEN.admits(LocalDate.of(2008, 10, 21), APPOINTMENT)).isTrue();
  }

  @Test
  void rejectsOnEighteenthBirthday() {
    assertThat(ELEVEN_TO_SEVENTEEN.admits(LocalDate.of(2008, 10, 20), APPOINTMENT)).isFalse();
  }

  @Test
  void leapDayBirthdayCountsFromFirstOfMarch() {
    AgeLimits adults = new AgeLimits(18, null);

    assertThat(adults.admits(LocalDate.of(2008, 2, 29), LocalDate.of(2026, 2, 28))).isFalse();
    assertThat(adults.admits(LocalDate.of(2008, 2, 29), LocalDate.of(2026, 3, 1))).isTrue();
  }

  @Test
  void noLimitsAdmitNewborn() {
    assertThat(AgeLimits.NONE.admits(APPOINTMENT, APPOINTMENT)).isTrue();
  }

  @Test
  void minimumAboveMaximumIsRejected() {
    assertThatThrownBy(() -> new AgeLimits(18, 11)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void someDayAdmitsWhenLimitReachedInWindow() {
    AgeLimits adults = new AgeLimits(18, null);

    assertThat(
            adults.admitsSomeDayBetween(
                LocalDate.of(2008, 11, 2), LocalDate.of(2026, 10, 19), LocalDate.of(2027, 3, 1)))
        .isTrue();
  }

  @Test
  void noDayAdmitsTooYoungOnLastDay() {
    AgeLimits adults = new AgeLimits(18, null);

    assertThat(
            adults.admitsSomeDayBetween(
                LocalDate.of(2009, 3, 2), LocalDate.of(2026, 10, 19), LocalDate.of(2027, 3, 1)))
        .isFalse();
  }

  @Test
  void noDayAdmitsTooOldOnFirstDay() {
    AgeLimits youth = new AgeLimits(11, 17);

    assertThat(
            youth.admitsSomeDayBetween(
                LocalDate.of(2008, 10, 19), LocalDate.of(2026, 10, 19), LocalDate.of(2027, 3, 1)))
        .isFalse();
  }

  @Test
  void someDayAdmitsBeforeUpperLimitPassed() {
    AgeLimits youth = new AgeLimits(11, 17);

    assertThat(
            youth.admitsSomeDayBetween(
                LocalDate.of(2008, 10, 20), LocalDate.of(2026, 10, 19), LocalDate.of(2027, 3, 1)))
        .isTrue();
  }
}
