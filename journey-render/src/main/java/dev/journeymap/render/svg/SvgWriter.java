package dev.journeymap.render.svg;

import dev.journeymap.render.Ink;
import dev.journeymap.render.Theme;
import dev.journeymap.render.layout.Box;
import dev.journeymap.render.layout.Layout;
import dev.journeymap.render.layout.Mark;
import dev.journeymap.render.layout.Point;
import dev.journeymap.render.layout.Stroke;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Writes a {@link Layout} as SVG text, mark after mark in the layout's order, straight into an
 * {@link Appendable}: nothing is laid out or decided here, and the document is never held whole
 * unless the target is itself a {@code StringBuilder}.
 *
 * <pre>{@code
 * SvgWriter.write(layout, Theme.light(), "'DejaVu Sans', sans-serif", false, writer);
 * }</pre>
 *
 * <p>What the output promises:
 * <ul>
 *   <li>colours, fonts and strokes as presentation attributes ({@code fill="#2c5282"}), never a
 *       {@code style} attribute or element, so that a page's Content-Security-Policy cannot strip
 *       them and its CSS can still override them;
 *   <li>the group structure of the layout: ids, {@code jm-} classes, the personas a group is
 *       about ({@code data-personas="couple landlord"}, for a page's CSS to pick out one
 *       persona's cards and curves), links, {@code <title>}
 *       tooltips, and ARIA roles that make the grid a table of lanes by columns; every shape is
 *       {@code aria-hidden}, so assistive technology meets only text; a group with a tooltip is
 *       named by its first text ({@code aria-labelledby}), so that the tooltip (a card's source)
 *       describes the card rather than replacing its text;
 *   <li>one {@code <text>} per paragraph with a {@code <tspan>} per line, so that a phrase that
 *       wraps can still be found and copied;
 *   <li>every user string escaped, every number through {@link SvgNumbers}: the same bytes on
 *       every machine, JDK and locale.
 * </ul>
 *
 * <p>With {@code indent}, each element starts a line indented by its depth (a text keeps its
 * lines on one line, where white space would change it): for readable diffs of golden files.
 */
public final class SvgWriter {
  /** Characters buffered before they are handed to a target that is not a builder. */
  private static final int CHUNK = 1 << 14;
  private static final String HIDDEN = " aria-hidden=\"true\"";
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final Appendable target;
  private final StringBuilder out;
  private final boolean indent;
  /** False inside a page that gives each linked card a focusable area of its own. */
  private final boolean linksFocusable;
  private final String[] colors;
  /** How deep in groups the writer is, for indenting. */
  private int depth;
  /** Inside a group hidden from assistive technology, shapes need no attribute of their own. */
  private int hiddenDepth;
  /** The map's id, the prefix of every id written here. */
  private String layoutId = "";
  /** How many texts got an id to name their group. */
  private int labels;
  /** The id the next text gets, or null. */
  private String textId;

  private SvgWriter(Appendable target, Theme theme, boolean indent, boolean linksFocusable,
      int capacity) {
    this.linksFocusable = linksFocusable;
    this.target = target;
    this.out = target instanceof StringBuilder builder ? builder : new StringBuilder(CHUNK + 512);
    if (target instanceof StringBuilder builder) {
      builder.ensureCapacity(builder.length() + capacity);
    }
    this.indent = indent;
    Ink[] inks = Ink.values();
    this.colors = new String[inks.length];
    for (Ink ink : inks) {
      colors[ink.ordinal()] = hex(theme.rgb(ink));
    }
  }

  /**
   * Writes the SVG document of {@code layout}, ending with a line feed.
   *
   * @param layout what to draw
   * @param theme the colours
   * @param cssFontFamily the CSS font family the layout was measured for
   * @param indent whether to put each element on a line of its own
   * @param out where the text goes; not flushed or closed
   * @throws IOException if {@code out} fails
   */
  public static void write(Layout layout, Theme theme, String cssFontFamily, boolean indent,
      Appendable out) throws IOException {
    write(layout, theme, cssFontFamily, indent, true, out);
  }

  /**
   * Writes the SVG document of {@code layout} as {@link #write(Layout, Theme, String, boolean,
   * Appendable)} does; without {@code linksFocusable}, links get {@code tabindex="-1"}: for a
   * page whose own areas over the cards carry the same links, so that the keyboard meets each
   * link once.
   */
  public static void write(Layout layout, Theme theme, String cssFontFamily, boolean indent,
      boolean linksFocusable, Appendable out) throws IOException {
    SvgWriter writer = new SvgWriter(out, theme, indent, linksFocusable,
        estimate(layout.marks()));
    writer.document(layout, cssFontFamily);
    writer.flush();
  }

  /** The SVG document of {@code layout} as one string (see {@link #write}). */
  public static String write(Layout layout, Theme theme, String cssFontFamily, boolean indent) {
    StringBuilder svg = new StringBuilder();
    try {
      write(layout, theme, cssFontFamily, indent, svg);
    } catch (IOException e) {
      throw new AssertionError("a StringBuilder does not fail", e);
    }
    return svg.toString();
  }

  private void document(Layout layout, String cssFontFamily) throws IOException {
    String id = layout.idPrefix();
    layoutId = id;
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\"")
        .append(" xmlns:xlink=\"http://www.w3.org/1999/xlink\" id=\"");
    XmlText.appendEscaped(out, id);
    out.append("\" class=\"jm-map\" role=\"graphics-document\" aria-labelledby=\"");
    XmlText.appendEscaped(out, id);
    out.append("-title ");
    XmlText.appendEscaped(out, id);
    out.append("-desc\" xml:lang=\"");
    XmlText.appendEscaped(out, layout.language());
    out.append("\" width=\"");
    number(layout.width());
    out.append("\" height=\"");
    number(layout.height());
    out.append("\" viewBox=\"0 0 ");
    number(layout.width());
    out.append(' ');
    number(layout.height());
    // Quotes inside the attribute are single, so that it needs no entity.
    out.append("\" font-family=\"");
    // The renderer's own family list: quotes become single, which a double-quoted attribute
    // holds as they are; nothing else in it needs escaping.
    String family = cssFontFamily.replace('"', '\'');
    if (family.indexOf('&') >= 0 || family.indexOf('<') >= 0 || family.indexOf('>') >= 0) {
      throw new IllegalArgumentException("not a CSS font family: " + cssFontFamily);
    }
    out.append(family);
    out.append("\" stroke-linecap=\"round\" stroke-linejoin=\"round\">");
    depth = 1;
    newline();
    out.append("<title id=\"");
    XmlText.appendEscaped(out, id);
    out.append("-title\">");
    XmlText.appendEscaped(out, layout.title());
    out.append("</title>");
    newline();
    out.append("<desc id=\"");
    XmlText.appendEscaped(out, id);
    out.append("-desc\">");
    XmlText.appendEscaped(out, layout.description());
    out.append("</desc>");
    newline();
    out.append("<rect class=\"jm-background\" width=\"");
    number(layout.width());
    out.append("\" height=\"");
    number(layout.height());
    out.append("\" fill=\"").append(colors[Ink.BACKGROUND.ordinal()]).append('"')
        .append(HIDDEN).append("/>");
    for (Mark mark : layout.marks()) {
      mark(mark);
    }
    depth = 0;
    newline();
    out.append("</svg>\n");
  }

  private void mark(Mark mark) throws IOException {
    if (out.length() >= CHUNK && out != target) {
      flush();
    }
    if (mark instanceof Mark.Group group) {
      group(group);
      return;
    }
    newline();
    if (mark instanceof Mark.Text text) {
      text(text);
    } else if (mark instanceof Mark.Rect rect) {
      Box box = rect.box();
      out.append("<rect x=\"");
      number(box.x());
      out.append("\" y=\"");
      number(box.y());
      out.append("\" width=\"");
      number(box.width());
      out.append("\" height=\"");
      number(box.height());
      if (rect.radius() > 0) {
        out.append("\" rx=\"");
        number(rect.radius());
      }
      out.append('"');
      paint(rect.fill(), rect.stroke(), rect.style());
    } else if (mark instanceof Mark.Line line) {
      out.append("<line x1=\"");
      number(line.from().x());
      out.append("\" y1=\"");
      number(line.from().y());
      out.append("\" x2=\"");
      number(line.to().x());
      out.append("\" y2=\"");
      number(line.to().y());
      out.append('"');
      paint(null, line.ink(), line.style());
    } else if (mark instanceof Mark.Polygon polygon) {
      out.append("<polygon points=\"");
      List<Point> points = polygon.points();
      for (int i = 0; i < points.size(); i++) {
        if (i > 0) {
          out.append(' ');
        }
        point(points.get(i));
      }
      out.append('"');
      paint(polygon.fill(), null, Stroke.HAIRLINE);
    } else if (mark instanceof Mark.Curve curve) {
      curve(curve);
    } else if (mark instanceof Mark.Dot dot) {
      circle(dot.center(), dot.radius());
      paint(dot.fill(), dot.stroke(), Stroke.REGULAR);
    } else if (mark instanceof Mark.Ellipse ellipse) {
      if (ellipse.rx() == ellipse.ry()) {
        circle(ellipse.center(), ellipse.rx());
      } else {
        out.append("<ellipse cx=\"");
        number(ellipse.center().x());
        out.append("\" cy=\"");
        number(ellipse.center().y());
        out.append("\" rx=\"");
        number(ellipse.rx());
        out.append("\" ry=\"");
        number(ellipse.ry());
        out.append('"');
      }
      paint(ellipse.fill(), ellipse.stroke(), ellipse.style());
    } else if (mark instanceof Mark.Path path) {
      path(path);
      paint(path.fill(), path.stroke(), path.style());
    } else {
      throw new AssertionError("unknown mark: " + mark);
    }
  }

  private void group(Mark.Group group) throws IOException {
    Optional<String> link = group.link().filter(Mark.Group::isSafeLink);
    if (link.isPresent()) {
      newline();
      // Both spellings: SVG 2 readers use href, SVG 1.1 readers (older tools) xlink:href.
      out.append("<a href=\"");
      XmlText.appendEscaped(out, link.get());
      out.append("\" xlink:href=\"");
      XmlText.appendEscaped(out, link.get());
      out.append(linksFocusable ? "\">" : "\" tabindex=\"-1\">");
      depth++;
    }
    newline();
    out.append("<g");
    if (group.id().isPresent()) {
      out.append(" id=\"");
      XmlText.appendEscaped(out, group.id().get());
      out.append('"');
    }
    List<String> classes = group.classes();
    for (int i = 0; i < classes.size(); i++) {
      out.append(i == 0 ? " class=\"" : " ");
      XmlText.appendEscaped(out, classes.get(i));
    }
    if (!classes.isEmpty()) {
      out.append('"');
    }
    role(group);
    // Persona ids are [a-z0-9_-]: a space-separated list that CSS matches with ~=.
    List<String> personas = group.personas();
    for (int i = 0; i < personas.size(); i++) {
      out.append(i == 0 ? " data-personas=\"" : " ");
      XmlText.appendEscaped(out, personas.get(i));
    }
    if (!personas.isEmpty()) {
      out.append('"');
    }
    // A group with a tooltip is named by its first text, and described by the tooltip: a card
    // then reads as its text, its source as a description, and the tooltip still shows.
    int named = group.tooltip().isPresent() ? firstText(group.children()) : -1;
    String label = null;
    if (named >= 0) {
      label = layoutId + "-text-" + (++labels);
      out.append(" aria-labelledby=\"");
      XmlText.appendEscaped(out, label);
      out.append('"');
    }
    if (group.children().isEmpty() && group.tooltip().isEmpty()) {
      out.append("/>");
    } else {
      out.append('>');
      depth++;
      if (group.tooltip().isPresent()) {
        newline();
        out.append("<title>");
        XmlText.appendEscaped(out, group.tooltip().get());
        out.append("</title>");
      }
      boolean hidden = group.role() == Mark.Role.DECORATION;
      hiddenDepth += hidden ? 1 : 0;
      List<Mark> children = group.children();
      for (int i = 0; i < children.size(); i++) {
        if (i == named) {
          textId = label;
        }
        mark(children.get(i));
      }
      hiddenDepth -= hidden ? 1 : 0;
      depth--;
      newline();
      out.append("</g>");
    }
    if (link.isPresent()) {
      depth--;
      newline();
      out.append("</a>");
    }
  }

  private void role(Mark.Group group) {
    String role = switch (group.role()) {
      case NONE -> null;
      case DECORATION -> {
        if (hiddenDepth == 0) {
          out.append(HIDDEN);
        }
        yield null;
      }
      case TABLE -> "table";
      case ROW -> "row";
      case COLUMN_HEADER -> "columnheader";
      case ROW_HEADER -> "rowheader";
      case CELL -> "cell";
    };
    if (role != null) {
      out.append(" role=\"").append(role).append('"');
    }
    if (group.column() > 0) {
      out.append(" aria-colindex=\"").append(group.column()).append('"');
      if (group.span() > 1) {
        out.append(" aria-colspan=\"").append(group.span()).append('"');
      }
    }
  }

  private void text(Mark.Text text) {
    List<Mark.TextLine> lines = text.lines();
    out.append("<text");
    if (textId != null) {
      out.append(" id=\"");
      XmlText.appendEscaped(out, textId);
      out.append('"');
      textId = null;
    }
    // A right-to-left paragraph starts at the right end of each line.
    boolean rtl = text.rtl();
    if (lines.size() == 1) {
      out.append(" x=\"");
      number(lineStart(lines.get(0), rtl));
      out.append("\" y=\"");
      number(lines.get(0).baseline());
      out.append('"');
    }
    if (rtl) {
      out.append(" direction=\"rtl\"");
    }
    out.append(" font-size=\"").append(text.fontSize()).append('"');
    if (text.bold()) {
      out.append(" font-weight=\"bold\"");
    }
    if (text.italic()) {
      out.append(" font-style=\"italic\"");
    }
    out.append(" fill=\"").append(colors[text.ink().ordinal()]).append("\">");
    if (lines.size() == 1) {
      XmlText.appendEscaped(out, lines.get(0).text());
    } else {
      for (Mark.TextLine line : lines) {
        out.append("<tspan x=\"");
        number(lineStart(line, rtl));
        out.append("\" y=\"");
        number(line.baseline());
        out.append("\">");
        XmlText.appendEscaped(out, line.text());
        out.append("</tspan>");
        if (line.spaceAfter()) {
          // Invisible after the line's end, but a reader of the text hears two words.
          out.append(' ');
        }
      }
    }
    out.append("</text>");
  }

  /** Where a line starts: its left end, or its right end in a right-to-left paragraph. */
  private static double lineStart(Mark.TextLine line, boolean rtl) {
    return rtl ? line.x() + line.width() : line.x();
  }

  /** The index of the first text among {@code marks}, or -1. */
  private static int firstText(List<Mark> marks) {
    for (int i = 0; i < marks.size(); i++) {
      if (marks.get(i) instanceof Mark.Text) {
        return i;
      }
    }
    return -1;
  }

  private void curve(Mark.Curve curve) {
    List<Point> points = curve.points();
    out.append("<path d=\"M");
    point(points.get(0));
    for (int i = 1; i < points.size(); i++) {
      out.append('C');
      point(curve.controls().get(2 * (i - 1)));
      out.append(' ');
      point(curve.controls().get(2 * (i - 1) + 1));
      out.append(' ');
      point(points.get(i));
    }
    out.append('"');
    paint(null, curve.ink(), curve.style());
  }

  private void path(Mark.Path path) {
    out.append("<path d=\"");
    for (Mark.PathStep step : path.steps()) {
      List<Point> p = step.points();
      switch (step.kind()) {
        case MOVE -> out.append('M');
        case LINE -> out.append('L');
        case CUBIC -> out.append('C');
        case CLOSE -> out.append('Z');
      }
      for (int i = 0; i < p.size(); i++) {
        if (i > 0) {
          out.append(' ');
        }
        point(p.get(i));
      }
    }
    out.append('"');
  }

  private void circle(Point center, double r) {
    out.append("<circle cx=\"");
    number(center.x());
    out.append("\" cy=\"");
    number(center.y());
    out.append("\" r=\"");
    number(r);
    out.append('"');
  }

  /** Fill, stroke and the end of a shape's tag. */
  private void paint(Optional<Ink> fill, Optional<Ink> stroke, Stroke style) {
    paint(fill.orElse(null), stroke.orElse(null), style);
  }

  private void paint(Ink fill, Ink stroke, Stroke style) {
    out.append(" fill=\"").append(fill == null ? "none" : colors[fill.ordinal()]).append('"');
    if (stroke != null) {
      out.append(" stroke=\"").append(colors[stroke.ordinal()]).append("\" stroke-width=\"");
      number(style.width());
      out.append('"');
      if (style.dashed()) {
        out.append(" stroke-dasharray=\"");
        List<Double> dashes = style.dashes();
        for (int i = 0; i < dashes.size(); i++) {
          if (i > 0) {
            out.append(' ');
          }
          number(dashes.get(i));
        }
        out.append("\" stroke-linecap=\"butt\"");
      }
    }
    if (hiddenDepth == 0) {
      out.append(HIDDEN);
    }
    out.append("/>");
  }

  private void point(Point p) {
    number(p.x());
    out.append(',');
    number(p.y());
  }

  private void number(double value) {
    SvgNumbers.append(out, value);
  }

  private void newline() {
    if (indent) {
      out.append('\n');
      for (int i = 0; i < depth; i++) {
        out.append("  ");
      }
    }
  }

  private void flush() throws IOException {
    if (out != target && out.length() > 0) {
      target.append(out);
      out.setLength(0);
    }
  }

  private static String hex(int rgb) {
    char[] c = new char[7];
    c[0] = '#';
    for (int i = 0; i < 6; i++) {
      c[6 - i] = HEX[(rgb >> (4 * i)) & 0xF];
    }
    return new String(c);
  }

  /**
   * About how many characters the document takes, a little more rather than less, so that a
   * builder is sized once and never grows: a fixed head, about 110 characters a shape, 80 a
   * group, and a text's own characters plus its attributes.
   */
  private static int estimate(List<Mark> marks) {
    return 1024 + size(marks);
  }

  private static int size(List<Mark> marks) {
    int n = 0;
    for (Mark mark : marks) {
      if (mark instanceof Mark.Group group) {
        n += 80 + group.tooltip().map(String::length).orElse(0) + size(group.children());
      } else if (mark instanceof Mark.Text text) {
        n += 80;
        for (Mark.TextLine line : text.lines()) {
          n += 32 + line.text().length() + line.text().length() / 8;
        }
      } else if (mark instanceof Mark.Path || mark instanceof Mark.Curve
          || mark instanceof Mark.Polygon) {
        n += 320;
      } else {
        n += 110;
      }
    }
    return n;
  }
}
