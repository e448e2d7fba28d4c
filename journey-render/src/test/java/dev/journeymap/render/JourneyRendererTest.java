package dev.journeymap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeymap.core.Journey;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JourneyRendererTest {
  private static final JourneyRenderer RENDERER = JourneyRenderer.create();

  @TempDir
  Path dir;

  @Test
  void everySvgTargetGetsTheSameText() throws IOException {
    Journey journey = SampleJourneys.painting();
    String svg = RENDERER.renderSvg(journey);
    assertThat(svg).startsWith("<svg ").endsWith("</svg>\n");

    StringWriter writer = new StringWriter();
    RENDERER.renderSvg(journey, writer);
    assertThat(writer.toString()).isEqualTo(svg);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RENDERER.renderSvg(journey, bytes);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(svg);

    // a PrintStream in another charset still gets UTF-8 bytes, as from System.out
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    RENDERER.renderSvg(journey, new PrintStream(printed, true, StandardCharsets.ISO_8859_1));
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo(svg);

    Path file = dir.resolve("map.svg");
    RENDERER.renderSvg(journey, file);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(svg);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void writingIntoAMissingDirectoryFailsAndLeavesNothing() {
    Path file = dir.resolve("missing").resolve("map.svg");
    assertThatThrownBy(() -> RENDERER.renderSvg(SampleJourneys.minimal(), file))
        .isInstanceOf(NoSuchFileException.class);
    assertThat(file).doesNotExist();
  }

  @Test
  void overwritesAnExistingFileWhole() throws IOException {
    Path file = dir.resolve("map.svg");
    Files.writeString(file, "x".repeat(1_000_000));
    RENDERER.renderSvg(SampleJourneys.minimal(), file);
    assertThat(Files.readString(file)).isEqualTo(RENDERER.renderSvg(SampleJourneys.minimal()));
  }

  @Test
  void pngHasTheSvgSizeTimesTheScaleAndIsNotBlank() throws IOException {
    Journey journey = SampleJourneys.junkRemoval();
    String svg = RENDERER.renderSvg(journey);
    int width = Integer.parseInt(svg.replaceFirst("(?s).*? width=\"(\\d+)\".*", "$1"));
    int height = Integer.parseInt(svg.replaceFirst("(?s).*? height=\"(\\d+)\".*", "$1"));

    BufferedImage one = RENDERER.renderImage(journey, 1);
    assertThat(one.getWidth()).isEqualTo(width);
    assertThat(one.getHeight()).isEqualTo(height);
    assertThat(distinctColours(one)).isGreaterThan(20);

    ByteArrayOutputStream png = new ByteArrayOutputStream();
    RENDERER.renderPng(journey, png, 2);
    BufferedImage two = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
    assertThat(two.getWidth()).isEqualTo(2 * width);
    assertThat(two.getHeight()).isEqualTo(2 * height);
    assertThat(distinctColours(two)).isGreaterThan(20);

    Path file = dir.resolve("map.png");
    RENDERER.renderPng(journey, file, 1);
    assertThat(ImageIO.read(file.toFile()).getWidth()).isEqualTo(width);
  }

  @Test
  void rejectsScalesOutsideTheRange() {
    Journey journey = SampleJourneys.minimal();
    assertThatThrownBy(() -> RENDERER.renderImage(journey, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale must be above 0 and at most 8: 0.0");
    assertThatThrownBy(() -> RENDERER.renderImage(journey, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale must be above 0 and at most 8: NaN");
    assertThatThrownBy(() -> RENDERER.renderImage(journey, 9))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesAnImageOfMoreThanTheMaximumPixelsNamingTheScaleThatFits() {
    Journey journey = twoHundredStages();
    MapSize size = RENDERER.size(journey);
    assertThat(size).isEqualTo(new MapSize(44216, 797));
    assertThatThrownBy(() -> RENDERER.renderImage(journey, 8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the map is 44216 x 797 px: at scale 8 its image has 2255369728 pixels, "
            + "more than the 50000000 a png may have; a scale of at most 1.19 fits, or draw it "
            + "as svg");
    // 52618 x 949 pixels: no error (drawing it would take 200 MB of the tests' heap)
    JourneyRenderer.checkPixels(size.width(), size.height(), 1.19);
    assertThatThrownBy(() -> JourneyRenderer.checkPixels(size.width(), size.height(), 1.20))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesAnImageWhoseSizeOverflowsAnIntInsteadOfFailingInside() {
    // Width times height was an int: past 2^31 pixels the image failed inside the JDK with a
    // NegativeArraySizeException.
    assertThatThrownBy(() -> JourneyRenderer.checkPixels(400_000, 20_000, 8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the map is 400000 x 20000 px: at scale 8 its image has 512000000000 "
            + "pixels, more than the 50000000 a png may have; a scale of at most 0.07 fits, or "
            + "draw it as svg");
    assertThatThrownBy(() -> JourneyRenderer.checkPixels(4_000_000, 2_000_000, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the map is 4000000 x 2000000 px: at scale 0.5 its image has "
            + "2000000000000 pixels, more than the 50000000 a png may have; draw it as svg");
  }

  @Test
  void aRefusedPngWritesNothing() {
    Path file = dir.resolve("map.png");
    assertThatThrownBy(() -> RENDERER.renderPng(twoHundredStages(), file, 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(dir.toFile().list()).isEmpty();
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> RENDERER.renderSvg((Journey) null))
        .isInstanceOf(NullPointerException.class).hasMessage("journey");
    assertThatThrownBy(() -> JourneyRenderer.create(null))
        .isInstanceOf(NullPointerException.class).hasMessage("options");
  }

  @Test
  void rendersAMapOfTwoHundredStages() {
    Journey journey = twoHundredStages();
    String svg = RENDERER.renderSvg(journey);
    assertThat(svg).contains("id=\"long-stage-s199\"");
    assertThat(svg).contains("width=\"" + (24 * 2 + 168 + 200 * 220) + "\"");
  }

  private static Journey twoHundredStages() {
    Journey.Builder builder = Journey.builder("Long journey").id("long");
    for (int i = 0; i < 200; i++) {
      int n = i;
      builder.stage("s" + i, "Stage " + i, s -> s
          .action("Action number " + n + " with a few words to wrap")
          .touchpoint("t" + n, "Touchpoint " + n, dev.journeymap.core.Channel.values()[n % 15])
          .emotion((n % 5) - 2, "feeling " + n)
          .painPoint("Pain " + n, dev.journeymap.core.Evidence.values()[n % 3]));
    }
    return builder.build();
  }

  @Test
  void optionsAreKept() {
    RenderOptions options = RenderOptions.builder().theme(Theme.dark()).build();
    assertThat(JourneyRenderer.create(options).options()).isSameAs(options);
    assertThat(JourneyRenderer.create().options()).isEqualTo(RenderOptions.defaults());
  }

  private static int distinctColours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        colours.add(image.getRGB(x, y));
      }
    }
    return colours.size();
  }
}
