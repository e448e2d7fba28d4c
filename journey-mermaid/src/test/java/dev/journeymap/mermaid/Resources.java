package dev.journeymap.mermaid;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The example diagrams under {@code src/test/resources/dev/journeymap/mermaid}. */
final class Resources {
  static final String MOVING_DAY = "moving-day.mmd";
  static final String ACCESSIBLE = "accessible.mmd";
  static final String HOME_SERVICES = "home-services-booking.mmd";

  private Resources() {}

  static String text(String name) {
    try (InputStream in = Resources.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
