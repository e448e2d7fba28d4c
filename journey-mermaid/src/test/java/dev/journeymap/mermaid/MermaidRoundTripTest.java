package dev.journeymap.mermaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.journeymap.core.Channel;
import dev.journeymap.core.Emotion;
import dev.journeymap.core.Item;
import dev.journeymap.core.Journey;
import dev.journeymap.core.Persona;
import dev.journeymap.core.Stage;
import dev.journeymap.core.Step;
import dev.journeymap.core.Touchpoint;
import dev.journeymap.core.testing.RandomJourneys;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MermaidRoundTripTest {

  /** Mermaid → journey → Mermaid → journey: both journeys equal, both written texts equal. */
  private static Journey assertStable(String text) {
    Journey first = MermaidJourney.read(text);
    String written = MermaidJourney.write(first);
    Journey second = MermaidJourney.read(written);

    assertThat(second).isEqualTo(first);
    assertThat(MermaidJourney.write(second)).isEqualTo(written);
    return first;
  }

  @ParameterizedTest
  @ValueSource(strings = {Resources.MOVING_DAY, Resources.ACCESSIBLE, Resources.HOME_SERVICES})
  void examplesAreStable(String name) {
    assertStable(Resources.text(name));
  }

  @ParameterizedTest
  @MethodSource("dev.journeymap.mermaid.RandomDiagrams#seeds")
  void generatedDiagramsAreReadAsWrittenAndAreStable(long seed) {
    RandomDiagrams.Diagram diagram = RandomDiagrams.diagram(seed);

    Journey journey = assertStable(diagram.text());

    assertThat(journey.title()).isEqualTo(diagram.title());
    assertThat(journey.stages()).extracting(Stage::name)
        .containsExactlyElementsOf(diagram.sections().stream()
            .map(RandomDiagrams.Section::name).toList());
    List<RandomDiagrams.Task> expectedTasks = diagram.sections().stream()
        .flatMap(s -> s.tasks().stream()).toList();
    List<RandomDiagrams.Task> readTasks = steps(journey).stream()
        .map(t -> new RandomDiagrams.Task(t.name(),
            (int) t.emotion().orElseThrow().score() + 3, actorNames(journey, t.personas())))
        .toList();
    assertThat(readTasks).containsExactlyElementsOf(expectedTasks);
    assertThat(journey.stages()).extracting(Stage::steps).extracting(List::size)
        .containsExactlyElementsOf(diagram.sections().stream()
            .map(section -> section.tasks().size()).toList());
    assertThat(journey.touchpoints()).isEmpty();
    assertThat(journey.stages()).allSatisfy(stage -> assertThat(stage.emotion()).isEmpty());
    assertThat(journey.personas()).extracting(Persona::name).containsExactlyElementsOf(
        expectedTasks.stream().flatMap(t -> t.actors().stream()).distinct().toList());
  }

  @ParameterizedTest
  @MethodSource("dev.journeymap.core.testing.RandomJourneys#seeds")
  void anyJourneyKeepsTitleStagesTaskNamesScoresAndActors(long seed) {
    assertKeepsWhatMermaidHolds(RandomJourneys.journey(seed));
  }

  @ParameterizedTest
  @MethodSource("dev.journeymap.core.testing.RandomJourneys#seeds")
  void anyJourneyWithStepsKeepsStepNamesScoresAndPersonas(long seed) {
    assertKeepsWhatMermaidHolds(RandomJourneys.withAdditions(seed));
  }

  @Test
  void aJourneyWithStepsComesBackWithTheSameStepsScoresAndPersonas() {
    Journey journey = Journey.builder("Painting the living room")
        .persona("couple", "Couple")
        .persona("painter", "Painter")
        .stage("purchase", "Purchase", s -> s
            .emotion(1)
            .touchpoint("form", "Booking form", Channel.WEB)
            .step("book", "Books online", st -> st.persona("couple").emotion(-1)
                .action("Fills in the form"))
            .step("confirm", "Gets a confirmation", st -> st.emotion(1.4)))
        .stage("visit", "Crew visit", s -> s
            .emotion(0.6)
            .step("arrive", "Crew arrives", st -> st.persona("painter", "couple").emotion(2))
            .step("paint", "Paints the room", st -> st.persona("painter")))
        .build();

    Journey read = MermaidJourney.read(MermaidJourney.write(journey));

    Journey expected = Journey.builder("Painting the living room")
        .id("painting-the-living-room")
        .persona("couple", "Couple")
        .persona("painter", "Painter")
        .stage("purchase", "Purchase", s -> s
            .step(Step.builder("books-online", "Books online").persona("couple").emotion(-1)
                .build())
            .step(Step.builder("gets-a-confirmation", "Gets a confirmation").emotion(1)
                .build()))
        .stage("crew-visit", "Crew visit", s -> s
            .step(Step.builder("crew-arrives", "Crew arrives").persona("painter", "couple")
                .emotion(2).build())
            // no emotion of its own: the stage's (0.6, score 4) stands in
            .step(Step.builder("paints-the-room", "Paints the room").persona("painter")
                .emotion(1).build()))
        .build();
    assertThat(read).isEqualTo(expected);
  }

  /**
   * Writes {@code journey} and reads it back: one task per step of a stage with steps, else per
   * touchpoint, else per action; each read back as a step with the same name, score (the
   * emotion, else the stage's, else 3) and actors.
   */
  private static void assertKeepsWhatMermaidHolds(Journey journey) {
    String text = MermaidJourney.write(journey);
    List<String> expectedTasks = new ArrayList<>();
    List<Integer> expectedScores = new ArrayList<>();
    List<List<String>> expectedActors = new ArrayList<>();
    List<Integer> expectedTasksPerStage = new ArrayList<>();
    for (Stage stage : journey.stages()) {
      int stageScore = score(stage.emotion()).orElse(3);
      int before = expectedTasks.size();
      if (!stage.steps().isEmpty()) {
        for (Step step : stage.steps()) {
          expectedTasks.add(step.name());
          expectedScores.add(score(step.emotion()).orElse(stageScore));
          expectedActors.add(actorNames(journey, step.personas()));
        }
      } else if (!stage.touchpoints().isEmpty()) {
        for (Touchpoint t : stage.touchpoints()) {
          expectedTasks.add(t.name());
          expectedScores.add(score(t.emotion()).orElse(stageScore));
          expectedActors.add(actorNames(journey, t.personas()));
        }
      } else {
        for (Item action : stage.actions()) {
          expectedTasks.add(action.text());
          expectedScores.add(stageScore);
          expectedActors.add(List.of());
        }
      }
      expectedTasksPerStage.add(expectedTasks.size() - before);
    }
    if (expectedTasks.isEmpty()) {
      assertThatThrownBy(() -> MermaidJourney.read(text))
          .hasMessageStartingWith("line 1: empty diagram");
      return;
    }

    Journey read = MermaidJourney.read(text);

    assertThat(read.title()).isEqualTo(journey.title());
    assertThat(read.description()).isEqualTo(journey.description());
    assertThat(read.stages()).extracting(Stage::name).containsExactlyElementsOf(
        journey.stages().stream().map(Stage::name).toList());
    assertThat(read.stages()).extracting(stage -> stage.steps().size())
        .containsExactlyElementsOf(expectedTasksPerStage);
    assertThat(steps(read)).extracting(Step::name).containsExactlyElementsOf(expectedTasks);
    assertThat(steps(read)).extracting(t -> (int) t.emotion().orElseThrow().score() + 3)
        .containsExactlyElementsOf(expectedScores);
    assertThat(steps(read)).extracting(t -> actorNames(read, t.personas()))
        .containsExactlyElementsOf(expectedActors);
    assertThat(read.touchpoints()).isEmpty();
    assertThat(MermaidJourney.write(read)).isEqualTo(text);
  }

  @ParameterizedTest
  @MethodSource("dev.journeymap.core.testing.RandomJourneys#seeds")
  void textsFullOfSyntaxComeBackExactlyButForLineBreaks(long seed) {
    Random random = new Random(seed);
    String title = nasty(random);
    String stage = nasty(random);
    String task = nasty(random);
    String actor = nasty(random);
    // the task comes from a touchpoint or from a step, which the writer escapes alike
    Journey journey = Journey.builder(title)
        .persona("p", actor)
        .stage("s", stage, s -> {
          if (seed % 2 == 0) {
            s.touchpoint("t", task, Channel.WEB, t -> t.persona("p"));
          } else {
            s.step("t", task, st -> st.persona("p"));
          }
        })
        .build();

    Journey read = MermaidJourney.read(MermaidJourney.write(journey));

    assertThat(read.title()).isEqualTo(flat(journey.title()));
    assertThat(read.stages().get(0).name()).isEqualTo(lines(journey.stages().get(0).name()));
    String written = seed % 2 == 0 ? journey.touchpoints().get(0).name()
        : journey.stages().get(0).steps().get(0).name();
    String actorName = flat(journey.personas().get(0).name());
    assertThat(read.stages().get(0).steps())
        .extracting(Step::name, st -> actorNames(read, st.personas()))
        .containsExactly(tuple(lines(written), List.of(actorName)));
    assertThat(read.personas()).extracting(Persona::name)
        .containsExactly(flat(journey.personas().get(0).name()));
  }

  private static final String[] SYNTAX = {"a", "b", " ", ":", ";", "#", "%", ",", "{", "}",
      "<br>", "<br/>", "<", ">", "\n", "\r\n", "é", "😀", "title ", "section ", "journey",
      "accDescr", "accTitle", "#58;", "#quot;", "&", "/", "---", "%%", "5"};

  private static String nasty(Random random) {
    while (true) {
      StringBuilder s = new StringBuilder();
      int parts = 1 + random.nextInt(8);
      for (int i = 0; i < parts; i++) {
        s.append(SYNTAX[random.nextInt(SYNTAX.length)]);
      }
      if (!s.toString().isBlank()) {
        return s.toString();
      }
    }
  }

  /** A text as the writer keeps it where line breaks become spaces. */
  private static String flat(String s) {
    return s.replace("\r\n", " ").replace('\n', ' ');
  }

  /** A text as the writer keeps it where line breaks are {@code <br>}. */
  private static String lines(String s) {
    return s.replace("\r\n", "\n");
  }

  private static Optional<Integer> score(Optional<Emotion> emotion) {
    return emotion.map(e -> (int) Math.max(1, Math.min(5, Math.round(e.score() + 3))));
  }

  private static List<Step> steps(Journey journey) {
    return journey.stages().stream().flatMap(s -> s.steps().stream()).toList();
  }

  private static List<String> actorNames(Journey journey, List<String> personaIds) {
    Set<String> names = new LinkedHashSet<>();
    for (String id : personaIds) {
      names.add(journey.persona(id).orElseThrow().name());
    }
    return names.stream().collect(Collectors.toList());
  }
}
