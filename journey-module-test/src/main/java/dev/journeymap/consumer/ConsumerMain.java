package dev.journeymap.consumer;

import com.google.common.collect.ImmutableList;
import dev.journeymap.core.Channel;
import dev.journeymap.core.Journey;
import dev.journeymap.core.Stage;
import dev.journeymap.core.insights.JourneyInsights;
import dev.journeymap.core.insights.StageRef;
import dev.journeymap.core.json.JourneyJson;
import dev.journeymap.core.validation.JourneyValidator;
import dev.journeymap.core.validation.ValidationReport;
import dev.journeymap.mermaid.MermaidJourney;
import dev.journeymap.pdf.JourneyPdf;
import dev.journeymap.pdf.PdfOptions;
import dev.journeymap.render.JourneyRenderer;
import dev.journeymap.render.MapSize;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds, validates, reads and renders journeys from a named module, writing its files into the
 * directory given as the only argument and printing what it saw, one fact a line:
 *
 * <pre>
 * stages: awareness, purchase (an ImmutableList of module com.google.common)
 * errors: 0
 * stages without KPI: awareness, purchase
 * json: read back equal
 * schema: 2020-12
 * schema resource by name: not visible
 * mermaid: pack-up, settle-in
 * image: twice the map's size
 * layout engine by reflection: refused
 * pdf: written
 * </pre>
 */
public final class ConsumerMain {
  /** The Mermaid diagram read by the program. */
  static final String DIAGRAM = """
      journey
        title Moving house on a Saturday
        section Pack up
          Load the van: 3: Me, Neighbour
        section Settle in
          Unlock the new front door: 5: Me
      """;

  private ConsumerMain() {}

  /** Runs the program; {@code args[0]} is the directory to write the maps into. */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    Journey journey = Journey.builder("Booking a junk removal")
        .goal("Increase the number of booked jobs")
        .stage("awareness", "Awareness", s -> s
            .action("Searches 'junk removal near me'")
            .touchpoint("search-ad", "Search ad", Channel.SEARCH)
            .emotion(0, "Hopeful but unsure"))
        .stage("purchase", "Purchase", s -> s
            .action("Books online")
            .touchpoint("booking-form", "Online booking form", Channel.WEB)
            .emotion(1, "Relieved"))
        .build();

    ImmutableList<Stage> stages = journey.stages();
    StringBuilder ids = new StringBuilder();
    for (Stage stage : stages) {
      ids.append(ids.length() == 0 ? "" : ", ").append(stage.id());
    }
    System.out.println("stages: " + ids + " (an ImmutableList of module "
        + ImmutableList.class.getModule().getName() + ")");

    ValidationReport report = JourneyValidator.validate(journey);
    System.out.println("errors: " + report.errors().size());
    System.out.println("stages without KPI: " + String.join(", ",
        JourneyInsights.of(journey).stagesWithoutKpi().stream().map(StageRef::id).toList()));

    // Jackson runs inside dev.journeymap.core, which this module does not know about
    boolean equal = JourneyJson.read(JourneyJson.write(journey)).equals(journey);
    System.out.println("json: " + (equal ? "read back equal" : "read back different"));
    JourneyJson.write(journey, out.resolve("map.json"));

    String schema = JourneyJson.schema();
    System.out.println("schema: "
        + (schema.contains("https://json-schema.org/draft/2020-12/schema") ? "2020-12" : "?"));
    // the resource is encapsulated in dev.journeymap.core: found by schema() above, not by name
    try (InputStream in = JourneyJson.class.getResourceAsStream(JourneyJson.SCHEMA_RESOURCE)) {
      System.out.println("schema resource by name: " + (in == null ? "not visible" : "visible"));
    }

    Journey moving = MermaidJourney.read(DIAGRAM);
    System.out.println("mermaid: " + String.join(", ",
        moving.stages().stream().map(Stage::id).toList()));
    MermaidJourney.write(moving, out.resolve("moving.mmd"));

    JourneyRenderer renderer = JourneyRenderer.create();
    renderer.renderSvg(journey, out.resolve("map.svg"));
    renderer.renderSvg(MermaidJourney.read(out.resolve("moving.mmd")), out.resolve("moving.svg"));
    renderer.renderPng(journey, out.resolve("map.png"), 1);
    BufferedImage image = renderer.renderImage(journey, 2);
    MapSize size = renderer.size(journey);
    boolean twice = image.getWidth() == (int) Math.ceil(size.width() * 2)
        && image.getHeight() == (int) Math.ceil(size.height() * 2);
    System.out.println("image: " + (twice ? "twice the map's size"
        : image.getWidth() + "x" + image.getHeight() + " for a map of " + size));

    // the class loads, but its package is not exported: calling into it is refused
    try {
      Class.forName("dev.journeymap.render.layout.LayoutEngine").getMethod("create").invoke(null);
      System.out.println("layout engine by reflection: allowed");
    } catch (IllegalAccessException e) {
      System.out.println("layout engine by reflection: refused");
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }

    // the fonts are resources of dev.journeymap.pdf, PDFBox automatic modules
    JourneyPdf.write(journey, PdfOptions.defaults(), out.resolve("map.pdf"));
    byte[] pdf = Files.readAllBytes(out.resolve("map.pdf"));
    System.out.println("pdf: " + (new String(pdf, 0, 5, StandardCharsets.US_ASCII)
        .equals("%PDF-") ? "written" : "not a PDF"));
  }
}
