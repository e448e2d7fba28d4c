package dev.journeymap.test;

import dev.journeymap.core.Journey;
import dev.journeymap.core.Stage;
import dev.journeymap.core.Touchpoint;
import dev.journeymap.core.insights.JourneyInsights;
import dev.journeymap.core.insights.StageRef;
import dev.journeymap.core.insights.TouchpointRef;
import dev.journeymap.core.insights.UnansweredOpportunity;
import dev.journeymap.core.insights.UnownedPainPoint;
import dev.journeymap.core.validation.JourneyValidator;
import dev.journeymap.core.validation.ValidationReport;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
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

  /** Computed once for a chain of assertions on the same (immutable) journey. */
  private ValidationReport report;
  private JourneyInsights insights;

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
    ValidationReport report = report();
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
    ValidationReport report = report();
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

  /**
   * Checks that every touchpoint has an owner, the team that answers for it (see
   * {@link JourneyInsights#touchpointsWithoutOwner()}).
   *
   * <pre>{@code
   * assertThat(journey).hasNoUnownedTouchpoints();
   * // fails with: expected every touchpoint to have an owner, but 1 has none:
   * //               stages[1].touchpoints[0]: Call centre
   * }</pre>
   */
  public JourneyAssert hasNoUnownedTouchpoints() {
    isNotNull();
    return noneOf(insights().touchpointsWithoutOwner(),
        "expected every touchpoint to have an owner", "has none", "have none",
        (TouchpointRef t) -> t.path() + ": " + t.name());
  }

  /**
   * Checks that every pain point is owned, through the owner of the touchpoint it names (see
   * {@link JourneyInsights#painPointsWithoutOwner()} for the rule).
   *
   * <pre>{@code
   * assertThat(journey).hasNoUnownedPainPoints();
   * }</pre>
   */
  public JourneyAssert hasNoUnownedPainPoints() {
    isNotNull();
    return noneOf(insights().painPointsWithoutOwner(),
        "expected every pain point to have an owner", "has none", "have none",
        (UnownedPainPoint p) -> p.path() + ": " + p.text());
  }

  /**
   * Checks that every stage has at least one KPI, so that each step of the journey is measured
   * (see {@link JourneyInsights#stagesWithoutKpi()}).
   *
   * <pre>{@code
   * assertThat(journey).hasKpiInEveryStage();
   * }</pre>
   */
  public JourneyAssert hasKpiInEveryStage() {
    isNotNull();
    return noneOf(insights().stagesWithoutKpi(),
        "expected a KPI in every stage", "has none", "have none", (StageRef s) -> s.path() + ": " + s.name());
  }

  /**
   * Checks that every opportunity answers a pain point of its stage (see
   * {@link JourneyInsights#unansweredOpportunities()} for the rule).
   *
   * <pre>{@code
   * assertThat(journey).hasNoUnansweredOpportunities();
   * }</pre>
   */
  public JourneyAssert hasNoUnansweredOpportunities() {
    isNotNull();
    return noneOf(insights().unansweredOpportunities(),
        "expected every opportunity to answer a pain point of its stage", "answers none",
        "answer none",
        (UnansweredOpportunity o) -> o.path() + ": " + o.text());
  }

  /**
   * Checks that at most this share (0 to 1) of the journey's insights are still assumptions.
   *
   * <pre>{@code
   * assertThat(journey).hasAssumptionShareAtMost(0.25);
   * // fails with: expected at most 25% of the insights to be assumptions, but 6 of 18 are (33%)
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code share} is not between 0 and 1
   */
  public JourneyAssert hasAssumptionShareAtMost(double share) {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("share must be between 0 and 1: " + share);
    }
    isNotNull();
    var assumptions = insights().assumptions();
    if (assumptions.share() > share) {
      failWithMessage("%s", "expected at most " + percent(share) + " of the insights to be "
          + "assumptions, but " + assumptions.assumptions() + " of " + assumptions.insights()
          + " are (" + percent(assumptions.share()) + ")");
    }
    return this;
  }

  private <T> JourneyAssert noneOf(List<T> found, String expectation, String one,
      String many, Function<T, String> line) {
    if (!found.isEmpty()) {
      failWithMessage("%s", expectation + ", but " + found.size() + " "
          + (found.size() == 1 ? one : many) + ":"
          + found.stream().map(t -> "\n  " + line.apply(t)).collect(Collectors.joining()));
    }
    return this;
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  private ValidationReport report() {
    if (report == null) {
      report = JourneyValidator.validate(actual);
    }
    return report;
  }

  private JourneyInsights insights() {
    if (insights == null) {
      insights = JourneyInsights.of(actual);
    }
    return insights;
  }

  private List<String> stageIds() {
    return actual.stages().stream().map(Stage::id).collect(Collectors.toList());
  }
}
