package dev.journeymap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymap.core.Journey;
import dev.journeymap.render.JourneyRenderer;
import dev.journeymap.render.MapSize;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JFreeSvgExampleTest {
  @Test
  void reportHasTheHeadingTheScaledMapAndTheFootnote(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("report.svg");
    JFreeSvgExample.main(new String[] {out.toString()});
    String svg = Files.readString(out);
    Journey journey = Examples.journey("home-services").orElseThrow();
    MapSize size = JourneyRenderer.create().size(journey);
    double scale = (JFreeSvgExample.PAGE_WIDTH - 2 * JFreeSvgExample.MARGIN) / size.width();
    double height = JFreeSvgExample.HEADING + size.height() * scale
        + JFreeSvgExample.FOOTNOTE;

    assertThat(svg).startsWith("<?xml").contains("width='900.0' height='" + height + "'")
        .contains(">Quarterly review: " + journey.title() + "</text>")
        .contains(">Drawn with journey-map on a JFreeSVG canvas.</text>");
    // The map's own texts, drawn by paint() as text, inside the page.
    assertThat(svg).contains(">" + journey.title() + "</text>");
    journey.stages().forEach(stage -> assertThat(svg).contains(">" + stage.name() + "</text>"));
    // Every mark of the map is moved and scaled to its place on the page.
    assertThat(svg).contains("transform='matrix(" + scale + ",0.0,0.0," + scale + ",40.0,70.0)'");
  }
}
