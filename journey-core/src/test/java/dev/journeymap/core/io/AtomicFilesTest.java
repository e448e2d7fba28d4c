package dev.journeymap.core.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  /** The id of a process that has ended. */
  private static long deadPid;

  @TempDir
  Path dir;

  @BeforeAll
  static void startAndEndAProcess() throws Exception {
    Process process = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    deadPid = process.pid();
  }

  private List<String> list() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private Path temp(String name, long pid) throws IOException {
    return Files.writeString(dir.resolve("." + name + "." + pid + "-k3x9"
        + AtomicFiles.TEMP_SUFFIX), "half a map");
  }

  private void writeMap() throws IOException {
    AtomicFiles.write(dir.resolve("map.svg"), out -> out.write("<svg/>".getBytes(UTF_8)));
  }

  @Test
  void writesTheFileAndLeavesNoTemporaryFile() throws IOException {
    writeMap();

    assertThat(Files.readString(dir.resolve("map.svg"))).isEqualTo("<svg/>");
    assertThat(list()).containsExactly("map.svg");
  }

  @Test
  void temporaryNamesCarryTheProcessAndAMarkerOnlyThisClassWrites() throws IOException {
    List<String> seen = new java.util.ArrayList<>();
    AtomicFiles.write(dir.resolve("map.svg"), out -> seen.addAll(list()));

    assertThat(seen).hasSize(1);
    assertThat(seen.get(0)).startsWith(".map.svg." + ProcessHandle.current().pid() + "-")
        .endsWith(".journeymap-tmp");
    assertThat(AtomicFiles.owner(seen.get(0), ".map.svg."))
        .contains(ProcessHandle.current().pid());
  }

  @Test
  void deletesTheTemporaryFilesThatAKilledWriterLeft() throws IOException {
    temp("map.svg", deadPid);
    temp("map.svg", deadPid);

    writeMap();

    assertThat(list()).containsExactly("map.svg");
  }

  @Test
  void keepsTheTemporaryFilesOfWritersStillAtWork() throws IOException {
    long parent = ProcessHandle.current().parent().orElseThrow().pid();
    Path other = temp("map.svg", parent);
    Path ours = temp("map.svg", ProcessHandle.current().pid());

    writeMap();

    assertThat(other).exists();
    assertThat(ours).exists();
  }

  @Test
  void deletesTemporaryFilesNobodyWroteToForFifteenMinutes() throws IOException {
    Path stuck = temp("map.svg", ProcessHandle.current().parent().orElseThrow().pid());
    Files.setLastModifiedTime(stuck,
        FileTime.from(Instant.now().minus(Duration.ofMinutes(16))));

    writeMap();

    assertThat(list()).containsExactly("map.svg");
  }

  @Test
  void neverTouchesAFileItDidNotName() throws IOException {
    List<String> others = List.of(
        ".map.svg.tmp",
        ".map.svg.1.tmp",
        "map.svg." + deadPid + "-k3x9.journeymap-tmp",
        ".map.svg." + deadPid + "-K3X9.journeymap-tmp",
        ".map.svg." + deadPid + "-.journeymap-tmp",
        ".map.svg.-k3x9.journeymap-tmp",
        ".map.svg.x" + deadPid + "-k3x9.journeymap-tmp",
        ".map.svg." + deadPid + "-k3x9.journeymap-tmp.bak",
        ".other.svg." + deadPid + "-k3x9.journeymap-tmp",
        ".map.svg.old." + deadPid + "-k3x9.journeymap-tmp");
    for (String name : others) {
      Files.writeString(dir.resolve(name), "not ours");
    }
    Files.createDirectory(dir.resolve(".map.svg." + deadPid + "-dir.journeymap-tmp"));

    writeMap();

    assertThat(list()).containsAll(others)
        .contains(".map.svg." + deadPid + "-dir.journeymap-tmp")
        .hasSize(others.size() + 2);
  }

  @Test
  void aHundredLeftoversDoNotBlockTheName() throws IOException {
    for (int i = 0; i < 100; i++) {
      Files.writeString(dir.resolve(".map.svg." + (i == 0 ? "" : i + ".") + "tmp"), "old");
      temp("map.svg" + (i == 0 ? "" : "." + i), deadPid);
    }

    writeMap();

    assertThat(Files.readString(dir.resolve("map.svg"))).isEqualTo("<svg/>");
  }

  @Test
  void writesANameNearTheFileSystemLimitWithAShortenedTemporaryName() throws IOException {
    String name = "é".repeat(125) + ".svg";   // 254 bytes in UTF-8
    List<String> seen = new java.util.ArrayList<>();

    AtomicFiles.write(dir.resolve(name), out -> seen.addAll(list()));

    assertThat(list()).containsExactly(name);
    assertThat(seen.get(0).getBytes(UTF_8).length).isLessThan(255);
    assertThat(AtomicFiles.owner(seen.get(0), AtomicFiles.tempPrefix(name))).isPresent();
  }

  @Test
  void deletesWhatAKilledWriterOfALongNameLeft() throws IOException {
    String name = "é".repeat(125) + ".svg";
    Files.writeString(dir.resolve(AtomicFiles.tempPrefix(name) + deadPid + "-k3x9"
        + AtomicFiles.TEMP_SUFFIX), "half");

    AtomicFiles.write(dir.resolve(name), out -> out.write(1));

    assertThat(list()).containsExactly(name);
  }
}
