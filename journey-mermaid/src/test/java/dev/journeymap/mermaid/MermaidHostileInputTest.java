package dev.journeymap.mermaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeymap.core.Journey;
import dev.journeymap.core.validation.JourneyValidator;
import dev.journeymap.mermaid.MermaidSyntaxException.Problem;
import java.io.Reader;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Huge or repetitive input is refused with a clear problem or read; never a crash or a hang. */
class MermaidHostileInputTest {

  @Test
  void refusesATenMegabyteTextNamingWhereTheLimitIsPassed() {
    String text = "journey\n" + "  Pick a slot: 3: Me\n".repeat(500_000);

    assertThatThrownBy(() -> MermaidJourney.read(text))
        .isInstanceOfSatisfying(MermaidSyntaxException.class, e -> assertThat(e.problems())
            .containsExactly(new Problem(249_662, 13,
                "the diagram is longer than the 5242880 characters it may hold")));
  }

  @Test
  void stopsReadingAnEndlessReaderJustPastTheLimit() {
    AtomicLong served = new AtomicLong();
    Reader endless = new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) {
        for (int i = 0; i < length; i++) {
          buffer[offset + i] = i % 64 == 63 ? '\n' : 'x';
        }
        served.addAndGet(length);
        return length;
      }

      @Override
      public void close() {}
    };

    assertThatThrownBy(() -> MermaidJourney.read(endless))
        .isInstanceOf(MermaidSyntaxException.class)
        .hasMessageEndingWith(": the diagram is longer than the 5242880 characters it may hold");
    assertThat(served.get()).isLessThan(MermaidReader.MAX_CHARS + 8192 + 1);
  }

  @Test
  void refusesAOneMegabyteLineAndReadsOnPastIt() {
    String text = "journey\n  title T\n  " + "x".repeat(1 << 20) + ": 3\n  Bad: 9\n";

    assertThatThrownBy(() -> MermaidJourney.read(text))
        .isInstanceOfSatisfying(MermaidSyntaxException.class, e -> assertThat(e.problems())
            .containsExactly(
                new Problem(3, 100_001, "the line is 1048581 characters long, more than the"
                    + " 100000 a line may hold"),
                new Problem(4, 8, "expected a score from 1 to 5, found '9'")));
  }

  @Test
  void refusesAHundredThousandSectionsAtTheStageLimit() {
    String text = "journey\n" + "section Again\n  Task: 3\n".repeat(100_000);

    assertThatThrownBy(() -> MermaidJourney.read(text))
        .isInstanceOfSatisfying(MermaidSyntaxException.class, e -> assertThat(e.problems())
            .containsExactly(new Problem(4002, 1,
                "more than the 2000 sections a journey may hold")));
  }

  @Test
  void readsTwoThousandSectionsOfTheSameName() {
    Journey journey = MermaidJourney.read("journey\n" + "section Again\n  Task: 3\n".repeat(2000));

    assertThat(journey.stages()).hasSize(2000);
    assertThat(journey.stages().get(1999).id()).isEqualTo("again-2000");
    assertThat(journey.stages().get(1999).steps()).extracting(st -> st.id())
        .containsExactly("task-2000");
    assertThat(journey.columns()).hasSize(2000);
  }

  // Tasks are steps, which the validator counts as list entries (MAX_ENTRIES) with their
  // persona references: not as touchpoints (MAX_TOUCHPOINTS), as tasks once were.
  @Test
  void refusesMoreTasksThanAJourneyMayHoldAsListEntries() {
    String text = "journey\n" + "T: 3\n".repeat(JourneyValidator.MAX_ENTRIES + 1);

    assertThatThrownBy(() -> MermaidJourney.read(text))
        .isInstanceOfSatisfying(MermaidSyntaxException.class, e -> assertThat(e.problems())
            .containsExactly(new Problem(500_002, 1, "more than the 500000 list entries a"
                + " journey may hold (each task is one, and each of its actors one more)")));
  }

  @Test
  void countsEachActorOfATaskAsAListEntry() {
    String task = "T: 3: A, B, C, D\n";
    Journey atTheLimit = MermaidJourney.read("journey\n" + task.repeat(100_000));

    assertThat(atTheLimit.stages().get(0).steps()).hasSize(100_000);
    assertThat(JourneyValidator.validate(atTheLimit).errors()).isEmpty();
    assertThatThrownBy(() -> MermaidJourney.read("journey\n" + task.repeat(100_001)))
        .isInstanceOfSatisfying(MermaidSyntaxException.class, e -> assertThat(e.problems())
            .containsExactly(new Problem(100_002, 1, "more than the 500000 list entries a"
                + " journey may hold (each task is one, and each of its actors one more)")));
  }

  @Test
  void refusesMoreActorsThanAJourneyMayHold() {
    StringBuilder text = new StringBuilder("journey\n");
    for (int i = 0; i <= 1000; i++) {
      text.append("T: 3: Actor ").append(i).append('\n');
    }

    assertThatThrownBy(() -> MermaidJourney.read(text.toString()))
        .isInstanceOfSatisfying(MermaidSyntaxException.class, e -> assertThat(e.problems())
            .containsExactly(new Problem(1002, 1,
                "more than the 1000 actors a journey may hold")));
  }

  @Test
  void survivesPathologicalCharacterRuns() {
    String hashes = "journey\n" + "#".repeat(90_000) + "\n" + ("#a".repeat(45_000)) + "\nT: 3\n";
    assertThat(MermaidJourney.read(hashes).columns()).hasSize(1);

    String entities = "journey\nT" + "#59;".repeat(1999) + ": 3\n";
    assertThat(MermaidJourney.read(entities).stages().get(0).steps().get(0).name())
        .isEqualTo("T" + ";".repeat(1999));

    String breaks = "journey\nsection " + "<br".repeat(30_000) + "\nT: 3\n";
    assertThatThrownBy(() -> MermaidJourney.read(breaks))
        .isInstanceOfSatisfying(MermaidSyntaxException.class, e -> assertThat(e.problems())
            .containsExactly(new Problem(2, 1, "the section name is 90000 characters long,"
                + " more than the 2000 a text may hold")));
  }

  @Test
  void readsThousandsOfAccDescrBlocksOnOneLineWithoutRecursion() {
    String text = "journey\nT: 3\n" + "accDescr {x}".repeat(8_000) + "accDescr {last}\n";

    assertThat(MermaidJourney.read(text).description()).contains("last");
  }

  @Test
  void refusesAnAccDescrBlockThatNeverCloses() {
    String text = "journey\nT: 3\naccDescr {\n" + "more text\n".repeat(200_000);

    assertThatThrownBy(() -> MermaidJourney.read(text))
        .isInstanceOfSatisfying(MermaidSyntaxException.class, e -> assertThat(e.problems())
            .containsExactly(new Problem(3, 10, "'accDescr {' is never closed with '}'")));
  }
}
