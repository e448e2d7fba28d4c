package dev.journeymap.render.paint;

import dev.journeymap.render.layout.Mark;
import java.awt.Font;

/**
 * What differs between painting for SVG and painting into an image: structure (groups, links,
 * tooltips) that only SVG can hold, how text must be encoded, and which fonts to use.
 */
public interface Target {
  /** Opens a group before its children are painted. */
  void begin(Mark.Group group);

  /** Closes the group opened last. */
  void end(Mark.Group group);

  /** {@code text} as it must be handed to {@code Graphics2D.drawString}. */
  String encode(String text);

  /** The font for this size and style. */
  Font font(int size, boolean bold, boolean italic);

  /**
   * A target that paints into an image: no structure, text as is, and the real AWT font of this
   * family (the installed DejaVu Sans, or the JDK's fallback when it is missing).
   */
  static Target image(String family) {
    return new Target() {
      @Override
      public void begin(Mark.Group group) {}

      @Override
      public void end(Mark.Group group) {}

      @Override
      public String encode(String text) {
        return text;
      }

      @Override
      public Font font(int size, boolean bold, boolean italic) {
        int style = (bold ? Font.BOLD : 0) | (italic ? Font.ITALIC : 0);
        return new Font(family, style, size);
      }
    };
  }
}
