package dev.journeymap.render.text;

import java.util.Objects;

/**
 * Advance widths and vertical metrics of the font family that the renderer names in its SVG,
 * read from a table shipped with the library instead of the AWT font system, so that text is
 * measured the same on every machine, JDK and locale, with or without installed fonts.
 *
 * <pre>{@code
 * TextMetrics sans = TextMetrics.sans();
 * sans.width("Hello", 12, false);   // 30.416015625
 * sans.lineHeight(12);              // 14.4
 * }</pre>
 *
 * <p>A width is the sum of the advances of the text's clusters (see {@link LineBreaker} for what
 * a cluster is). Kerning is ignored: in this family it mostly tightens pairs such as "AV", so
 * measured widths tend to err wide. Characters the table does not cover fall back on the wide
 * side:
 * <ul>
 *   <li>combining marks, joiners, variation selectors and other invisible characters: 0;
 *   <li>CJK ideographs, kana, Hangul and fullwidth forms: 1 em;
 *   <li>an emoji cluster (a pictograph with its modifiers, a ZWJ sequence, a flag, a keycap, or
 *       any character followed by the emoji variation selector U+FE0F): 1.25 em;
 *   <li>anything else, including lone surrogates and control characters: the width of 'M'.
 * </ul>
 * White space is measured as it is, not collapsed. Widths are computed in whole font units and
 * scaled once, in {@code double} arithmetic, so the same text always gives the same number.
 *
 * <p>Instances are immutable and safe to share between threads. The table (about 18 KB) is read
 * once, on the first call to {@link #sans()}, in a few milliseconds at most.
 */
public final class TextMetrics {
  /**
   * The most combining marks drawn on one base character. Real text stacks two or three
   * (Vietnamese, Hebrew points, Thai); a hostile text stacks thousands, which a browser draws as
   * a column of accents far above the line and outside the page.
   */
  public static final int MAX_MARKS_PER_CLUSTER = 3;

  private static final String SANS_CSS = "'DejaVu Sans', Verdana, sans-serif";

  private final WidthTable table;
  private final String cssFontFamily;
  private final int emojiUnits;
  private final int regularM;
  private final int boldM;
  private final int regularSpace;
  private final int boldSpace;

  private TextMetrics(WidthTable table, String cssFontFamily) {
    this.table = table;
    this.cssFontFamily = cssFontFamily;
    this.emojiUnits = table.unitsPerEm * 5 / 4;
    this.regularM = table.advance('M', false);
    this.boldM = table.advance('M', true);
    this.regularSpace = table.advance(' ', false);
    this.boldSpace = table.advance(' ', true);
  }

  /** Holds the shipped family, read on first use. */
  private static final class Sans {
    static final TextMetrics INSTANCE =
        new TextMetrics(WidthTable.load("dejavu-sans.widths"), SANS_CSS);
  }

  /**
   * The family shipped with the library, DejaVu Sans (Book and Bold). Its SVG font list falls back
   * on Verdana, a common font of the same humanist design and similar widths, then on any
   * sans-serif font; only DejaVu Sans itself is guaranteed to match the measured widths.
   */
  public static TextMetrics sans() {
    return Sans.INSTANCE;
  }

  /** The value for a {@code font-family} attribute: {@code 'DejaVu Sans', Verdana, sans-serif}. */
  public String cssFontFamily() {
    return cssFontFamily;
  }

  /** The name of the measured family: {@code DejaVu Sans}. */
  public String familyName() {
    return table.family;
  }

  /**
   * The advance width of the text set in one line at the given size in pixels, in pixels.
   *
   * @throws IllegalArgumentException if the font size is not a positive finite number
   */
  public double width(CharSequence text, double fontSize, boolean bold) {
    Objects.requireNonNull(text, "text");
    checkFontSize(fontSize);
    return toPixels(units(text, 0, text.length(), bold), fontSize);
  }

