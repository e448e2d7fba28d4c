package dev.journeymap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SVG output must not start the AWT font system: it fails on machines without fonts and costs
 * tens of milliseconds elsewhere. A fresh JVM renders a map and lists the classes it loads.
 */
class FontFreeSvgTest {
  @Test
  void renderingSvgNeverLoadsTheAwtFontManager() throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(List.of(java.toString(), "-Djava.awt.headless=true",
        "-verbose:class", "-cp", System.getProperty("java.class.path"),
        SvgWithoutFontsMain.class.getName()))
        .redirectErrorStream(true)
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
    assertThat(output).contains("svg chars: ");
    assertThat(output).contains("dev.journeymap.render.svg.SvgWriter")
        .doesNotContain("org.jfree");
    assertThat(output).doesNotContain("sun.font.SunFontManager")
        .doesNotContain("sun.font.FontManagerFactory")
        .doesNotContain("sun.awt.FontConfiguration");
  }
}
