package dev.journeymap.render.svg;

import java.nio.charset.StandardCharsets;

/**
 * Writes numbers for SVG geometry: at most two decimals, no trailing zeros, {@code .} as the
 * decimal separator, whatever the default locale or JDK.
 *
 * <pre>{@code
 * SvgNumbers.format(12.5)      // "12.5"
 * SvgNumbers.format(3.14159)   // "3.14"
 * SvgNumbers.format(-0.001)    // "0"
 * SvgNumbers.format(200.0)     // "200"
 * }</pre>
 *
 * <p>Why not {@code Double.toString} or {@code DecimalFormat}: the first prints some values
 * differently on JDK 17 and 19+, the second depends on the locale unless told otherwise and is
 * slow. Stateless and thread-safe.
 */
public final class SvgNumbers {
  private static final int SCALE = 100;

  private SvgNumbers() {}

  /**
   * {@code value} rounded half up to two decimals.
   *
   * @throws IllegalArgumentException if {@code value} is NaN or infinite, or too large to be a
   *     coordinate
   */
  public static String format(double value) {
    if (!Double.isFinite(value) || Math.abs(value) > 1e12) {
      throw new IllegalArgumentException("not a drawable number: " + value);
    }
    long hundredths = Math.round(value * SCALE);
    if (hundredths == 0) {
      return "0";
    }
    // Written right to left into a small array: one String allocated, no StringBuilder.
    byte[] digits = new byte[24];
    int at = digits.length;
    long abs = Math.abs(hundredths);
    long fraction = abs % SCALE;
    if (fraction != 0) {
      if (fraction % 10 != 0) {
        digits[--at] = (byte) ('0' + fraction % 10);
      }
      digits[--at] = (byte) ('0' + fraction / 10);
      digits[--at] = '.';
    }
    long whole = abs / SCALE;
    do {
      digits[--at] = (byte) ('0' + whole % 10);
      whole /= 10;
    } while (whole != 0);
    if (hundredths < 0) {
      digits[--at] = '-';
    }
    return new String(digits, at, digits.length - at, StandardCharsets.ISO_8859_1);
  }
}
