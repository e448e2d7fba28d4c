package dev.journeymap.render.layout;

import dev.journeymap.render.Ink;
import dev.journeymap.render.Lane;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing drawn on the map: a group of marks, or a shape or a text block. Marks are plain
 * immutable data, already placed; every writer (SVG text, {@code Graphics2D}) emits them in the
 * order given and decides nothing.
 */
public sealed interface Mark {

  /**
   * Marks that belong together, with what an embedding app needs to find and style them, and
   * what assistive technology needs to read the map as a table.
   *
   * @param id the element id, already prefixed (see {@link Ids}); empty for an anonymous group
   * @param classes CSS classes, e.g. {@code ["jm-lane", "jm-lane-pain-points"]}
   * @param tooltip text for a {@code <title>} child, e.g. an insight's source
   * @param link an {@code http}, {@code https} or {@code mailto} URI the group links to
   * @param role what the group is in the map's table, or {@link Role#NONE}
   * @param column the 1-based column of a header or cell in its row, 0 for other groups
   * @param children the marks inside, in painting order
   * @param span how many columns a header or cell spans (a stage over its steps), 1 otherwise
   * @param personas the ids of the personas the group is about (a card, a curve), in the
   *     journey's order; empty when it is about every persona or none in particular
   * @param details what a reader may ask about the group beyond what is drawn (a card's whole
   *     text, its evidence and source), for writers that can show it on demand
   */
  record Group(Optional<String> id, List<String> classes, Optional<String> tooltip,
      Optional<String> link, Role role, int column, List<Mark> children, int span,
      List<String> personas, Optional<Details> details) implements Mark {
    /** Copies the lists. */
    public Group {
      Objects.requireNonNull(id, "id");
      classes = List.copyOf(classes);
      Objects.requireNonNull(tooltip, "tooltip");
      Objects.requireNonNull(link, "link");
      Objects.requireNonNull(role, "role");
      if (column < 0 || (column > 0) != role.inColumn()) {
        throw new IllegalArgumentException("a " + role + " group cannot be in column " + column);
      }
      children = List.copyOf(children);
      if (span < 1 || span > 1 && column == 0) {
        throw new IllegalArgumentException("a group in column " + column + " cannot span "
            + span);
      }
      personas = List.copyOf(personas);
      Objects.requireNonNull(details, "details");
    }

    /** A group about no persona in particular, with nothing more to tell than it draws. */
    public Group(Optional<String> id, List<String> classes, Optional<String> tooltip,
        Optional<String> link, Role role, int column, List<Mark> children, int span) {
      this(id, classes, tooltip, link, role, column, children, span, List.of(),
          Optional.empty());
    }

    /** A group spanning one column, or none. */
    public Group(Optional<String> id, List<String> classes, Optional<String> tooltip,
        Optional<String> link, Role role, int column, List<Mark> children) {
      this(id, classes, tooltip, link, role, column, children, 1);
    }

    /** A group with no role in the table. */
    public Group(Optional<String> id, List<String> classes, Optional<String> tooltip,
        Optional<String> link, List<Mark> children) {
      this(id, classes, tooltip, link, Role.NONE, 0, children);
    }

    /** This group with other children, everything else kept. */
    public Group withChildren(List<Mark> newChildren) {
      return new Group(id, classes, tooltip, link, role, column, newChildren, span, personas,
          details);
    }

    /**
     * Whether {@code uri} may be a group's link: an {@code http}, {@code https} or
     * {@code mailto} URI. The layout links only such URIs, and writers check again.
     */
    public static boolean isSafeLink(String uri) {
      String lower = uri.toLowerCase(Locale.ROOT);
      return lower.startsWith("http://") || lower.startsWith("https://")
          || lower.startsWith("mailto:");
    }

    /** An anonymous group playing {@code role}, e.g. the decoration of a lane. */
    public static Group of(Role role, List<Mark> children) {
      return new Group(Optional.empty(), List.of(), Optional.empty(), Optional.empty(), role, 0,
          children);
    }
  }

