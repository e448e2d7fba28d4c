package dev.journeymap.mermaid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymap.core.Journey;
import dev.journeymap.core.validation.InvalidJourneyException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every diagram the reader accepts is written so that it reads back the same: for seeded
 * diagrams full of what the syntax treats specially (line separators, {@code :}, {@code #},
 * {@code ;}, {@code <br>}, entity codes, spaces at either end, very long and non-BMP text),
 * {@code read(write(read(x)))} equals {@code read(x)}, and writing again gives the same text.
 */
class MermaidStabilityTest {
  private static final int DIAGRAMS = 10_000;

  private static final String[] PARTS = {"a", "b", "Zoë", "預約", "😀", "\ud83d\ude00x", " ", "  ",
      "\t", ":", "#35;", "#59;", ",", "%", "%%", "{", "}", "<br>", "<BR/>", "<br />", "<", ">", "&",
      "#58;", "#59;", "#35;", "#10;", "#13;", "#133;", "#8232;", "#8233;", "#quot;", "#nbsp;",
      "#0;", "#x;", "x#", "a#35;35;", "#128512;", "#160;", "\u0085", "\u2028", "\u2029", "\u00a0", "\u200b",
      "\u202e", "\ufeff", "\u3000", "title ", "section ", "journey", "accDescr", "accTitle",
      "---", "5", "é"};

  @Test
  void everyAcceptedDiagramReadsBackAsWritten() {
    Random random = new Random(20_077);
    int accepted = 0;
    for (int i = 0; i < DIAGRAMS; i++) {
      String diagram = diagram(random);
      Journey first;
      try {
        first = MermaidJourney.read(diagram);
      } catch (MermaidSyntaxException | InvalidJourneyException refused) {
        continue;
      }
      accepted++;
      String written = MermaidJourney.write(first);
      Journey second = MermaidJourney.read(written);

      assertThat(second).as("diagram %d:%n%s%nwritten:%n%s", i, diagram, written)
          .isEqualTo(first);
      assertThat(MermaidJourney.write(second)).as("diagram %d", i).isEqualTo(written);
    }
    assertThat(accepted).isGreaterThan(2_000);
  }

  private static String diagram(Random random) {
    StringBuilder out = new StringBuilder();
    if (random.nextInt(5) == 0) {
      out.append("---\ntitle: ").append(text(random, 4)).append("\n---\n");
    }
    out.append("journey\n");
    if (random.nextInt(4) != 0) {
      out.append("  title ").append(text(random, 6)).append('\n');
    }
    switch (random.nextInt(5)) {
      case 0 -> out.append("  accTitle: ").append(text(random, 6)).append('\n');
      case 1 -> out.append("  accDescr: ").append(text(random, 6)).append('\n');
      case 2 -> out.append("  accDescr {\n").append(text(random, 4).replace("}", ""))
          .append('\n').append(text(random, 4).replace("}", "")).append("\n  }\n");
      default -> { }
    }
    int sections = random.nextInt(4);
    if (sections == 0 || random.nextBoolean()) {
      tasks(random, out);
    }
    for (int s = 0; s < sections; s++) {
      out.append("  section ").append(text(random, 6).replace(":", "")).append('\n');
      tasks(random, out);
    }
    return out.toString();
  }

  private static void tasks(Random random, StringBuilder out) {
    int tasks = 1 + random.nextInt(3);
    for (int t = 0; t < tasks; t++) {
      out.append("    ").append(random.nextInt(40) == 0 ? "x".repeat(1_990) + text(random, 3)
          : text(random, 6).replace(":", "")).append(": ").append(1 + random.nextInt(5));
      int actors = random.nextInt(4);
      for (int a = 0; a < actors; a++) {
        out.append(a == 0 ? ": " : ",").append(text(random, 3).replace(":", "")
            .replace(",", ""));
      }
      out.append('\n');
    }
  }

  private static String text(Random random, int maxParts) {
    StringBuilder s = new StringBuilder();
    int parts = 1 + random.nextInt(maxParts);
    for (int i = 0; i < parts; i++) {
      s.append(PARTS[random.nextInt(PARTS.length)]);
    }
    return s.toString();
  }
}
