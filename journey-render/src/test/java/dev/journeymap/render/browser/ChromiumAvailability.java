package dev.journeymap.render.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Decides whether the browser tests can run: without a Chromium they are skipped (a JUnit
 * assumption) on a developer's machine, but fail when the environment variable {@code CI} is
 * {@code true}, so that a CI image that lost its browser does not silently stop testing.
 *
 * <p>Use: {@link #launchIfInstalled()} in {@code @BeforeAll}, closing the result in
 * {@code @AfterAll}, and {@link #requireChromium()} in {@code @BeforeEach}, so that each test,
 * not the class, is reported as skipped with the reason (Surefire drops the reason of a class
 * aborted in {@code @BeforeAll}).
 */
public final class ChromiumAvailability {
  /** What to do about a missing browser. */
  public static final String INSTALL_HINT = "install chromium (Debian: apt-get install chromium)";

  private ChromiumAvailability() {}

  /**
   * The Chromium executable; aborts the calling test (skipped) if there is none, or fails it if
   * {@code CI=true}.
   */
  public static Path requireChromium() {
    Optional<Path> executable = Chromium.executable();
    if (executable.isPresent()) {
      return executable.get();
    }
    String configured = System.getenv("CHROMIUM_PATH");
    String where = configured == null || configured.isBlank()
        ? Chromium.DEFAULT_EXECUTABLE + " (or set CHROMIUM_PATH)"
        : configured + " (from CHROMIUM_PATH)";
    if ("true".equalsIgnoreCase(String.valueOf(System.getenv("CI")).trim())) {
      return fail("No Chromium executable at " + where + " and CI=true: " + INSTALL_HINT);
    }
    return Assumptions.abort("Browser test skipped: no Chromium executable at " + where
        + "; to run it, " + INSTALL_HINT);
  }

  /** A started browser, or {@code null} if there is no Chromium. */
  public static Chromium launchIfInstalled() throws IOException {
    return Chromium.executable().isPresent() ? Chromium.launch() : null;
  }
}
