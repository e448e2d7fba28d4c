package dev.journeymap.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymap.core.json.JourneyJson;
import dev.journeymap.examples.Examples;
import dev.journeymap.examples.HomeServicesJourney;
import dev.journeymap.mermaid.MermaidJourney;
import dev.journeymap.pdf.JourneyPdf;
import dev.journeymap.pdf.Paper;
import dev.journeymap.pdf.PdfOptions;
import dev.journeymap.render.JourneyRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JourneyMapCliTest {
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  /** Valid, but without goal or persona: two warnings. */
  private static final String WEAK = """
      {
        "format": 1,
        "title": "Weak map",
        "stages": [ { "id": "only", "name": "Only stage", "actions": ["Does a thing"] } ]
      }
      """;

  @TempDir
  Path dir;

  @BeforeEach
  void copyExamples() throws IOException {
    for (String name : Examples.names()) {
      try (InputStream in = Examples.class.getResourceAsStream(Examples.resource(name))) {
        Files.write(dir.resolve(name + ".json"), in.readAllBytes());
      }
    }
  }

  private void file(String name, String content) throws IOException {
    Files.writeString(dir.resolve(name), content, UTF_8);
  }

  private List<String> files(String subdir) throws IOException {
    try (Stream<Path> list = Files.list(dir.resolve(subdir))) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private String svgOf(dev.journeymap.core.Journey journey) {
    return JourneyRenderer.create().renderSvg(journey);
  }

  // --- without a command: the examples

  @Test
  void rendersEveryExampleIntoMapsAndSaysWhere() throws IOException {
    CliRun run = CliRun.run(dir);

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    Path maps = dir.resolve("maps").toAbsolutePath().normalize();
    assertThat(run.out()).isEqualTo("wrote 5 example maps (SVG) to " + maps + "\n"
        + "open " + maps.resolve("home-services.svg") + " to start\n");
    assertThat(files("maps")).containsExactly("b2b-software.svg", "bank-onboarding.svg",
        "home-services-future.svg", "home-services.svg", "online-academy.svg");
    assertThat(Files.readString(maps.resolve("home-services.svg")))
        .isEqualTo(svgOf(HomeServicesJourney.journey()));
  }

  @Test
  void rendersTheExamplesAlsoAsPngWhenAsked() throws IOException {
    CliRun run = CliRun.run(dir, "--png", "-o", "out");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("wrote 5 example maps (SVG and PNG) to ");
    assertThat(files("out")).hasSize(10).contains("home-services.png", "home-services.svg");
    assertThat(Files.readAllBytes(dir.resolve("out/home-services.png")))
        .startsWith(PNG_SIGNATURE);
  }

  // --- help and usage errors

  @Test
  void aFileNameWithTerminalControlsIsPrintedEscaped() throws IOException {
    String name = "map\u001b[2K\u202e.json";
    file(name, WEAK.replace("\"format\": 1,", "\"format\": 1, \"sneaky\u001b[1m\": 1,"));

    CliRun run = CliRun.run(dir, "validate", name);

    assertThat(run.status()).isOne();
    assertThat(run.err()).doesNotContain("\u001b").doesNotContain("\u202e")
        .startsWith("map\\u001b[2K\\u202e.json: ");
  }

  @Test
  void helpPrintsTheUsageWithEveryCommandAndExitsZero() {
    CliRun run = CliRun.run(dir, "--help");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("Usage: journey-map [-h] [--png] [-o=DIR] [COMMAND]\n")
        .contains("  render ", "  validate ", "  convert ", "  insights ", "  serve ",
            "Exit status:");
  }

  @Test
  void renderHelpListsItsOptions() {
    CliRun run = CliRun.run(dir, "render", "--help");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("--format=svg|png|pdf", "--paper=A4|A3", "--landscape",
        "--theme=light|dark|print",
        "--locale=en|fr", "--lanes=LANE[,LANE...]", "-o, --output=DIR");
  }

  @Test
  void unknownCommandIsAUsageErrorWithASuggestion() {
    CliRun run = CliRun.run(dir, "rendr", "home-services.json");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("error: Unmatched arguments from index 0: 'rendr', "
        + "'home-services.json'\n")
        .contains("Did you mean: journey-map render?")
        .contains("Usage: journey-map");
  }

  @Test
  void renderWithoutFilesIsAUsageError() {
    CliRun run = CliRun.run(dir, "render");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: Missing required parameter: 'FILE'\n")
        .contains("Usage: journey-map render");
  }

  @Test
  void unknownFormatThemeLocaleOrLaneIsAUsageError() throws IOException {
    assertUsageError(CliRun.run(dir, "render", "home-services.json", "--format", "tiff"),
        "error: unknown format: tiff (one of svg, png, pdf, html)");
    assertUsageError(CliRun.run(dir, "render", "home-services.json", "--theme", "blue"),
        "error: " + message(() -> dev.journeymap.render.Theme.named("blue")));
    assertUsageError(CliRun.run(dir, "render", "home-services.json", "--locale", "de"),
        "error: unsupported locale: de (one of en, fr)");
    assertUsageError(CliRun.run(dir, "render", "home-services.json", "--lanes",
        "actions,Pain Point!"),
        "error: " + message(() -> dev.journeymap.render.Lane.of("Pain Point!")));
    assertThat(Files.exists(dir.resolve("home-services.svg"))).isFalse();
  }

  @Test
  void aLaneTheMapDoesNotHaveIsAnErrorOfThatMapWithTheClosestLane() throws IOException {
    CliRun run = CliRun.run(dir, "render", "home-services.json", "--lanes",
        "actions,contnet");

    assertThat(run.status()).isOne();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("home-services.json: unknown lane: contnet; did you mean "
        + "content? (one of customer-goals, actions, touchpoints, questions, emotions, "
        + "pain-points, opportunities, kpis, funnel, moments, evidence, frontstage, backstage, "
        + "support, content); nothing written\n");
    assertThat(Files.exists(dir.resolve("home-services.svg"))).isFalse();
    assertThat(CliRun.run(dir, "render", "home-services.json", "--lanes", "actions,content")
        .status()).isZero();
  }

  private static String message(Runnable failing) {
    try {
      failing.run();
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    throw new AssertionError("expected an IllegalArgumentException");
  }

  private static void assertUsageError(CliRun run, String firstLine) {
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines().get(0)).isEqualTo(firstLine);
    assertThat(run.err()).contains("Usage: journey-map render");
  }

  // --- render

  @Test
  void rendersEachInputIntoTheCurrentDirectoryByDefault() throws IOException {
    CliRun run = CliRun.run(dir, "render", "home-services.json", "bank-onboarding.json");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("wrote home-services.svg\nwrote bank-onboarding.svg\n");
    assertThat(Files.readString(dir.resolve("home-services.svg")))
        .isEqualTo(svgOf(HomeServicesJourney.journey()));
  }

  @Test
  void rendersIntoTheOutputDirectoryCreatingIt() throws IOException {
    CliRun run = CliRun.run(dir, "render", "home-services.json", "-o", "out/maps");

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("wrote out/maps/home-services.svg\n");
    assertThat(files("out/maps")).containsExactly("home-services.svg");
  }

  @Test
  void rendersPngWhenAsked() throws IOException {
    CliRun run = CliRun.run(dir, "render", "home-services.json", "--format", "png",
        "--theme", "dark", "--locale", "fr", "--lanes", "actions,emotions");

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("wrote home-services.png\n");
    assertThat(Files.readAllBytes(dir.resolve("home-services.png"))).startsWith(PNG_SIGNATURE);
  }

  @Test
  void rendersPdfOnPaperWhenAsked() throws IOException {
    CliRun run = CliRun.run(dir, "render", "home-services.json", "--format", "pdf",
        "--paper", "a3", "--landscape", "--theme", "print", "-o", "out");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("wrote out/home-services.pdf\n");
    PdfOptions options = PdfOptions.builder().paper(Paper.A3).landscape(true)
        .renderOptions(dev.journeymap.render.RenderOptions.builder()
            .theme(dev.journeymap.render.Theme.print()).build())
        .build();
    assertThat(Files.readAllBytes(dir.resolve("out/home-services.pdf")))
        .isEqualTo(JourneyPdf.toBytes(HomeServicesJourney.journey(), options));
    assertThat(files("out")).containsExactly("home-services.pdf");
  }

  @Test
  void writesPdfToStandardOutput() throws IOException {
    String json = JourneyJson.write(HomeServicesJourney.journey());

    CliRun run = CliRun.runWithInput(dir, json.getBytes(UTF_8), "render", "-", "--format",
        "PDF");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.outBytes())
        .isEqualTo(JourneyPdf.toBytes(HomeServicesJourney.journey(), PdfOptions.defaults()));
  }

  @Test
  void paperAndLandscapeAreForPdfOnly() {
    assertUsageError(CliRun.run(dir, "render", "home-services.json", "--paper", "A4"),
        "error: --paper applies to --format pdf");
    assertUsageError(CliRun.run(dir, "render", "home-services.json", "--format", "png",
        "--landscape"), "error: --landscape applies to --format pdf");
    assertUsageError(CliRun.run(dir, "render", "home-services.json", "--format", "pdf",
        "--landscape"), "error: --landscape turns the --paper sheets; give --paper A4 or A3 too");
    assertUsageError(CliRun.run(dir, "render", "home-services.json", "--format", "pdf",
        "--paper", "letter"), "error: unknown paper: letter (one of A4, A3)");
    assertThat(Files.exists(dir.resolve("home-services.pdf"))).isFalse();
    assertThat(Files.exists(dir.resolve("home-services.svg"))).isFalse();
  }

  @Test
  void rendersHtmlWhenAsked() throws IOException {
    CliRun run = CliRun.run(dir, "render", "home-services.json", "--format", "html",
        "--theme", "dark", "-o", "out");

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("wrote out/home-services.html\n");
    assertThat(Files.readString(dir.resolve("out/home-services.html"))).isEqualTo(
        JourneyRenderer.create(dev.journeymap.render.RenderOptions.builder()
            .theme(dev.journeymap.render.Theme.dark()).build())
            .renderHtml(HomeServicesJourney.journey()));
  }

  @Test
  void writesHtmlToStandardOutput() {
    String json = JourneyJson.write(HomeServicesJourney.journey());

    CliRun run = CliRun.runWithInput(dir, json.getBytes(UTF_8), "render", "-", "--format",
        "html");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(
        JourneyRenderer.create().renderHtml(HomeServicesJourney.journey()));
  }

  @Test
  void appliesThemeLocaleAndLanes() throws IOException {
    CliRun run = CliRun.run(dir, "render", "home-services.json", "--theme", "print",
        "--locale", "fr", "--lanes", "actions, emotions");

    assertThat(run.status()).isZero();
    String expected = JourneyRenderer.create(dev.journeymap.render.RenderOptions.builder()
            .theme(dev.journeymap.render.Theme.print())
            .locale(java.util.Locale.FRENCH)
            .lanes(dev.journeymap.render.Lane.ACTIONS, dev.journeymap.render.Lane.EMOTIONS)
            .build())
        .renderSvg(HomeServicesJourney.journey());
    assertThat(Files.readString(dir.resolve("home-services.svg"))).isEqualTo(expected);
  }

  @Test
  void readsStandardInputAndWritesTheMapToStandardOutput() {
    String json = JourneyJson.write(HomeServicesJourney.journey());

    CliRun run = CliRun.runWithInput(dir, json.getBytes(UTF_8), "render", "-");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(svgOf(HomeServicesJourney.journey()));
  }

  @Test
  void writesPngToStandardOutput() {
    String json = JourneyJson.write(HomeServicesJourney.journey());

    CliRun run = CliRun.runWithInput(dir, json.getBytes(UTF_8), "render", "-", "--format",
        "png");

    assertThat(run.status()).isZero();
    assertThat(run.outBytes()).startsWith(PNG_SIGNATURE);
  }

  @Test
  void standardInputMustBeTheOnlyInput() {
    assertUsageError(CliRun.run(dir, "render", "-", "home-services.json"),
        "error: '-' (standard input) must be the only input");
  }

  @Test
  void standardInputWritesToStandardOutputNotToADirectory() {
    assertUsageError(CliRun.run(dir, "render", "-", "-o", "out"),
        "error: '-' writes the map to standard output; leave out -o");
  }

  @Test
  void invalidStandardInputIsReportedUnderItsName() {
    CliRun run = CliRun.runWithInput(dir, "{ \"format\": 2 }".getBytes(UTF_8), "render", "-");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly(
        "<stdin>: format: format 2 is not supported; this library reads format 1");
  }

  @Test
  void formatIgnoresCase() {
    CliRun run = CliRun.run(dir, "render", "home-services.json", "--format", "PNG");

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("wrote home-services.png\n");
  }

  @Test
  void scaleOutsideItsRangeIsAUsageError() {
    assertUsageError(CliRun.run(dir, "render", "home-services.json", "--format", "png",
        "--scale", "9"), "error: --scale must be above 0 and at most 8, not 9.0");
  }

  @Test
  void warningsArePrintedButTheMapIsRendered() throws IOException {
    file("weak.json", WEAK);

    CliRun run = CliRun.run(dir, "render", "weak.json");

    assertThat(run.status()).isZero();
    assertThat(run.errLines()).containsExactly(
        "weak.json: goal: warning: the journey has no goal; say which business objective it"
            + " serves",
        "weak.json: personas: warning: the journey has no persona; say whose journey this is");
    assertThat(run.out()).isEqualTo("wrote weak.svg\n");
    assertThat(dir.resolve("weak.svg")).exists();
  }

  @Test
  void invalidInputsAreReportedAndValidOnesStillRendered() throws IOException {
    file("broken.json", "{ \"format\": 1, ");

    CliRun run = CliRun.run(dir, "render", "broken.json", "home-services.json", "missing.json");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("wrote home-services.svg\n");
    assertThat(run.errLines()).hasSize(2);
    assertThat(run.errLines().get(0)).startsWith("broken.json: ");
    assertThat(run.errLines().get(1)).isEqualTo("missing.json: no such file");
    assertThat(dir.resolve("broken.svg")).doesNotExist();
    assertThat(dir.resolve("missing.svg")).doesNotExist();
    assertThat(dir.resolve("home-services.svg")).exists();
  }

  @Test
  void twoInputsWithTheSameNameDoNotOverwriteEachOther() throws IOException {
    Files.createDirectories(dir.resolve("other"));
    Files.copy(dir.resolve("bank-onboarding.json"), dir.resolve("other/home-services.json"));

    CliRun run = CliRun.run(dir, "render", "home-services.json", "other/home-services.json");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("other/home-services.json: not written: "
        + "home-services.svg was already written for home-services.json");
    assertThat(Files.readString(dir.resolve("home-services.svg")))
        .isEqualTo(svgOf(HomeServicesJourney.journey()));
  }

  @Test
  void anOutputThatCannotBeWrittenIsReported() throws IOException {
    file("taken", "a file where the output directory should be");

    CliRun run = CliRun.run(dir, "render", "home-services.json", "-o", "taken");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly("taken: not a directory; nothing written");
  }

  @Test
  void convertIntoAMissingDirectoryIsReported() {
    CliRun run = CliRun.run(dir, "convert", "home-services.json", "-o", "nowhere/home.mmd");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.errLines())
        .containsExactly("nowhere/home.mmd: cannot write: no such file or directory");
    assertThat(dir.resolve("nowhere")).doesNotExist();
  }

  // --- broken inputs, in render and validate alike

  @Test
  void malformedJson() throws IOException {
    file("broken.json", "{ \"format\": 1, ");

    assertRefused("broken.json", "broken.json: malformed JSON at line 1, column 16: unexpected "
        + "end-of-input within/between Object entries");
  }

  @Test
  void emptyFile() throws IOException {
    file("empty.json", "");

    assertRefused("empty.json", "empty.json: malformed JSON at line 1, column 1: the document "
        + "is empty; expected a journey object");
  }

  @Test
  void unknownChannelAndEveryOtherProblemOfTheFile() throws IOException {
    file("channel.json", """
        {
          "format": 1,
          "title": "Bad channel",
          "goal": "Book a job",
          "personas": [ { "id": "owner", "name": "Owner" } ],
          "stages": [
            { "id": "book", "name": "Book",
              "touchpoints": [ { "id": "form", "name": "Form", "channel": "EMIAL" } ],
              "emotion": { "score": 3 } }
          ]
        }
        """);

    assertRefused("channel.json",
        "channel.json: stages[0].touchpoints[0].channel: unknown channel 'EMIAL'; did you mean "
            + "EMAIL? (one of WEB, MOBILE_APP, EMAIL, SMS, PUSH, PHONE, CHAT, SOCIAL, IN_PERSON, "
            + "MAIL, SEARCH, ADVERTISING, REVIEWS, WORD_OF_MOUTH, OTHER)",
        "channel.json: stages[0].emotion.score: score 3 is outside -2 (very negative) to 2 "
            + "(very positive)");
  }

  @Test
  void danglingReferences() throws IOException {
    file("dangling.json", """
        {
          "format": 1,
          "title": "Dangling",
          "goal": "Book a job",
          "personas": [ { "id": "homeowner", "name": "Homeowner" } ],
          "stages": [
            { "id": "book", "name": "Book",
              "touchpoints": [ { "id": "booking-form", "name": "Booking form", "channel": "WEB",
                                 "personas": ["home-owner"] } ],
              "painPoints": [ { "text": "No evening slots", "touchpoint": "bookng-form" } ] }
          ]
        }
        """);

    assertRefused("dangling.json",
        "dangling.json: stages[0].touchpoints[0].personas[0]: no persona with id 'home-owner' in"
            + " this journey; did you mean 'homeowner'?",
        "dangling.json: stages[0].painPoints[0].touchpoint: no touchpoint with id 'bookng-form'"
            + " in this journey; did you mean 'booking-form'?");
  }

  @Test
  void everyProblemOfEveryFileIsPrinted() throws IOException {
    file("broken.json", "{ \"format\": 1, ");
    file("empty.json", "");

    CliRun run = CliRun.run(dir, "validate", "broken.json", "home-services.json", "empty.json",
        "missing.json");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("home-services.json: valid\n");
    assertThat(run.errLines()).containsExactly(
        "broken.json: malformed JSON at line 1, column 16: unexpected end-of-input "
            + "within/between Object entries",
        "empty.json: malformed JSON at line 1, column 1: the document is empty; expected a "
            + "journey object",
        "missing.json: no such file");
  }

  @Test
  void missingFile() {
    assertRefused("missing.json", "missing.json: no such file");
  }

  @Test
  void directoryInsteadOfFile() throws IOException {
    Files.createDirectories(dir.resolve("folder.json"));

    assertRefused("folder.json", "folder.json: is a directory, not a journey file");
  }

  private void assertRefused(String name, String... lines) {
    for (String command : List.of("render", "validate")) {
      CliRun run = CliRun.run(dir, command, name);

      assertThat(run.status()).as(command).isEqualTo(1);
      assertThat(run.out()).as(command).isEmpty();
      assertThat(run.errLines()).as(command).containsExactly(lines);
      assertThat(dir.resolve(Outputs.baseName(name) + ".svg")).doesNotExist();
    }
  }

  // --- Mermaid

  private static final String MERMAID = """
      journey
        title Booking a junk removal
        section Find
          Search for a service: 3: Homeowner
        section Book
          Call after work: 2: Homeowner
          Crew arrives: 5: Homeowner
      """;

  @Test
  void rendersAMermaidDiagram() throws IOException {
    file("booking.mmd", MERMAID);

    CliRun run = CliRun.run(dir, "render", "booking.mmd");

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("wrote booking.svg\n");
    assertThat(run.errLines()).containsExactly("booking.mmd: goal: warning: the journey has no "
        + "goal; say which business objective it serves");
    assertThat(Files.readString(dir.resolve("booking.svg")))
        .isEqualTo(svgOf(MermaidJourney.read(MERMAID)));
  }

  @Test
  void mermaidDiagramWithABadScoreIsRefusedWithItsLine() throws IOException {
    file("bad.mmd", MERMAID.replace("Crew arrives: 5", "Crew arrives: 7")
        .replace("Call after work: 2", "Call after work: two"));

    assertRefused("bad.mmd",
        "bad.mmd: line 6: expected a score from 1 to 5, found 'two'",
        "bad.mmd: line 7: expected a score from 1 to 5, found '7'");
  }

  @Test
  void readsAMermaidDiagramFromStandardInput() {
    CliRun run = CliRun.runWithInput(dir, MERMAID.getBytes(UTF_8), "render", "-");

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo(svgOf(MermaidJourney.read(MERMAID)));
  }

  @Test
  void convertsMermaidToJson() throws IOException {
    file("booking.mmd", MERMAID);

    CliRun run = CliRun.run(dir, "convert", "booking.mmd", "-o", "booking.json");

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("wrote booking.json\n");
    assertThat(Files.readString(dir.resolve("booking.json")))
        .isEqualTo(JourneyJson.write(MermaidJourney.read(MERMAID)));
    // each task a step of its section's stage: score - 3 as its emotion, actors as personas
    assertThat(Files.readString(dir.resolve("booking.json"))).isEqualTo("""
        {
          "format": 1,
          "id": "booking-a-junk-removal",
          "title": "Booking a junk removal",
          "state": "CURRENT",
          "personas": [
            {
              "id": "homeowner",
              "name": "Homeowner"
            }
          ],
          "stages": [
            {
              "id": "find",
              "name": "Find",
              "steps": [
                {
                  "id": "search-for-a-service",
                  "name": "Search for a service",
                  "personas": [
                    "homeowner"
                  ],
                  "emotion": {
                    "score": 0
                  }
                }
              ]
            },
            {
              "id": "book",
              "name": "Book",
              "steps": [
                {
                  "id": "call-after-work",
                  "name": "Call after work",
                  "personas": [
                    "homeowner"
                  ],
                  "emotion": {
                    "score": -1
                  }
                },
                {
                  "id": "crew-arrives",
                  "name": "Crew arrives",
                  "personas": [
                    "homeowner"
                  ],
                  "emotion": {
                    "score": 2
                  }
                }
              ]
            }
          ]
        }
        """);
  }

  @Test
  void validatesAMermaidDiagramAsAJourneyOfSteps() throws IOException {
    file("booking.mmd", MERMAID);

    CliRun run = CliRun.run(dir, "validate", "booking.mmd");

    // steps with an emotion are not empty, stages with steps neither: only the missing goal
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("booking.mmd: valid, 1 warning\n");
    assertThat(run.errLines()).containsExactly("booking.mmd: goal: warning: the journey has no "
        + "goal; say which business objective it serves");
  }

  @Test
  void convertsJsonToMermaid() throws IOException {
    CliRun run = CliRun.run(dir, "convert", "home-services.json", "-o", "home.mmd");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(Files.readString(dir.resolve("home.mmd")))
        .isEqualTo(MermaidJourney.write(HomeServicesJourney.journey()));
  }

  @Test
  void convertWritesNothingForAnInvalidInput() throws IOException {
    file("broken.json", "{ \"format\": 1, ");

    CliRun run = CliRun.run(dir, "convert", "broken.json", "-o", "broken.mmd");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("broken.json: malformed JSON at line 1, column "
        + "16: unexpected end-of-input within/between Object entries");
    assertThat(dir.resolve("broken.mmd")).doesNotExist();
  }

  @Test
  void convertNeedsAnOutputOfAKnownFormat() {
    CliRun run = CliRun.run(dir, "convert", "home-services.json", "-o", "home.yaml");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines().get(0))
        .isEqualTo("error: cannot tell the output format of home.yaml: name it .json or .mmd");
    assertThat(run.err()).contains("Usage: journey-map convert");
    assertThat(dir.resolve("home.yaml")).doesNotExist();
  }

  @Test
  void convertWithoutOutputIsAUsageError() {
    CliRun run = CliRun.run(dir, "convert", "home-services.json");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines().get(0))
        .isEqualTo("error: Missing required option: '--output=OUT'");
  }

  // --- validate

  @Test
  void validatesEveryExample() {
    List<String> args = Stream.concat(Stream.of("validate"),
        Stream.of("home-services", "home-services-future", "b2b-software", "bank-onboarding",
            "online-academy").map(n -> n + ".json")).toList();

    CliRun run = CliRun.run(dir, args.toArray(String[]::new));

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("""
        home-services.json: valid
        home-services-future.json: valid
        b2b-software.json: valid
        bank-onboarding.json: valid
        online-academy.json: valid
        """);
  }

  @Test
  void validatePrintsWarningsAndStillSucceeds() throws IOException {
    file("weak.json", WEAK);

    CliRun run = CliRun.run(dir, "validate", "weak.json");

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("weak.json: valid, 2 warnings\n");
    assertThat(run.errLines()).containsExactly(
        "weak.json: goal: warning: the journey has no goal; say which business objective it"
            + " serves",
        "weak.json: personas: warning: the journey has no persona; say whose journey this is");
  }

  @Test
  void validateReadsStandardInput() {
    CliRun run = CliRun.runWithInput(dir, WEAK.getBytes(UTF_8), "validate", "-");

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("<stdin>: valid, 2 warnings\n");
  }
}
