package org.tamar.booking;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Valid, distinct HKID numbers for tests, so tests sharing one database never collide. The check
 * digit is computed here independently of the production code.
 */
public final class TestDocuments {

  private static final AtomicInteger NEXT = new AtomicInteger(100_000);

  private TestDocuments() {}

  /** Returns a fresh valid HKID number with a one-letter prefix, written like {@code T100001(5)}. */
  public static String nextHkid() {
    return hkid("T", String.format("%06d", NEXT.incrementAndGet()));
  }

  /** Returns the number written with its check digit in brackets. */
  public static String hkid(String prefix, String digits) {
    String body = (prefix.length() == 1 ? " " + prefix : prefix) + digits;
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char c = body.charAt(i);
      int value = c == ' ' ? 36 : Character.isDigit(c) ? c - '0' : c - 'A' + 10;
      sum += (9 - i) * value;
    }
    int check = (11 - sum % 11) % 11;
    return prefix + digits + "(" + (check == 10 ? "A" : String.valueOf(check)) + ")";
  }
}