  /**
   * What a reader may ask about a card, for writers that show it on hover or focus (the HTML
   * page): the whole text, and notes such as its evidence and source, already in the map's
   * language.
   *
   * <pre>{@code
   * new Details(card, Lane.PAIN_POINTS, "No evening time slots",
   *     List.of(new Note("Evidence", "analytics"), new Note("Source", "Drop-off analytics")))
   * }</pre>
   *
   * @param box the card's extent on the map
   * @param lane the lane the card is in
   * @param text the card's whole text, normalized as the map draws it
   * @param notes what else there is to know, in reading order
   */
  record Details(Box box, Lane lane, String text, List<Note> notes) {
    /** Copies the list. */
    public Details {
      Objects.requireNonNull(box, "box");
      Objects.requireNonNull(lane, "lane");
      Objects.requireNonNull(text, "text");
      notes = List.copyOf(notes);
    }
  }

  /**
   * One thing to know about a card: a term and its value, e.g. {@code Source} and {@code
   * Booking-form drop-off analytics}.
   *
   * @param term what the value is
   * @param value the value, normalized
   */
  record Note(String term, String value) {
    /** Checks for nulls. */
    public Note {
      Objects.requireNonNull(term, "term");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * What a group is to assistive technology. The map reads as a table: a row of column headers
   * (the stages), then one row per lane with its label as row header and one cell per column.
   */
  enum Role {
    /** Plain structure: read through. */
    NONE(false),
    /** Drawn only for the eye (bands, ticks, the curve): hidden from assistive technology. */
    DECORATION(false),
    /** The grid of lanes by columns. */
    TABLE(false),
    /** The stage headers, or one lane. */
    ROW(false),
    /** The label column's header, or a stage's header. */
    COLUMN_HEADER(true),
    /** A lane's label. */
    ROW_HEADER(true),
    /** A lane's content in one column. */
    CELL(true);

    private final boolean inColumn;

    Role(boolean inColumn) {
      this.inColumn = inColumn;
    }

    /** Whether a group of this role sits in a column of its row. */
    public boolean inColumn() {
      return inColumn;
    }
  }

  /**
   * A rectangle with optional rounded corners.
   *
   * @param box where
   * @param radius the corner radius, 0 for square corners
   * @param fill the fill, if any
   * @param stroke the outline colour, if any
   * @param style how the outline is drawn
   */
  record Rect(Box box, double radius, Optional<Ink> fill, Optional<Ink> stroke, Stroke style)
      implements Mark {}

  /**
   * A straight line.
   *
   * @param from one end
   * @param to the other end
   * @param ink the colour
   * @param style the width and dash
   */
  record Line(Point from, Point to, Ink ink, Stroke style) implements Mark {}

  /**
   * A closed polygon, e.g. a stage header's arrow shape.
   *
   * @param points the corners, in order
   * @param fill the fill
   */
  record Polygon(List<Point> points, Ink fill) implements Mark {
    /** Copies the list. */
    public Polygon {
      points = List.copyOf(points);
    }
  }

  /**
   * A smooth curve through points: cubic segments from each point to the next, with two control
   * points per segment.
   *
   * @param points the points the curve passes through, left to right
   * @param controls two control points per segment, {@code 2 * (points.size() - 1)} in all
   * @param ink the colour
   * @param style the width and dash
   */
  record Curve(List<Point> points, List<Point> controls, Ink ink, Stroke style) implements Mark {
    /** Checks the number of control points. */
    public Curve {
      points = List.copyOf(points);
      controls = List.copyOf(controls);
      if (controls.size() != 2 * Math.max(0, points.size() - 1)) {
        throw new IllegalArgumentException(
            "a curve through " + points.size() + " points needs " + 2 * (points.size() - 1)
                + " control points: " + controls.size());
      }
    }
  }

  /**
   * A filled circle with an outline.
   *
   * @param center the centre
   * @param radius the radius
   * @param fill the fill
   * @param stroke the outline colour
   */
  record Dot(Point center, double radius, Ink fill, Ink stroke) implements Mark {}

  /**
   * A block of text, already broken into lines and placed.
   *
   * @param box the block's extent: the widest line by the lines' height
   * @param cell the region the block must stay inside (its card, cell or header)
   * @param lines the lines, top to bottom
   * @param fontSize the font size in px, a whole number
   * @param bold whether bold
   * @param italic whether italic
   * @param ink the text colour
   * @param background the colour the text is drawn on, for contrast checks
   * @param rtl whether the paragraph reads right to left (Arabic, Hebrew...): its lines are
   *     aligned on their right ends and a writer must set the paragraph's direction, so that
   *     its punctuation lands on the left end
   */
  record Text(Box box, Box cell, List<TextLine> lines, int fontSize, boolean bold,
      boolean italic, Ink ink, Ink background, boolean rtl) implements Mark {
    /** Copies the list. */
    public Text {
      lines = List.copyOf(lines);
    }

    /** A paragraph that reads left to right. */
    public Text(Box box, Box cell, List<TextLine> lines, int fontSize, boolean bold,
        boolean italic, Ink ink, Ink background) {
      this(box, cell, lines, fontSize, bold, italic, ink, background, false);
    }
  }

  /**
   * One line of a {@link Text}.
   *
   * @param text the characters, already cleaned of anything XML cannot hold
   * @param x the left end of the baseline
   * @param baseline the baseline's y
   * @param width the measured advance width
   * @param spaceAfter whether the paragraph has a space where this line ends, so that readers
   *     of the text (not of the picture) hear the words apart
   */
  record TextLine(String text, double x, double baseline, double width, boolean spaceAfter) {
    /** A line that ends its paragraph or a word broken in two. */
    public TextLine(String text, double x, double baseline, double width) {
      this(text, x, baseline, width, false);
    }
  }

  /**
   * An ellipse, filled, outlined or both: the parts of channel icons.
   *
   * @param center the centre
   * @param rx the horizontal radius
   * @param ry the vertical radius
   * @param fill the fill, if any
   * @param stroke the outline colour, if any
   * @param style how the outline is drawn
   */
  record Ellipse(Point center, double rx, double ry, Optional<Ink> fill, Optional<Ink> stroke,
      Stroke style) implements Mark {}

  /**
   * A path of straight and cubic segments, filled or outlined: the parts of channel icons.
   *
   * @param steps the segments, starting with a {@link PathStep.Kind#MOVE}
   * @param fill the fill, if any
   * @param stroke the outline colour, if any
   * @param style how the outline is drawn
   */
  record Path(List<PathStep> steps, Optional<Ink> fill, Optional<Ink> stroke, Stroke style)
      implements Mark {
    /** Copies the list and checks that it starts with a move. */
    public Path {
      steps = List.copyOf(steps);
      if (steps.isEmpty() || steps.get(0).kind() != PathStep.Kind.MOVE) {
        throw new IllegalArgumentException("a path starts with a move: " + steps);
      }
    }
  }

  /**
   * One step of a {@link Path}.
   *
   * @param kind what the step draws
   * @param points the step's points: one for a move or a line, the two control points and the
   *     end for a cubic, none for a close
   */
  record PathStep(Kind kind, List<Point> points) {
    /** Copies the list and checks its size. */
    public PathStep {
      points = List.copyOf(points);
      if (points.size() != kind.points) {
        throw new IllegalArgumentException(kind + " takes " + kind.points + " points: " + points);
      }
    }

    /** The kinds of step. */
    public enum Kind {
      /** Starts a new subpath at a point. */
      MOVE(1),
      /** A straight line to a point. */
      LINE(1),
      /** A cubic Bézier curve through two control points to a point. */
      CUBIC(3),
      /** A straight line back to the subpath's start. */
      CLOSE(0);

      private final int points;

      Kind(int points) {
        this.points = points;
      }
    }
  }
}
