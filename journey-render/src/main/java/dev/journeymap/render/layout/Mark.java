package dev.journeymap.render.layout;

import dev.journeymap.core.Channel;
import dev.journeymap.render.Ink;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing drawn on the map: a group of marks, or a shape, a text block or an icon. Marks are
 * plain immutable data; painters turn them into {@code Graphics2D} calls in the order given.
 */
public sealed interface Mark {

  /**
   * Marks that belong together, with what an embedding app needs to find and style them.
   *
   * @param id the element id, already prefixed (see {@link Ids}); empty for an anonymous group
   * @param classes CSS classes, e.g. {@code ["jm-lane", "jm-lane-pain-points"]}
   * @param tooltip text for a {@code <title>} child, e.g. an insight's source
   * @param link an {@code http}, {@code https} or {@code mailto} URI the group links to
   * @param children the marks inside, in painting order
   */
  record Group(Optional<String> id, List<String> classes, Optional<String> tooltip,
      Optional<String> link, List<Mark> children) implements Mark {
    /** Copies the lists. */
    public Group {
      Objects.requireNonNull(id, "id");
      classes = List.copyOf(classes);
      Objects.requireNonNull(tooltip, "tooltip");
      Objects.requireNonNull(link, "link");
      children = List.copyOf(children);
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
   */
  record Text(Box box, Box cell, List<TextLine> lines, int fontSize, boolean bold,
      boolean italic, Ink ink, Ink background) implements Mark {
    /** Copies the list. */
    public Text {
      lines = List.copyOf(lines);
    }
  }

  /**
   * One line of a {@link Text}.
   *
   * @param text the characters, already cleaned of anything XML cannot hold
   * @param x the left end of the baseline
   * @param baseline the baseline's y
   * @param width the measured advance width
   */
  record TextLine(String text, double x, double baseline, double width) {}

  /**
   * A channel icon drawn as vector shapes on a disc.
   *
   * @param channel which icon
   * @param box the square it fits in
   * @param ink the colour of its strokes
   * @param fill the colour of the disc behind it
   */
  record Icon(Channel channel, Box box, Ink ink, Ink fill) implements Mark {}
}
