/**
 * Validation of journeys: {@link dev.journeymap.core.validation.JourneyValidator} checks every
 * rule of the journey format and returns a {@link dev.journeymap.core.validation.ValidationReport}
 * with every {@link dev.journeymap.core.validation.Problem}, each with its severity, its path
 * from the document root ({@code stages[1].touchpoints[0].channel}), a stable
 * {@link dev.journeymap.core.validation.ProblemCode code} and a message a person can act on.
 *
 * <p>Rule of this package: it reports, it never fixes; and it reports everything it finds, not
 * just the first problem.
 */
package dev.journeymap.core.validation;
