package dev.journeymap.render.svg;

/**
 * Makes user strings safe for XML: drops what XML 1.0 cannot hold, and escapes the rest.
 *
 * <pre>{@code
 * XmlText.clean("a\u0000b\uFFFEc")    // "abc"
 * XmlText.escape("AT&amp;T <b>")      // "AT&amp;amp;T &lt;b&gt;"
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class XmlText {
  private XmlText() {}

  /**
   * {@code text} without the characters XML 1.0 forbids: control characters other than tab, line
   * feed and carriage return, lone surrogates, U+FFFE and U+FFFF. Pairs of surrogates are kept.
   */
  public static String clean(String text) {
    StringBuilder out = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean keep;
      int width = 1;
      if (Character.isHighSurrogate(c) && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        keep = true;
        width = 2;
      } else {
        keep = isXmlChar(c);
      }
      if (!keep && out == null) {
        out = new StringBuilder(n).append(text, 0, i);
      }
      if (keep && out != null) {
        out.append(text, i, i + width);
      }
      i += width - 1;
    }
    return out == null ? text : out.toString();
  }

  private static boolean isXmlChar(char c) {
    return c == '\t' || c == '\n' || c == '\r'
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD);
  }

  /**
   * {@code text} {@link #clean cleaned}, with {@code & < > " '} replaced by their entities and
   * characters beyond Latin-1 by character references; {@code &} is escaped even where it
   * already starts an entity, so that the text shows as written.
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    appendEscaped(out, text);
    return out.toString();
  }

  /**
   * Appends {@code text} {@link #clean cleaned} and escaped: the five XML specials as entities,
   * characters beyond Latin-1 as character references ({@code \u2212} as {@code &#x2212;}):
   * XML readers see the same text, and the document stays one byte a character in Java's strings, so that a single
   * minus sign does not double the memory of a whole document. Text with nothing to drop or
   * escape is appended in one call.
   *
   * <pre>{@code
   * XmlText.appendEscaped(out, "a < b \u2212 1 \uD83D\uDE00")   // "a &lt; b &#x2212; 1 &#x1f600;"
   * }</pre>
   */
  public static void appendEscaped(StringBuilder out, String text) {
    int n = text.length();
    int plain = 0;
    while (plain < n && isPlainChar(text.charAt(plain))) {
      plain++;
    }
    if (plain == n) {
      out.append(text);
      return;
    }
    out.append(text, 0, plain);
    for (int i = plain; i < n; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < n
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            reference(out, Character.toCodePoint(c, text.charAt(++i)));
          } else if (c > 0xFF && isXmlChar(c)) {
            reference(out, c);
          } else if (isXmlChar(c)) {
            out.append(c);
          }
        }
      }
    }
  }

  private static void reference(StringBuilder out, int codePoint) {
    out.append("&#x").append(Integer.toHexString(codePoint)).append(';');
  }

  /** Whether {@code c} is appended as it is: printable Latin-1, not one of the five. */
  private static boolean isPlainChar(char c) {
    return c >= 0x20 && c <= 0xFF && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'';
  }
}
