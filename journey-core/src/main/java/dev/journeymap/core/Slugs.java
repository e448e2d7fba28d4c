package dev.journeymap.core;

import java.text.Normalizer;

/**
 * Ids derived from display names, for code that builds journeys from sources without ids
 * (Mermaid diagrams, spreadsheets) and for renderers that need a stable token.
 *
 * <pre>{@code
 * Slugs.toId("Réservation en ligne")   // "reservation-en-ligne"
 * Slugs.toId("Größe & Œuvre")          // "grosse-oeuvre"
 * Slugs.toId("預約")                    // ""
 * }</pre>
 *
 * <p>A non-empty result always follows the id syntax of the journey format. Stateless and
 * thread-safe.
 */
public final class Slugs {
  /** The longest id of the journey format. */
  public static final int MAX_LENGTH = 64;

  private Slugs() {}

  /**
   * {@code name} as an id: lower case, accents folded, every run of other characters than
   * {@code a-z0-9} made one {@code -}, no {@code -} at either end, at most
   * {@value #MAX_LENGTH} characters; empty when nothing is left (a name in another script).
   */
  public static String toId(String name) {
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
    return slug;
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
