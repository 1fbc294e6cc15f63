package org.tamar.booking.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.tamar.platform.i18n.Language;

class BookingFormatsTest {

  private final BookingFormats formats = new BookingFormats();

  private static final LocalDate TUESDAY = LocalDate.of(2026, 10, 20);

  @Test
  void dateInEnglish() {
    assertThat(formats.date(TUESDAY, Language.EN)).isEqualTo("Tuesday 20 October 2026");
  }

  @Test
  void dateInTraditionalChinese() {
    assertThat(formats.date(TUESDAY, Language.ZH_HK)).isEqualTo("2026年10月20日（星期二）");
  }

  @Test
  void dateInSimplifiedChinese() {
    assertThat(formats.date(TUESDAY, Language.ZH_CN)).isEqualTo("2026年10月20日（星期二）");
  }

  @Test
  void sundayInChinese() {
    assertThat(formats.date(LocalDate.of(2026, 10, 18), Language.ZH_HK))
        .isEqualTo("2026年10月18日（星期日）");
  }

  @Test
  void morningTimeInEnglish() {
    assertThat(formats.time(OffsetDateTime.parse("2026-10-20T08:45+08:00"), Language.EN))
        .isEqualTo("8:45am");
  }

  @Test
  void afternoonTimeInChinese() {
    assertThat(formats.time(OffsetDateTime.parse("2026-10-20T16:15+08:00"), Language.ZH_HK))
        .isEqualTo("下午4:15");
  }

  @Test
  void noonIsAfternoon() {
    assertThat(formats.time(OffsetDateTime.parse("2026-10-20T12:00+08:00"), Language.EN))
        .isEqualTo("12:00pm");
  }

  @Test
  void timeIsShownInHongKongTime() {
    OffsetDateTime utc = OffsetDateTime.parse("2026-10-20T00:45Z");

    assertThat(formats.dateTime(utc, Language.EN)).isEqualTo("Tuesday 20 October 2026, 8:45am");
  }

  @Test
  void lateUtcInstantIsNextHongKongDay() {
    OffsetDateTime utc = OffsetDateTime.parse("2026-10-19T17:00Z");

    assertThat(formats.date(utc, Language.EN)).isEqualTo("Tuesday 20 October 2026");
  }
}
