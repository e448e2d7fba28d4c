package dev.journeymap.core.insights;

import java.util.Objects;

/**
 * An opportunity that answers no pain point of its stage: an idea the map does not justify yet,
 * either a pain point is missing from the column or the idea belongs elsewhere.
 *
 * <p>The rule: an opportunity <em>answers</em> a pain point when both are in the same stage and
 * they do not name different touchpoints, that is, when either of them names no touchpoint
 * ({@link dev.journeymap.core.Item#touchpoint()}) or both name the same one. Teams usually write
 * opportunities and pain points for the column as a whole; a touchpoint makes an item more
 * precise, so it can rule a match out but is never required for one. In this stage
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
 * pain points is unanswered.
 *
 * @param stage the stage whose opportunity this is
 * @param index the index of the opportunity in that stage's {@code opportunities()}
 * @param text the opportunity
 */
public record UnansweredOpportunity(StageRef stage, int index, String text) {

  /** Checks that no component is null and that the index is not negative. */
  public UnansweredOpportunity {
    Objects.requireNonNull(stage, "stage");
    if (index < 0) {
      throw new IllegalArgumentException("negative opportunity index: " + index);
    }
    Objects.requireNonNull(text, "text");
  }

  /**
   * Where the opportunity is in a journey document, in the validator's notation:
   * {@code stages[0].opportunities[2]}.
   */
  public String path() {
    return stage.path() + ".opportunities[" + index + "]";
  }
}
