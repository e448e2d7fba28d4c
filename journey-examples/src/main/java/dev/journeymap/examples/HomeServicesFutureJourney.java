package dev.journeymap.examples;

import dev.journeymap.core.Channel;
import dev.journeymap.core.Evidence;
import dev.journeymap.core.Item;
import dev.journeymap.core.Journey;
import dev.journeymap.core.JourneyState;
import dev.journeymap.core.Moment;

/**
 * The redesigned journey of {@link HomeServicesJourney}: the same homeowner and the same five
 * phases, after the team acted on the current map. Evening and Saturday slots can be booked
 * online, prices are fixed per truck load from photos, the crew texts its arrival and asks for a
 * review before leaving.
 *
 * <p>Targets are those of the current map; the values are the ones the team expects. Insights
 * that no pilot has measured yet are marked {@link Evidence#ASSUMPTION}, so that the map is read
 * as a plan to test, not as a promise.
 */
public final class HomeServicesFutureJourney {
  private HomeServicesFutureJourney() {}

  /** The map. */
  public static Journey journey() {
    return Journey.builder("Clearing out the garage, redesigned")
        .id("home-services-future")
        .description("The same homeowner, once booking, pricing and reviews are redesigned.")
        .goal("Increase the number of booked jobs")
        .state(JourneyState.FUTURE)
        .locale("en")
        .persona("busy-homeowner", "Busy homeowner", p -> p
            .description("Works office hours; plans chores from a phone in the evening.")
            .goal("Empty the garage before the move", "Spend one morning on it, not a week")
            .quote("Booked it on the sofa at 10 pm, done by Saturday noon.")
            .attribute("age", "35-50")
            .attribute("device", "mostly mobile"))
        .stage("awareness", "Awareness", s -> s
            .description("Realises the junk will not leave by itself.")
            .action("Searches 'junk removal near me'")
            .action("Sees before-and-after photos in the listing")
            .touchpoint("search-listing", "Search ads and map listing", Channel.SEARCH, t -> t
                .owner("Marketing"))
            .emotion(1, "Interested")
            .opportunity(Item.builder("Photos make the ad stand out")
                .evidence(Evidence.ASSUMPTION).build())
            .kpi("Digital impressions", 105_000, 100_000)
            .moment(Moment.I_WANT_TO_KNOW))
        .stage("consideration", "Consideration", s -> s
            .description("Gets a fixed price from a few photos.")
            .action("Uploads three photos of the garage")
            .action("Gets a fixed price within the hour")
            .touchpoint("photo-quote", "Photo quote", Channel.WEB, t -> t
                .owner("Sales")
                .emotion(1.5, "Reassured"))
            .touchpoint("call-centre", "Call centre, open until 9 pm", Channel.PHONE, t -> t
                .owner("Sales"))
            .emotion(1, "Confident")
            .opportunity(Item.builder("Fixed prices end the haggling call")
                .evidence(Evidence.ANALYTICAL).source("Photo-quote pilot, 2 branches").build())
            .kpi("Website sessions", k -> k.value(6_100).unit("per month"))
            .kpi("Phone calls", k -> k.value(360).target(350).unit("per month"))
            .moment(Moment.I_WANT_TO_GO))
        .stage("purchase", "Purchase", s -> s
            .description("Books an evening or Saturday slot online.")
            .action("Picks a Saturday slot in the form")
            .action("Gets a text when the crew is 30 minutes away")
            .touchpoint("booking-form", "Online booking form", Channel.WEB, t -> t
                .owner("E-commerce")
                .emotion(1, "Easy")
                .url("https://example.com/book"))
            .touchpoint("arrival-text", "Arrival text", Channel.SMS, t -> t
                .owner("Operations"))
            .touchpoint("crew-visit", "Crew on site", Channel.IN_PERSON, t -> t
                .owner("Operations")
                .emotion(1.5, "Impressed"))
            .emotion(1.5, "Relieved")
            .painPoint(Item.builder("Saturday slots may fill up fast")
                .evidence(Evidence.ASSUMPTION).touchpoint("booking-form").build())
            .kpi("Online bookings started", 520, 500)
            .kpi("Online bookings completed", 290, 250)
            .kpi("Booked jobs", k -> k.value(275).target(260).unit("per month"))
            .funnel(520, 290)
            .moment(Moment.I_WANT_TO_BUY))
        .stage("retention", "Retention", s -> s
            .description("Hears from the company when it is useful.")
            .action("Gets a reminder before the next move-out")
            .touchpoint("follow-up-email", "Follow-up e-mail", Channel.EMAIL, t -> t
                .owner("Marketing"))
            .emotion(0.5, "Looked after")
            .opportunity(Item.builder("Reminders tied to what was removed")
                .evidence(Evidence.ASSUMPTION).build())
            .kpi("Repeat customers", k -> k.value(18).target(20).unit("%")))
        .stage("advocacy", "Advocacy", s -> s
            .description("Reviews the job before the truck leaves.")
            .action("Leaves a review on the crew's tablet")
            .touchpoint("review-request", "Review request by the crew", Channel.IN_PERSON, t -> t
                .owner("Operations"))
            .emotion(1.5, "Proud of the empty garage")
            .opportunity(Item.builder("Crews who ask get four times more reviews")
                .evidence(Evidence.ANALYTICAL).source("Review pilot, 2 crews, 6 weeks").build())
            .kpi("Customer reviews", k -> k.value(85).target(80).unit("per month"))
            .moment(Moment.I_WANT_TO_DO))
        .build();
  }
}
