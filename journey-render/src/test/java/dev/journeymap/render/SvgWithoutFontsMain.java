package dev.journeymap.render;

/** Renders a sample as SVG in a fresh JVM, for {@link FontFreeSvgTest}. */
public final class SvgWithoutFontsMain {
  private SvgWithoutFontsMain() {}

  /** Prints the length of the SVG of the English sample. */
  public static void main(String[] args) {
    System.out.println("svg chars: "
        + JourneyRenderer.create().renderSvg(SampleJourneys.junkRemoval()).length());
  }
}
