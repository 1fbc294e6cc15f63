package org.tamar.tax.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money arithmetic and display for the computation. Amounts are Hong Kong dollars. */
final class Amounts {

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Amounts() {}

  static BigDecimal min(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  static BigDecimal max(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  static BigDecimal atLeastZero(BigDecimal amount) {
    return amount.signum() < 0 ? BigDecimal.ZERO : amount;
  }

  /** Multiplies and truncates to cents: tax figures never round up in the taxpayer's disfavour. */
  static BigDecimal times(BigDecimal amount, BigDecimal rate) {
    return normalise(amount.multiply(rate).setScale(2, RoundingMode.DOWN));
  }

  /** Drops the cents, as the final tax and provisional tax are charged in whole dollars. */
  static BigDecimal dropCents(BigDecimal amount) {
    return amount.setScale(0, RoundingMode.DOWN);
  }

  /** Returns whole dollars with scale 0 and other amounts with scale 2. */
  static BigDecimal normalise(BigDecimal amount) {
    BigDecimal cents = amount.setScale(2, RoundingMode.DOWN);
    return cents.remainder(BigDecimal.ONE).signum() == 0 ? cents.setScale(0) : cents;
  }

  /** Formats an amount with thousands separators, such as {@code 1,234} or {@code 1,234.50}. */
  static String format(BigDecimal amount) {
    String plain = normalise(amount).toPlainString();
    boolean negative = plain.startsWith("-");
    if (negative) {
      plain = plain.substring(1);
    }
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : plain.substring(dot);
    StringBuilder grouped = new StringBuilder(whole.length() + whole.length() / 3 + 4);
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append(',');
      }
      grouped.append(whole.charAt(i));
    }
    return (negative ? "-" : "") + grouped + fraction;
  }

  /** Formats a rate such as 0.17 as {@code 17%}. */
  static String percent(BigDecimal rate) {
    return rate.multiply(HUNDRED).stripTrailingZeros().toPlainString() + "%";
  }
}
