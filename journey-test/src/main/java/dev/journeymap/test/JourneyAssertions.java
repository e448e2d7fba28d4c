package dev.journeymap.test;

import dev.journeymap.core.Journey;
import dev.journeymap.core.validation.ValidationReport;

/**
 * The entry point of the journey assertions, one {@code assertThat} per thing to check.
 *
 * <pre>{@code
 * import static dev.journeymap.test.JourneyAssertions.assertThat;
 *
 * assertThat(journey).isValid().hasStages("awareness", "purchase");
 * assertThat(JourneyValidator.validate(journey)).hasNoErrors().hasWarningAt("goal");
 * }</pre>
 *
 * <p>The methods overload AssertJ's own: statically import both
 * {@code org.assertj.core.api.Assertions.assertThat} and this class's {@code assertThat}, and
 * Java picks by the argument's type. Stateless and thread-safe.
 */
public final class JourneyAssertions {
  private JourneyAssertions() {}

  /**
   * Assertions on a journey: its stages and touchpoints, and what the validator says of it.
   *
   * <pre>{@code
   * assertThat(journey).hasNoWarnings().hasTouchpoint("booking-form");
   * }</pre>
   */
  public static JourneyAssert assertThat(Journey actual) {
    return new JourneyAssert(actual);
  }

  /**
   * Assertions on a validation report: where its errors and warnings are, and how many.
   *
   * <pre>{@code
   * assertThat(e.report()).hasErrorAt("stages[1].id", ProblemCode.ID_DUPLICATE);
   * }</pre>
   */
  public static ValidationReportAssert assertThat(ValidationReport actual) {
    return new ValidationReportAssert(actual);
  }
}
