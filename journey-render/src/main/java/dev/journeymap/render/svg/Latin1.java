package dev.journeymap.render.svg;

/**
 * Keeps the SVG being written in one byte a character. Java's {@code StringBuilder} switches to
 * two bytes a character, for everything appended afterwards, at the first character beyond
 * Latin-1 (a minus sign U+2212 in an emotion label is enough), which makes every later append
 * widen its string. So user text is written with each such character as U+0001 and four hex
 * digits (U+0001 cannot appear otherwise: {@link XmlText} drops it from user text and JFreeSVG
 * never writes it), and {@link #decode} puts the characters back while copying the finished
 * document once.
 */
final class Latin1 {
  private static final char MARK = '\u0001';
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Latin1() {}

  /** {@code text} escaped by {@link XmlText#escape}, with characters beyond Latin-1 marked. */
  static String escape(String text) {
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
        out.append(MARK).append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF])
            .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
      }
    }
    return out.toString();
  }

  /** Appends {@code svg} from {@code start} to {@code out}, marked characters put back. */
  static void decode(String svg, int start, StringBuilder out) {
    int from = start;
    for (int mark = svg.indexOf(MARK, from); mark >= 0; mark = svg.indexOf(MARK, from)) {
      out.append(svg, from, mark).append((char) Integer.parseInt(svg, mark + 1, mark + 5, 16));
      from = mark + 5;
    }
    out.append(svg, from, svg.length());
  }
}
