package dev.journeymap.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java block of the README is a whole source file, with its imports, that compiles as it
 * is shown (a user copies it and it works); each program among them runs in its own JVM, in a
 * folder holding an example map as {@code map.json}, and writes what it says it writes. The
 * module declaration block is checked against the module-path test's consumer.
 */
class ReadmeSnippetsTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);
  private static final Pattern CLASS = Pattern.compile("^(?:public )?class (\\w+)",
      Pattern.MULTILINE);
  /** What each program of the README leaves in its folder. */
  private static final Map<String, List<String>> WRITES = Map.of(
      "FirstMap", List.of("map.svg"),
      "ReadMap", List.of(),
      "PrintMap", List.of("map.png"),
      "MapToPdf", List.of("map.pdf", "map-a4.pdf"),
      "MapOnACanvas", List.of("page.png"),
      "ShareMap", List.of("map.html"));

  @TempDir Path dir;

  @Test
  void everyJavaBlockCompilesAsShownAndEveryProgramRuns() throws Exception {
    List<String> blocks = blocks();
    Path sources = Files.createDirectories(dir.resolve("src"));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    List<String> programs = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    for (String block : blocks) {
      if (block.startsWith("module ")) {
        continue;
      }
      assertThat(block).as("a README block that is not a whole source file:%n%s", block)
          .containsPattern("(?m)^import ");
      Matcher name = CLASS.matcher(block);
      assertThat(name.find()).as("a class in%n%s", block).isTrue();
      Path file = sources.resolve(name.group(1) + ".java");
      Files.writeString(file, block, UTF_8);
      files.add(file);
      if (block.contains("public static void main(")) {
        programs.add(name.group(1));
      }
    }
    // The test-kit example names the user's own journey; give it one.
    Path stub = sources.resolve("BookingJourney.java");
    Files.writeString(stub, "class BookingJourney {\n"
        + "  static dev.journeymap.core.Journey journey() {\n"
        + "    return dev.journeymap.examples.HomeServicesJourney.journey();\n  }\n}\n", UTF_8);
    files.add(stub);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    List<String> options = List.of("-classpath", System.getProperty("java.class.path"),
        "-d", classes.toString(), "-Xlint:all", "-encoding", "UTF-8");
    boolean compiled = javac.getTask(diagnostics, null, null, options, null,
        javac.getStandardFileManager(null, null, UTF_8).getJavaFileObjectsFromPaths(files))
        .call();
    assertThat(compiled).as("%s", diagnostics).isTrue();
    assertThat(diagnostics.toString()).as("compiler warnings").isEmpty();
    assertThat(programs).containsExactlyInAnyOrderElementsOf(WRITES.keySet());

    for (String program : programs) {
      Path work = Files.createDirectories(dir.resolve("run-" + program));
      Files.copy(Path.of("src/main/resources/dev/journeymap/examples/home-services.json"),
          work.resolve("map.json"));
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      Process process = new ProcessBuilder(java.toString(), "-Djava.awt.headless=true", "-cp",
          classes + File.pathSeparator + System.getProperty("java.class.path"), program)
          .directory(work.toFile()).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), UTF_8);
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(program).isTrue();
      assertThat(process.exitValue()).as("%s printed:%n%s", program, output).isZero();
      for (String written : WRITES.get(program)) {
        assertThat(work.resolve(written)).as(program).isNotEmptyFile();
      }
      if (program.equals("ReadMap")) {
        assertThat(output).isEqualTo("Clearing out the garage: 5 stages\n");
      }
    }
  }

  @Test
  void theModuleBlockRequiresWhatTheModulePathTestsConsumerRequires() throws IOException {
    String block = blocks().stream().filter(b -> b.startsWith("module ")).findFirst()
        .orElseThrow();
    String consumer = Files.readString(Path.of("..", "journey-module-test", "src", "main",
        "java", "module-info.java"), UTF_8);
    assertThat(requires(block)).isEqualTo(requires(consumer))
        .containsExactly("dev.journeymap.mermaid", "dev.journeymap.pdf", "dev.journeymap.render");
  }

  private static List<String> requires(String source) {
    Matcher m = Pattern.compile("requires ([\\w.]+);").matcher(source);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found.stream().sorted().collect(Collectors.toList());
  }

  private static List<String> blocks() throws IOException {
    Matcher m = JAVA_BLOCK.matcher(Files.readString(README, UTF_8));
    List<String> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(m.group(1));
    }
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(6);
    return blocks;
  }
}
