package dev.journeymap.test;

import static dev.journeymap.test.JourneyAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.journeymap.core.Journey;
import dev.journeymap.core.validation.InvalidJourneyException;
import dev.journeymap.core.validation.Problem;
import dev.journeymap.core.validation.ProblemCode;
import dev.journeymap.core.validation.ValidationReport;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ValidationReportAssertTest {
  /** The report of a journey whose second stage repeats the first's id and has no name. */
  private static final ValidationReport INVALID = catchThrowableOfType(
      InvalidJourneyException.class,
      () -> Journey.builder("Booking")
          .stage("purchase", "Purchase", s -> s.action("Books online"))
          .stage("purchase", " ", s -> s.action("Pays"))
          .build())
      .report();

  private static final String INVALID_PROBLEMS = "the report has 4 problems:\n"
      + "  stages[1].id: duplicate stage id 'purchase' (first used at stages[0].id)\n"
      + "  stages[1].name: a text is required here\n"
      + "  goal: warning: the journey has no goal; say which business objective it serves\n"
      + "  personas: warning: the journey has no persona; say whose journey this is";

  private static final ValidationReport WARNINGS = ValidationReport.of(List.of(
      Problem.warning("goal", ProblemCode.NO_GOAL, "the journey has no goal"),
      Problem.warning("", ProblemCode.NO_PERSONA, "no persona")));

  private static final ValidationReport EMPTY = ValidationReport.of(List.of());

  @Test
  void passesOnAReportThatHasWhatItSays() {
    assertThat(INVALID).hasProblemCount(4)
        .hasErrorAt("stages[1].id")
        .hasErrorAt("stages[1].id", ProblemCode.ID_DUPLICATE)
        .hasErrorAt("stages[1].name", ProblemCode.REQUIRED)
        .hasWarningAt("goal");
    assertThat(WARNINGS).hasNoErrors().hasWarningAt("").hasProblemCount(2);
    assertThat(EMPTY).hasNoErrors().hasNoProblems().hasProblemCount(0);
  }

  @Test
  void hasErrorAtListsTheProblems() {
    assertThatThrownBy(() -> assertThat(INVALID).hasErrorAt("stages[0].name"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("expected an error at stages[0].name, but " + INVALID_PROBLEMS);
  }

  @Test
  void hasErrorAtWantsAnErrorNotAWarning() {
    assertThatThrownBy(() -> assertThat(INVALID).hasErrorAt("goal"))
        .hasMessage("expected an error at goal, but " + INVALID_PROBLEMS);
  }

  @Test
  void hasErrorAtOnAnEmptyReportSaysItIsEmpty() {
    assertThatThrownBy(() -> assertThat(EMPTY).hasErrorAt("stages[0].name"))
        .hasMessage("expected an error at stages[0].name, but the report has no problems");
  }

  @Test
  void hasErrorAtWithACodeNamesTheCodesFoundThere() {
    assertThatThrownBy(() -> assertThat(INVALID).hasErrorAt("stages[1].id", ProblemCode.ID_SYNTAX))
        .hasMessage("expected an error id.syntax at stages[1].id, but the errors there are"
            + " id.duplicate; " + INVALID_PROBLEMS);
    assertThatThrownBy(() -> assertThat(INVALID).hasErrorAt("title", ProblemCode.REQUIRED))
        .hasMessage("expected an error required at title, but " + INVALID_PROBLEMS);
  }

  @Test
  void hasWarningAtWantsAWarningNotAnError() {
    assertThatThrownBy(() -> assertThat(INVALID).hasWarningAt("stages[1].id"))
        .hasMessage("expected a warning at stages[1].id, but " + INVALID_PROBLEMS);
  }

  @Test
  void hasNoErrorsListsTheProblems() {
    assertThatThrownBy(() -> assertThat(INVALID).hasNoErrors())
        .hasMessage("expected no errors, but " + INVALID_PROBLEMS);
  }

  @Test
  void hasNoProblemsCountsWarningsAsProblems() {
    assertThatThrownBy(() -> assertThat(WARNINGS).hasNoProblems())
        .hasMessage("expected no problems, but the report has 2 problems:\n"
            + "  goal: warning: the journey has no goal\n"
            + "  warning: no persona");
  }

  @Test
  void hasProblemCountCountsErrorsAndWarnings() {
    assertThatThrownBy(() -> assertThat(INVALID).hasProblemCount(1))
        .hasMessage("expected 1 problem, but " + INVALID_PROBLEMS);
    assertThatThrownBy(() -> assertThat(EMPTY).hasProblemCount(2))
        .hasMessage("expected 2 problems, but the report has no problems");
    assertThatThrownBy(() -> assertThat(EMPTY).hasProblemCount(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("negative problem count: -1");
  }

  @Test
  void aLongReportIsListedUpToTwentyProblems() {
    ValidationReport many = ValidationReport.of(IntStream.range(0, 25)
        .mapToObj(i -> Problem.error("stages[" + i + "].name", ProblemCode.REQUIRED, "required"))
        .collect(Collectors.toList()));

    assertThatThrownBy(() -> assertThat(many).hasNoErrors())
        .hasMessage("expected no errors, but the report has 25 problems:\n"
            + IntStream.range(0, 20).mapToObj(i -> "  stages[" + i + "].name: required\n")
                .collect(Collectors.joining())
            + "  ... and 5 more");
  }

  @Test
  void failsOnANullReport() {
    assertThatThrownBy(() -> assertThat((ValidationReport) null).hasNoErrors())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting actual not to be null");
  }
}
