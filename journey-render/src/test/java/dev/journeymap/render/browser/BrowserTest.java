package dev.journeymap.render.browser;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every browser test class shares: one Chromium and one local page server for the class,
 * closed after it, and each test skipped (or failed with {@code CI=true}) without a Chromium,
 * as {@link ChromiumAvailability} decides.
 */
abstract class BrowserTest {
  /** The browser, or {@code null} when none is installed (every test is then skipped). */
  static Chromium chromium;
  static PageServer server;

  @BeforeAll
  static void startBrowser() throws IOException {
    chromium = ChromiumAvailability.launchIfInstalled();
    server = PageServer.start();
  }

  @BeforeEach
  void requireChromium() {
    ChromiumAvailability.requireChromium();
  }

  @AfterAll
  static void stopBrowser() {
    if (server != null) {
      server.close();
    }
    if (chromium != null) {
      chromium.close();
    }
  }
}
