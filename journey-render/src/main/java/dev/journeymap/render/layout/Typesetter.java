package dev.journeymap.render.layout;

import dev.journeymap.render.Ink;
import java.util.ArrayList;
import java.util.List;

/** Places text: breaks it into lines with the font's measures and gives each line its spot. */
final class Typesetter {
  /** How a line sits in its width. */
  enum Align { LEFT, CENTER, RIGHT }

  /**
   * A text style: size in whole px (JFreeSVG writes font sizes as integers), weight and slant.
   *
   * @param size the font size in px
   * @param bold whether bold
   * @param italic whether italic
   */
  record Style(int size, boolean bold, boolean italic) {}

  static final double MIN_LINE_SPACING = 1.4;

  private final Measure measure;

  Typesetter(Measure measure) {
    this.measure = measure;
  }

  Measure measure() {
    return measure;
  }

  /**
   * User text as the map shows it: characters XML cannot hold dropped, line breaks and tabs
   * turned into spaces, leading and trailing space removed.
   */
  static String normalize(String text) {
    int n = text.length();
    int clean = 0;
    while (clean < n && isPlain(text.charAt(clean))) {
      clean++;
    }
    if (clean == n) {
      // The usual case: nothing to drop or replace, so no copy.
      return keepPunctuationAttached(text.strip());
    }
    StringBuilder out = new StringBuilder(n).append(text, 0, clean);
    for (int i = clean; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (c == '\t' || c == '\n' || c == '\r') {
        out.append(' ');
      } else if ((c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)) {
        out.append(c);
      }
    }
    return keepPunctuationAttached(out.toString().strip());
  }

  /** Whether {@code c} is kept as it is: not a control character, surrogate or non-character. */
  private static boolean isPlain(char c) {
    return (c >= 0x20 && c < Character.MIN_SURROGATE) || (c >= 0xE000 && c <= 0xFFFD);
  }

  /**
   * User text as the map draws it: {@link #normalize normalized}, with at most a few combining
   * marks on each character, so that the width measured is that of the glyphs drawn and no stack
   * of accents rises out of its line.
   */
  String drawn(String text) {
    return measure.limitMarks(normalize(text));
  }

  /**
   * French puts a space before {@code ? ! : ;} and inside guillemets; a line must not start with
   * such a mark or end with an opening guillemet, so those spaces become no-break spaces.
   */
  private static String keepPunctuationAttached(String text) {
    int first = firstSpaceToKeep(text);
    if (first < 0) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (int i = first; i < chars.length; i++) {
      if (chars[i] != ' ') {
        continue;
      }
      boolean beforeMark = i + 1 < chars.length && "?!:;»%".indexOf(chars[i + 1]) >= 0;
      boolean afterGuillemet = i > 0 && chars[i - 1] == '«';
      if (beforeMark || afterGuillemet) {
        chars[i] = '\u00A0';
      }
    }
    return new String(chars);
  }

  /** The index of the first space that must become a no-break space, or -1. */
  private static int firstSpaceToKeep(String text) {
    for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
      if ((i + 1 < text.length() && "?!:;»%".indexOf(text.charAt(i + 1)) >= 0)
          || (i > 0 && text.charAt(i - 1) == '«')) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Baseline to baseline: at least {@value #MIN_LINE_SPACING} em. Browsers draw accented
   * capitals (Ü, Å) and scripts from fallback fonts (Arabic, emoji) taller than the font's ascent
   * and descent; tighter lines let those glyphs touch the lines around them.
   */
  double lineHeight(Style style) {
    return Math.max(measure.lineHeight(style.size()), MIN_LINE_SPACING * style.size());
  }

  double width(String text, Style style) {
    return measure.width(drawn(text), style.size(), style.bold());
  }

  List<String> lines(String text, double maxWidth, Style style) {
    return measure.wrap(drawn(text), maxWidth, style.size(), style.bold());
  }

  /** Whether every word of {@code text} fits in {@code width}, so that no word must break. */
  boolean wordsFit(String text, double width, Style style) {
    for (String word : drawn(text).split(" ")) {
      if (measure.width(word, style.size(), style.bold()) > width) {
        return false;
      }
    }
    return true;
  }

  /** The height {@code text} takes when wrapped to {@code maxWidth}; 0 for blank text. */
  double height(String text, double maxWidth, Style style) {
    return lines(text, maxWidth, style).size() * lineHeight(style);
  }

  /**
   * {@code text} wrapped to {@code maxWidth} with its first line's top at {@code y}, or null when
   * the text is blank.
   */
  Mark.Text place(String text, double x, double y, double maxWidth, Style style, Align align,
      Ink ink, Ink background, Box cell) {
    String normalized = drawn(text);
    List<String> wrapped = measure.wrap(normalized, maxWidth, style.size(), style.bold());
    if (wrapped.isEmpty()) {
      return null;
    }
    // A right-to-left paragraph is set flush right, as its readers expect.
    boolean rtl = isRightToLeft(normalized);
    if (rtl && align == Align.LEFT) {
      align = Align.RIGHT;
    }
    double lineHeight = lineHeight(style);
    double ascent = measure.ascent(style.size());
    double descent = measure.descent(style.size());
    double leading = (lineHeight - ascent - descent) / 2;
    List<Mark.TextLine> lines = new ArrayList<>(wrapped.size());
    double left = Double.MAX_VALUE;
    double right = -Double.MAX_VALUE;
    int at = 0;
    for (int i = 0; i < wrapped.size(); i++) {
      String line = wrapped.get(i);
      int start = normalized.indexOf(line, at);
      int end = start < 0 ? at : start + line.length();
      boolean spaceAfter = i + 1 < wrapped.size() && end < normalized.length()
          && Character.isWhitespace(normalized.charAt(end));
      at = end;
      double w = measure.width(line, style.size(), style.bold());
      double lx = switch (align) {
        case LEFT -> x;
        case CENTER -> x + (maxWidth - w) / 2;
        case RIGHT -> x + maxWidth - w;
      };
      left = Math.min(left, lx);
      right = Math.max(right, lx + w);
      lines.add(new Mark.TextLine(line, lx, y + i * lineHeight + leading + ascent, w,
          spaceAfter));
    }
    Box box = new Box(left, y, right - left, wrapped.size() * lineHeight);
    return new Mark.Text(box, cell, lines, style.size(), style.bold(), style.italic(), ink,
        background, rtl);
  }

  /**
   * Whether a paragraph reads right to left: its first character with a strong direction is
   * Hebrew, Arabic or another right-to-left script (the rule of the Unicode bidirectional
   * algorithm for a paragraph's level).
   */
  static boolean isRightToLeft(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      byte direction = Character.getDirectionality(cp);
      if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
        return false;
      }
      if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
          || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}
