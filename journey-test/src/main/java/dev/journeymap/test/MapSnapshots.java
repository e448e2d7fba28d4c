package dev.journeymap.test;

import dev.journeymap.core.Journey;
import dev.journeymap.core.io.AtomicFiles;
import dev.journeymap.render.JourneyRenderer;
import dev.journeymap.render.RenderOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.error.AssertionErrorCreator;
import org.assertj.core.presentation.StandardRepresentation;

/**
 * Compares a rendered map with a reviewed SVG file, its snapshot, line by line: a golden-file
 * test in one call.
 *
 * <pre>{@code
 * @Test
 * void bookingMapIsDrawnAsReviewed() {
 *   MapSnapshots.assertMatches(journey, RenderOptions.defaults(),
 *       Path.of("src/test/resources/snapshots/booking.svg"));
 * }
 * }</pre>
 *
 * <p>The map is rendered with {@link RenderOptions.Builder#indentSvg(boolean) indented SVG},
 * whatever the options say, so that each element is on a line of its own and a difference
 * names the element that changed. Lines are compared with {@code \n} endings: a {@code \r\n} in
 * the file reads as {@code \n}. On a difference the assertion fails with a short message (never
 * the whole document): the file, the first differing line, that line in the snapshot
 * ({@code -}) and in the rendered map ({@code +}), and three lines of context on each side
 * (attributes elided here):
 *
 * <pre>
 * snapshot booking.svg differs from the rendered map at line 34 (- snapshot, + rendered):
 *   31 |         &lt;g class="jm-card jm-item jm-actions-item"&gt;
 *   32 |           &lt;rect x="202" y="207.4" width="200" height="32.8" .../&gt;
 *   33 |           &lt;circle cx="213.5" cy="223.8" r="2.5" .../&gt;
 * - 34 |           &lt;text x="224" y="227.93" ...&gt;Books online&lt;/text&gt;
 * + 34 |           &lt;text x="224" y="227.93" ...&gt;Books by phone&lt;/text&gt;
 *   35 |         &lt;/g&gt;
 *   36 |       &lt;/g&gt;
 *   37 |       &lt;line x1="24" y1="257" x2="744" y2="257" .../&gt;
 * to accept the rendered map, run again with -Djourneymap.snapshots=update
 * </pre>
 *
 * <p>A line longer than 200 characters is cut around its first difference.
 *
 * <p>The error is an {@code org.opentest4j.AssertionFailedError} carrying both documents when
 * JUnit 5's opentest4j is on the class path, so that an IDE can show the whole diff.
 *
 * <p>To create or update snapshots on purpose, run the tests with the system property
 * {@code journeymap.snapshots=update} ({@code mvn test -Djourneymap.snapshots=update}: Maven
 * passes it on to the tests). Each call then writes its file (atomically, creating missing
 * directories) and fails, saying whether it created, updated or left the file unchanged, so
 * that an update run never passes. Review the changed files, then run again without it. Without
 * the property a missing file fails, saying how to create it.
 *
 * <p>Stateless and thread-safe.
 */
public final class MapSnapshots {
  private static final String PROPERTY = "journeymap.snapshots";
  private static final String UPDATE = "update";
  private static final String WITH_UPDATE = "-D" + PROPERTY + "=" + UPDATE;
  /** Lines shown before and after the first difference. */
  private static final int CONTEXT = 3;
  /** The most characters shown of one line: a snapshot without line breaks is one long line. */
  private static final int MAX_SHOWN = 200;
  /** Characters shown before the first differing one, when a long line is cut. */
  private static final int SHOWN_BEFORE_DIFFERENCE = 60;

  private MapSnapshots() {}

