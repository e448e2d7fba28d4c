package dev.journeymap.core.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The test documents kept as resources beside this class. */
final class TestDocuments {
  /** The complete example of {@code journey-format.md}, verbatim. */
  static final String FORMAT_EXAMPLE = "format-example.json";
  /** What the writer makes of {@link #FORMAT_EXAMPLE}; checked by eye. */
  static final String FORMAT_EXAMPLE_GOLDEN = "format-example.golden.json";

  /** The complete example of the additions to format 1 in {@code journey-format.md}, verbatim. */
  static final String ADDITIONS_EXAMPLE = "additions-example.json";
  /** What the writer makes of {@link #ADDITIONS_EXAMPLE}; checked by eye. */
  static final String ADDITIONS_EXAMPLE_GOLDEN = "additions-example.golden.json";

  private TestDocuments() {}

  static String text(String name) {
    try (InputStream in = TestDocuments.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
