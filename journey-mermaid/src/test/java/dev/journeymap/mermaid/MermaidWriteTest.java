package dev.journeymap.mermaid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymap.core.Channel;
import dev.journeymap.core.Evidence;
import dev.journeymap.core.Journey;
import dev.journeymap.core.Stage;
import dev.journeymap.core.Step;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MermaidWriteTest {

  private static final Journey JUNK_REMOVAL = Journey.builder("Booking a junk removal")
      .id("junk-removal-booking")
      .description("A homeowner finds, books and reviews a junk-removal service.")
      .goal("Increase the number of booked jobs")
      .persona("busy-homeowner", "Busy homeowner", p -> p.goal("Clear the garage"))
      .persona("neighbour", "Neighbour")
      .stage("awareness", "Awareness", s -> s
          .action("Searches 'junk removal near me'")
          .touchpoint("search-ad", "Search ad", Channel.SEARCH, t -> t.persona("busy-homeowner"))
          .touchpoint("referral", "Neighbour's recommendation", Channel.WORD_OF_MOUTH,
              t -> t.persona("neighbour", "busy-homeowner").emotion(1.5, "Reassured"))
          .emotion(0, "Hopeful but unsure")
          .painPoint("Too many look-alike ads", Evidence.ANECDOTAL))
      .stage("purchase", "Purchase", s -> s
          .action("Books online")
          .touchpoint("booking-form", "Online booking form", Channel.WEB,
              t -> t.emotion(-1, "Annoyed").url("https://example.com/book"))
          .emotion(1, "Relieved")
          .funnel(1000, 420))
      .stage("pickup", "Pick-up day", s -> s
          .action("Waits for the crew")
          .action("Shows what goes")
          .emotion(-0.5))
      .stage("review", "Review", s -> s.question("Was it worth it?"))
      .build();

  @Test
  void writesTitleDescriptionSectionsAndTasks() {
    assertThat(MermaidJourney.write(JUNK_REMOVAL)).isEqualTo("""
        journey
          title Booking a junk removal
          accDescr: A homeowner finds, books and reviews a junk-removal service.
          section Awareness
            Search ad: 3: Busy homeowner
            Neighbour's recommendation: 5: Neighbour, Busy homeowner
          section Purchase
            Online booking form: 2
          section Pick-up day
            Waits for the crew: 3
            Shows what goes: 3
          section Review
        """);
  }

  @Test
  void writesOneTaskPerStepBeforeTouchpointsAndActions() {
    Journey journey = Journey.builder("Painting the living room")
        .persona("couple", "Couple")
        .persona("painter", "Painter")
        .stage("purchase", "Purchase", s -> s
            .emotion(-0.6)
            .action("Compares quotes")
            .touchpoint("form", "Booking form", Channel.WEB, t -> t.emotion(2))
            .step("book", "Books online", st -> st.persona("couple").emotion(-1.5)
                .touchpoint("mail", "Confirmation mail", Channel.EMAIL)
                .action("Fills in the form"))
            .step("wait", "Waits for the date", st -> st.action("Checks the calendar")))
        .stage("visit", "Crew visit", s -> s
            .step("arrive", "Crew arrives", st -> st.persona("painter", "couple").emotion(2))
            .step("paint", "Paints the room", st -> st.persona("painter").emotion(0.5)))
        .stage("review", "Review", s -> s
            .touchpoint("survey", "Survey", Channel.EMAIL, t -> t.persona("couple")))
        .build();

    // steps win over the stage's touchpoints and actions; a step without emotion takes the
    // stage's (-0.6, score 2); touchpoints inside a step are not tasks
    assertThat(MermaidJourney.write(journey)).isEqualTo("""
        journey
          title Painting the living room
          section Purchase
            Books online: 2: Couple
            Waits for the date: 2
          section Crew visit
            Crew arrives: 5: Painter, Couple
            Paints the room: 4: Painter
          section Review
            Survey: 3: Couple
        """);
  }

  @Test
  void writesAStepLikeATouchpointOfTheSameNameScoreAndPersonas() {
    Journey withSteps = Journey.builder("T")
        .persona("a", "Alex")
        .persona("b", "Alex")
        .stage("s", "S", s -> s.step("st", "Task", st -> st.persona("a", "b").emotion(-2)))
        .build();
    Journey withTouchpoints = Journey.builder("T")
        .persona("a", "Alex")
        .persona("b", "Alex")
        .stage("s", "S", s -> s.touchpoint("t", "Task", Channel.WEB,
            t -> t.persona("a", "b").emotion(-2)))
        .build();

    assertThat(MermaidJourney.write(withSteps)).isEqualTo(MermaidJourney.write(withTouchpoints))
        .endsWith("    Task: 1: Alex\n");
  }

  @Test
  void writesAMultiLineDescriptionAsABlock() {
    Journey journey = Journey.builder("T")
        .description("First line\r\n  second line }\n\nfourth")
        .stage("s", "S", s -> s.action("A"))
        .build();

    assertThat(MermaidJourney.write(journey)).isEqualTo("""
        journey
          title T
          accDescr {
            First line
            second line #125;

            fourth
          }
          section S
            A: 3
        """);
    assertThat(MermaidJourney.read(MermaidJourney.write(journey)).description())
        .contains("First line\nsecond line }\n\nfourth");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"-2, 1", "-1.6, 1", "-1.5, 2", "-0.51, 2", "-0.5, 3", "0, 3", "0.49, 3",
      "0.5, 4", "1.5, 5", "2, 5"})
  void mapsEmotionToTheNearestScoreWithHalvesUp(double emotion, int score) {
    Journey journey = Journey.builder("T")
        .stage("s", "S", s -> s.touchpoint("t", "Task", Channel.WEB, t -> t.emotion(emotion)))
        .build();

    assertThat(MermaidJourney.write(journey)).endsWith("    Task: " + score + "\n");
  }

  @Test
  void codesWhatTheGrammarCannotHoldSoThatMermaidShowsItExactly() {
    Journey journey = Journey.builder("Ratio 1:2; #1 100%% sure")
        .persona("p", "Smith, Jo: #1; 100%%")
        .stage("s", "Go: home; #1 <br> 50%\nnext", s -> s
            .touchpoint("t1", "Title page", Channel.WEB, t -> t.persona("p"))
            .touchpoint("t2", "journey planning: step #2", Channel.WEB)
            .touchpoint("t3", "SECTION\tbreak", Channel.WEB)
            .touchpoint("t4", "accDescr {x}", Channel.WEB)
            .touchpoint("t5", "%% not a comment", Channel.WEB)
            .touchpoint("t6", "Line\r\nbreak", Channel.WEB))
        .build();

    assertThat(MermaidJourney.write(journey)).isEqualTo("""
        journey
          title Ratio 1:2#59; #35;1 100#37;#37; sure
          section Go#58; home#59; #35;1 #60;br> 50%<br>next
            #84;itle page: 3: Smith#44; Jo#58; #35;1#59; 100#37;#37;
            #106;ourney planning#58; step #35;2: 3
            #83;ECTION\tbreak: 3
            #97;ccDescr {x}: 3
            #37;#37; not a comment: 3
            Line<br>break: 3
        """);
  }

  @Test
  void readsBackExactlyTheTextsItCoded() {
    Journey journey = Journey.builder("Ratio 1:2; #1 100%% sure")
        .persona("p", "Smith, Jo: #1; 100%%")
        .stage("s", "Go: home; #1 <br> 50%\nnext", s -> s
            .touchpoint("t1", "Title page", Channel.WEB, t -> t.persona("p"))
            .touchpoint("t2", "journey planning: step #2", Channel.WEB)
            .touchpoint("t5", "%% not a comment", Channel.WEB))
        .build();

    Journey read = MermaidJourney.read(MermaidJourney.write(journey));

    assertThat(read.title()).isEqualTo(journey.title());
    assertThat(read.stages()).extracting(Stage::name).containsExactly(
        "Go: home; #1 <br> 50%\nnext");
    assertThat(read.stages().get(0).steps()).extracting(Step::name).containsExactly(
        "Title page", "journey planning: step #2", "%% not a comment");
    assertThat(read.personas()).extracting(p -> p.name()).containsExactly("Smith, Jo: #1; 100%%");
  }

  @Test
  void writesPersonasOfTheSameNameAsOneActor() {
    Journey journey = Journey.builder("T")
        .persona("a", "Alex")
        .persona("b", "Alex")
        .stage("s", "S", s -> s.touchpoint("t", "Task", Channel.WEB, t -> t.persona("a", "b")))
        .build();

    assertThat(MermaidJourney.write(journey)).endsWith("    Task: 3: Alex\n");
  }

  @Test
  void writesTheSameTextToAWriterAndAFile(@TempDir Path dir) throws IOException {
    StringWriter out = new StringWriter();
    MermaidJourney.write(JUNK_REMOVAL, out);
    Path file = dir.resolve("map.mmd");
    Files.writeString(file, "an older, longer content that must be replaced entirely\n".repeat(9));

    MermaidJourney.write(JUNK_REMOVAL, file);

    assertThat(out.toString()).isEqualTo(MermaidJourney.write(JUNK_REMOVAL));
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(out.toString());
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void writesTheHomeServicesExampleBackByteForByte() {
    String text = Resources.text(Resources.HOME_SERVICES);

    assertThat(MermaidJourney.write(MermaidJourney.read(text))).isEqualTo(text);
  }
}
