package dev.journeymap.render;

import dev.journeymap.core.Journey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders the journey at the reader's limits as an SVG file in a fresh JVM, for
 * {@link SvgAtTheLimitsTest}, which gives it a fixed heap.
 */
public final class SvgAtTheLimitsMain {
  private SvgAtTheLimitsMain() {}

  /** Writes the SVG to the file named by the first argument and prints its size. */
  public static void main(String[] args) throws IOException {
    Journey journey = args.length > 1
        ? JourneysAtTheLimits.journey(Integer.parseInt(args[1]), Integer.parseInt(args[2]),
            Integer.parseInt(args[3]))
        : JourneysAtTheLimits.atTheLimits();
    Path file = Path.of(args[0]);
    long start = System.nanoTime();
    JourneyRenderer.create().renderSvg(journey, file);
    System.out.println("svg bytes: " + Files.size(file) + " in "
        + (System.nanoTime() - start) / 1_000_000 + " ms");
  }
}
