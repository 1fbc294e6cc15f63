package org.tamar.booking.slots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Binding of the {@code tamar.booking.*} property names that operators and the benchmarks use. */
class BookingPropertiesTest {

  private static BookingProperties bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bindOrCreate("tamar.booking", BookingProperties.class);
  }

  @Test
  void defaultsToFifteenMinuteSlots() {
    assertThat(bind(Map.of()).slotLength()).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void defaultsToFourPersons() {
    assertThat(bind(Map.of()).capacity("rop-kowloon")).isEqualTo(4);
  }

  @Test
  void defaultsToNinetySixWorkingDays() {
    assertThat(bind(Map.of()).horizonWorkingDays()).isEqualTo(96);
  }

  @Test
  void bindsSlotLength() {
    assertThat(bind(Map.of("tamar.booking.slot-length", "20m")).slotLength())
        .isEqualTo(Duration.ofMinutes(20));
  }

  @Test
  void bindsDefaultCapacity() {
    assertThat(bind(Map.of("tamar.booking.default-capacity", "6")).capacity("rop-kowloon"))
        .isEqualTo(6);
  }

  @Test
  void officeCapacityOverridesDefault() {
    BookingProperties properties = bind(Map.of("tamar.booking.offices.rop-kowloon.capacity", "9"));

    assertThat(properties.capacity("rop-kowloon")).isEqualTo(9);
    assertThat(properties.capacity("rop-fo-tan")).isEqualTo(4);
  }
}
