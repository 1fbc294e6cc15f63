package org.tamar.booking.calendar;

import java.time.LocalTime;
import java.util.Objects;

/**
 * When an office opens and closes on one day, in Hong Kong time.
 *
 * @param opens the opening time
 * @param closes the closing time, after {@code opens}; no slot runs past it
 */
public record DailyHours(LocalTime opens, LocalTime closes) {

  public DailyHours {
    Objects.requireNonNull(opens, "opens");
    Objects.requireNonNull(closes, "closes");
    if (!closes.isAfter(opens)) {
      throw new IllegalArgumentException("closes must be after opens");
    }
  }
}
