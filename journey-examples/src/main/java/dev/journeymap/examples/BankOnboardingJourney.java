package dev.journeymap.examples;

import dev.journeymap.core.Channel;
import dev.journeymap.core.Evidence;
import dev.journeymap.core.Item;
import dev.journeymap.core.Journey;
import dev.journeymap.core.Moment;

/**
 * A retail bank opening current accounts for young professionals, along the customer lifecycle
 * aware, acquire, onboard, engage, retain, advocate, across e-mail, SMS, push notifications,
 * postal mail, the web site and the branch.
 *
 * <p>The map places the four micro-moments (I want to know, to go, to do, to buy) where they
 * happen, and records the risk each channel carries: one bad push notification can cost the app,
 * one bad text an opt-out, while e-mail fails silently when people stop opening it and postal
 * mail is rarely refused but costs the most per conversion.
 */
public final class BankOnboardingJourney {
  private BankOnboardingJourney() {}

  /** The map. */
  public static Journey journey() {
    return Journey.builder("Opening a current account")
        .id("bank-onboarding")
        .description("A young professional moves their salary to a new bank.")
        .goal("Acquire new account holders")
        .locale("en")
        .persona("first-job", "First-job professional", p -> p
            .description("25, first salaried job, banks on the phone, rarely visits a branch.")
            .goal("An account open before the first payday", "No fees for basic banking")
            .frustration("Paper forms and branch appointments")
            .quote("If I can't do it from my phone, I won't.")
            .attribute("age", "22-30")
            .attribute("main device", "smartphone"))
        .stage("aware", "Aware", s -> s
            .description("Learns the bank has a no-fee account.")
            .action("Compares accounts on a price site")
            .question("Which bank has no monthly fee?")
            .touchpoint("search-results", "Search results", Channel.SEARCH, t -> t
                .owner("Digital marketing"))
            .touchpoint("postal-flyer", "Postal flyer to new graduates", Channel.MAIL, t -> t
                .owner("Direct marketing"))
            .emotion(0, "Curious")
            .painPoint(Item.builder("Flyers cost 4 times more per account")
                .evidence(Evidence.ANALYTICAL).source("Campaign cost report")
                .touchpoint("postal-flyer").build())
            .opportunity("Answer 'no-fee account' searches directly")
            .kpi("Search impressions", 310_000, 400_000)
            .moment(Moment.I_WANT_TO_KNOW))
        .stage("acquire", "Acquire", s -> s
            .description("Opens the account online or in a branch.")
            .customerGoal("Open the account in one sitting")
            .action("Starts the online application")
            .action("Books a branch visit to prove identity")
            .question("Do I really have to go to a branch?")
            .touchpoint("application", "Online application", Channel.WEB, t -> t
                .owner("Digital banking")
                .emotion(-1, "Stuck at ID check")
                .url("https://example.com/open-account"))
            .touchpoint("branch", "Branch appointment", Channel.IN_PERSON, t -> t
                .owner("Branch network"))
            .emotion(-0.5, "Impatient")
            .painPoint(Item.builder("Video ID fails on older phones")
                .evidence(Evidence.ANALYTICAL).source("Application funnel analytics")
                .touchpoint("application").build())
            .opportunity("Offer ID check by bank card instead")
            .kpi("Applications completed", k -> k.value(46).target(60).unit("%"))
            .funnel(12_400, 5_700)
            .moment(Moment.I_WANT_TO_GO, Moment.I_WANT_TO_BUY))
        .stage("onboard", "Onboard", s -> s
            .description("Gets the card, the app and the first salary.")
            .customerGoal("Use the account from day one")
            .action("Installs the app and activates the card")
            .action("Asks the employer to change the salary account")
            .question("When will my card arrive?")
            .touchpoint("welcome-email", "Welcome e-mail series", Channel.EMAIL, t -> t
                .owner("CRM"))
            .touchpoint("card-letter", "Card and PIN by post", Channel.MAIL, t -> t
                .owner("Card operations"))
            .touchpoint("activation-sms", "Card activation text", Channel.SMS, t -> t
                .owner("Card operations"))
            .emotion(0.5, "Getting there")
            .painPoint(Item.builder("Card takes 8 days to arrive")
                .evidence(Evidence.ANECDOTAL).source("Contact-centre call notes").build())
            .opportunity("Virtual card in the app on day one")
            .kpi("Salaries switched in 60 days", k -> k.value(38).target(50).unit("%"))
            .moment(Moment.I_WANT_TO_DO))
        .stage("engage", "Engage", s -> s
            .description("Uses the app for everyday money.")
            .action("Checks the balance several times a week")
            .action("Sets up a savings pot")
            .touchpoint("mobile-app", "Mobile app", Channel.MOBILE_APP, t -> t
                .owner("Digital banking")
                .emotion(1.5, "In control"))
            .touchpoint("push-offers", "Push offers", Channel.PUSH, t -> t
                .owner("CRM")
                .emotion(-1, "Spammed"))
            .emotion(1, "At ease")
            .painPoint(Item.builder("One irrelevant push and the app goes")
                .evidence(Evidence.ANALYTICAL).source("App uninstalls after campaigns")
                .touchpoint("push-offers").build())
            .opportunity("Push only alerts the customer asked for")
            .kpi("Monthly active app users", k -> k.value(71).target(80).unit("%"))
            .moment(Moment.I_WANT_TO_DO))
        .stage("retain", "Retain", s -> s
            .description("Stays when needs grow.")
            .action("Asks about a first loan")
            .question("Will they reward me for staying?")
            .touchpoint("loan-email", "Loan offer e-mail", Channel.EMAIL, t -> t
                .owner("Lending"))
            .emotion(0.5, "Valued")
            .painPoint(Item.builder("Offers stop being opened after a few months")
                .evidence(Evidence.ANALYTICAL).source("E-mail open rates by cohort").build())
            .opportunity("Fewer, more personal e-mails")
            .kpi("Accounts open after a year", k -> k.value(87).target(90).unit("%"))
            .moment(Moment.I_WANT_TO_BUY))
        .stage("advocate", "Advocate", s -> s
            .description("Recommends the bank to friends.")
            .action("Shares a referral link with a colleague")
            .touchpoint("referral", "Referral programme", Channel.WORD_OF_MOUTH, t -> t
                .owner("Digital marketing"))
            .emotion(1.5, "Happy to share")
            .painPoint(Item.builder("Referral bonus is hard to find in the app")
                .evidence(Evidence.ANECDOTAL).source("Interviews with 8 customers").build())
            .opportunity("Referral link on the home screen")
            .kpi("Accounts opened by referral", k -> k.value(9).target(15).unit("%")))
        .build();
  }
}
