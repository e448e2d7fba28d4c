package dev.journeymap.test;

import dev.journeymap.core.Journey;
import dev.journeymap.core.Stage;
import dev.journeymap.core.Touchpoint;
import dev.journeymap.core.validation.JourneyValidator;
import dev.journeymap.core.validation.ValidationReport;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Journey}, obtained from {@link JourneyAssertions#assertThat(Journey)}.
 *
 * <pre>{@code
 * assertThat(journey).hasNoWarnings().hasStages("awareness", "purchase").hasTouchpoint("crew");
 * }</pre>
 *
 * <p>Every assertion first fails if the journey is null. Not thread-safe, like every AssertJ
 * assertion object; make one per check.
 */
public final class JourneyAssert extends AbstractAssert<JourneyAssert, Journey> {

  JourneyAssert(Journey actual) {
    super(actual, JourneyAssert.class);
  }

  /**
   * Checks that the {@link JourneyValidator validator} finds no error; warnings are allowed.
   *
   * <pre>{@code
   * assertThat(journey).isValid();
   * }</pre>
   *
   * <p>Every journey from {@code Journey.builder} or {@code JourneyJson} has passed validation
   * already, so this states intent more than it can fail; to see the errors of a journey that
   * does not build, assert on the report of its {@code InvalidJourneyException}.
   */
  public JourneyAssert isValid() {
    isNotNull();
    ValidationReport report = JourneyValidator.validate(actual);
    if (!report.isValid()) {
      failWithMessage("%s", "expected a valid journey, but " + ProblemList.describe(report));
    }
    return this;
  }

  /**
   * Checks that the {@link JourneyValidator validator} finds no warning, e.g. that the journey
   * has a goal and a persona.
   *
   * <pre>{@code
   * assertThat(journey).hasNoWarnings();
   * // fails with: expected a journey without warnings, but the report has 1 problem:
   * //               goal: warning: the journey has no goal; ...
   * }</pre>
   */
  public JourneyAssert hasNoWarnings() {
    isNotNull();
    ValidationReport report = JourneyValidator.validate(actual);
    if (!report.warnings().isEmpty()) {
      failWithMessage("%s",
          "expected a journey without warnings, but " + ProblemList.describe(report));
    }
    return this;
  }

  /**
   * Checks that the journey has exactly these stages, by id, in this order.
   *
   * <pre>{@code
   * assertThat(journey).hasStages("awareness", "purchase");
   * // fails with: expected the stages [awareness, purchase] in this order,
   * //             but the journey has [awareness, consideration, purchase]
   * }</pre>
   */
  public JourneyAssert hasStages(String... stageIds) {
    List<String> expected = Arrays.asList(Objects.requireNonNull(stageIds, "stageIds"));
    isNotNull();
    List<String> ids = stageIds();
    if (!ids.equals(expected)) {
      failWithMessage("%s", "expected the stages " + expected + " in this order, but the "
          + "journey has " + ids);
    }
    return this;
  }

  /**
   * Checks that the journey has a stage with this id.
   *
   * <pre>{@code
   * assertThat(journey).hasStage("purchase");
   * // fails with: expected a stage with id 'purchase', but the journey has [awareness]
   * }</pre>
   */
  public JourneyAssert hasStage(String stageId) {
    Objects.requireNonNull(stageId, "stageId");
    isNotNull();
    if (actual.stage(stageId).isEmpty()) {
      failWithMessage("%s", "expected a stage with id '" + stageId + "', but the journey has "
          + stageIds());
    }
    return this;
  }

  /**
   * Checks that the journey has a touchpoint with this id, in any stage.
   *
   * <pre>{@code
   * assertThat(journey).hasTouchpoint("booking-form");
   * // fails with: expected a touchpoint with id 'booking-form', but the journey has
   * //             [search-ad, call-centre]
   * }</pre>
   */
  public JourneyAssert hasTouchpoint(String touchpointId) {
    Objects.requireNonNull(touchpointId, "touchpointId");
    isNotNull();
    if (actual.touchpoint(touchpointId).isEmpty()) {
      List<String> ids = actual.touchpoints().stream().map(Touchpoint::id)
          .collect(Collectors.toList());
      failWithMessage("%s", "expected a touchpoint with id '" + touchpointId + "', but the "
          + (ids.isEmpty() ? "journey has no touchpoints" : "journey has " + ids));
    }
    return this;
  }

  private List<String> stageIds() {
    return actual.stages().stream().map(Stage::id).collect(Collectors.toList());
  }
}
