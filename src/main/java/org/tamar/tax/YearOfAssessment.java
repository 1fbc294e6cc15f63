package org.tamar.tax;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Hong Kong year of assessment, from 1 April of {@code startYear} to 31 March of the next year.
 *
 * @param startYear the calendar year in which the year of assessment begins, such as 2025 for
 *     2025/26
 */
public record YearOfAssessment(int startYear) implements Comparable<YearOfAssessment> {

  private static final Pattern LABEL = Pattern.compile("(\\d{4})/(\\d{2})");

  public YearOfAssessment {
    if (startYear < 1947 || startYear > 9998) {
      throw new IllegalArgumentException("Year of assessment out of range: " + startYear);
    }
  }

  /** Parses a label such as {@code 2025/26}; the second part must be the year after the first. */
  public static Optional<YearOfAssessment> parse(String label) {
    if (label == null) {
      return Optional.empty();
    }
    Matcher matcher = LABEL.matcher(label.trim());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    int start = Integer.parseInt(matcher.group(1));
    int end = Integer.parseInt(matcher.group(2));
    if (start < 1947 || (start + 1) % 100 != end) {
      return Optional.empty();
    }
    return Optional.of(new YearOfAssessment(start));
  }

  public YearOfAssessment next() {
    return new YearOfAssessment(startYear + 1);
  }

  public YearOfAssessment previous() {
    return new YearOfAssessment(startYear - 1);
  }

  public LocalDate firstDay() {
    return LocalDate.of(startYear, Month.APRIL, 1);
  }

  public LocalDate lastDay() {
    return LocalDate.of(startYear + 1, Month.MARCH, 31);
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
  }

  /** Returns the label, such as {@code 2025/26}. */
  public String label() {
    return String.format("%d/%02d", startYear, (startYear + 1) % 100);
  }

  @Override
  public int compareTo(YearOfAssessment other) {
    return Integer.compare(startYear, other.startYear);
  }

  @Override
  public String toString() {
    return label();
  }
}
