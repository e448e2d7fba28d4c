package dev.journeymap.render.svg;

/**
 * Keeps the SVG being written in one byte a character. Java's {@code StringBuilder} switches to
 * two bytes a character, for everything appended afterwards, at the first character beyond
 * Latin-1 (a minus sign U+2212 in an emotion label is enough), which makes every later append
 * widen its string. So user text is written with each such character as U+0001 and four hex
 * digits (U+0001 cannot appear otherwise: {@link XmlText} drops it from user text and JFreeSVG
 * never writes it), and {@link #join} puts the characters back while copying the finished
 * document once.
 */
final class Latin1 {
  private static final char MARK = '\u0001';
  private static final String HEX = "0123456789abcdef";

  private Latin1() {}

  /** {@code text} escaped by {@link XmlText#escape}, with characters beyond Latin-1 marked. */
  static String escape(String text) {
    if (isPlain(text)) {
      // Ids, classes and most labels: one scan, no copy.
      return text;
    }
    String escaped = XmlText.escape(text);
    int i = 0;
    int n = escaped.length();
    while (i < n && escaped.charAt(i) <= 0xFF) {
      i++;
    }
    if (i == n) {
      return escaped;
    }
    StringBuilder out = new StringBuilder(n + 16).append(escaped, 0, i);
    for (; i < n; i++) {
      char c = escaped.charAt(i);
      if (c <= 0xFF) {
        out.append(c);
      } else {
        out.append(MARK).append(HEX.charAt(c >> 12)).append(HEX.charAt((c >> 8) & 0xF))
            .append(HEX.charAt((c >> 4) & 0xF)).append(HEX.charAt(c & 0xF));
      }
    }
    return out.toString();
  }

  /** Whether {@code text} is written as it is: printable Latin-1 with nothing to escape. */
  private static boolean isPlain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c > 0xFF || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code head}, then {@code svg} from {@code start} with the marked characters put back, then
   * {@code tail}, as one string. The parts are copied straight into an array of the final size:
   * appending them to a builder would widen the Latin-1 text char by char once the builder holds
   * a wider character.
   */
  static String join(String head, String svg, int start, String tail) {
    int marks = 0;
    for (int at = svg.indexOf(MARK, start); at >= 0; at = svg.indexOf(MARK, at + 1)) {
      marks++;
    }
    if (marks == 0) {
      return new StringBuilder(head.length() + svg.length() - start + tail.length())
          .append(head).append(svg, start, svg.length()).append(tail).toString();
    }
    char[] out = new char[head.length() + svg.length() - start - 4 * marks + tail.length()];
    head.getChars(0, head.length(), out, 0);
    int to = head.length();
    int from = start;
    for (int at = svg.indexOf(MARK, from); at >= 0; at = svg.indexOf(MARK, from)) {
      svg.getChars(from, at, out, to);
      to += at - from;
      out[to++] = (char) Integer.parseInt(svg, at + 1, at + 5, 16);
      from = at + 5;
    }
    svg.getChars(from, svg.length(), out, to);
    tail.getChars(0, tail.length(), out, to + svg.length() - from);
    return new String(out);
  }
}
