package dev.journeymap.mermaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.journeymap.core.Channel;
import dev.journeymap.core.Journey;
import dev.journeymap.core.Stage;
import dev.journeymap.core.Touchpoint;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MermaidReadTest {

  private static Touchpoint task(String id, String name, double score, String... personas) {
    return Touchpoint.builder(id, name, Channel.OTHER).emotion(score).persona(personas).build();
  }

  private static List<String> stageNames(Journey journey) {
    return journey.stages().stream().map(Stage::name).toList();
  }

  private static List<String> taskNames(Journey journey) {
    return journey.touchpoints().stream().map(Touchpoint::name).toList();
  }

  @Test
  void readsTheDocumentationShapedExampleIntoTheWholeJourney() {
    Journey journey = MermaidJourney.read(Resources.text(Resources.MOVING_DAY));

    Journey expected = Journey.builder("Moving house on a Saturday")
        .id("moving-house-on-a-saturday")
        .persona("me", "Me")
        .persona("neighbour", "Neighbour")
        .persona("mover", "Mover")
        .stage("pack-up", "Pack up", s -> s
            .touchpoint(task("fill-the-last-boxes", "Fill the last boxes", -1, "me"))
            .touchpoint(task("load-the-van", "Load the van", 0, "me", "neighbour"))
            .touchpoint(task("carry-the-piano-down", "Carry the piano down", -2,
                "me", "neighbour", "mover"))
            .emotion(-1))
        .stage("settle-in", "Settle in", s -> s
            .touchpoint(task("unlock-the-new-front-door", "Unlock the new front door", 2, "me"))
            .touchpoint(task("order-pizza-for-everyone", "Order pizza for everyone", 2,
                "me", "neighbour"))
            .emotion(2))
        .build();
    assertThat(journey).isEqualTo(expected);
  }

  @Test
  void readsAccessibilityBlockWhichWinsOverAccTitle() {
    Journey journey = MermaidJourney.read(Resources.text(Resources.ACCESSIBLE));

    assertThat(journey.title()).isEqualTo("Reporting a repair");
    assertThat(journey.description()).contains("How a tenant reports\na leaking tap");
    assertThat(taskNames(journey)).containsExactly("Fill in the repair form");
  }

  @Test
  void usesAccTitleAsDescriptionWhenThereIsNoAccDescr() {
    Journey journey = MermaidJourney.read("""
        journey
          accTitle: Repairs # with a hash; and a semicolon
          section A
            Call: 3
        """);

    assertThat(journey.description()).contains("Repairs # with a hash; and a semicolon");
  }

  @Test
  void readsSingleLineAccDescrAndTextAfterTheClosingBrace() {
    assertThat(MermaidJourney.read("journey\naccDescr: One line\nCall: 3\n").description())
        .contains("One line");
    Journey journey = MermaidJourney.read("journey\naccDescr {Short} title After brace\nCall: 3");
    assertThat(journey.description()).contains("Short");
    assertThat(journey.title()).isEqualTo("After brace");
  }

  @Test
  void tasksBeforeTheFirstSectionMakeAStageNamedAfterTheTitle() {
    Journey journey = MermaidJourney.read("""
        journey
          title Getting a quote
          Open the website: 4: Visitor
          section Quote
            Enter the job size: 2: Visitor
        """);

    assertThat(journey.stages()).extracting(Stage::id, Stage::name).containsExactly(
        tuple("getting-a-quote", "Getting a quote"),
        tuple("quote", "Quote"));
    assertThat(journey.stages().get(0).touchpoints())
        .containsExactly(task("open-the-website", "Open the website", 1, "visitor"));
  }

  @Test
  void aDiagramWithoutTitleIsCalledJourney() {
    Journey journey = MermaidJourney.read("journey\n  Open the website: 4\n");

    assertThat(journey.title()).isEqualTo("Journey");
    assertThat(journey.id()).contains("journey");
    assertThat(stageNames(journey)).containsExactly("Journey");
    assertThat(journey.personas()).isEmpty();
    assertThat(journey.touchpoints()).containsExactly(task("open-the-website",
        "Open the website", 1));
  }

  @Test
  void skipsCommentsBlankLinesDirectivesAndIndentation() {
    Journey journey = MermaidJourney.read("""

        %% a comment before the header
        %%{init: {
          "theme": "forest"
        }}%%
        journey %% a comment after the header
        \t%% an indented comment
        # a hash comment

        \t  title   Indented title   # trailing comment
                section    Deep section
        Flush task:5:A,B
        \t\tTabbed task :  1  :  B  # comment: 3: C
        """);

    assertThat(journey.title()).isEqualTo("Indented title");
    assertThat(stageNames(journey)).containsExactly("Deep section");
    assertThat(journey.touchpoints()).containsExactly(
        task("flush-task", "Flush task", 2, "a", "b"),
        task("tabbed-task", "Tabbed task", -2, "b"));
  }

  @Test
  void keywordsIgnoreCaseButNeedTheirSpace() {
    Journey journey = MermaidJourney.read("""
        JOURNEY
        Title Upper case
        SECTION Loud
        Sectional sofa: 4
        Titles: 3
        """);

    assertThat(journey.title()).isEqualTo("Upper case");
    assertThat(stageNames(journey)).containsExactly("Loud");
    assertThat(taskNames(journey)).containsExactly("Sectional sofa", "Titles");
  }

  @Test
  void readsTheTitleOfTheFrontMatterUnlessTheDiagramHasOne() {
    String frontMatter = """
        ---
        title: "From the front matter"
        config:
          theme: dark
        ---
        journey
        """;
    assertThat(MermaidJourney.read(frontMatter + "A: 3\n").title())
        .isEqualTo("From the front matter");
    assertThat(MermaidJourney.read(frontMatter + "title In the diagram\nA: 3\n").title())
        .isEqualTo("In the diagram");
    assertThat(MermaidJourney.read("---\ntitle: Plain # comment\n---\njourney\nA: 3").title())
        .isEqualTo("Plain");
    assertThat(MermaidJourney.read("---\ntitle: 'It''s quoted'\n---\njourney\nA: 3").title())
        .isEqualTo("It's quoted");
  }

  @Test
  void givesDuplicateSectionAndTaskNamesUniqueIds() {
    Journey journey = MermaidJourney.read("""
        journey
          section Visit
            Call: 3
            Call: 3
          section Visit
            Call: 3
          section Visit 2
            Call 2: 3
        """);

    assertThat(journey.stages()).extracting(Stage::id)
        .containsExactly("visit", "visit-2", "visit-2-2");
    assertThat(journey.touchpoints()).extracting(Touchpoint::id)
        .containsExactly("call", "call-2", "call-3", "call-2-2");
  }

  @Test
  void derivesIdsFromAccentedAndSymbolicNames() {
    Journey journey = MermaidJourney.read("""
        journey
          title Réservation à Łódź
          section Große Straße
            Œuvre d'art ✓: 3: Zoë, Søren, 😀
          section !!!
            ???: 3
            ???: 3
        """);

    assertThat(journey.id()).contains("reservation-a-lodz");
    assertThat(journey.stages()).extracting(Stage::id).containsExactly("grosse-strasse", "stage");
    assertThat(journey.touchpoints()).extracting(Touchpoint::id)
        .containsExactly("oeuvre-d-art", "task", "task-2");
    assertThat(journey.personas()).extracting(p -> p.id() + "=" + p.name())
        .containsExactly("zoe=Zoë", "soren=Søren", "persona=😀");
  }

  @Test
  void cutsLongNamesTo64CharactersInIds() {
    String name = "a".repeat(70);
    Journey journey = MermaidJourney.read("journey\n" + name + ": 3\n" + name + ": 3\n");

    assertThat(journey.touchpoints()).extracting(Touchpoint::id)
        .containsExactly("a".repeat(64), "a".repeat(62) + "-2");
  }

  @Test
  void actorsBecomePersonasInOrderOfFirstAppearance() {
    Journey journey = MermaidJourney.read("""
        journey
          A: 3: Cat, Me, Cat
          B: 3: , Dog ,
          C: 3: Me, me
          D: 3:
        """);

    assertThat(journey.personas()).extracting(p -> p.id() + "=" + p.name())
        .containsExactly("cat=Cat", "me=Me", "dog=Dog", "me-2=me");
    assertThat(journey.touchpoints()).extracting(t -> String.join(",", t.personas()))
        .containsExactly("cat,me", "dog", "me,me-2", "");
  }

  @Test
  void stageEmotionIsTheMeanOfItsTasksAndAbsentWithoutTasks() {
    Journey journey = MermaidJourney.read("""
        journey
          section Mixed
            A: 1
            B: 5
            C: 5
          section Empty
        """);

    assertThat(journey.stages().get(0).emotion().orElseThrow().score())
        .isEqualTo((-2 + 2 + 2) / 3.0);
    assertThat(journey.stages().get(1).emotion()).isEmpty();
    assertThat(journey.stages().get(1).touchpoints()).isEmpty();
  }

  @Test
  void decodesEntityCodesAndLineBreaks() {
    Journey journey = MermaidJourney.read("""
        journey
          title Ratio 1#58;2 #35;1 #quot;best#quot; #unknown;
          section Before<br>after<br/>end<br />!
            #84;itle page #59; #37;#37;: 3: Smith#44; Jo, #35;1
        """);

    assertThat(journey.title()).isEqualTo("Ratio 1:2 #1 \"best\" #unknown;");
    assertThat(stageNames(journey)).containsExactly("Before\nafter\nend\n!");
    assertThat(taskNames(journey)).containsExactly("Title page ; %%");
    assertThat(journey.personas()).extracting(p -> p.name())
        .containsExactly("Smith, Jo", "#1");
  }

  @Test
  void readsEveryKindOfLineEnd() {
    Journey lf = MermaidJourney.read("journey\ntitle T\nsection S\nA: 3\nB: 4\n");

    assertThat(MermaidJourney.read("journey\r\ntitle T\r\nsection S\r\nA: 3\r\nB: 4\r\n"))
        .isEqualTo(lf);
    assertThat(MermaidJourney.read("journey\rtitle T\rsection S\rA: 3\rB: 4")).isEqualTo(lf);
  }

  @Test
  void readsTheHeaderAndAStatementOnOneLine() {
    assertThat(MermaidJourney.read("journey title One line\nA: 3").title()).isEqualTo("One line");
  }

  @Test
  void readsFromAReaderAndAFileAsFromAString(@TempDir Path dir) throws IOException {
    String text = Resources.text(Resources.HOME_SERVICES);
    Path file = dir.resolve("booking.mmd");
    Files.writeString(file, text, StandardCharsets.UTF_8);

    Journey expected = MermaidJourney.read(text);
    assertThat(MermaidJourney.read(new StringReader(text))).isEqualTo(expected);
    assertThat(MermaidJourney.read(file)).isEqualTo(expected);
    assertThat(expected.stages()).hasSize(5);
    assertThat(expected.touchpoints()).hasSize(10);
    assertThat(expected.personas()).extracting(p -> p.id())
        .containsExactly("homeowner", "dispatcher", "plumber");
  }
}
