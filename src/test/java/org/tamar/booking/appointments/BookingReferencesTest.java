package org.tamar.booking.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BookingReferencesTest {

  private final BookingReferences references = new BookingReferences();

  @Test
  void referenceHasTenCharacters() {
    assertThat(references.next()).hasSize(10);
  }

  @Test
  void referenceAvoidsAmbiguousLetters() {
    for (int i = 0; i < 1_000; i++) {
      assertThat(references.next()).doesNotContainPattern("[ILOU]");
    }
  }

  @Test
  void referenceUsesCrockfordAlphabetOnly() {
    assertThat(references.next()).matches("[0-9A-HJKMNP-TV-Z]{10}");
  }

  @Test
  void thousandReferencesAreDistinct() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      seen.add(references.next());
    }

    assertThat(seen).hasSize(1_000);
  }

  @Test
  void normaliseReadsLettersAsDigits() {
    assertThat(BookingReferences.normalise(" abo1il0xyz ")).isEqualTo("AB01110XYZ");
  }
}
