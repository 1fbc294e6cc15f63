package org.tamar.booking.appointments;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * Generates booking references: 10 random characters of Crockford's Base32 alphabet, which leaves out
 * I, L, O and U so that a reference read aloud or copied by hand is not mistaken. 10 characters carry
 * 50 random bits, so guessing a reference is impractical and collisions are rare; the database's
 * unique index catches the ones that happen.
 */
@Component
class BookingReferences {

  static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  static final int LENGTH = 10;

  private final SecureRandom random = new SecureRandom();

  String next() {
    char[] reference = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      reference[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
    }
    return new String(reference);
  }

  /** Normalises a reference as typed: upper case, and the letters Crockford reads as digits. */
  static String normalise(String typed) {
    return typed.trim()
        .toUpperCase(java.util.Locale.ROOT)
        .replace('O', '0')
        .replace('I', '1')
        .replace('L', '1');
  }
}
