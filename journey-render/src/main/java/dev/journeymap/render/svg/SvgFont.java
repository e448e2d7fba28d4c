package dev.journeymap.render.svg;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.util.Collections;
import java.util.Map;

/**
 * A font that only names its CSS family. JFreeSVG asks the font for its family when it writes
 * text; the plain {@link Font#getFamily()} starts the AWT font system, which fails on machines
 * without fonts and costs tens of milliseconds on the first render elsewhere. This font answers
 * from its own field instead, and is never used to measure anything.
 */
final class SvgFont extends Font {
  private static final long serialVersionUID = 1L;

  private final String cssFamily;
  // JFreeSVG asks for the attributes at every drawString; Font builds a new map each time.
  private final transient Map<TextAttribute, ?> attributes;

  SvgFont(String cssFamily, int style, int size) {
    super(cssFamily, style, size);
    this.cssFamily = cssFamily;
    this.attributes = Collections.unmodifiableMap(super.getAttributes());
  }

  @Override
  public Map<TextAttribute, ?> getAttributes() {
    // Null only in a deserialized copy, which nothing in the renderer makes.
    return attributes != null ? attributes : super.getAttributes();
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
