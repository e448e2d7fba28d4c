package dev.journeymap.render.svg;

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
    StringBuilder out = new StringBuilder(12);
    append(out, value);
    return out.toString();
  }

  /**
   * Appends {@code value} as {@link #format} writes it, without making a string.
   *
   * @throws IllegalArgumentException as {@link #format} does
   */
  public static void append(StringBuilder out, double value) {
    if (!Double.isFinite(value) || Math.abs(value) > 1e12) {
      throw new IllegalArgumentException("not a drawable number: " + value);
    }
    long hundredths = Math.round(value * SCALE);
    if (hundredths < 0) {
      out.append('-');
      hundredths = -hundredths;
    }
    out.append(hundredths / SCALE);
    long fraction = hundredths % SCALE;
    if (fraction != 0) {
      out.append('.').append((char) ('0' + fraction / 10));
      if (fraction % 10 != 0) {
        out.append((char) ('0' + fraction % 10));
      }
    }
  }
}
