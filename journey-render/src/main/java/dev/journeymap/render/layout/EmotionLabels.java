package dev.journeymap.render.layout;

import dev.journeymap.render.Ink;
import dev.journeymap.render.layout.Typesetter.Align;
import dev.journeymap.render.layout.Typesetter.Style;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a place for each label of the emotion lane, one label after the other, in coordinates
 * whose y is 0 on the neutral (zero) line.
 *
 * <p>The rules every placed label keeps:
 * <ul>
 *   <li>it lies wholly on its point's side of the zero line, at least {@value #ZERO_CLEAR} px
 *       from it: above for a positive score, below for a negative one; a neutral score (0) sits
 *       on the line, so its label may take either side, above first;
 *   <li>it crosses no curve, leader or marker (all of them are registered first);
 *   <li>it keeps {@value #LABEL_GAP_X} px left and right and {@value #LABEL_GAP_Y} px above and
 *       below from every other label, so that two labels never read as one phrase;
 *   <li>it takes at most {@value #MAX_LINES} lines and breaks only between words: if no width
 *       up to the widest allowed gives that at the label size, one size smaller is tried, and if
 *       a word still cannot fit, the words are cut with an ellipsis (the point's tooltip keeps
 *       the whole text);
 *   <li>the score stays on the line of the label's last word.
 * </ul>
 * A label that finds no such place is not drawn: its point's tooltip still tells it.
 *
 * <p>Obstacles and labels are kept in buckets along x, so a label is tested only against what is
 * near it and the cost grows linearly with the number of points.
 */
final class EmotionLabels {
  /** The label size, then one step smaller when a label does not fit. */
  static final List<Style> STYLES = List.of(RegionLayout.META, new Style(10, false, false));
  /** The most lines a label takes. */
  static final int MAX_LINES = 3;
  /** Space kept left and right between two labels. */
  static final double LABEL_GAP_X = 12;
  /** Space kept above and below between two labels. */
  static final double LABEL_GAP_Y = 3;
  /** Space kept between a label and the zero line. */
  static final double ZERO_CLEAR = 2;
  /** Space kept between a label and a curve, leader or marker. */
  static final double CLEAR = 1.5;
  /** Space between a label and its own point. */
  static final double GAP = 4;
  /** The narrowest width a label is wrapped to. */
  static final double MIN_WIDTH = 40;
  /** Each narrower wrap width tried is this share of the one before. */
  private static final double WIDTH_STEP = 0.8;
  /** Where the box lies across its point: the share of its width left of the point. */
  private static final double[] ACROSS = {0.5, 0.3, 0.7, 0.1, 0.9};
  /** How many line heights a label may stand off its point, when nearer places are taken. */
  private static final int FARTHEST = 3;
  private static final double BUCKET = 64;
  private static final String ELLIPSIS = "…";

  private final Typesetter type;
  private final double minLeft;
  private final double maxRight;
  private final List<List<double[]>> segments = new ArrayList<>();
  private final List<List<Box>> markers = new ArrayList<>();
  private final List<List<Box>> labels = new ArrayList<>();

  /** A placer for labels between {@code minLeft} and {@code maxRight}. */
  EmotionLabels(Typesetter type, double minLeft, double maxRight) {
    this.type = type;
    this.minLeft = minLeft;
    this.maxRight = maxRight;
    int buckets = (int) Math.ceil((maxRight - minLeft) / BUCKET) + 1;
    for (int i = 0; i < buckets; i++) {
      segments.add(new ArrayList<>());
      markers.add(new ArrayList<>());
      labels.add(new ArrayList<>());
    }
  }

  /** A straight piece of a curve or leader that no label may cross. */
  void addSegment(Point a, Point b) {
    double[] segment = {a.x(), a.y(), b.x(), b.y()};
    for (int k = bucket(Math.min(a.x(), b.x())); k <= bucket(Math.max(a.x(), b.x())); k++) {
      segments.get(k).add(segment);
    }
  }

  /** A polyline no label may cross. */
  void addPolyline(List<Point> points) {
    for (int i = 1; i < points.size(); i++) {
      addSegment(points.get(i - 1), points.get(i));
    }
  }

  /** A marker no label may cover. */
  void addMarker(Box box) {
    add(markers, box);
  }

  /**
   * A place for the label of a point, or null when there is none.
   *
   * @param label the label's words, possibly empty
   * @param score the score as written, kept on the line of the last word
   * @param value the score, whose sign chooses the side of the zero line
   * @param at the point's centre
   * @param marker the box of the point's marker
   * @param preferAbove whether above the point is tried first
   * @param maxWidth the widest the label may be
   */
  Spot place(String label, String score, double value, Point at, Box marker,
      boolean preferAbove, double maxWidth) {
    String text = join(label, score);
    boolean fitted = false;
    for (Style style : STYLES) {
      List<Mark.Text> probes = probes(text, style, maxWidth);
      fitted |= !probes.isEmpty();
      for (int far = 0; far < FARTHEST; far++) {
        for (Mark.Text probe : probes) {
          Spot spot = place(text, probe, style, value, at, marker, preferAbove, far);
          if (spot != null) {
            return spot;
          }
        }
      }
    }
    if (fitted) {
      // The text fits but nowhere is free: the tooltip tells it.
      return null;
    }
    Style smallest = STYLES.get(STYLES.size() - 1);
    String shortened = ellipsize(label, score, smallest, maxWidth);
    Mark.Text probe = probe(shortened, smallest, maxWidth);
    if (probe == null || probe.lines().size() > MAX_LINES || !breaksBetweenWords(probe)) {
      return null;
    }
    for (int far = 0; far < FARTHEST; far++) {
      Spot spot = place(shortened, probe, smallest, value, at, marker, preferAbove, far);
      if (spot != null) {
        return spot;
      }
    }
    return null;
  }

  private Spot place(String text, Mark.Text probe, Style style, double value, Point at,
      Box marker, boolean preferAbove, int far) {
    double w = probe.box().width();
    double h = probe.box().height();
    double away = far * (type.lineHeight(style) + LABEL_GAP_Y);
    for (int side = 0; side < 2; side++) {
      boolean above = (side == 0) == preferAbove;
      double top = above ? marker.y() - GAP - h - away : marker.bottom() + GAP + away;
      for (double share : ACROSS) {
        double left = Math.max(minLeft, Math.min(maxRight - w, at.x() - share * w));
        Box box = new Box(left, top, w, h);
        // Clamped to the grid, the box must still lie over its point.
        if (box.x() <= marker.right() && box.right() >= marker.x() && free(box, value)) {
          return take(text, probe, style, box);
        }
      }
    }
    if (far == 0) {
      double middle = at.y() - h / 2;
      double top = value > 0 ? Math.min(middle, -ZERO_CLEAR - h)
          : value < 0 ? Math.max(middle, ZERO_CLEAR) : middle;
      for (Box box : List.of(new Box(marker.right() + GAP, top, w, h),
          new Box(marker.x() - GAP - w, top, w, h))) {
        if (free(box, value)) {
          return take(text, probe, style, box);
        }
      }
    }
    return null;
  }

  private Spot take(String text, Mark.Text probe, Style style, Box box) {
    add(labels, box);
    return new Spot(text, box.x() - probe.box().x(), box.y(), probe.cell().width(), style, box);
  }

  /** The label wrapped to each width that gives a different shape, widest first. */
  private List<Mark.Text> probes(String text, Style style, double maxWidth) {
    List<Mark.Text> probes = new ArrayList<>();
    double lastWidth = -1;
    for (double w = maxWidth; w >= Math.min(MIN_WIDTH, maxWidth); w *= WIDTH_STEP) {
      Mark.Text probe = probe(text, style, w);
      if (probe == null || probe.box().width() == lastWidth) {
        continue;
      }
      lastWidth = probe.box().width();
      if (probe.lines().size() <= MAX_LINES && breaksBetweenWords(probe)) {
        probes.add(probe);
      }
    }
    return probes;
  }

  private Mark.Text probe(String text, Style style, double width) {
    return type.place(text, 0, 0, width, style, Align.CENTER, Ink.TEXT, Ink.TEXT,
        new Box(0, 0, width, 0));
  }

  /**
   * Whether every line ends where a word does: at a space, after a hyphen or slash, or beside
   * a character of a script written without spaces (Chinese, Japanese, Korean).
   */
  static boolean breaksBetweenWords(Mark.Text text) {
    List<Mark.TextLine> lines = text.lines();
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (lines.get(i).spaceAfter()) {
        continue;
      }
      String a = lines.get(i).text();
      String b = lines.get(i + 1).text();
      int last = a.codePointBefore(a.length());
      int first = b.codePointAt(0);
      if (last == '-' || last == '/' || last == 0x2010 || last == 0x2013 || last == 0x2014
          || withoutSpaces(last) || withoutSpaces(first)) {
        continue;
      }
      return false;
    }
    return true;
  }

  private static boolean withoutSpaces(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
  }

  /** The label's words and its score, the score bound to the last word by a no-break space. */
  static String join(String label, String score) {
    String words = Typesetter.normalize(label);
    return words.isEmpty() ? score : words + '\u00A0' + score;
  }

  /**
   * The label cut short with an ellipsis so that it takes at most {@value #MAX_LINES} lines of
   * {@code width} without breaking a word, the score kept whole after it.
   */
  private String ellipsize(String label, String score, Style style, double width) {
    String[] words = Typesetter.normalize(label).split(" ");
    // Every word cut to fit its line, with the score on the last word's line.
    List<String> fitted = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      String suffix = i == words.length - 1 ? '\u00A0' + score : "";
      if (type.width(words[i] + suffix, style) <= width) {
        fitted.add(words[i]);
        continue;
      }
      fitted.add(cut(words[i], ELLIPSIS + '\u00A0' + score, style, width));
      break;
    }
    // The most leading words that still fit in the lines allowed, found by halving.
    int low = 1;
    int high = fitted.size();
    while (low < high) {
      int mid = (low + high + 1) / 2;
      if (fits(compose(fitted, mid, words.length, score, style, width), style, width)) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return compose(fitted, low, words.length, score, style, width);
  }

  private String compose(List<String> fitted, int count, int total, String score, Style style,
      double width) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        text.append(' ');
      }
      text.append(fitted.get(i));
    }
    String last = fitted.get(count - 1);
    if (count < total && !last.endsWith(ELLIPSIS)) {
      // Words were left out: the last one kept says so.
      text.setLength(text.length() - last.length());
      text.append(cut(last, ELLIPSIS + '\u00A0' + score, style, width));
    }
    return text.append('\u00A0').append(score).toString();
  }

  private boolean fits(String text, Style style, double width) {
    Mark.Text probe = probe(text, style, width);
    return probe != null && probe.lines().size() <= MAX_LINES && breaksBetweenWords(probe);
  }

  /**
   * The longest start of {@code word}, cut between characters (never inside a character's
   * combining marks or a surrogate pair), that fits {@code width} with {@code tail} after it,
   * followed by an ellipsis.
   */
  private String cut(String word, String tail, Style style, double width) {
    List<Integer> ends = new ArrayList<>();
    for (int i = 0; i < word.length(); ) {
      i += Character.charCount(word.codePointAt(i));
      if (i >= word.length() || !isAttached(word.codePointAt(i))) {
        ends.add(i);
      }
    }
    int low = 0;
    int high = ends.size();
    while (low < high) {
      int mid = (low + high + 1) / 2;
      if (type.width(word.substring(0, ends.get(mid - 1)) + tail, style) <= width) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return (low == 0 ? "" : word.substring(0, ends.get(low - 1))) + ELLIPSIS;
  }

  /** Whether the code point belongs to the character before it. */
  private static boolean isAttached(int cp) {
    int kind = Character.getType(cp);
    return kind == Character.NON_SPACING_MARK || kind == Character.ENCLOSING_MARK
        || kind == Character.COMBINING_SPACING_MARK || cp == 0x200D
        || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF)
        || (cp >= 0xE0020 && cp <= 0xE007F);
  }

  /** Whether {@code box} keeps every rule: side of zero, grid, curves, markers, labels. */
  private boolean free(Box box, double value) {
    boolean above = box.bottom() <= -ZERO_CLEAR;
    boolean below = box.y() >= ZERO_CLEAR;
    if (value > 0 ? !above : value < 0 ? !below : !(above || below)) {
      return false;
    }
    if (box.x() < minLeft - 1e-9 || box.right() > maxRight + 1e-9) {
      return false;
    }
    Box clear = new Box(box.x() - CLEAR, box.y() - CLEAR, box.width() + 2 * CLEAR,
        box.height() + 2 * CLEAR);
    Box spaced = new Box(box.x() - LABEL_GAP_X, box.y() - LABEL_GAP_Y,
        box.width() + 2 * LABEL_GAP_X, box.height() + 2 * LABEL_GAP_Y);
    for (int k = bucket(spaced.x()); k <= bucket(spaced.right()); k++) {
      for (Box other : labels.get(k)) {
        if (other.overlaps(spaced)) {
          return false;
        }
      }
      for (Box other : markers.get(k)) {
        if (other.overlaps(clear)) {
          return false;
        }
      }
      for (double[] s : segments.get(k)) {
        if (meets(s[0], s[1], s[2], s[3], clear)) {
          return false;
        }
      }
    }
    return true;
  }

  private void add(List<List<Box>> buckets, Box box) {
    for (int k = bucket(box.x()); k <= bucket(box.right()); k++) {
      buckets.get(k).add(box);
    }
  }

  private int bucket(double x) {
    int k = (int) Math.floor((x - minLeft) / BUCKET);
    return Math.max(0, Math.min(segments.size() - 1, k));
  }

  /**
   * Liang–Barsky clipping: whether the segment from {@code (ax, ay)} to {@code (bx, by)} enters
   * the box. Plain doubles, no objects: this runs for every label candidate.
   */
  static boolean meets(double ax, double ay, double bx, double by, Box box) {
    double dx = bx - ax;
    double dy = by - ay;
    double enter = 0;
    double leave = 1;
    for (int k = 0; k < 4; k++) {
      double p = k == 0 ? -dx : k == 1 ? dx : k == 2 ? -dy : dy;
      double q = k == 0 ? ax - box.x() : k == 1 ? box.right() - ax
          : k == 2 ? ay - box.y() : box.bottom() - ay;
      if (p == 0) {
        if (q < 0) {
          return false;
        }
      } else {
        double t = q / p;
        if (p < 0) {
          enter = Math.max(enter, t);
        } else {
          leave = Math.min(leave, t);
        }
      }
    }
    return enter <= leave;
  }

  /**
   * Where a label goes, in coordinates with y 0 on the zero line.
   *
   * @param text the text to draw (shortened with an ellipsis if it had to be)
   * @param left the left edge of the width the text is centred in
   * @param top the top of the text
   * @param width the width the text wraps to
   * @param style the text's size
   * @param box the text's box
   */
  record Spot(String text, double left, double top, double width, Style style, Box box) {}
}
