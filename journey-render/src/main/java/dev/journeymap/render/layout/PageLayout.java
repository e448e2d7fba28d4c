package dev.journeymap.render.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Cuts the layout of a wide map into pages of a given width, for print: each page shows a run of
 * whole columns of the grid with the lane labels repeated on its left, the header on the first
 * page and the legend on the last one (or on pages of their own when they do not fit beside the
 * grid). Pure geometry, like the layout: a page is a list of parts, each a region of the layout
 * (its {@code source} box), the marks that show in it, and where the region goes on the page.
 *
 * <pre>{@code
 * Layout layout = engine.layout(journey, options, 1000);  // header and legend 1000 px at most
 * List<Page> pages = PageLayout.pages(layout, 1000, 700);
 * pages.get(1).firstColumn()  // 4: the second page starts with the fifth column
 * }</pre>
 *
 * <p>Nothing is split vertically: a grid taller than the page gives taller pages, and the
 * caller scales them (see each page's {@link Page#height()}). A column header's text whose cell
 * is cut by the left edge of a page (a stage band over several columns) is drawn again at the
 * start of the cell's visible part, so that the band's name continues on the next page. Only marks that
 * overlap a part's region are kept, so that text cut away from a page is not in it at all.
 */
public final class PageLayout {
  /** Room left around a region for strokes drawn on its edges, in px. */
  private static final double BLEED = 1;

  private PageLayout() {}

  /**
   * A region of the layout placed on a page.
   *
   * @param source the region, in the layout's coordinates: what shows of the marks
   * @param dx how far right the region moves onto the page
   * @param dy how far down the region moves onto the page
   * @param marks the marks that overlap the region, in painting order
   */
  public record Part(Box source, double dx, double dy, List<Mark> marks) {
    /** Copies the list. */
    public Part {
      Objects.requireNonNull(source, "source");
      marks = List.copyOf(marks);
    }
  }

  /**
   * One page.
   *
   * @param number the page's number, from 1
   * @param firstColumn the index of the first grid column on the page, from 0
   * @param columnCount how many grid columns the page shows; 0 on a page of only header or
   *     legend
   * @param width the page's width in px
   * @param height the page's height in px
   * @param parts what the page shows, painted in order over its background
   */
  public record Page(int number, int firstColumn, int columnCount, double width, double height,
      List<Part> parts) {
    /** Copies the list. */
    public Page {
      parts = List.copyOf(parts);
    }
  }

  /** The widest header and legend that fit on a page {@code pageWidth} px wide, in px. */
  public static double frameWidth(double pageWidth) {
    return pageWidth - 2 * RegionLayout.MARGIN;
  }

  /**
   * The width of the widest page of grid that {@link #pages} cuts from the layout for pages
   * {@code pageWidth} px wide: the lane labels, the most columns that fit, and the margin. Lay
   * the map out again with the header and legend at most {@link #frameWidth} of it wide, and
   * every page is as wide as its grid.
   */
  public static double gridPageWidth(Layout layout, double pageWidth) {
    double gridLeft = gridLeft(layout, gridBounds(layout));
    double widest = 0;
    for (int[] run : columnRuns(layout, pageWidth - gridLeft - RegionLayout.MARGIN)) {
      if (run[1] > 0) {
        Layout.Column last = layout.columns().get(run[0] + run[1] - 1);
        widest = Math.max(widest, last.x() + last.width() - layout.columns().get(run[0]).x());
      }
    }
    return Math.ceil(gridLeft + widest + RegionLayout.MARGIN);
  }

  private static double gridLeft(Layout layout, Box gridBox) {
    return layout.columns().isEmpty() ? gridBox.x() + RegionLayout.LABEL_WIDTH
        : layout.columns().get(0).x();
  }

  /**
   * The layout cut into pages {@code pageWidth} px wide (each shows at least one column, even a
   * column wider than that), aiming at {@code pageHeight} px of height for placing the header
   * and the legend.
   *
   * @throws IllegalArgumentException if a size is not a positive finite number
   */
  public static List<Page> pages(Layout layout, double pageWidth, double pageHeight) {
    Objects.requireNonNull(layout, "layout");
    if (!(pageWidth > 0 && pageWidth < Double.POSITIVE_INFINITY && pageHeight > 0
        && pageHeight < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "a page size is positive and finite: " + pageWidth + " x " + pageHeight);
    }
    double margin = RegionLayout.MARGIN;
    double gap = RegionLayout.SECTION_GAP;
    List<Mark> header = new ArrayList<>();
    List<Mark> grid = new ArrayList<>();
    List<Mark> legend = new ArrayList<>();
    Box gridBox = gridBounds(layout);
    double gridLeft = gridLeft(layout, gridBox);
    for (Mark mark : layout.marks()) {
      Box b = bounds(mark);
      if (b.bottom() <= gridBox.y()) {
        header.add(mark);
      } else if (b.y() >= gridBox.bottom()) {
        legend.add(mark);
      } else {
        grid.add(mark);
      }
    }
    Box headerBox = union(header);
    Box legendBox = union(legend);
    List<int[]> runs = columnRuns(layout, pageWidth - gridLeft - margin);
    double room = pageHeight - 2 * margin;
    boolean headerWithGrid = header.isEmpty()
        || headerBox.bottom() - margin + gap + gridBox.height() <= room;
    boolean legendWithGrid = legend.isEmpty() || gridBox.height() + gap + legendBox.height()
        + (runs.size() == 1 && headerWithGrid && !header.isEmpty()
            ? headerBox.bottom() - margin + gap : 0) <= room;

    List<Page> pages = new ArrayList<>();
    if (!header.isEmpty() && !headerWithGrid) {
      pages.add(framePage(pages.size() + 1, header, headerBox, margin));
    }
    for (int i = 0; i < runs.size(); i++) {
      int first = runs.get(i)[0];
      int count = runs.get(i)[1];
      List<Part> parts = new ArrayList<>();
      double top = margin;
      double right = 0;
      if (i == 0 && headerWithGrid && !header.isEmpty()) {
        Box source = new Box(0, 0, headerBox.right() + BLEED, headerBox.bottom() + BLEED);
        parts.add(new Part(source, 0, 0, header));
        top = headerBox.bottom() + gap;
        right = headerBox.right();
      }
      Layout.Column firstColumn = layout.columns().get(first);
      Layout.Column lastColumn = layout.columns().get(first + count - 1);
      double left = firstColumn.x();
      double span = lastColumn.x() + lastColumn.width() - left;
      double dy = top - gridBox.y();
      Box labels = new Box(0, gridBox.y() - BLEED, gridLeft, gridBox.height() + 2 * BLEED);
      parts.add(new Part(labels, 0, dy, keep(grid, labels, Double.NaN, false)));
      Box content = new Box(left, gridBox.y() - BLEED, span, gridBox.height() + 2 * BLEED);
      parts.add(new Part(content, gridLeft - left, dy, keep(grid, content, left, false)));
      double bottom = gridBox.bottom() + dy;
      right = Math.max(right, gridLeft + span);
      if (i == runs.size() - 1 && legendWithGrid && !legend.isEmpty()) {
        double legendDy = bottom + gap - legendBox.y();
        Box source = new Box(0, legendBox.y() - BLEED, legendBox.right() + BLEED,
            legendBox.height() + 2 * BLEED);
        parts.add(new Part(source, 0, legendDy, legend));
        bottom = legendBox.bottom() + legendDy;
        right = Math.max(right, legendBox.right());
      }
      pages.add(new Page(pages.size() + 1, first, count, Math.ceil(right + margin),
          Math.ceil(bottom + margin), parts));
    }
    if (!legend.isEmpty() && !legendWithGrid) {
      pages.add(framePage(pages.size() + 1, legend, legendBox, margin));
    }
    return pages;
  }

  /** A page of the header or the legend alone, moved to the page's top margin. */
  private static Page framePage(int number, List<Mark> marks, Box box, double margin) {
    Box source = new Box(0, box.y() - BLEED, box.right() + BLEED, box.height() + 2 * BLEED);
    double dy = margin - box.y();
    return new Page(number, 0, 0, Math.ceil(box.right() + margin),
        Math.ceil(box.height() + 2 * margin), List.of(new Part(source, 0, dy, marks)));
  }

  /**
   * Consecutive columns, as {first, count}, each run at most {@code width} px wide, or one
   * column when that alone is wider.
   */
  private static List<int[]> columnRuns(Layout layout, double width) {
    List<int[]> runs = new ArrayList<>();
    List<Layout.Column> columns = layout.columns();
    int first = 0;
    while (first < columns.size()) {
      double left = columns.get(first).x();
      int end = first + 1;
      while (end < columns.size()
          && columns.get(end).x() + columns.get(end).width() - left <= width + 1e-9) {
        end++;
      }
      runs.add(new int[] {first, end - first});
      first = end;
    }
    if (runs.isEmpty()) {
      runs.add(new int[] {0, 0});
    }
    return runs;
  }

  /** The grid: the table of stage headers and lanes, with the label column at its left. */
  private static Box gridBounds(Layout layout) {
    for (Mark mark : layout.marks()) {
      if (mark instanceof Mark.Group group && group.role() == Mark.Role.TABLE) {
        return bounds(group);
      }
    }
    throw new IllegalArgumentException("the layout has no grid");
  }

  /**
   * The marks that overlap {@code region}, groups keeping only such children; when
   * {@code cut} is a number (the page's left edge), the texts of column headers whose cell runs
   * across it move right into the cell's visible part (see {@link #continued}).
   */
  private static List<Mark> keep(List<Mark> marks, Box region, double cut, boolean header) {
    List<Mark> kept = new ArrayList<>();
    for (Mark mark : marks) {
      if (mark instanceof Mark.Group g) {
        List<Mark> children = keep(g.children(), region, cut,
            header || g.role() == Mark.Role.COLUMN_HEADER);
        if (!children.isEmpty()) {
          kept.add(new Mark.Group(g.id(), g.classes(), g.tooltip(), g.link(), g.role(),
              g.column(), children, g.span()));
        }
        continue;
      }
      Mark placed = header && !Double.isNaN(cut) && mark instanceof Mark.Text text
          ? continued(text, cut) : mark;
      if (overlaps(bounds(placed), region)) {
        kept.add(placed);
      }
    }
    return kept;
  }

  /**
   * A column header's text that starts left of the page's edge {@code cut} while its cell runs
   * across it (a stage band over columns on two pages), moved right by as much as the cell is
   * cut, so that the band's name shows again at its start on this page; when it does not fit
   * there, or the text starts right of the edge, the text itself.
   */
  static Mark.Text continued(Mark.Text text, double cut) {
    Box cell = text.cell();
    double shift = cut - cell.x();
    if (text.box().x() >= cut || shift <= BLEED || cell.right() <= cut
        || text.box().right() + shift > cell.right()) {
      return text;
    }
    List<Mark.TextLine> lines = new ArrayList<>();
    for (Mark.TextLine line : text.lines()) {
      lines.add(new Mark.TextLine(line.text(), line.x() + shift, line.baseline(), line.width(),
          line.spaceAfter()));
    }
    Box box = text.box();
    return new Mark.Text(new Box(box.x() + shift, box.y(), box.width(), box.height()),
        new Box(cut, cell.y(), cell.right() - cut, cell.height()), lines, text.fontSize(),
        text.bold(), text.italic(), text.ink(), text.background());
  }

  private static boolean overlaps(Box b, Box region) {
    return b.x() < region.right() && b.right() > region.x() && b.y() < region.bottom()
        && b.bottom() > region.y();
  }

  private static Box union(List<Mark> marks) {
    Box box = null;
    for (Mark mark : marks) {
      if (mark instanceof Mark.Group group && group.children().isEmpty()) {
        continue;
      }
      Box b = bounds(mark);
      box = box == null ? b : union(box, b);
    }
    return box == null ? new Box(0, 0, 0, 0) : box;
  }

  private static Box union(Box a, Box b) {
    double x = Math.min(a.x(), b.x());
    double y = Math.min(a.y(), b.y());
    return new Box(x, y, Math.max(a.right(), b.right()) - x,
        Math.max(a.bottom(), b.bottom()) - y);
  }

  /** The extent of a mark's geometry (without its stroke's width). */
  static Box bounds(Mark mark) {
    if (mark instanceof Mark.Group group) {
      return union(group.children());
    } else if (mark instanceof Mark.Rect rect) {
      return rect.box();
    } else if (mark instanceof Mark.Line line) {
      return points(List.of(line.from(), line.to()));
    } else if (mark instanceof Mark.Polygon polygon) {
      return points(polygon.points());
    } else if (mark instanceof Mark.Curve curve) {
      List<Point> all = new ArrayList<>(curve.points());
      all.addAll(curve.controls());
      return points(all);
    } else if (mark instanceof Mark.Dot dot) {
      return new Box(dot.center().x() - dot.radius(), dot.center().y() - dot.radius(),
          2 * dot.radius(), 2 * dot.radius());
    } else if (mark instanceof Mark.Ellipse e) {
      return new Box(e.center().x() - e.rx(), e.center().y() - e.ry(), 2 * e.rx(), 2 * e.ry());
    } else if (mark instanceof Mark.Path path) {
      List<Point> all = new ArrayList<>();
      path.steps().forEach(step -> all.addAll(step.points()));
      return points(all);
    } else if (mark instanceof Mark.Text text) {
      return text.box();
    }
    throw new AssertionError("unknown mark: " + mark);
  }

  private static Box points(List<Point> points) {
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (Point p : points) {
      minX = Math.min(minX, p.x());
      minY = Math.min(minY, p.y());
      maxX = Math.max(maxX, p.x());
      maxY = Math.max(maxY, p.y());
    }
    return points.isEmpty() ? new Box(0, 0, 0, 0)
        : new Box(minX, minY, maxX - minX, maxY - minY);
  }
}
