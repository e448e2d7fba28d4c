package dev.journeymap.mermaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.journeymap.core.Journey;
import dev.journeymap.core.Stage;
import dev.journeymap.core.Step;
import dev.journeymap.core.validation.JourneyValidator;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MermaidReadTest {

  private static Step task(String id, String name, double score, String... personas) {
    return Step.builder(id, name).emotion(score).persona(personas).build();
  }

  private static List<Step> steps(Journey journey) {
    return journey.stages().stream().flatMap(s -> s.steps().stream()).toList();
  }

  private static List<String> stageNames(Journey journey) {
    return journey.stages().stream().map(Stage::name).toList();
  }

  private static List<String> taskNames(Journey journey) {
    return steps(journey).stream().map(Step::name).toList();
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
            .step(task("fill-the-last-boxes", "Fill the last boxes", -1, "me"))
            .step(task("load-the-van", "Load the van", 0, "me", "neighbour"))
            .step(task("carry-the-piano-down", "Carry the piano down", -2,
                "me", "neighbour", "mover")))
        .stage("settle-in", "Settle in", s -> s
            .step(task("unlock-the-new-front-door", "Unlock the new front door", 2, "me"))
            .step(task("order-pizza-for-everyone", "Order pizza for everyone", 2,
                "me", "neighbour")))
        .build();
    assertThat(journey).isEqualTo(expected);
    assertThat(journey.touchpoints()).isEmpty();
    assertThat(journey.stages()).allSatisfy(stage -> assertThat(stage.emotion()).isEmpty());
    assertThat(journey.columns()).extracting(c -> c.id()).containsExactly(
        "fill-the-last-boxes", "load-the-van", "carry-the-piano-down",
        "unlock-the-new-front-door", "order-pizza-for-everyone");
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
    assertThat(journey.stages().get(0).steps())
        .containsExactly(task("open-the-website", "Open the website", 1, "visitor"));
    assertThat(journey.stages().get(1).steps())
        .containsExactly(task("enter-the-job-size", "Enter the job size", -1, "visitor"));
  }

  @Test
  void aDiagramWithoutTitleIsCalledJourney() {
    Journey journey = MermaidJourney.read("journey\n  Open the website: 4\n");

    assertThat(journey.title()).isEqualTo("Journey");
    assertThat(journey.id()).contains("journey");
    assertThat(stageNames(journey)).containsExactly("Journey");
    assertThat(journey.personas()).isEmpty();
    assertThat(steps(journey)).containsExactly(task("open-the-website",
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
    assertThat(steps(journey)).containsExactly(
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
    assertThat(steps(journey)).extracting(Step::id)
        .containsExactly("call", "call-2", "call-3", "call-2-2");
    assertThat(journey.columns()).extracting(c -> c.id())
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
    assertThat(steps(journey)).extracting(Step::id)
        .containsExactly("oeuvre-d-art", "step", "step-2");
    assertThat(journey.personas()).extracting(p -> p.id() + "=" + p.name())
        .containsExactly("zoe=Zoë", "soren=Søren", "persona=😀");
  }

  @Test
  void cutsLongNamesTo64CharactersInIds() {
    String name = "a".repeat(70);
    Journey journey = MermaidJourney.read("journey\n" + name + ": 3\n" + name + ": 3\n");

    assertThat(journey.stages()).extracting(Stage::id).containsExactly("journey");
    assertThat(steps(journey)).extracting(Step::id)
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
    assertThat(steps(journey)).extracting(t -> String.join(",", t.personas()))
        .containsExactly("cat,me", "dog", "me,me-2", "");
  }

  @Test
  void tasksCarryTheScoresAndStagesHaveNoEmotionOfTheirOwn() {
    Journey journey = MermaidJourney.read("""
        journey
          section Mixed
            A: 1
            B: 5
            C: 4
            D: 3
            E: 2
          section Empty
        """);

    assertThat(journey.stages().get(0).steps()).extracting(Step::name,
        st -> st.emotion().orElseThrow().score()).containsExactly(
            tuple("A", -2.0), tuple("B", 2.0), tuple("C", 1.0), tuple("D", 0.0),
            tuple("E", -1.0));
    assertThat(journey.stages().get(0).emotion()).isEmpty();
    assertThat(journey.stages().get(1).emotion()).isEmpty();
    assertThat(journey.stages().get(1).steps()).isEmpty();
    assertThat(journey.stages().get(1).isEmpty()).isTrue();
  }

  @Test
  void aTasksActorsAreThePersonasOfItsStep() {
    Journey journey = MermaidJourney.read("""
        journey
          section Visit
            Arrive: 4: Plumber, Homeowner
            Fix the tap: 2: Plumber
            Pay: 3
        """);

    assertThat(journey.personas()).extracting(p -> p.id() + "=" + p.name())
        .containsExactly("plumber=Plumber", "homeowner=Homeowner");
    assertThat(journey.personas()).allSatisfy(p -> {
      assertThat(p.goals()).isEmpty();
      assertThat(p.frustrations()).isEmpty();
      assertThat(p.description()).isEmpty();
    });
    assertThat(journey.stages().get(0).steps()).containsExactly(
        task("arrive", "Arrive", 1, "plumber", "homeowner"),
        task("fix-the-tap", "Fix the tap", -1, "plumber"),
        task("pay", "Pay", 0));
    assertThat(journey.stages().get(0).touchpoints()).isEmpty();
  }

  @Test
  void aSectionAndATaskOfTheSameNameGetDifferentIds() {
    Journey journey = MermaidJourney.read("""
        journey
          section Checkout
            Checkout: 3
            Pay: 4
          section Pay
            Checkout: 2
        """);

    assertThat(journey.stages()).extracting(Stage::id).containsExactly("checkout", "pay-2");
    assertThat(journey.stages().get(0).steps()).extracting(Step::id)
        .containsExactly("checkout-2", "pay");
    assertThat(journey.stages().get(1).steps()).extracting(Step::id)
        .containsExactly("checkout-3");
    assertThat(JourneyValidator.validate(journey).errors()).isEmpty();
  }

  @Test
  void aStageAndATaskOfNoLetterShareTheScopeButNotTheFallback() {
    Journey journey = MermaidJourney.read("""
        journey
          section Step
            !!!: 3
          section ???
            ...: 3
        """);

    assertThat(journey.stages()).extracting(Stage::id).containsExactly("step", "stage");
    assertThat(steps(journey)).extracting(Step::id).containsExactly("step-2", "step-3");
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
    assertThat(steps(expected)).hasSize(10);
    assertThat(expected.touchpoints()).isEmpty();
    assertThat(expected.personas()).extracting(p -> p.id())
        .containsExactly("homeowner", "dispatcher", "plumber");
  }
}
