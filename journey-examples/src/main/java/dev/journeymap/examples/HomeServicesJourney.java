package dev.journeymap.examples;

import dev.journeymap.core.Channel;
import dev.journeymap.core.Evidence;
import dev.journeymap.core.Item;
import dev.journeymap.core.Journey;
import dev.journeymap.core.JourneyState;
import dev.journeymap.core.Moment;

/**
 * The current journey of a homeowner who hires a junk-removal company to clear a garage: the five
 * phases awareness, consideration, purchase, retention and advocacy, each with the KPI that
 * quantifies it.
 *
 * <p>What the map shows: people book by phone in the evening when the call centre is closed, the
 * online booking form loses most of those who start it, and the on-site crew forgets to ask for
 * reviews, so advocacy stays far below target. {@link HomeServicesFutureJourney} is the redesigned
 * version of the same journey.
 */
public final class HomeServicesJourney {
  private HomeServicesJourney() {}

  /** The map. */
  public static Journey journey() {
    return Journey.builder("Clearing out the garage")
        .id("home-services")
        .description("A working homeowner finds, books and reviews a junk-removal service.")
        .goal("Increase the number of booked jobs")
        .state(JourneyState.CURRENT)
        .locale("en")
        .persona("busy-homeowner", "Busy homeowner", p -> p
            .description("Works office hours; plans chores from a phone in the evening.")
            .goal("Empty the garage before the move", "Spend one morning on it, not a week")
            .frustration("Nobody answers the phone after 6 pm", "Vague prices until the truck comes")
            .quote("Just tell me the price and when you can come.")
            .attribute("age", "35-50")
            .attribute("device", "mostly mobile"))
        .persona("landlord", "Small landlord", p -> p
            .description("Owns three flats; clears them between tenants.")
            .goal("Turn a flat around in two days")
            .frustration("Has to be on site to let the crew in")
            .attribute("jobs per year", "4-6"))
        .lane("content", "Content", "What we send them")
        .stage("awareness", "Awareness", s -> s
            .description("Realises the junk will not leave by itself.")
            .customerGoal("Find someone who takes everything")
            .action("Searches 'junk removal near me'")
            .action("Notices a branded truck in the street")
            .question("Do they take old paint and mattresses?")
            .touchpoint("search-listing", "Search ads and map listing", Channel.SEARCH, t -> t
                .owner("Marketing"))
            .touchpoint("branded-truck", "Branded truck", Channel.ADVERTISING, t -> t
                .owner("Operations"))
            .emotion(0.5, "Curious")
            .painPoint(Item.builder("Every ad promises the same thing")
                .evidence(Evidence.ANECDOTAL).source("Interviews with 9 customers").build())
            .opportunity("Show before-and-after photos in the listing")
            .kpi("Digital impressions", 84_000, 100_000)
            .moment(Moment.I_WANT_TO_KNOW)
            .lane("content", "Before-and-after photo ads"))
        .stage("consideration", "Consideration", s -> s
            .description("Compares prices, reviews and availability.")
            .customerGoal("Know the price before booking")
            .action("Reads reviews on the map listing")
            .action("Calls two companies after work")
            .question("Is the price fixed or by the hour?")
            .touchpoint("service-pages", "Service and price pages", Channel.WEB, t -> t
                .owner("Marketing")
                .url("https://example.com/junk-removal"))
            .touchpoint("call-centre", "Call centre", Channel.PHONE, t -> t
                .owner("Sales")
                .emotion(-1, "Kept waiting"))
            .touchpoint("review-site", "Review site", Channel.REVIEWS)
            .emotion(-0.5, "Unsure")
            .painPoint(Item.builder("Evening calls go to voicemail")
                .evidence(Evidence.ANALYTICAL).source("Call logs: 38% of calls after 6 pm")
                .touchpoint("call-centre").build())
            .painPoint(Item.builder("Prices are 'from' prices only")
                .evidence(Evidence.ANECDOTAL).source("Sales team debrief")
                .touchpoint("service-pages").build())
            .opportunity("Answer the phone until 9 pm")
            .opportunity("Price by truck load, with photos")
            .kpi("Website sessions", k -> k.value(5_200).unit("per month"))
            .kpi("Phone calls", k -> k.value(310).target(350).unit("per month"))
            .moment(Moment.I_WANT_TO_GO)
            .lane("content", "Price page: 'from €89'"))
        .stage("purchase", "Purchase", s -> s
            .description("Books the job and lets the crew in.")
            .customerGoal("Get a time slot that fits work")
            .action("Starts the online booking form")
            .action("Rings back the next day to book")
            .action("Meets the crew on the day")
            .question("Can they come on Saturday?")
            .touchpoint("booking-form", "Online booking form", Channel.WEB, t -> t
                .owner("E-commerce")
                .emotion(-1, "Annoyed")
                .url("https://example.com/book"))
            .touchpoint("crew-visit", "Crew on site", Channel.IN_PERSON, t -> t
                .owner("Operations")
                .emotion(1.5, "Impressed"))
            .emotion(1, "Relieved")
            .painPoint(Item.builder("No evening or weekend slots online")
                .evidence(Evidence.ANALYTICAL).source("Booking-form drop-off analytics")
                .touchpoint("booking-form").build())
            .painPoint(Item.builder("Two-hour arrival window during work")
                .evidence(Evidence.ANECDOTAL).source("Interviews with 9 customers")
                .persona("busy-homeowner").build())
            .opportunity("Open Saturday slots in the form")
            .opportunity("Text the crew's arrival time")
            .kpi("Online bookings started", 420, 500)
            .kpi("Online bookings completed", 164, 250)
            .kpi("Booked jobs", k -> k.value(230).target(260).unit("per month"))
            .funnel(420, 164)
            .moment(Moment.I_WANT_TO_BUY)
            .lane("content", "Booking confirmation e-mail")
            .lane("content", "Day-before reminder text"))
        .stage("retention", "Retention", s -> s
            .description("Hears from the company after the job.")
            .action("Receives a thank-you e-mail")
            .action("Gets a generic promotion later")
            .touchpoint("follow-up-email", "Follow-up e-mail", Channel.EMAIL, t -> t
                .owner("Marketing"))
            .emotion(0.5, "Satisfied")
            .painPoint(Item.builder("Promotions ignore what was removed")
                .evidence(Evidence.ASSUMPTION).build())
            .opportunity("Remind landlords before tenants move out")
            .kpi("Repeat customers", k -> k.value(12).target(20).unit("%"))
            .lane("content", "Thank-you e-mail with invoice")
            .lane("content", "Monthly promotion newsletter"))
        .stage("advocacy", "Advocacy", s -> s
            .description("Tells others, or does not.")
            .action("Tells a neighbour about the crew")
            .action("Rarely posts a review")
            .touchpoint("word-of-mouth", "Neighbours and friends", Channel.WORD_OF_MOUTH)
            .touchpoint("review-request", "Review request", Channel.SMS, t -> t
                .owner("Operations"))
            .emotion(1.5, "Proud of the empty garage")
            .painPoint(Item.builder("The crew never asks for a review")
                .evidence(Evidence.ANECDOTAL).source("Crew debriefs")
                .touchpoint("crew-visit").build())
            .opportunity("Crew asks for a review before leaving")
            .kpi("Customer reviews", k -> k.value(41).target(80).unit("per month"))
            .moment(Moment.I_WANT_TO_DO))
        .build();
  }
}
