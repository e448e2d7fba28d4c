package dev.journeymap.cli;

import com.google.common.collect.ImmutableList;
import java.nio.file.Files;
import java.util.List;

/**
 * What a file of the live preview shows now: its map (through {@link MapPage}), its problems as
 * the terminal prints them, or that it is missing. Each page is made once per change of the
 * file, with a slot for its version, which {@link Preview} fills when it publishes the page.
 * Thread-safe.
 */
final class FilePages {
  /**
   * Where the version goes in a page template: {@code data-version="{version}"} of the live
   * script, the first such text in the page (before it, only escaped text, without quotes).
   */
  static final String VERSION_SLOT = "{version}";

  private final JourneyReader reader;
  private final MapPage mapPage = new MapPage();

  FilePages(Io io) {
    this.reader = new JourneyReader(io);
  }

  /** What {@code d} shows now, read from its file, without a version yet. */
  Shown read(Preview.Document d) {
    String head = PreviewPages.liveScript(d.slug, VERSION_SLOT);
    Loaded loaded = reader.file(d.name);
    if (loaded instanceof Loaded.Read read) {
      ImmutableList<String> warnings = read.warnings().stream()
          .map(p -> Diagnostics.line(d.name, p)).collect(ImmutableList.toImmutableList());
      String status = warnings.isEmpty() ? "map"
          : "map, " + warnings.size() + (warnings.size() == 1 ? " warning" : " warnings");
      try {
        MapPage.Page page = mapPage.of(read.journey(), d.shownName, head);
        return new Shown(PreviewPages.State.MAP, read.journey().title(), status, page.html(),
            page.policy(), warnings);
      } catch (OutOfMemoryError | StackOverflowError e) {
        return problems(d, head,
            List.of(Diagnostics.line(d.name, RenderCommand.tooLarge(false, 1))));
      } catch (RuntimeException e) {
        // a bug of ours; the preview goes on showing the other files
        return problems(d, head, List.of(Diagnostics.line(d.name, "unexpected failure: " + e)));
      }
    }
    if (Files.notExists(d.path)) {
      return new Shown(PreviewPages.State.MISSING, "", "no such file",
          PreviewPages.missing(d.shownName, head), PreviewPages.POLICY, ImmutableList.of());
    }
    return problems(d, head, ((Loaded.Failed) loaded).lines());
  }

  private static Shown problems(Preview.Document d, String head, List<String> lines) {
    return new Shown(PreviewPages.State.PROBLEMS, "",
        lines.size() + (lines.size() == 1 ? " problem" : " problems"),
        PreviewPages.problems(d.shownName, lines, head), PreviewPages.POLICY,
        ImmutableList.copyOf(lines));
  }

  /**
   * What a file's page shows, as a page without its version ({@code template}) and with it.
   *
   * @param state map, problems or missing
   * @param title the journey's title, or empty
   * @param status a few words for the index and the terminal: map, 3 problems...
   * @param template the page with {@link #VERSION_SLOT} for its version
   * @param policy the Content-Security-Policy the page works under
   * @param lines the warnings or problems, as the terminal shows them
   * @param version the page's version, 0 before it is given one
   * @param html the page, with its version
   */
  record Shown(PreviewPages.State state, String title, String status, String template,
      String policy, ImmutableList<String> lines, long version, String html) {
    Shown(PreviewPages.State state, String title, String status, String template, String policy,
        List<String> lines) {
      this(state, title, status, template, policy, ImmutableList.copyOf(lines), 0, template);
    }

    Shown withVersion(long version) {
      String slot = "data-version=\"" + VERSION_SLOT + "\"";
      int at = template.indexOf(slot);
      return new Shown(state, title, status, template, policy, lines, version, at < 0
          ? template
          : template.substring(0, at) + "data-version=\"" + version + "\""
              + template.substring(at + slot.length()));
    }
  }
}
