package org.tamar.booking.slots;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Slot settings, under {@code tamar.booking}.
 *
 * @param slotLength the length of every slot
 * @param defaultCapacity persons per slot at an office without its own capacity
 * @param horizonWorkingDays how many working days after today can be booked; the Immigration
 *     Department takes bookings up to 96 working days ahead
 * @param offices per-office settings by office id, such as {@code
 *     tamar.booking.offices.rop-kowloon.capacity=6}
 */
@ConfigurationProperties("tamar.booking")
public record BookingProperties(
    @DefaultValue("15m") Duration slotLength,
    @DefaultValue("4") int defaultCapacity,
    @DefaultValue("96") int horizonWorkingDays,
    Map<String, OfficeSettings> offices) {

  public BookingProperties {
    if (slotLength.isNegative() || slotLength.isZero() || slotLength.compareTo(Duration.ofDays(1)) >= 0) {
      throw new IllegalArgumentException("tamar.booking.slot-length must be between 0 and 24 hours");
    }
    if (defaultCapacity < 1) {
      throw new IllegalArgumentException("tamar.booking.default-capacity must be at least 1");
    }
    if (horizonWorkingDays < 1) {
      throw new IllegalArgumentException("tamar.booking.horizon-working-days must be at least 1");
    }
    offices = offices == null ? Map.of() : Map.copyOf(offices);
  }

  /**
   * Settings of one office.
   *
   * @param capacity persons per slot, or null for the default
   */
  public record OfficeSettings(Integer capacity) {

    public OfficeSettings {
      if (capacity != null && capacity < 1) {
        throw new IllegalArgumentException("tamar.booking.offices.<id>.capacity must be at least 1");
      }
    }
  }

  /** Returns the capacity in persons of a new slot at an office. */
  public int capacity(String officeId) {
    OfficeSettings settings = offices.get(officeId);
    return settings != null && settings.capacity() != null ? settings.capacity() : defaultCapacity;
  }
}
