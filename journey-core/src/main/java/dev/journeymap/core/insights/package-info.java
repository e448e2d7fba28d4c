/**
 * The questions a team asks of a finished map, answered as plain data:
 * {@link dev.journeymap.core.insights.JourneyInsights#of(dev.journeymap.core.Journey)} says where
 * the emotion curve is lowest, which funnel stages lose the most customers, which columns have no
 * KPI, which touchpoints and pain points nobody owns, how much of the map is still assumption,
 * which opportunities answer no pain point, how touchpoints spread over channels, and which
 * micro-moments no stage covers.
 *
 * <pre>{@code
 * JourneyInsights insights = JourneyInsights.of(journey);
 * insights.dropOffs().get(0)       // the stage that loses the largest share of its customers
 * insights.momentsNotCovered()     // e.g. [I_WANT_TO_GO]
 * }</pre>
 *
 * <p>Places are named by {@link dev.journeymap.core.insights.StageRef},
 * {@link dev.journeymap.core.insights.StepRef} and
 * {@link dev.journeymap.core.insights.TouchpointRef}: the id (the stable reference), the name (to
 * show) and the index, with a {@code path()} in the validator's notation
 * ({@code stages[1].touchpoints[0]}, {@code stages[4].steps[1].touchpoints[0]}). An answer found
 * inside a stage has a {@code stage()} and an optional {@code step()}: empty for what is given
 * on the stage itself.
 *
 * <p>Rule of this package: it reads a journey and reports facts, never changes the journey and
 * never judges it (no thresholds, no "too many"; that is for the team, or for the validator's
 * warnings). Every list has a documented, deterministic order: journey order, or a documented
 * sort with journey order breaking ties. Nothing here knows about drawing or about a file format.
 */
package dev.journeymap.core.insights;
