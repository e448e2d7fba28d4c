package dev.journeymap.mermaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeymap.mermaid.MermaidSyntaxException.Problem;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class MermaidSyntaxErrorTest {

  private static MermaidSyntaxException refusal(String text) {
    try {
      MermaidJourney.read(text);
    } catch (MermaidSyntaxException e) {
      return e;
    }
    throw new AssertionError("read without error: " + text);
  }

  static Stream<Arguments> oneProblem() {
    return Stream.of(
        Arguments.of("score not a number", "journey\n  section S\n    Pick a slot: five\n",
            3, 18, "expected a score from 1 to 5, found 'five'"),
        Arguments.of("score above 5", "journey\nPick a slot: 7: Me\n",
            2, 14, "expected a score from 1 to 5, found '7'"),
        Arguments.of("score 0, which Mermaid's docs allow", "journey\nPick a slot: 0\n",
            2, 14, "expected a score from 1 to 5, found '0'"),
        Arguments.of("fractional score", "journey\nPick a slot: 2.5\n",
            2, 14, "expected a score from 1 to 5, found '2.5'"),
        Arguments.of("negative score", "journey\nPick a slot: -1\n",
            2, 14, "expected a score from 1 to 5, found '-1'"),
        Arguments.of("task without a score", "journey\nPick a slot:\n",
            2, 13, "expected a score from 1 to 5 after 'Pick a slot:', found nothing"),
        Arguments.of("task with actors but no score", "journey\nPick a slot: : Me\n",
            2, 13, "expected a score from 1 to 5 after 'Pick a slot:', found nothing"),
        Arguments.of("task without a colon",
            "journey\n  title T\n  Pick a slot 5\n",
            3, 3, "expected 'Task: SCORE' (or title, section, accTitle, accDescr), found"
                + " 'Pick a slot 5'"),
        Arguments.of("unknown keyword", "journey\n  actor Bob\n",
            2, 3, "expected 'Task: SCORE' (or title, section, accTitle, accDescr), found"
                + " 'actor Bob'"),
        Arguments.of("task without a name", "journey\n  : 5: Me\n",
            2, 3, "expected a task name before ':'"),
        Arguments.of("third colon", "journey\nPick: 5: Me: You\n",
            2, 12, "expected 'Task: SCORE: Actor, Actor', found another ':' after the actors"),
        Arguments.of("semicolon", "journey\nPick; a slot: 5\n",
            2, 5, "unexpected ';': write it as #59; (Mermaid's journey grammar does not allow"
                + " it here)"),
        Arguments.of("colon in a section", "journey\nsection Go: home\nA: 3\n",
            2, 11, "a section name cannot hold ':', write it as #58;"),
        Arguments.of("empty section name", "journey\nsection  # nothing\nA: 3\n",
            2, 9, "expected a section name after 'section'"),
        Arguments.of("empty title", "journey\ntitle  \nA: 3\n",
            2, 7, "expected a title after 'title'"),
        Arguments.of("empty diagram", "%% nothing yet\njourney\n  title Empty\n  section S\n",
            2, 1, "empty diagram: expected at least one task such as"
                + " 'Pick a slot: 4: Customer'"),
        Arguments.of("missing header", "\n  graph TD\n  A --> B\n",
            2, 3, "expected 'journey', found 'graph TD'"),
        Arguments.of("nothing at all", "", 1, 1, "expected 'journey', found the end of the text"),
        Arguments.of("only comments", "%% one\n\n%% two\n",
            3, 1, "expected 'journey', found the end of the text"),
        Arguments.of("second header", "journey\nA: 3\njourney\n",
            3, 1, "unexpected 'journey': the diagram began at line 1 and has one header only"),
        Arguments.of("unclosed accDescr", "journey\nA: 3\naccDescr {\n  never closed\n",
            3, 10, "'accDescr {' is never closed with '}'"),
        Arguments.of("unclosed front matter", "---\ntitle: T\njourney\nA: 3\n",
            1, 1, "front matter opened with '---' is never closed with '---'"),
        Arguments.of("hash comment hides the score", "journey\nBuy #2 tickets: 3\n",
            2, 1, "expected 'Task: SCORE' (or title, section, accTitle, accDescr), found 'Buy'"),
        Arguments.of("too long a task name", "journey\n" + "x".repeat(2001) + ": 3\n",
            2, 1, "the task name is 2001 characters long, more than the 2000 a text may hold"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oneProblem")
  void refusesWithLineColumnAndWhatWasExpected(String what, String text, int line, int column,
      String message) {
    MermaidSyntaxException e = refusal(text);

    assertThat(e.problems()).containsExactly(new Problem(line, column, message));
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.column()).isEqualTo(column);
    assertThat(e.getMessage()).isEqualTo("line " + line + ": " + message);
  }

  @Test
  void reportsEveryProblemInLineOrder() {
    MermaidSyntaxException e = refusal("""
        journey
          section Fine
            Good: 4
            Bad: 9
            No score
            Also bad: x: Me
        """);

    assertThat(e.problems()).containsExactly(
        new Problem(4, 10, "expected a score from 1 to 5, found '9'"),
        new Problem(5, 5, "expected 'Task: SCORE' (or title, section, accTitle, accDescr),"
            + " found 'No score'"),
        new Problem(6, 15, "expected a score from 1 to 5, found 'x'"));
    assertThat(e.getMessage()).isEqualTo("""
        line 4: expected a score from 1 to 5, found '9'
        line 5: expected 'Task: SCORE' (or title, section, accTitle, accDescr), found 'No score'
        line 6: expected a score from 1 to 5, found 'x'""");
  }

  @Test
  void stopsAfterAHundredProblemsAndListsTwentyInTheMessage() {
    MermaidSyntaxException e = refusal("journey\n" + "Bad: 9\n".repeat(1000));

    assertThat(e.problems()).hasSize(100);
    assertThat(e.problems().get(99).line()).isEqualTo(101);
    assertThat(e.getMessage().lines()).hasSize(21).last().isEqualTo("... and 80 more");
  }

  @Test
  void abbreviatesLongTextInMessages() {
    MermaidSyntaxException e = refusal("journey\n" + "word ".repeat(30) + "\n");

    assertThat(e.getMessage()).isEqualTo("line 2: expected 'Task: SCORE' (or title, section,"
        + " accTitle, accDescr), found 'word word word word word word word wo...'");
  }

  @Test
  void refusesAProblemListThatIsEmptyOrMisplaced() {
    assertThatThrownBy(() -> new MermaidSyntaxException(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a syntax exception needs at least one problem");
    assertThatThrownBy(() -> new Problem(0, 1, "x"))
        .hasMessage("line and column are 1-based, not 0:1");
  }
}
