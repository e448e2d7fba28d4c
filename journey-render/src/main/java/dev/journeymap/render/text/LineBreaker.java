package dev.journeymap.render.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Breaks text into lines that fit a width, measured with a {@link TextMetrics}.
 *
 * <pre>{@code
 * LineBreaker breaker = new LineBreaker(TextMetrics.sans());
 * breaker.wrap("Book a  garage\nremoval", 60, 12, false);  // ["Book a", "garage", "removal"]
 * }</pre>
 *
 * <p>Runs of white space (spaces, tabs, line breaks) count as one space, and the text is trimmed:
 * like SVG and HTML text, the result never starts or ends a line with a space. Lines are filled
 * greedily, each ending at the last break opportunity that still fits:
 * <ul>
 *   <li>at a space, which is dropped, except a space before {@code : ; ? ! »} or after
 *       {@code «} (French spacing), which stays with its mark;
 *   <li>after a hyphen, en or em dash, or slash inside a word ({@code "check-in"}, {@code "a/b"});
 *   <li>before or after a CJK ideograph, kana or Hangul syllable, except before closing and
 *       after opening punctuation;
 *   <li>only when a word alone is wider than the line: between any two clusters of the word.
 * </ul>
 * A cluster is what a reader sees as one character: a base with its combining marks, an emoji
 * with its skin-tone modifier, variation selector or ZWJ-joined pictographs, or a flag; no line
 * splits one, nor ever a surrogate pair, unless the cluster alone is wider than the line (a
 * hostile chain of joiners or spacing marks): then it is broken between code points. A single
 * code point wider than the line gets a line of its own, the only case where a line is wider
 * than asked.
 *
 * <p>Every returned line is a substring of the collapsed text, and joining the lines with a
 * space where one was dropped gives the collapsed text back. Empty or blank text gives an empty
 * list. Instances are immutable and safe to share between threads.
 */
public final class LineBreaker {
  private static final byte NONE = 0;
  private static final byte SPACE = 1;
  private static final byte ALLOWED = 2;

  private final TextMetrics metrics;
  private final WidthTable table;

  /** A line breaker measuring with the given metrics. */
  public LineBreaker(TextMetrics metrics) {
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    this.table = metrics.table();
  }

  /**
   * Lines of at most {@code maxWidth} pixels each for the text at the given size and weight.
   *
   * @throws IllegalArgumentException if the width or font size is not a positive finite number
   */
  public List<String> wrap(String text, double maxWidth, double fontSize, boolean bold) {
    Objects.requireNonNull(text, "text");
    if (!(maxWidth > 0) || Double.isInfinite(maxWidth)) {
      throw new IllegalArgumentException("max width must be positive and finite: " + maxWidth);
    }
    TextMetrics.checkFontSize(fontSize);
    String s = collapse(text);
    if (s.isEmpty()) {
      return List.of();
    }
    Line line = new Line(s, maxWidth, fontSize);
    long space = metrics.spaceUnits(bold);
    int i = 0;
    byte breakBefore = NONE;
    int previousStart = -1;
    while (i < s.length()) {
      // One word: the clusters up to the next break opportunity.
      int wordStart = i;
      long wordUnits = 0;
      byte next = NONE;
      while (i < s.length()) {
        int end = Clusters.end(s, i, table);
        if (s.charAt(i) == ' ') {
          if (keepsTogether(s, i)) {
            // French spacing: the space is inside the word, as a no-break space would be.
            wordUnits += space;
            previousStart = i;
            i = end;
            continue;
          }
          next = SPACE;
          i = end;
          break;
        }
        if (i > wordStart && breakBetween(s, previousStart, i)) {
          next = ALLOWED;
          break;
        }
        wordUnits += metrics.clusterUnits(s, i, end, bold);
        previousStart = i;
        i = end;
        if (i < s.length() && s.charAt(i) != ' ' && breakAfter(s, previousStart, wordStart)) {
          next = ALLOWED;
          break;
        }
      }
      int wordEnd = next == SPACE ? i - 1 : i;
      line.add(wordStart, wordEnd, wordUnits, breakBefore == SPACE ? space : 0, bold);
      breakBefore = next;
    }
    return line.finish();
  }

  /** The greedy filling of lines, one word at a time. */
  private final class Line {
    private final String s;
    private final double maxWidth;
    private final double fontSize;
    private final List<String> lines = new ArrayList<>();
    private int start = -1;
    private int end;
    private long units;

    Line(String s, double maxWidth, double fontSize) {
      this.s = s;
      this.maxWidth = maxWidth;
      this.fontSize = fontSize;
    }

