import java.util.concurrent.atomic.AtomicLong;

/**
 * Generates distinct, valid Hong Kong identity card numbers such as {@code A123456(3)}, one per call.
 *
 * <p>Serial numbers count up from a start value: the letter is the millions digit (A to Z) and the
 * six digits are the rest, so a generator yields 26 million numbers before it runs out. The numbers
 * are made up and valid only by their check digit.
 */
final class HkidGenerator {

  private static final long SERIALS_PER_LETTER = 1_000_000;
  private static final long SERIAL_COUNT = 26 * SERIALS_PER_LETTER;

  /** Weights of the eight body characters, left to right. */
  private static final int[] WEIGHTS = {9, 8, 7, 6, 5, 4, 3, 2};

  private final AtomicLong nextSerial;

  HkidGenerator(long firstSerial) {
    if (firstSerial < 0 || firstSerial >= SERIAL_COUNT) {
      throw new IllegalArgumentException("firstSerial must be in [0, " + SERIAL_COUNT + ")");
    }
    this.nextSerial = new AtomicLong(firstSerial);
  }

  /** Returns the next number, written with the check digit in brackets. */
  String next() {
    long serial = nextSerial.getAndIncrement();
    if (serial >= SERIAL_COUNT) {
      // Wrapping around would repeat numbers, which the server rejects as duplicate appointments.
      throw new IllegalStateException("All " + SERIAL_COUNT + " identity card numbers are used");
    }
    char letter = (char) ('A' + serial / SERIALS_PER_LETTER);
    String body = letter + String.format("%06d", serial % SERIALS_PER_LETTER);
    return body + "(" + checkDigit(body) + ")";
  }

  /**
   * Computes the check digit of a number without it, such as {@code A123456} or {@code CA182361}.
   *
   * <p>Characters have values 0-9 for digits, 10-35 for A-Z and 36 for a space. A one-letter prefix
   * is padded on the left with a space to eight characters. The weighted sum plus the check value is
   * divisible by 11, and a check value of 10 is written A. The Immigration Department does not
   * publish the algorithm: this is the one in common use.
   */
  static char checkDigit(String prefixAndDigits) {
    String body = prefixAndDigits.length() == 7 ? " " + prefixAndDigits : prefixAndDigits;
    if (body.length() != 8) {
      throw new IllegalArgumentException("Expected one or two letters and six digits");
    }
    int sum = 0;
    for (int i = 0; i < body.length(); i++) {
      sum += WEIGHTS[i] * characterValue(body.charAt(i));
    }
    int check = (11 - sum % 11) % 11;
    return check == 10 ? 'A' : (char) ('0' + check);
  }

  /**
   * Throws when the check digit of a published textbook example comes out wrong, so a broken
   * generator fails before it sends a request.
   */
  static void verifyKnownExamples() {
    String[] examples = {"A123456(3)", "CA182361(1)", "XY987654(8)", "G000000(A)", "Z683365(A)",
        "XG987654(9)", "B987654(0)", "AB123456(9)"};
    for (String example : examples) {
      String body = example.substring(0, example.indexOf('('));
      char expected = example.charAt(example.length() - 2);
      char actual = checkDigit(body);
      if (actual != expected) {
        throw new IllegalStateException(
            "Check digit of " + example + " computed as " + actual + ", expected " + expected);
      }
    }
  }

  private static int characterValue(char c) {
    if (c == ' ') {
      return 36;
    }
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A' + 10;
    }
    throw new IllegalArgumentException("Invalid character in identity card number: " + c);
  }
}
