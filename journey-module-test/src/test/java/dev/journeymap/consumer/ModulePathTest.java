package dev.journeymap.consumer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library as a user's module sees it: the built jars and their dependencies on the module
 * path, nothing on the class path, and no {@code --add-modules}, {@code --add-reads} or
 * {@code --add-opens}.
 */
class ModulePathTest {
  /** The library's jars and their runtime dependencies, written by maven-dependency-plugin. */
  private static final String LIBRARY_MODULE_PATH = readModulePath();

  @Test
  void consumerRunsOnTheModulePathInItsOwnJvm(@TempDir Path out) throws Exception {
    Path stdout = out.resolve("stdout.txt");
    Path stderr = out.resolve("stderr.txt");
    Path maps = Files.createDirectory(out.resolve("maps"));
    ProcessBuilder java = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.awt.headless=true",
        "--module-path",
        System.getProperty("journeymap.consumerClasses") + File.pathSeparator
            + LIBRARY_MODULE_PATH,
        "--module", "dev.journeymap.consumer/dev.journeymap.consumer.ConsumerMain",
        maps.toString())
        .redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile());
    // nothing from the environment may add to the class path or the JVM's options
    java.environment().keySet().removeAll(
        List.of("CLASSPATH", "JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS"));

    Process process = java.start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("finished in time").isTrue();

    assertThat(process.exitValue()).as(Files.readString(stderr, UTF_8)).isZero();
    assertThat(Files.readString(stdout, UTF_8)).isEqualToNormalizingNewlines("""
        stages: awareness, purchase (an ImmutableList of module com.google.common)
        errors: 0
        stages without KPI: awareness, purchase
        json: read back equal
        schema: 2020-12
        schema resource by name: not visible
        mermaid: pack-up, settle-in
        image: twice the map's size
        layout engine by reflection: refused
        pdf: written
        """);
    assertThat(Files.readString(stderr, UTF_8)).isEmpty();
    // the text of the PDF is text, in the font that journey-pdf carries as a resource
    try (org.apache.pdfbox.pdmodel.PDDocument pdf =
        org.apache.pdfbox.Loader.loadPDF(maps.resolve("map.pdf").toFile())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(1);
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf))
          .contains("Booking a junk removal", "Searches 'junk removal near me'");
    }
    assertThat(Files.readString(maps.resolve("map.svg"), UTF_8))
        .startsWith("<svg ").contains(">Booking a junk removal</title>");
    assertThat(Files.readString(maps.resolve("moving.svg"), UTF_8))
        .contains(">Moving house on a Saturday</title>");
    assertThat(Files.readString(maps.resolve("map.json"), UTF_8))
        .contains("\"title\": \"Booking a junk removal\"");
    BufferedImage png = ImageIO.read(maps.resolve("map.png").toFile());
    assertThat(png).isNotNull();
    assertThat(png.getWidth()).isPositive();
  }

  @Test
  void consumerCompilesWithoutWarnings(@TempDir Path classes) throws IOException {
    List<Path> sources;
    Path root = Path.of(System.getProperty("journeymap.consumerSources"));
    try (Stream<Path> files = Files.walk(root)) {
      sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }

    assertThat(compile(sources, classes)).isEmpty();
  }

  @Test
  void internalPackagesAreNotVisibleToOtherModules(@TempDir Path dir) throws IOException {
    Path moduleInfo = Files.writeString(dir.resolve("module-info.java"), """
        module dev.journeymap.intruder {
          requires dev.journeymap.render;
        }
        """);
    Path intruder = dir.resolve("dev/journeymap/intruder/Intruder.java");
    Files.createDirectories(intruder.getParent());
    Files.writeString(intruder, """
        package dev.journeymap.intruder;

        import dev.journeymap.core.io.AtomicFiles;
        import dev.journeymap.render.layout.LayoutEngine;

        final class Intruder {
          private Intruder() {}

          static Object[] reach() {
            return new Object[] {LayoutEngine.create(), AtomicFiles.class};
          }
        }
        """);

    assertThat(compile(List.of(moduleInfo, intruder), Files.createDirectory(dir.resolve("out"))))
        .containsExactly(
            "ERROR Intruder.java:3: package dev.journeymap.core.io is not visible\n"
                + "  (package dev.journeymap.core.io is declared in module dev.journeymap.core,"
                + " which does not export it to module dev.journeymap.intruder)",
            "ERROR Intruder.java:4: package dev.journeymap.render.layout is not visible\n"
                + "  (package dev.journeymap.render.layout is declared in module"
                + " dev.journeymap.render, which does not export it)");
  }

  /**
   * Compiles {@code sources} against the library's module path, with nothing on the class path
   * and every lint on, and returns the diagnostics as {@code KIND FILE:LINE: MESSAGE}.
   */
  private static List<String> compile(List<Path> sources, Path classes) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      // not this JVM's class path, which holds the library too
      files.setLocation(StandardLocation.CLASS_PATH, List.of());
      List<String> options = List.of("--release", "17", "-Xlint:all", "-proc:none",
          "--module-path", LIBRARY_MODULE_PATH, "-d", classes.toString());
      javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(sources)).call();
    }
    List<String> found = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      String where = d.getSource() == null ? ""
          : Path.of(d.getSource().toUri()).getFileName() + ":" + d.getLineNumber() + ": ";
      found.add(d.getKind() + " " + where + d.getMessage(Locale.ROOT));
    }
    return found;
  }

  private static String readModulePath() {
    try {
      return Files.readString(Path.of(System.getProperty("journeymap.modulePathFile")), UTF_8)
          .strip();
    } catch (IOException e) {
      throw new IllegalStateException("no module path file: run the tests through Maven", e);
    }
  }
}
