package dev.journeymap.cli;

import static dev.journeymap.cli.PreviewHarness.eventually;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The file watcher of the live preview, with and without the file system's watch service. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class FileWatcherTest {
  @TempDir
  Path dir;

  private final List<Set<Path>> reports = Collections.synchronizedList(new ArrayList<>());

  private List<Path> reported() {
    synchronized (reports) {
      return reports.stream().flatMap(Set::stream).distinct().sorted().toList();
    }
  }

  @ParameterizedTest(name = "watch service: {0}")
  @ValueSource(booleans = {true, false})
  void reportsOnlyTheWatchedFilesThatChanged(boolean watchService) throws IOException {
    Path a = Files.writeString(dir.resolve("a.json"), "{}", UTF_8);
    Path b = Files.writeString(dir.resolve("b.json"), "{}", UTF_8);
    try (FileWatcher watcher = FileWatcher.start(List.of(a, b), reports::add, watchService)) {
      assertThat(watcher.usesWatchService()).isEqualTo(watchService);
      Files.writeString(dir.resolve("other.json"), "{}", UTF_8);
      Files.writeString(b, "{\"format\": 1}", UTF_8);

      eventually("b.json reported", this::reported, r -> r.contains(b));
      Files.writeString(dir.resolve("other.json"), "{ }", UTF_8);
      Files.delete(a);
      eventually("a.json reported", this::reported, r -> r.contains(a));

      assertThat(reported()).containsExactly(a, b);
      assertThat(reports).allSatisfy(files -> assertThat(files).isNotEmpty());
    }
  }

  @Test
  void aFileReplacedByARenameIsReportedAndItsTemporaryFileIsNot() throws IOException {
    Path map = Files.writeString(dir.resolve("map.json"), "{}", UTF_8);
    try (FileWatcher watcher = FileWatcher.start(List.of(map), reports::add)) {
      Path temporary = Files.writeString(dir.resolve("map.json~"), "{\"format\": 1}", UTF_8);
      Files.move(temporary, map, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);

      eventually("map.json reported", this::reported, r -> r.contains(map));
      assertThat(reported()).containsExactly(map);
    }
  }

  @Test
  void aFileInADirectoryMadeLaterIsNoticedWhenItAppears() throws IOException {
    Path later = dir.resolve("later/map.json");
    try (FileWatcher watcher = FileWatcher.start(List.of(later), reports::add)) {
      Files.createDirectories(later.getParent());
      Files.writeString(later, "{}", UTF_8);

      eventually("later/map.json reported", this::reported, r -> r.contains(later));
    }
  }

  @Test
  void closingEndsItsThread() throws IOException {
    Path map = Files.writeString(dir.resolve("map.json"), "{}", UTF_8);
    FileWatcher watcher = FileWatcher.start(List.of(map), reports::add);

    watcher.close();

    assertThat(watcher.isClosed()).isTrue();
    assertThat(PreviewTest.previewThreads()).doesNotContain("journey-map-watcher");
    watcher.close();  // idempotent
  }
}
