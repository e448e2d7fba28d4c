package dev.journeymap.core.testing;

import dev.journeymap.core.Channel;
import dev.journeymap.core.Item;
import dev.journeymap.core.Journey;
import java.time.Duration;

/**
 * The example of the additions to format 1 in {@code journey-format.md} ("Getting a room painted
 * in one day"), built in code: the same journey as the document, for tests of every module.
 */
public final class AdditionsExample {
  private AdditionsExample() {}

  /** The journey of the format document's example of the additions. */
  public static Journey journey() {
    return Journey.builder("Getting a room painted in one day")
        .persona("couple", "Working couple")
        .persona("landlord", "Small landlord")
        .lane("content", "Content", "What we send them")
        .stage("purchase", "Purchase", s -> s
            .emotion(0.5, "Relieved once booked")
            .step("book", "Books online", st -> st
                .persona("couple")
                .action(Item.builder("Fills in the booking form at lunch").id("fill-form").build())
                .touchpoint("booking-form", "Online booking form", Channel.WEB)
                .emotion("couple", -1, "Annoyed")
                .frontstage(Item.builder("Coordinator confirms by phone").id("confirm-call")
                    .owner("Sales").duration(Duration.ofHours(4)).build())
                .backstage(Item.builder("Dispatcher plans the crew's day").id("schedule")
                    .owner("Operations").failPoint("No crew free on the requested day").build())
                .support(Item.builder("Scheduling system").id("scheduler").owner("IT").build())
                .evidence("Confirmation e-mail")
                .lane("content", "Booking confirmation with the crew's photo"))
            .step("crew-visit", "Crew paints the room", st -> st
                .emotion("couple", 1.5)
                .emotion("landlord", 1)))
        .link("fill-form", "schedule")
        .exchange("schedule", "scheduler")
        .build();
  }
}
