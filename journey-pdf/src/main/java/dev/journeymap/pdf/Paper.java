package dev.journeymap.pdf;

/**
 * A sheet of paper to print a map on (ISO 216), in portrait; {@link PdfOptions} turns it to
 * landscape.
 *
 * <pre>{@code
 * Paper.A4.width()    // 595.2756 (pt, 210 mm)
 * }</pre>
 */
public enum Paper {
  /** 210 x 297 mm. */
  A4(210, 297),
  /** 297 x 420 mm. */
  A3(297, 420);

  /** Points (1/72 inch) per millimetre. */
  static final double PT_PER_MM = 72 / 25.4;

  private final double widthMm;
  private final double heightMm;

  Paper(double widthMm, double heightMm) {
    this.widthMm = widthMm;
    this.heightMm = heightMm;
  }

  /** The width in portrait, in PDF points (1/72 inch). */
  public double width() {
    return widthMm * PT_PER_MM;
  }

  /** The height in portrait, in PDF points (1/72 inch). */
  public double height() {
    return heightMm * PT_PER_MM;
  }
}
