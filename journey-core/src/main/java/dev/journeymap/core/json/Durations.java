package dev.journeymap.core.json;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Durations as the format writes them: ISO-8601 text of days, hours, minutes and seconds.
 *
 * <pre>{@code
 * Durations.write(Duration.ofDays(2))      // "P2D"
 * Durations.write(Duration.ofHours(26))    // "PT26H"
 * Durations.write(Duration.ofMinutes(45))  // "PT45M"
 * Durations.read("P1DT2H")                 // Optional[PT26H]
 * Durations.read("P1M")                    // Optional.empty: a month has no fixed length
 * }</pre>
 *
 * <p>The model holds a {@link Duration}, so the text is normalised: a whole number of days is
 * written in days ({@code P2D}, as people write it, and as {@code PT48H} is written too), every
 * other duration in hours, minutes and seconds ({@code PT26H}, {@code PT1H30M}). A document
 * that says {@code P2D}, {@code PT45M} or {@code PT26H} is thus written back as it was; one that
 * says {@code P1DT2H} comes back as {@code PT26H}, the same duration.
 */
final class Durations {
  /**
   * The ISO-8601 forms that {@link Duration#parse} reads, upper case and without signs: days,
   * then after {@code T} hours, minutes and seconds with up to nine decimals.
   */
  static final Pattern ISO = Pattern.compile(
      "P(?=[0-9T])([0-9]+D)?(T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+([.,][0-9]{1,9})?S)?)?");
  /** A signed form: a negative duration, refused with its own message. */
  static final Pattern SIGNED = Pattern.compile("[-+]?P.*");

  private static final long SECONDS_PER_DAY = 86_400;

  private Durations() {}

  /** The duration of {@code text}, or empty if it is not of the accepted ISO-8601 form. */
  static Optional<Duration> read(String text) {
    if (!ISO.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Duration.parse(text));
    } catch (DateTimeParseException | ArithmeticException e) {
      // too many days or hours for a Duration
      return Optional.empty();
    }
  }

  /** The text of {@code duration}: whole days in days, anything else in hours to seconds. */
  static String write(Duration duration) {
    if (!duration.isZero() && duration.getNano() == 0
        && duration.getSeconds() % SECONDS_PER_DAY == 0) {
      return "P" + duration.getSeconds() / SECONDS_PER_DAY + "D";
    }
    return duration.toString();
  }
}