  /**
   * Fails unless the map of {@code journey}, rendered with {@code options} and indented SVG, is
   * the text of {@code snapshotFile}.
   *
   * <pre>{@code
   * MapSnapshots.assertMatches(journey, RenderOptions.builder().theme(Theme.dark()).build(),
   *     Path.of("src/test/resources/snapshots/booking-dark.svg"));
   * }</pre>
   *
   * <p>With the system property {@code journeymap.snapshots=update}, writes the rendered map to
   * {@code snapshotFile} instead, then fails saying so.
   *
   * @throws AssertionError if the file is missing or differs, and always in update mode
   * @throws UncheckedIOException if the file cannot be read or, in update mode, written
   */
  public static void assertMatches(Journey journey, RenderOptions options, Path snapshotFile) {
    Objects.requireNonNull(journey, "journey");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(snapshotFile, "snapshotFile");
    String rendered = normalize(JourneyRenderer.create(options.toBuilder().indentSvg(true)
        .build()).renderSvg(journey));
    Optional<String> snapshot = read(snapshotFile);
    if (UPDATE.equals(System.getProperty(PROPERTY))) {
      if (snapshot.isPresent() && snapshot.get().equals(rendered)) {
        throw new AssertionError("snapshot " + snapshotFile + " already matches; run again "
            + "without " + WITH_UPDATE);
      }
      write(snapshotFile, rendered);
      throw new AssertionError((snapshot.isPresent() ? "updated" : "created") + " snapshot "
          + snapshotFile + "; review it, then run again without " + WITH_UPDATE);
    }
    if (snapshot.isEmpty()) {
      throw new AssertionError("no snapshot " + snapshotFile + "; create it by running this "
          + "test with " + WITH_UPDATE + ", then review it");
    }
    if (!snapshot.get().equals(rendered)) {
      String message = difference(snapshotFile, snapshot.get(), rendered);
      throw new AssertionErrorCreator().assertionError(message, rendered, snapshot.get(),
          StandardRepresentation.STANDARD_REPRESENTATION);
    }
  }

  private static String normalize(String text) {
    return text.replace("\r\n", "\n");
  }

  private static Optional<String> read(Path file) {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(normalize(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read snapshot " + file, e);
    }
  }

  private static void write(Path file, String svg) {
    try {
      Path directory = file.toAbsolutePath().getParent();
      if (directory != null) {
        Files.createDirectories(directory);
      }
      AtomicFiles.write(file, out -> out.write(svg.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write snapshot " + file, e);
    }
  }

  /** The message for two different texts: the first differing line and its context. */
  private static String difference(Path file, String snapshot, String rendered) {
    String[] expected = snapshot.split("\n", -1);
    String[] actual = rendered.split("\n", -1);
    int at = 0;
    while (at < expected.length && at < actual.length && expected[at].equals(actual[at])) {
      at++;
    }
    int width = String.valueOf(at + 1 + CONTEXT).length();
    StringBuilder text = new StringBuilder("snapshot ").append(file)
        .append(" differs from the rendered map at line ").append(at + 1)
        .append(" (- snapshot, + rendered):");
    for (int i = Math.max(0, at - CONTEXT); i < at; i++) {
      appendLine(text, ' ', i, width, clip(expected[i], 0));
    }
    String mine = line(expected, at);
    String theirs = line(actual, at);
    int from = mine == null || theirs == null ? 0 : windowStart(mine, theirs);
    appendLine(text, '-', at, width, mine == null ? "(end of file)" : clip(mine, from));
    appendLine(text, '+', at, width, theirs == null ? "(end of file)" : clip(theirs, from));
    for (int i = at + 1; i <= at + CONTEXT; i++) {
      String e = line(expected, i);
      String a = line(actual, i);
      if (e != null && e.equals(a)) {
        appendLine(text, ' ', i, width, clip(e, 0));
        continue;
      }
      if (e != null) {
        appendLine(text, '-', i, width, clip(e, 0));
      }
      if (a != null) {
        appendLine(text, '+', i, width, clip(a, 0));
      }
    }
    return text.append("\nto accept the rendered map, run again with ").append(WITH_UPDATE)
        .toString();
  }

  private static String line(String[] lines, int index) {
    return index < lines.length ? lines[index] : null;
  }

  private static void appendLine(StringBuilder text, char mark, int index, int width,
      String line) {
    String number = String.valueOf(index + 1);
    text.append('\n').append(mark).append(' ').append(" ".repeat(width - number.length()))
        .append(number).append(" | ").append(line);
  }

  /** Where to start showing two long lines so that their first difference is in view. */
  private static int windowStart(String a, String b) {
    if (Math.max(a.length(), b.length()) <= MAX_SHOWN) {
      return 0;
    }
    int common = 0;
    while (common < a.length() && common < b.length() && a.charAt(common) == b.charAt(common)) {
      common++;
    }
    return Math.max(0, common - SHOWN_BEFORE_DIFFERENCE);
  }

  /** At most {@value #MAX_SHOWN} characters of {@code line} from {@code from}, cuts marked. */
  private static String clip(String line, int from) {
    int start = Math.min(from, line.length());
    int end = Math.min(line.length(), start + MAX_SHOWN);
    return (start > 0 ? "..." : "") + line.substring(start, end)
        + (end < line.length() ? "..." : "");
  }
}
