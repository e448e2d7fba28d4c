package dev.journeymap.render.svg;

import java.awt.Font;

/**
 * A font that only names its CSS family. JFreeSVG asks the font for its family when it writes
 * text; the plain {@link Font#getFamily()} starts the AWT font system, which fails on machines
 * without fonts and costs tens of milliseconds on the first render elsewhere. This font answers
 * from its own field instead, and is never used to measure anything.
 */
final class SvgFont extends Font {
  private static final long serialVersionUID = 1L;

  private final String cssFamily;

  SvgFont(String cssFamily, int style, int size) {
    super(cssFamily, style, size);
    this.cssFamily = cssFamily;
  }

  @Override
  public String getFamily() {
    return cssFamily;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SvgFont && super.equals(other)
        && ((SvgFont) other).cssFamily.equals(cssFamily);
  }

  @Override
  public int hashCode() {
    return super.hashCode() * 31 + cssFamily.hashCode();
  }
}
