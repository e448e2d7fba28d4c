package dev.journeymap.bench;

import dev.journeymap.render.Ink;
import dev.journeymap.render.Theme;
import dev.journeymap.render.layout.Box;
import dev.journeymap.render.layout.Layout;
import dev.journeymap.render.layout.Mark;
import dev.journeymap.render.layout.Point;
import dev.journeymap.render.layout.Stroke;
import dev.journeymap.render.svg.SvgNumbers;
import dev.journeymap.render.svg.XmlText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The limit the SVG writer is judged against: the same document as {@code SvgWriter} writes
 * without indenting (same elements, presentation attributes, groups with ids, classes, roles,
 * labels, tooltips and links, {@code <text>} with a {@code <tspan>} per line, numbers through
 * {@link SvgNumbers}, text through {@link XmlText}), written by the simplest code there is.
 *
 * <p>Everything that is a decision rather than writing is done once, when the layout is
 * {@link #of flattened}: the tree of marks becomes one flat array of operations (a group is an
 * open and a close operation), colours are resolved to {@code "#rrggbb"} strings, ARIA roles to
 * their names, links checked, and which shapes need {@code aria-hidden} and which text names its
 * group decided. What {@link #write} still does per call is what any SVG writer must: append
 * every tag and attribute name, format every number, escape every user string, into one builder
 * allocated once at the document's size.
 *
 * <p>Immutable once made; {@link #write} uses its own builder, so it is thread-safe.
 */
final class HandWrittenSvg {
  private static final String HIDDEN = " aria-hidden=\"true\"";

  private final Op[] ops;
  private final int capacity;

  private HandWrittenSvg(List<Op> ops, int capacity) {
    this.ops = ops.toArray(new Op[0]);
    this.capacity = capacity;
  }

  /**
   * The operations that write {@code layout}, for a builder of {@code capacity} characters (the
   * document's length, e.g. from a render done once).
   */
  static HandWrittenSvg of(Layout layout, Theme theme, String cssFontFamily, int capacity) {
    String[] colors = new String[Ink.values().length];
    for (Ink ink : Ink.values()) {
      colors[ink.ordinal()] = String.format(Locale.ROOT, "#%06x", theme.rgb(ink));
    }
    List<Op> ops = new ArrayList<>();
    // The same for every map: escaped once, quotes inside the attribute made single as the
    // writer makes them.
    StringBuilder family = new StringBuilder();
    for (int i = 0; i < cssFontFamily.length(); i++) {
      char c = cssFontFamily.charAt(i);
      if (c == '"' || c == '\'') {
        family.append('\'');
      } else {
        XmlText.appendEscaped(family, String.valueOf(c));
      }
    }
    ops.add(new Header(layout.idPrefix(), layout.title(), layout.description(),
        layout.language(), layout.width(), layout.height(), family.toString(),
        colors[Ink.BACKGROUND.ordinal()]));
    new Flattener(colors, layout.idPrefix(), ops).marks(layout.marks());
    ops.add(new Footer());
    return new HandWrittenSvg(ops, capacity);
  }

  /** How many operations one document takes. */
  int size() {
    return ops.length;
  }

  /** The document. */
  String write() {
    StringBuilder out = new StringBuilder(capacity);
    for (Op op : ops) {
      op.write(out);
    }
    return out.toString();
  }

  /** Turns the tree of marks into operations, deciding what the writer decides as it goes. */
  private static final class Flattener {
    private final String[] colors;
    private final String idPrefix;
    private final List<Op> ops;
    private int hiddenDepth;
    /** How many texts got an id to name their group. */
    private int labels;
    /** The number of the label the next text gets, or 0. */
    private int textLabel;

    Flattener(String[] colors, String idPrefix, List<Op> ops) {
      this.colors = colors;
      this.idPrefix = idPrefix;
      this.ops = ops;
    }

    void marks(List<Mark> marks) {
      for (Mark mark : marks) {
        mark(mark);
      }
    }

    private void mark(Mark mark) {
      boolean hidden = hiddenDepth == 0;
      if (mark instanceof Mark.Group group) {
        group(group);
      } else if (mark instanceof Mark.Text text) {
        List<Mark.TextLine> lines = text.lines();
        int n = lines.size();
        String[] strings = new String[n];
        double[] xs = new double[n];
        double[] ys = new double[n];
        boolean[] spaces = new boolean[n];
        for (int i = 0; i < n; i++) {
          Mark.TextLine line = lines.get(i);
          strings[i] = line.text();
          xs[i] = line.x();
          ys[i] = line.baseline();
          spaces[i] = line.spaceAfter();
        }
        ops.add(new Text(textLabel == 0 ? null : idPrefix, textLabel, text.fontSize(),
            text.bold(), text.italic(), color(text.ink()), strings, xs, ys, spaces));
        textLabel = 0;
      } else if (mark instanceof Mark.Rect rect) {
        Box b = rect.box();
        ops.add(new Rect(b.x(), b.y(), b.width(), b.height(), rect.radius(),
            paint(rect.fill().orElse(null), rect.stroke().orElse(null), rect.style(), hidden)));
      } else if (mark instanceof Mark.Line line) {
        ops.add(new Line(line.from().x(), line.from().y(), line.to().x(), line.to().y(),
            paint(null, line.ink(), line.style(), hidden)));
      } else if (mark instanceof Mark.Polygon polygon) {
        ops.add(new Polygon(coordinates(polygon.points()),
            paint(polygon.fill(), null, Stroke.HAIRLINE, hidden)));
      } else if (mark instanceof Mark.Curve curve) {
        List<Point> points = curve.points();
        List<Point> all = new ArrayList<>();
        StringBuilder commands = new StringBuilder("M");
        int[] counts = new int[points.size()];
        all.add(points.get(0));
        counts[0] = 1;
        for (int i = 1; i < points.size(); i++) {
          commands.append('C');
          all.add(curve.controls().get(2 * (i - 1)));
          all.add(curve.controls().get(2 * (i - 1) + 1));
          all.add(points.get(i));
          counts[i] = 3;
        }
        ops.add(new Path(commands.toString().toCharArray(), counts, coordinates(all),
            paint(null, curve.ink(), curve.style(), hidden)));
      } else if (mark instanceof Mark.Dot dot) {
        ops.add(new Circle(dot.center().x(), dot.center().y(), dot.radius(),
            paint(dot.fill(), dot.stroke(), Stroke.REGULAR, hidden)));
      } else if (mark instanceof Mark.Ellipse e) {
        Paint paint = paint(e.fill().orElse(null), e.stroke().orElse(null), e.style(), hidden);
        ops.add(e.rx() == e.ry() ? new Circle(e.center().x(), e.center().y(), e.rx(), paint)
            : new Ellipse(e.center().x(), e.center().y(), e.rx(), e.ry(), paint));
      } else if (mark instanceof Mark.Path path) {
        List<Mark.PathStep> steps = path.steps();
        char[] commands = new char[steps.size()];
        int[] counts = new int[steps.size()];
        List<Point> all = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
          Mark.PathStep step = steps.get(i);
          commands[i] = switch (step.kind()) {
            case MOVE -> 'M';
            case LINE -> 'L';
            case CUBIC -> 'C';
            case CLOSE -> 'Z';
          };
          counts[i] = step.points().size();
          all.addAll(step.points());
        }
        ops.add(new Path(commands, counts, coordinates(all),
            paint(path.fill().orElse(null), path.stroke().orElse(null), path.style(), hidden)));
      } else {
        throw new IllegalArgumentException("a mark the baseline cannot write: " + mark);
      }
    }

    private void group(Mark.Group group) {
      String link = group.link().filter(HandWrittenSvg::isSafeLink).orElse(null);
      String role = switch (group.role()) {
        case NONE, DECORATION -> null;
        case TABLE -> "table";
        case ROW -> "row";
        case COLUMN_HEADER -> "columnheader";
        case ROW_HEADER -> "rowheader";
        case CELL -> "cell";
      };
      boolean decoration = group.role() == Mark.Role.DECORATION;
      boolean empty = group.children().isEmpty() && group.tooltip().isEmpty();
      // A group with a tooltip is named by its first text, as the writer names it.
      List<Mark> children = group.children();
      int named = -1;
      for (int i = 0; group.tooltip().isPresent() && named < 0 && i < children.size(); i++) {
        named = children.get(i) instanceof Mark.Text ? i : -1;
      }
      int label = named >= 0 ? ++labels : 0;
      ops.add(new Open(link, group.id().orElse(null), group.classes().toArray(new String[0]),
          decoration && hiddenDepth == 0, role, group.column(), label == 0 ? null : idPrefix,
          label, group.tooltip().orElse(null), empty));
      if (!empty) {
        hiddenDepth += decoration ? 1 : 0;
        for (int i = 0; i < children.size(); i++) {
          if (i == named) {
            textLabel = label;
          }
          mark(children.get(i));
        }
        hiddenDepth -= decoration ? 1 : 0;
      }
      ops.add(new Close(!empty, link != null));
    }

    private Paint paint(Ink fill, Ink stroke, Stroke style, boolean hidden) {
      return new Paint(fill == null ? "none" : color(fill),
          stroke == null ? null : color(stroke), style.width(), style.dashed(), hidden);
    }

    private String color(Ink ink) {
      return colors[ink.ordinal()];
    }

    private static double[] coordinates(List<Point> points) {
      double[] xy = new double[2 * points.size()];
      for (int i = 0; i < points.size(); i++) {
        xy[2 * i] = points.get(i).x();
        xy[2 * i + 1] = points.get(i).y();
      }
      return xy;
    }
  }

  /** As the writer decides it: only {@code http}, {@code https} and {@code mailto} links. */
  private static boolean isSafeLink(String uri) {
    String lower = uri.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://")
        || lower.startsWith("mailto:");
  }

  private interface Op {
    void write(StringBuilder out);
  }

  /** Fill, stroke, {@code aria-hidden} and the end of a shape's tag. */
  private record Paint(String fill, String stroke, double width, boolean dashed,
      boolean hidden) {
    void write(StringBuilder out) {
      out.append(" fill=\"").append(fill).append('"');
      if (stroke != null) {
        out.append(" stroke=\"").append(stroke).append("\" stroke-width=\"");
        SvgNumbers.append(out, width);
        out.append('"');
        if (dashed) {
          out.append(" stroke-dasharray=\"4 3\" stroke-linecap=\"butt\"");
        }
      }
      if (hidden) {
        out.append(HIDDEN);
      }
      out.append("/>");
    }
  }

  private record Header(String id, String title, String description, String language,
      double width, double height, String fontFamily, String background) implements Op {
    @Override
    public void write(StringBuilder out) {
      out.append("<svg xmlns=\"http://www.w3.org/2000/svg\"")
          .append(" xmlns:xlink=\"http://www.w3.org/1999/xlink\" id=\"");
      XmlText.appendEscaped(out, id);
      out.append("\" class=\"jm-map\" role=\"graphics-document\" aria-labelledby=\"");
      XmlText.appendEscaped(out, id);
      out.append("-title ");
      XmlText.appendEscaped(out, id);
      out.append("-desc\" xml:lang=\"");
      XmlText.appendEscaped(out, language);
      out.append("\" width=\"");
      SvgNumbers.append(out, width);
      out.append("\" height=\"");
      SvgNumbers.append(out, height);
      out.append("\" viewBox=\"0 0 ");
      SvgNumbers.append(out, width);
      out.append(' ');
      SvgNumbers.append(out, height);
      out.append("\" font-family=\"").append(fontFamily)
          .append("\" stroke-linecap=\"round\" stroke-linejoin=\"round\"><title id=\"");
      XmlText.appendEscaped(out, id);
      out.append("-title\">");
      XmlText.appendEscaped(out, title);
      out.append("</title><desc id=\"");
      XmlText.appendEscaped(out, id);
      out.append("-desc\">");
      XmlText.appendEscaped(out, description);
      out.append("</desc><rect class=\"jm-background\" width=\"");
      SvgNumbers.append(out, width);
      out.append("\" height=\"");
      SvgNumbers.append(out, height);
      out.append("\" fill=\"").append(background).append('"').append(HIDDEN).append("/>");
    }
  }

  private record Footer() implements Op {
    @Override
    public void write(StringBuilder out) {
      out.append("</svg>\n");
    }
  }

  /**
   * The start of a group: its link, its {@code <g>} tag and its tooltip; a group named by its
   * text has the map's id and the number of the label ({@code aria-labelledby}), else null and 0.
   */
  private record Open(String link, String id, String[] classes, boolean hidden, String role,
      int column, String labelPrefix, int label, String tooltip, boolean empty) implements Op {
    @Override
    public void write(StringBuilder out) {
      if (link != null) {
        out.append("<a href=\"");
        XmlText.appendEscaped(out, link);
        out.append("\" xlink:href=\"");
        XmlText.appendEscaped(out, link);
        out.append("\">");
      }
      out.append("<g");
      if (id != null) {
        out.append(" id=\"");
        XmlText.appendEscaped(out, id);
        out.append('"');
      }
      for (int i = 0; i < classes.length; i++) {
        out.append(i == 0 ? " class=\"" : " ");
        XmlText.appendEscaped(out, classes[i]);
      }
      if (classes.length > 0) {
        out.append('"');
      }
      if (hidden) {
        out.append(HIDDEN);
      }
      if (role != null) {
        out.append(" role=\"").append(role).append('"');
      }
      if (column > 0) {
        out.append(" aria-colindex=\"").append(column).append('"');
      }
      if (label > 0) {
        out.append(" aria-labelledby=\"");
        XmlText.appendEscaped(out, labelPrefix);
        out.append("-text-").append(label).append('"');
      }
      if (empty) {
        out.append("/>");
        return;
      }
      out.append('>');
      if (tooltip != null) {
        out.append("<title>");
        XmlText.appendEscaped(out, tooltip);
        out.append("</title>");
      }
    }
  }

  /** The end of a group: {@code </g>} unless it was empty, and {@code </a>} if it links. */
  private record Close(boolean tag, boolean link) implements Op {
    @Override
    public void write(StringBuilder out) {
      if (tag) {
        out.append("</g>");
      }
      if (link) {
        out.append("</a>");
      }
    }
  }

  private record Rect(double x, double y, double width, double height, double radius,
      Paint paint) implements Op {
    @Override
    public void write(StringBuilder out) {
      out.append("<rect x=\"");
      SvgNumbers.append(out, x);
      out.append("\" y=\"");
      SvgNumbers.append(out, y);
      out.append("\" width=\"");
      SvgNumbers.append(out, width);
      out.append("\" height=\"");
      SvgNumbers.append(out, height);
      if (radius > 0) {
        out.append("\" rx=\"");
        SvgNumbers.append(out, radius);
      }
      out.append('"');
      paint.write(out);
    }
  }

  private record Line(double x1, double y1, double x2, double y2, Paint paint) implements Op {
    @Override
    public void write(StringBuilder out) {
      out.append("<line x1=\"");
      SvgNumbers.append(out, x1);
      out.append("\" y1=\"");
      SvgNumbers.append(out, y1);
      out.append("\" x2=\"");
      SvgNumbers.append(out, x2);
      out.append("\" y2=\"");
      SvgNumbers.append(out, y2);
      out.append('"');
      paint.write(out);
    }
  }

  private record Circle(double cx, double cy, double r, Paint paint) implements Op {
    @Override
    public void write(StringBuilder out) {
      out.append("<circle cx=\"");
      SvgNumbers.append(out, cx);
      out.append("\" cy=\"");
      SvgNumbers.append(out, cy);
      out.append("\" r=\"");
      SvgNumbers.append(out, r);
      out.append('"');
      paint.write(out);
    }
  }

  private record Ellipse(double cx, double cy, double rx, double ry, Paint paint)
      implements Op {
    @Override
    public void write(StringBuilder out) {
      out.append("<ellipse cx=\"");
      SvgNumbers.append(out, cx);
      out.append("\" cy=\"");
      SvgNumbers.append(out, cy);
      out.append("\" rx=\"");
      SvgNumbers.append(out, rx);
      out.append("\" ry=\"");
      SvgNumbers.append(out, ry);
      out.append('"');
      paint.write(out);
    }
  }

  /** Points as {@code x,y}, separated by spaces. */
  private record Polygon(double[] xy, Paint paint) implements Op {
    @Override
    public void write(StringBuilder out) {
      out.append("<polygon points=\"");
      for (int i = 0; i < xy.length; i += 2) {
        if (i > 0) {
          out.append(' ');
        }
        SvgNumbers.append(out, xy[i]);
        out.append(',');
        SvgNumbers.append(out, xy[i + 1]);
      }
      out.append('"');
      paint.write(out);
    }
  }

  /** A curve or an icon's path: each command letter, then its points separated by spaces. */
  private record Path(char[] commands, int[] counts, double[] xy, Paint paint) implements Op {
    @Override
    public void write(StringBuilder out) {
      out.append("<path d=\"");
      int k = 0;
      for (int c = 0; c < commands.length; c++) {
        out.append(commands[c]);
        for (int p = 0; p < counts[c]; p++, k += 2) {
          if (p > 0) {
            out.append(' ');
          }
          SvgNumbers.append(out, xy[k]);
          out.append(',');
          SvgNumbers.append(out, xy[k + 1]);
        }
      }
      out.append('"');
      paint.write(out);
    }
  }

  /**
   * One paragraph: its position on the tag if it has one line, else a tspan per line; a text
   * that names its group has the map's id and the number of the label, else null and 0.
   */
  private record Text(String labelPrefix, int label, int fontSize, boolean bold, boolean italic,
      String fill, String[] lines, double[] xs, double[] ys, boolean[] spaceAfter)
      implements Op {
    @Override
    public void write(StringBuilder out) {
      out.append("<text");
      if (label > 0) {
        out.append(" id=\"");
        XmlText.appendEscaped(out, labelPrefix);
        out.append("-text-").append(label).append('"');
      }
      boolean single = lines.length == 1;
      if (single) {
        out.append(" x=\"");
        SvgNumbers.append(out, xs[0]);
        out.append("\" y=\"");
        SvgNumbers.append(out, ys[0]);
        out.append('"');
      }
      out.append(" font-size=\"").append(fontSize).append('"');
      if (bold) {
        out.append(" font-weight=\"bold\"");
      }
      if (italic) {
        out.append(" font-style=\"italic\"");
      }
      out.append(" fill=\"").append(fill).append("\">");
      if (single) {
        XmlText.appendEscaped(out, lines[0]);
      } else {
        for (int i = 0; i < lines.length; i++) {
          out.append("<tspan x=\"");
          SvgNumbers.append(out, xs[i]);
          out.append("\" y=\"");
          SvgNumbers.append(out, ys[i]);
          out.append("\">");
          XmlText.appendEscaped(out, lines[i]);
          out.append("</tspan>");
          if (spaceAfter[i]) {
            out.append(' ');
          }
        }
      }
      out.append("</text>");
    }
  }
}