    void add(int wordStart, int wordEnd, long wordUnits, long gapUnits, boolean bold) {
      if (start >= 0) {
        if (fits(units + gapUnits + wordUnits)) {
          end = wordEnd;
          units += gapUnits + wordUnits;
          return;
        }
        flush();
      }
      if (fits(wordUnits)) {
        start = wordStart;
        end = wordEnd;
        units = wordUnits;
        return;
      }
      // The word alone is too wide: break it between clusters, as late as fits.
      int i = wordStart;
      while (i < wordEnd) {
        int clusterEnd = Clusters.end(s, i, table);
        long clusterUnits = metrics.clusterUnits(s, i, clusterEnd, bold);
        if (!fits(clusterUnits)) {
          clusterEnd = i + Character.charCount(s.codePointAt(i));
          clusterUnits = metrics.clusterUnits(s, i, clusterEnd, bold);
        }
        if (start >= 0 && !fits(units + clusterUnits)) {
          flush();
        }
        if (start < 0) {
          start = i;
          units = 0;
        }
        end = clusterEnd;
        units += clusterUnits;
        i = clusterEnd;
      }
    }

    private boolean fits(long lineUnits) {
      return metrics.toPixels(lineUnits, fontSize) <= maxWidth;
    }

    private void flush() {
      lines.add(s.substring(start, end));
      start = -1;
    }

    List<String> finish() {
      if (start >= 0) {
        flush();
      }
      return List.copyOf(lines);
    }
  }

  /**
   * Whether the space at {@code i} must not break the line: French typography puts a space
   * before {@code : ; ? !} and inside guillemets ({@code « oui »}), and the mark must not start
   * a line nor the opening guillemet end one. A space that begins or ends the text is never
   * inside a word.
   */
  private static boolean keepsTogether(String s, int i) {
    if (i == 0 || i + 1 >= s.length()) {
      return false;
    }
    char after = s.charAt(i + 1);
    boolean closing = after == ':' || after == ';' || after == '?' || after == '!'
        || after == '\u00BB';
    // "a : b" keeps the colon with "a"; a lone mark between spaces stays with the word before.
    return closing && (i + 2 >= s.length() || s.charAt(i + 2) == ' '
        || !Character.isLetterOrDigit(s.charAt(i + 2))) || s.charAt(i - 1) == '\u00AB';
  }

  /** Whether a line may break after the cluster at {@code start} of a word. */
  private static boolean breakAfter(String s, int start, int wordStart) {
    int cp = s.codePointAt(start);
    boolean hyphen = cp == '-' || cp == '/' || cp == 0x2010 || cp == 0x2013 || cp == 0x2014;
    // A leading hyphen is a sign or a bullet ("-5", "--flag"), not a place to break; after a
    // single letter the word would read apart ("e-/mail", "x-/ray").
    return hyphen && start - wordStart >= 2 && !isBreakChar(s.codePointBefore(start));
  }

  /** Whether a line may break between the clusters starting at {@code before} and {@code at}. */
  private static boolean breakBetween(String s, int before, int at) {
    int a = s.codePointAt(before);
    int b = s.codePointAt(at);
    if (!Clusters.isWide(a) && !Clusters.isWide(b)) {
      return false;
    }
    return !isClosing(b) && !isOpening(a);
  }

  private static boolean isBreakChar(int cp) {
    return cp == '-' || cp == '/' || cp == 0x2010 || cp == 0x2013 || cp == 0x2014;
  }

  /** Punctuation that must not start a line (closing marks, small kana, prolonged sound mark). */
  private static boolean isClosing(int cp) {
    switch (cp) {
      case ')': case ']': case '}': case ',': case '.': case ':': case ';': case '!': case '?':
      case '%': case 0x3001: case 0x3002: case 0xFF0C: case 0xFF0E: case 0xFF1A: case 0xFF1B:
      case 0xFF01: case 0xFF1F: case 0xFF09: case 0xFF3D: case 0xFF5D: case 0x300D: case 0x300F:
      case 0x3011: case 0x3015: case 0x3009: case 0x300B: case 0x3017: case 0x3019: case 0x301B:
      case 0x30FC: case 0x30FB: case 0x3005: case 0x303B: case 0x3041: case 0x3043: case 0x3045:
      case 0x3047: case 0x3049: case 0x3063: case 0x3083: case 0x3085: case 0x3087: case 0x308E:
      case 0x30A1: case 0x30A3: case 0x30A5: case 0x30A7: case 0x30A9: case 0x30C3: case 0x30E3:
      case 0x30E5: case 0x30E7: case 0x30EE: case 0x30F5: case 0x30F6:
        return true;
      default:
        return false;
    }
  }

  /** Punctuation that must not end a line (opening brackets and quotes). */
  private static boolean isOpening(int cp) {
    switch (cp) {
      case '(': case '[': case '{': case 0xFF08: case 0xFF3B: case 0xFF5B: case 0x300C:
      case 0x300E: case 0x3010: case 0x3014: case 0x3008: case 0x300A: case 0x3016: case 0x3018:
      case 0x301A:
        return true;
      default:
        return false;
    }
  }

  /** The text with every run of white space replaced by one space, and trimmed. */
  static String collapse(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Clusters.isCollapsibleSpace(cp)) {
        pendingSpace = sb.length() > 0;
      } else {
        if (pendingSpace) {
          sb.append(' ');
          pendingSpace = false;
        }
        sb.appendCodePoint(cp);
      }
    }
    return sb.toString();
  }
}
