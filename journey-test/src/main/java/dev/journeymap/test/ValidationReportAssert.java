package dev.journeymap.test;

import dev.journeymap.core.validation.Problem;
import dev.journeymap.core.validation.ProblemCode;
import dev.journeymap.core.validation.ValidationReport;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link ValidationReport}, obtained from
 * {@link JourneyAssertions#assertThat(ValidationReport)}. Paths are the report's own, from the
 * document root: {@code "stages[1].touchpoints[0].channel"}, or {@code ""} for the document as
 * a whole.
 *
 * <pre>{@code
 * InvalidJourneyException e = catchThrowableOfType(InvalidJourneyException.class,
 *     () -> JourneyJson.read(json));
 * assertThat(e.report()).hasProblemCount(1).hasErrorAt("stages[0].name", ProblemCode.REQUIRED);
 * }</pre>
 *
 * <p>A failure lists every problem of the report (at most 20), one a line, {@code PATH: MESSAGE},
 * warnings as {@code PATH: warning: MESSAGE}:
 *
 * <pre>
 * expected an error at stages[0].name, but the report has 2 problems:
 *   stages[1].id: duplicate stage id 'purchase' (first used at stages[0].id)
 *   goal: warning: the journey has no goal; say which business objective it serves
 * </pre>
 *
 * <p>Every assertion first fails if the report is null. Not thread-safe, like every AssertJ
 * assertion object; make one per check.
 */
public final class ValidationReportAssert
    extends AbstractAssert<ValidationReportAssert, ValidationReport> {

  ValidationReportAssert(ValidationReport actual) {
    super(actual, ValidationReportAssert.class);
  }

  /**
   * Checks that the report has an error at this path.
   *
   * <pre>{@code
   * assertThat(report).hasErrorAt("stages[0].name");
   * }</pre>
   */
  public ValidationReportAssert hasErrorAt(String path) {
    Objects.requireNonNull(path, "path");
    isNotNull();
    if (errorsAt(path).isEmpty()) {
      failExpecting("expected an error at " + path);
    }
    return this;
  }

  /**
   * Checks that the report has an error of this kind at this path.
   *
   * <pre>{@code
   * assertThat(report).hasErrorAt("stages[1].id", ProblemCode.ID_DUPLICATE);
   * // fails with: expected an error id.duplicate at stages[1].id, but the errors there are
   * //             id.syntax; the report has 1 problem: ...
   * }</pre>
   */
  public ValidationReportAssert hasErrorAt(String path, ProblemCode code) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    isNotNull();
    List<Problem> errors = errorsAt(path);
    if (errors.stream().noneMatch(p -> p.code() == code)) {
      String expected = "expected an error " + code.id() + " at " + path;
      if (errors.isEmpty()) {
        failExpecting(expected);
      } else {
        String found = errors.stream().map(p -> p.code().id()).distinct()
            .collect(Collectors.joining(", "));
        failWithMessage("%s", expected + ", but the errors there are " + found + "; "
            + ProblemList.describe(actual));
      }
    }
    return this;
  }

  /**
   * Checks that the report has a warning at this path.
   *
   * <pre>{@code
   * assertThat(report).hasWarningAt("stages[2]");   // an empty stage
   * }</pre>
   */
  public ValidationReportAssert hasWarningAt(String path) {
    Objects.requireNonNull(path, "path");
    isNotNull();
    if (actual.warnings().stream().noneMatch(p -> p.path().equals(path))) {
      failExpecting("expected a warning at " + path);
    }
    return this;
  }

  /**
   * Checks that the report has no error; warnings are allowed.
   *
   * <pre>{@code
   * assertThat(JourneyValidator.validate(journey)).hasNoErrors();
   * }</pre>
   */
  public ValidationReportAssert hasNoErrors() {
    isNotNull();
    if (!actual.isValid()) {
      failExpecting("expected no errors");
    }
    return this;
  }

  /**
   * Checks that the report has neither errors nor warnings.
   *
   * <pre>{@code
   * assertThat(JourneyValidator.validate(journey)).hasNoProblems();
   * }</pre>
   */
  public ValidationReportAssert hasNoProblems() {
    isNotNull();
    if (!actual.problems().isEmpty()) {
      failExpecting("expected no problems");
    }
    return this;
  }

  /**
   * Checks how many problems, errors and warnings together, the report has.
   *
   * <pre>{@code
   * assertThat(report).hasProblemCount(2);
   * // fails with: expected 2 problems, but the report has 1 problem:
   * //               stages[0].name: a text is required here
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public ValidationReportAssert hasProblemCount(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("negative problem count: " + count);
    }
    isNotNull();
    if (actual.problems().size() != count) {
      failExpecting("expected " + count + (count == 1 ? " problem" : " problems"));
    }
    return this;
  }

  private List<Problem> errorsAt(String path) {
    return actual.errors().stream().filter(p -> p.path().equals(path))
        .collect(Collectors.toList());
  }

  private void failExpecting(String expected) {
    failWithMessage("%s", expected + ", but " + ProblemList.describe(actual));
  }
}
