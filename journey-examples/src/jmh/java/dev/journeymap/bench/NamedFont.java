package dev.journeymap.bench;

import java.awt.Font;

/**
 * A font that answers its family from a field, as the renderer's own SVG font does: the plain
 * {@link Font#getFamily()} would start the AWT font system, which the SVG baseline must not pay
 * for since the renderer does not.
 */
final class NamedFont extends Font {
  private static final long serialVersionUID = 1L;

  private final String family;

  NamedFont(String family, int style, int size) {
    super(family, style, size);
    this.family = family;
  }

  @Override
  public String getFamily() {
    return family;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NamedFont named && super.equals(other)
        && named.family.equals(family);
  }

  @Override
  public int hashCode() {
    return super.hashCode() * 31 + family.hashCode();
  }
}
