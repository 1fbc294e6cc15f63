package org.tamar.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KeyedHasherTest {

  private final KeyedHasher hasher = new KeyedHasher("test-key-0123456789-0123456789-0123");

  @Test
  void hashIsStableForSameInput() {
    assertThat(hasher.hash("document", "A1234563")).isEqualTo(hasher.hash("document", "A1234563"));
  }

  @Test
  void hashDiffersByPurpose() {
    assertThat(hasher.hash("document", "1234")).isNotEqualTo(hasher.hash("enquiry-code", "1234"));
  }

  @Test
  void hashDiffersByKey() {
    KeyedHasher other = new KeyedHasher("another-key-0123456789-0123456789-0");

    assertThat(other.hash("document", "A1234563")).isNotEqualTo(hasher.hash("document", "A1234563"));
  }

  @Test
  void hashDoesNotContainValue() {
    assertThat(hasher.hash("document", "A1234563")).doesNotContain("A1234563").hasSize(64);
  }

  @Test
  void matchesAcceptsOnlyTheHashedValue() {
    String stored = hasher.hash("enquiry-code", "4821");

    assertThat(hasher.matches("enquiry-code", "4821", stored)).isTrue();
    assertThat(hasher.matches("enquiry-code", "4822", stored)).isFalse();
  }

  @Test
  void shortKeyIsRejected() {
    assertThatThrownBy(() -> new KeyedHasher("too-short"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("at least 32 characters");
  }
}
