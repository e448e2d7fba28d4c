package dev.journeymap.core.validation;

import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" suggestions for misspelled names and ids: the closest candidate by edit distance,
 * if it is close enough to be a likely typo.
 *
 * <pre>{@code
 * Suggestions.closest("EMIAL", List.of("WEB", "EMAIL", "SMS"))   // Optional[EMAIL]
 * Suggestions.closest("fax", List.of("WEB", "EMAIL", "SMS"))     // Optional.empty
 * }</pre>
 */
public final class Suggestions {
  /** Longer strings are not typos of a name; comparing them would only cost time. */
  private static final int MAX_LENGTH = 100;

  private Suggestions() {}

  /**
   * The candidate closest to {@code value}, ignoring case, if its distance is at most a third of
   * the longer of the two (and at least one edit is always allowed). Ties go to the earlier
   * candidate. Strings of over 100 characters get no suggestion.
   */
  public static Optional<String> closest(String value, Iterable<String> candidates) {
    if (value.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    String needle = value.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (candidate.length() > MAX_LENGTH) {
        continue;
      }
      String hay = candidate.toLowerCase(Locale.ROOT);
      int allowed = Math.max(1, Math.max(needle.length(), hay.length()) / 3);
      if (Math.abs(needle.length() - hay.length()) > allowed) {
        continue;
      }
      int distance = distance(needle, hay);
      if (distance <= allowed && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions, transpositions. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