  /**
   * The text with at most {@value #MAX_MARKS_PER_CLUSTER} zero-width combining marks in a row:
   * the later ones are dropped, so that what is measured is what is drawn.
   *
   * <pre>{@code
   * sans.limitMarks("e\u0301\u0301\u0301\u0301\u0301");  // "e\u0301\u0301\u0301"
   * }</pre>
   *
   * Returns {@code text} itself when it has nothing to drop.
   */
  public String limitMarks(String text) {
    Objects.requireNonNull(text, "text");
    int run = 0;
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      boolean mark = cp >= 0x300 && table.isMark(cp);
      run = mark ? run + 1 : 0;
      if (run > MAX_MARKS_PER_CLUSTER) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, i);
        }
      } else if (out != null) {
        out.append(text, i, next);
      }
      i = next;
    }
    return out == null ? text : out.toString();
  }

  /** The height of the font's ascenders above the baseline, in pixels. */
  public double ascent(double fontSize) {
    checkFontSize(fontSize);
    return toPixels(table.ascent, fontSize);
  }

  /** The depth of the font's descenders below the baseline, as a positive number of pixels. */
  public double descent(double fontSize) {
    checkFontSize(fontSize);
    return toPixels(table.descent, fontSize);
  }

  /**
   * The distance between the baselines of two wrapped lines, in pixels: 1.2 em, or the font's
   * ascent and descent together if that is more, so that lines never overlap.
   */
  public double lineHeight(double fontSize) {
    checkFontSize(fontSize);
    // 6/5 rather than 1.2: 1.2 has no exact double, and 12 * 1.2 prints as 14.399999999999999.
    return Math.max(fontSize * 6 / 5, toPixels(table.ascent + table.descent, fontSize));
  }

  /** The width of {@code text[start, end)} in font units; start and end on cluster bounds. */
  long units(CharSequence text, int start, int end, boolean bold) {
    long sum = 0;
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      // Printable ASCII not followed by a combining character is a cluster of its own: most of
      // a map's text, measured without the cluster rules.
      if (c >= 0x20 && c < 0x7F && (i + 1 >= end || text.charAt(i + 1) < 0x300)) {
        sum += codePointUnits(c, bold);
        i++;
        continue;
      }
      int clusterEnd = Math.min(Clusters.end(text, i, table), end);
      sum += clusterUnits(text, i, clusterEnd, bold);
      i = clusterEnd;
    }
    return sum;
  }

  /** The width of one cluster in font units. */
  int clusterUnits(CharSequence text, int start, int end, boolean bold) {
    int sum = 0;
    for (int i = start; i < end; ) {
      int cp = Character.codePointAt(text, i);
      if (Clusters.isEmoji(cp) || cp == Clusters.VS16 || cp == Clusters.KEYCAP) {
        return emojiUnits;
      }
      sum += codePointUnits(cp, bold);
      i += Character.charCount(cp);
    }
    return sum;
  }

  private int codePointUnits(int cp, boolean bold) {
    if (Clusters.isInvisible(cp)) {
      return 0;
    }
    // The font's own advance first: a few enclosing marks take room of their own.
    int advance = table.advance(cp, bold);
    if (advance >= 0) {
      return advance;
    }
    if (table.isMark(cp)) {
      return 0;
    }
    if (Clusters.isWide(cp)) {
      return table.unitsPerEm;
    }
    return bold ? boldM : regularM;
  }

  /** The width of one space in font units. */
  int spaceUnits(boolean bold) {
    return bold ? boldSpace : regularSpace;
  }

  /** Font units to pixels; the single place where widths are scaled. */
  double toPixels(long units, double fontSize) {
    return units * fontSize / table.unitsPerEm;
  }

  WidthTable table() {
    return table;
  }

  static void checkFontSize(double fontSize) {
    if (!(fontSize > 0) || Double.isInfinite(fontSize)) {
      throw new IllegalArgumentException("font size must be positive and finite: " + fontSize);
    }
  }

  @Override
  public String toString() {
    return "TextMetrics{" + table.family + "}";
  }
}
