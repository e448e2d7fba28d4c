package dev.journeymap.mermaid;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Derives ids of the journey format from display names, and keeps them unique within one scope.
 *
 * <pre>{@code
 * Ids stages = new Ids("stage");
 * stages.next("Réservation en ligne")   // "reservation-en-ligne"
 * stages.next("Réservation en ligne")   // "reservation-en-ligne-2"
 * stages.next("!!!")                    // "stage"
 * }</pre>
 *
 * <p>Not thread-safe: one instance serves one read of one diagram.
 */
final class Ids {
  static final int MAX_LENGTH = 64;

  private final String fallback;
  private final Set<String> taken = new HashSet<>();
  // The next suffix to try for each base, so that 50,000 equal names cost linear time.
  private final Map<String, Integer> nextSuffix = new HashMap<>();

  Ids(String fallback) {
    this.fallback = fallback;
  }

  /** A new id derived from {@code name}, different from every id this instance returned. */
  String next(String name) {
    String base = slug(name, fallback);
    if (taken.add(base)) {
      return base;
    }
    int suffix = nextSuffix.getOrDefault(base, 2);
    while (true) {
      String tail = "-" + suffix;
      String head = trimDashes(base.substring(0, Math.min(base.length(),
          MAX_LENGTH - tail.length())));
      String candidate = head + tail;
      suffix++;
      if (taken.add(candidate)) {
        nextSuffix.put(base, suffix);
        return candidate;
      }
    }
  }

  /**
   * {@code name} as an id: lower case, accents folded, every run of other characters than
   * {@code a-z0-9} made one {@code -}, no {@code -} at either end, at most 64 characters;
   * {@code fallback} when nothing is left.
   */
  static String slug(String name, String fallback) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(Math.min(folded.length(), MAX_LENGTH + 1));
    boolean dash = false;
    for (int i = 0; i < folded.length() && out.length() < MAX_LENGTH; i++) {
      char c = Character.toLowerCase(folded.charAt(i));
      String letters = fold(c);
      if (letters != null) {
        if (dash && out.length() > 0) {
          out.append('-');
        }
        dash = false;
        out.append(letters);
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        dash = true;
      }
    }
    String slug = trimDashes(out.length() > MAX_LENGTH ? out.substring(0, MAX_LENGTH)
        : out.toString());
    return slug.isEmpty() ? fallback : slug;
  }

  /** The a-z0-9 spelling of a lower-case char, or null if it has none. */
  private static String fold(char c) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      return String.valueOf(c);
    }
    // Letters that no Unicode decomposition takes apart into a base letter and an accent.
    switch (c) {
      case 'ß': return "ss";
      case 'æ': return "ae";
      case 'œ': return "oe";
      case 'ø': return "o";
      case 'ł': return "l";
      case 'đ': return "d";
      case 'ð': return "d";
      case 'þ': return "th";
      case 'ı': return "i";
      default: return null;
    }
  }

  private static String trimDashes(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) == '-') {
      start++;
    }
    while (end > start && s.charAt(end - 1) == '-') {
      end--;
    }
    return s.substring(start, end);
  }
}
