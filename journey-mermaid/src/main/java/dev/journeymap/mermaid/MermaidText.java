package dev.journeymap.mermaid;

import java.util.Locale;
import java.util.Map;

/**
 * The character-level rules of Mermaid's text that the reader and the writer share: what counts
 * as white space, entity codes ({@code #35;}, {@code #quot;}), and line breaks ({@code <br>}).
 *
 * <p>Mermaid replaces every {@code #word;} of a diagram by an entity placeholder before it
 * parses, and turns it into the character in the drawing; so {@code #58;} is a colon that the
 * grammar does not see. The writer uses these codes to write any character exactly; the reader
 * decodes them.
 */
final class MermaidText {
  /** Named entities that the reader decodes; other names are left as written. */
  private static final Map<String, String> NAMED = Map.ofEntries(
      Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"),
      Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", "\u00a0"),
      Map.entry("num", "#"), Map.entry("colon", ":"), Map.entry("semi", ";"),
      Map.entry("comma", ","), Map.entry("percnt", "%"), Map.entry("lbrace", "{"),
      Map.entry("rbrace", "}"), Map.entry("lcub", "{"), Map.entry("rcub", "}"),
      Map.entry("hellip", "\u2026"), Map.entry("ndash", "\u2013"),
      Map.entry("mdash", "\u2014"), Map.entry("lsquo", "\u2018"),
      Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201c"),
      Map.entry("rdquo", "\u201d"), Map.entry("euro", "\u20ac"), Map.entry("copy", "\u00a9"),
      Map.entry("reg", "\u00ae"), Map.entry("deg", "\u00b0"), Map.entry("middot", "\u00b7"));
  private static final int LONGEST_NUMBER = 7;

  private MermaidText() {}

  /** Whether Mermaid's grammar (a JavaScript {@code \s}) takes {@code c} for white space. */
  static boolean isSpace(char c) {
    switch (c) {
      case ' ': case '\t': case '\n': case '\u000b': case '\f': case '\r':
      case '\u00a0': case '\u1680': case '\u2028': case '\u2029': case '\u202f':
      case '\u205f': case '\u3000': case '\ufeff':
        return true;
      default:
        return c >= '\u2000' && c <= '\u200a';
    }
  }

  /** The index of the first char at or after {@code from} that is not white space. */
  static int skipSpace(String s, int from) {
    int i = from;
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** {@code s} without leading and trailing white space in Mermaid's sense. */
  static String trim(String s) {
    int start = skipSpace(s, 0);
    int end = s.length();
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  /** Whether {@code s} starts with {@code word} at {@code at}, ignoring ASCII case. */
  static boolean startsWithWord(String s, int at, String word) {
    return s.regionMatches(true, at, word, 0, word.length());
  }

  private static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '_';
  }

  /**
   * If an entity code {@code #word;} starts at {@code i}, the index just after its {@code ;};
   * otherwise -1.
   */
  static int entityEnd(String s, int i) {
    if (i >= s.length() || s.charAt(i) != '#') {
      return -1;
    }
    int j = i + 1;
    while (j < s.length() && isWordChar(s.charAt(j))) {
      j++;
    }
    return j > i + 1 && j < s.length() && s.charAt(j) == ';' ? j + 1 : -1;
  }

  /**
   * {@code s} with its entity codes decoded: {@code #58;} is {@code :}, {@code #quot;} is
   * {@code "}. Codes that name no character are left as written.
   */
  static String decode(String s) {
    if (s.indexOf('#') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      int end = entityEnd(s, i);
      String decoded = end < 0 ? null : entity(s.substring(i + 1, end - 1));
      if (decoded == null) {
        out.append(s.charAt(i));
        i++;
      } else {
        out.append(decoded);
        i = end;
      }
    }
    return out.toString();
  }

  private static String entity(String name) {
    boolean digits = name.chars().allMatch(c -> c >= '0' && c <= '9');
    if (!digits) {
      return NAMED.get(name.toLowerCase(Locale.ROOT));
    }
    if (name.length() > LONGEST_NUMBER) {
      return null;
    }
    int codePoint = Integer.parseInt(name);
    boolean character = codePoint > 0 && codePoint <= Character.MAX_CODE_POINT
        && !(codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE);
    return character ? new String(Character.toChars(codePoint)) : null;
  }

  /** Whether {@code c} breaks a line: LF, CR, NEL (U+0085), LS (U+2028) or PS (U+2029). */
  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /**
   * {@code s} with each line break (CR LF counting as one) replaced by {@code with}: the writer
   * writes every line break of a name as {@code <br>}, and of a title or actor as a space, so
   * the reader reads each kind the same way, and a text read and written again stays the same.
   */
  static String replaceLineBreaks(String s, String with) {
    int i = 0;
    while (i < s.length() && !isLineBreak(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length()).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
        continue;
      }
      if (isLineBreak(c)) {
        out.append(with);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A description as the writer can write it and the reader reads it back: its lines (split at
   * every line break) trimmed, without blank lines at either end, joined with LF; null if
   * blank.
   */
  static String description(String s) {
    String[] lines = replaceLineBreaks(s, "\n").split("\n", -1);
    int first = 0;
    int last = lines.length - 1;
    while (first <= last && trim(lines[first]).isEmpty()) {
      first++;
    }
    while (last >= first && trim(lines[last]).isEmpty()) {
      last--;
    }
    if (first > last) {
      return null;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = first; i <= last; i++) {
      out.append(i > first ? "\n" : "").append(trim(lines[i]));
    }
    return out.toString();
  }

  /** {@code s} with each {@code <br>}, {@code <br/>} or {@code <br />} made a line break. */
  static String breaksToNewlines(String s) {
    if (s.indexOf('<') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      int end = breakEnd(s, i);
      if (end < 0) {
        out.append(s.charAt(i));
        i++;
      } else {
        out.append('\n');
        i = end;
      }
    }
    return out.toString();
  }

  /** If a {@code <br>} tag starts at {@code i}, the index just after it; otherwise -1. */
  private static int breakEnd(String s, int i) {
    if (s.charAt(i) != '<' || !startsWithWord(s, i + 1, "br")) {
      return -1;
    }
    int j = i + 3;
    while (j < s.length() && isSpace(s.charAt(j))) {
      j++;
    }
    if (j < s.length() && s.charAt(j) == '/') {
      j++;
    }
    return j < s.length() && s.charAt(j) == '>' ? j + 1 : -1;
  }

  /**
   * {@code text} made safe for one place of a diagram: every character of {@code specials},
   * every {@code #} and every {@code %} of a {@code %%} as its entity code; line breaks as
   * {@code <br>} when {@code breaks} is true (a literal {@code <br>} then gets its {@code <}
   * coded), otherwise as one space.
   */
  static String escape(String text, String specials, boolean breaks) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        continue;
      }
      if (isLineBreak(c)) {
        out.append(breaks ? "<br>" : " ");
      } else if (c == '#' || specials.indexOf(c) >= 0
          || (c == '%' && (next(text, i) == '%' || (i > 0 && text.charAt(i - 1) == '%')))
          || (c == '<' && breaks && breakEnd(text, i) >= 0)) {
        out.append('#').append((int) c).append(';');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static char next(String text, int i) {
    return i + 1 < text.length() ? text.charAt(i + 1) : 0;
  }
}
