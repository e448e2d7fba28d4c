package dev.journeymap.render.layout;

import dev.journeymap.core.Journey;
import dev.journeymap.render.Ink;
import dev.journeymap.render.RenderOptions;
import java.util.List;
import java.util.Optional;

/**
 * Computes the {@link Layout} of a journey: every box, line and line of text, in pixels.
 *
 * <p>Immutable and thread-safe.
 */
public final class LayoutEngine {
  private LayoutEngine() {}

  /** An engine measuring text with the shipped font tables. */
  public static LayoutEngine create() {
    return new LayoutEngine();
  }

  /** The CSS font family the layout was measured for. */
  public String cssFontFamily() {
    return "'DejaVu Sans', Verdana, sans-serif";
  }

  /** The font family name to ask AWT for when painting into an image. */
  public String fontFamily() {
    return "DejaVu Sans";
  }

  /** The layout of {@code journey} drawn with {@code options}. */
  public Layout layout(Journey journey, RenderOptions options) {
    String prefix = options.idPrefix().orElse("journey");
    Box page = new Box(0, 0, 800, 100);
    Box titleBox = new Box(24, 24, 600, 24);
    Mark.Text title = new Mark.Text(titleBox, page,
        List.of(new Mark.TextLine(journey.title(), 24, 42, 600)), 20, true, false, Ink.TEXT,
        Ink.BACKGROUND);
    Mark.Group header = new Mark.Group(Optional.of(prefix + "-header"), List.of("jm-header"),
        Optional.empty(), Optional.empty(), List.of(title));
    return new Layout(page.width(), page.height(), prefix, journey.title(),
        journey.description().orElse(""), "en", List.of(), List.of(), List.of(header));
  }
}
