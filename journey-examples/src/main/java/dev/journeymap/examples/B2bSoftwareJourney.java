package dev.journeymap.examples;

import dev.journeymap.core.Channel;
import dev.journeymap.core.Evidence;
import dev.journeymap.core.Item;
import dev.journeymap.core.Journey;
import dev.journeymap.core.Moment;

/**
 * An IT manager buying a service-desk software from a vendor: the vendor's sales funnel (lead,
 * qualified lead, opportunity, proposal, closed deal, onboarding) renamed from the prospect's
 * point of view, so that the map speaks of what the buyer does, not of what sales does to them.
 *
 * <p>Each touchpoint names the department that owns it, so that every team can find its part of
 * the map and help refine it. Emotions mark the frustrations (the sales call too early, the
 * security questionnaire) and the moments of relief (the sandbox, the migration done for them).
 */
public final class B2bSoftwareJourney {
  private B2bSoftwareJourney() {}

  /** The map. */
  public static Journey journey() {
    return Journey.builder("Choosing a service-desk software")
        .id("b2b-software")
        .description("An IT manager replaces the ticketing tool of a 400-person company.")
        .goal("Shorten the sales cycle from 5 to 3 months")
        .locale("en")
        .persona("it-manager", "IT manager", p -> p
            .description("Runs a team of six; signs off on every tool the company buys.")
            .goal("Fewer tickets lost between e-mail and chat", "A tool the team adopts in a week")
            .frustration("Vendors who want a call before showing a price")
            .quote("Show me it works with our directory, then we can talk.")
            .attribute("company size", "200-1,000 staff")
            .attribute("budget owner", "the CFO"))
        .persona("it-admin", "IT administrator", p -> p
            .description("Evaluates the tools the manager shortlists, then runs them.")
            .goal("A tool that plugs into the company directory")
            .frustration("Trials that hide the admin settings"))
        .stage("problem", "Realise there is a problem", s -> s
            .description("Lead: tickets slip through the cracks.")
            .customerGoal("Understand why tickets get lost")
            .action("Counts tickets answered late last quarter")
            .question("Is it our process or our tool?")
            .touchpoint("blog-article", "Blog article on ticket triage", Channel.SEARCH, t -> t
                .owner("Content marketing"))
            .emotion(-1, "Frustrated")
            .emotion("it-manager", -1)
            .emotion("it-admin", -1.5, "Firefighting lost tickets")
            .painPoint(Item.builder("Tickets live in three inboxes")
                .evidence(Evidence.ANECDOTAL).source("Interviews with 6 IT managers").build())
            .opportunity("Offer a free ticket-loss calculator")
            .moment(Moment.I_WANT_TO_KNOW))
        .stage("explore", "Explore solutions", s -> s
            .description("Qualified lead: looks at what tools exist.")
            .customerGoal("Build a shortlist without sales calls")
            .action("Reads comparison sites")
            .action("Asks peers in an IT forum")
            .question("Which tools fit a team of six?")
            .touchpoint("comparison-site", "Software comparison site", Channel.REVIEWS, t -> t
                .owner("Product marketing"))
            .touchpoint("peer-forum", "IT managers' forum", Channel.SOCIAL)
            .emotion(0, "Overwhelmed by choice")
            .emotion("it-manager", 0)
            .painPoint(Item.builder("Pricing page says 'contact us'")
                .evidence(Evidence.ANALYTICAL).source("Exit pages in web analytics").build())
            .opportunity("Publish prices for teams under 20")
            .kpi("Marketing-qualified leads", k -> k.value(140).target(200).unit("per month"))
            .moment(Moment.I_WANT_TO_KNOW))
        .stage("compare", "Compare vendors", s -> s
            .description("Opportunity: tries two tools side by side.")
            .customerGoal("See it work with our own tickets")
            .action("Starts a 30-day trial")
            .action("Books a demo, reluctantly")
            .question("Does it connect to our directory?")
            .touchpoint("trial-sandbox", "Trial sandbox", Channel.WEB, t -> t
                .owner("Product")
                .emotion(1.5, "Relieved: it just works")
                .url("https://example.com/trial"))
            .touchpoint("demo-call", "Demo call", Channel.PHONE, t -> t
                .owner("Sales")
                .emotion(-1, "Pushed too early"))
            .emotion(0.5, "Cautiously hopeful")
            .emotion("it-manager", 0)
            .emotion("it-admin", 1, "The sandbox reads our directory")
            .painPoint(Item.builder("Sales calls before the trial is over")
                .evidence(Evidence.ANECDOTAL).source("Lost-deal interviews")
                .touchpoint("demo-call").build())
            .opportunity("Let the trial run before any call")
            .kpi("Trials started", k -> k.value(60).target(80).unit("per month"))
            .funnel(60, 21)
            .moment(Moment.I_WANT_TO_DO))
        .stage("justify", "Justify the purchase", s -> s
            .description("Proposal: convinces finance and security.")
            .customerGoal("Get the CFO and security to say yes")
            .action("Fills in a 120-question security form")
            .action("Writes a business case")
            .question("How do I prove the return?")
            .touchpoint("security-pack", "Security questionnaire", Channel.EMAIL, t -> t
                .owner("Legal and security")
                .emotion(-1.5, "Buried in paperwork"))
            .touchpoint("business-case", "Business-case template", Channel.EMAIL, t -> t
                .owner("Sales"))
            .emotion(-0.5, "Tired")
            .emotion("it-manager", -0.5)
            .emotion("it-admin", -1.5, "120 security questions")
            .painPoint(Item.builder("Security review adds 6 weeks")
                .evidence(Evidence.ANALYTICAL).source("CRM stage durations").build())
            .opportunity("Send a ready security pack with the offer")
            .kpi("Proposals sent", k -> k.value(21).unit("per month"))
            .moment(Moment.I_WANT_TO_BUY))
        .stage("decide", "Purchase", s -> s
            .description("Closed deal: negotiates, signs, sets up the accounts.")
            .emotion(0.5, "Committed")
            .kpi("Deals won", k -> k.value(9).target(12).unit("per month"))
            .opportunity("Offer a 90-day exit clause")
            .step("negotiate", "Negotiate the contract", st -> st
                .persona("it-manager")
                .action("Negotiates a yearly contract")
                .question("Can we leave if the team rejects it?")
                .touchpoint("account-exec", "Account executive", Channel.PHONE, t -> t
                    .owner("Sales"))
                .emotion("it-manager", 0, "Haggling over seats"))
            .step("sign", "Sign and pay", st -> st
                .persona("it-manager")
                .action("Gets the CFO's signature")
                .touchpoint("e-signature", "E-signature and invoice", Channel.EMAIL, t -> t
                    .owner("Finance"))
                .emotion("it-manager", 1, "Done at last")
                .moment(Moment.I_WANT_TO_BUY))
            .step("provision", "Set up the accounts", st -> st
                .persona("it-admin")
                .action("Connects the directory and creates 400 accounts")
                .touchpoint("admin-console", "Admin console", Channel.WEB, t -> t
                    .owner("Product"))
                .emotion("it-admin", -0.5, "Maps roles by hand")
                .painPoint(Item.builder("Roles must be mapped one by one")
                    .evidence(Evidence.ANECDOTAL).source("Onboarding calls")
                    .persona("it-admin").build())))
        .stage("roll-out", "Roll out", s -> s
            .description("Onboarding: moves the team to the new tool.")
            .customerGoal("Move old tickets without losing any")
            .action("Imports two years of tickets")
            .action("Trains the team in one afternoon")
            .question("Who helps if the import fails?")
            .touchpoint("onboarding", "Onboarding specialist", Channel.CHAT, t -> t
                .owner("Customer success")
                .emotion(2, "Relieved: done for us"))
            .emotion(1.5, "Proud of the switch")
            .emotion("it-manager", 1.5)
            .emotion("it-admin", 1, "Import done for us")
            .painPoint(Item.builder("Custom fields do not import")
                .evidence(Evidence.ANECDOTAL).source("Support tickets, first month").build())
            .opportunity("Map custom fields during the trial")
            .kpi("Teams live within 30 days", k -> k.value(70).target(90).unit("%")))
        .build();
  }
}
