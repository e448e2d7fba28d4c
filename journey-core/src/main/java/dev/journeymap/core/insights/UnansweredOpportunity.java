package dev.journeymap.core.insights;

import java.util.Objects;
import java.util.Optional;

/**
 * An opportunity that answers no pain point of its stage: an idea the map does not justify yet,
 * either a pain point is missing from the column or the idea belongs elsewhere.
 *
 * <p>The rule: an opportunity <em>answers</em> a pain point when both are in the same stage, they
 * are not on different steps of it, and they do not name different touchpoints. That is: either
 * of them is given on the stage itself (which spans all of its steps) or both are on the same
 * step; and either of them names no touchpoint ({@link dev.journeymap.core.Item#touchpoint()})
 * or both name the same one. Teams usually write opportunities and pain points for the column or
 * the stage as a whole; a step, like a touchpoint, makes an item more precise, so it can rule a
 * match out but is never required for one. So an opportunity on a step is answered by a pain
 * point of the same step or of its stage itself, never by one of a sibling step; an opportunity
 * on the stage itself is answered by a pain point of the stage or of any of its steps. In this
 * stage
 *
 * <pre>{@code
 * .stage("purchase", "Purchase", s -> s
 *     .touchpoint("booking-form", "Online booking form", Channel.WEB)
 *     .touchpoint("crew-visit", "Crew on site", Channel.IN_PERSON)
 *     .painPoint(Item.builder("No evening slots online").touchpoint("booking-form").build())
 *     .opportunity(Item.builder("Open Saturday slots").touchpoint("booking-form").build())
 *     .opportunity("Text the crew's arrival time")
 *     .opportunity(Item.builder("Crew asks for a review").touchpoint("crew-visit").build()))
 * }</pre>
 *
 * <p>the first opportunity answers the pain point (same touchpoint), so does the second (it names
 * no touchpoint); the third is unanswered, at {@code stages[0].opportunities[2]} for a first
 * stage: the only pain point is about another touchpoint. Every opportunity of a stage without
 * pain points, on itself or on its steps, is unanswered. With steps:
 *
 * <pre>{@code
 * .stage("decide", "Purchase", s -> s
 *     .opportunity("Offer a 90-day exit clause")
 *     .step("negotiate", "Negotiate", st -> st
 *         .painPoint("Seats are sold by the year only")
 *         .opportunity("Sell seats by the month"))
 *     .step("provision", "Set up the accounts", st -> st
 *         .opportunity("Import roles from the directory")))
 * }</pre>
 *
 * <p>the stage's own opportunity and the negotiate step's are answered by the negotiate step's
 * pain point; the provision step's opportunity is unanswered, at
 * {@code stages[0].steps[1].opportunities[0]}: no pain point is on that step or on the stage
 * itself.
 *
 * @param stage the stage whose opportunity this is, or that holds the step
 * @param step the step whose opportunity this is; empty for one of the stage itself
 * @param index the index of the opportunity in the {@code opportunities()} of that step, or of
 *     the stage when there is no step
 * @param text the opportunity
 */
public record UnansweredOpportunity(StageRef stage, Optional<StepRef> step, int index,
    String text) {

  /**
   * Checks that no component is null, that the step, if any, is in the stage, and that the index
   * is not negative.
   */
  public UnansweredOpportunity {
    StepRef.checkIn(stage, step);
    if (index < 0) {
      throw new IllegalArgumentException("negative opportunity index: " + index);
    }
    Objects.requireNonNull(text, "text");
  }

  /** An opportunity of the stage itself. */
  public UnansweredOpportunity(StageRef stage, int index, String text) {
    this(stage, Optional.empty(), index, text);
  }

  /**
   * Where the opportunity is in a journey document, in the validator's notation:
   * {@code stages[0].opportunities[2]}, or {@code stages[0].steps[1].opportunities[0]} on a step.
   */
  public String path() {
    return StepRef.path(stage, step) + ".opportunities[" + index + "]";
  }
}
