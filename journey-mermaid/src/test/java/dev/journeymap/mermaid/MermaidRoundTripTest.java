package dev.journeymap.mermaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeymap.core.Channel;
import dev.journeymap.core.Emotion;
import dev.journeymap.core.Item;
import dev.journeymap.core.Journey;
import dev.journeymap.core.Persona;
import dev.journeymap.core.Stage;
import dev.journeymap.core.Touchpoint;
import dev.journeymap.core.testing.RandomJourneys;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
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
    List<RandomDiagrams.Task> readTasks = journey.touchpoints().stream()
        .map(t -> new RandomDiagrams.Task(t.name(),
            (int) t.emotion().orElseThrow().score() + 3, actorNames(journey, t)))
        .toList();
    assertThat(readTasks).containsExactlyElementsOf(expectedTasks);
    assertThat(journey.personas()).extracting(Persona::name).containsExactlyElementsOf(
        expectedTasks.stream().flatMap(t -> t.actors().stream()).distinct().toList());
  }

  @ParameterizedTest
  @MethodSource("dev.journeymap.core.testing.RandomJourneys#seeds")
  void anyJourneyKeepsTitleStagesTaskNamesScoresAndActors(long seed) {
    Journey journey = RandomJourneys.journey(seed);
    String text = MermaidJourney.write(journey);
    List<String> expectedTasks = new ArrayList<>();
    List<Integer> expectedScores = new ArrayList<>();
    List<List<String>> expectedActors = new ArrayList<>();
    for (Stage stage : journey.stages()) {
      int stageScore = score(stage.emotion()).orElse(3);
      if (stage.touchpoints().isEmpty()) {
        for (Item action : stage.actions()) {
          expectedTasks.add(action.text());
          expectedScores.add(stageScore);
          expectedActors.add(List.of());
        }
      }
      for (Touchpoint t : stage.touchpoints()) {
        expectedTasks.add(t.name());
        expectedScores.add(score(t.emotion()).orElse(stageScore));
        expectedActors.add(actorNames(journey, t));
      }
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
    assertThat(read.touchpoints()).extracting(Touchpoint::name)
        .containsExactlyElementsOf(expectedTasks);
    assertThat(read.touchpoints()).extracting(t -> (int) t.emotion().orElseThrow().score() + 3)
        .containsExactlyElementsOf(expectedScores);
    assertThat(read.touchpoints()).extracting(t -> actorNames(read, t))
        .containsExactlyElementsOf(expectedActors);
    assertThat(read.touchpoints()).extracting(Touchpoint::channel).containsOnly(Channel.OTHER);
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
    Journey journey = Journey.builder(title)
        .persona("p", actor)
        .stage("s", stage, s -> s.touchpoint("t", task, Channel.WEB, t -> t.persona("p")))
        .build();

    Journey read = MermaidJourney.read(MermaidJourney.write(journey));

    assertThat(read.title()).isEqualTo(flat(journey.title()));
    assertThat(read.stages().get(0).name()).isEqualTo(lines(journey.stages().get(0).name()));
    assertThat(read.touchpoints().get(0).name())
        .isEqualTo(lines(journey.touchpoints().get(0).name()));
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

  private static List<String> actorNames(Journey journey, Touchpoint touchpoint) {
    Set<String> names = new LinkedHashSet<>();
    for (String id : touchpoint.personas()) {
      names.add(journey.persona(id).orElseThrow().name());
    }
    return names.stream().collect(Collectors.toList());
  }
}
