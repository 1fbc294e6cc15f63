package org.tamar.booking.web.pages;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.tamar.platform.i18n.Language;
import org.tamar.platform.time.BusinessTime;

/**
 * Formats dates and times for the booking pages, in Hong Kong time: "Tuesday 20 October 2026" and
 * "8:45am" in English, "2026年10月20日（星期二）" and "上午8:45" in Chinese. Templates call it as
 * {@code @bookingFormats}.
 */
@Component("bookingFormats")
class BookingFormats {

  private static final DateTimeFormatter ENGLISH_DATE =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

  private static final DateTimeFormatter BIRTH_DATE =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  /** Weekday names used in both Traditional and Simplified Chinese, Monday first. */
  private static final String[] CHINESE_WEEKDAYS = {"一", "二", "三", "四", "五", "六", "日"};

  public String date(LocalDate date, Language language) {
    if (language == Language.EN) {
      return ENGLISH_DATE.format(date);
    }
    DayOfWeek weekday = date.getDayOfWeek();
    return date.getYear()
        + "年"
        + date.getMonthValue()
        + "月"
        + date.getDayOfMonth()
        + "日（星期"
        + CHINESE_WEEKDAYS[weekday.getValue() - 1]
        + "）";
  }

  /** Formats a date of birth, without the weekday: "1 February 1970" or "1970年2月1日". */
  public String birthDate(LocalDate date, Language language) {
    if (language == Language.EN) {
      return BIRTH_DATE.format(date);
    }
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  /** Formats the Hong Kong calendar date of an instant. */
  public String date(OffsetDateTime start, Language language) {
    return date(inHongKong(start).toLocalDate(), language);
  }

  /** Formats a time of day on the 12-hour clock, as Hong Kong notices usually do. */
  public String time(OffsetDateTime start, Language language) {
    ZonedDateTime local = inHongKong(start);
    int hour = local.getHour() % 12 == 0 ? 12 : local.getHour() % 12;
    String minutes = String.format(Locale.ROOT, "%d:%02d", hour, local.getMinute());
    boolean morning = local.getHour() < 12;
    if (language == Language.EN) {
      return minutes + (morning ? "am" : "pm");
    }
    return (morning ? "上午" : "下午") + minutes;
  }

  /** Formats a date and time, such as "Tuesday 20 October 2026, 8:45am". */
  public String dateTime(OffsetDateTime start, Language language) {
    String separator = language == Language.EN ? ", " : " ";
    return date(start, language) + separator + time(start, language);
  }

  private static ZonedDateTime inHongKong(OffsetDateTime start) {
    return start.atZoneSameInstant(BusinessTime.ZONE);
  }
}
