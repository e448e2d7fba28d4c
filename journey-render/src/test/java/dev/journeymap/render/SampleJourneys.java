package dev.journeymap.render;

import dev.journeymap.core.Channel;
import dev.journeymap.core.Evidence;
import dev.journeymap.core.Item;
import dev.journeymap.core.Journey;
import dev.journeymap.core.JourneyState;
import dev.journeymap.core.Kpi;
import dev.journeymap.core.Moment;
import java.util.List;

/**
 * Hand-made journeys that exercise every part of the map, for layout, structure and golden
 * tests.
 */
public final class SampleJourneys {
  private SampleJourneys() {}

  /** Every sample, by name. */
  public static List<Journey> all() {
    return List.of(junkRemoval(), painting(), minimal(), hostile());
  }

  /** A complete English map: five stages, every lane, links, assumptions, KPIs and a funnel. */
  public static Journey junkRemoval() {
    return Journey.builder("Booking a junk removal")
        .id("junk-removal")
        .description("A homeowner finds, books and reviews a junk-removal service.")
        .goal("Increase the number of booked jobs")
        .locale("en")
        .persona("busy-homeowner", "Busy homeowner", p -> p
            .description("Works during the day, books from a phone in the evening.")
            .goal("Get rid of old furniture this weekend", "Pay a fair, known price")
            .frustration("Cannot be at home on weekdays")
            .quote("Just tell me when you can come.")
            .attribute("age", "35-50")
            .attribute("device", "mobile"))
        .stage("awareness", "Awareness", s -> s
            .description("First learns that the service exists.")
            .customerGoal("Find someone who can take it all")
            .action("Searches 'junk removal near me'")
            .action("Asks neighbours")
            .question("Who can come quickly?")
            .touchpoint("search-ad", "Search ad", Channel.SEARCH, t -> t.owner("Marketing"))
            .touchpoint("referral", "Neighbour's recommendation", Channel.WORD_OF_MOUTH)
            .emotion(0.5, "Hopeful but unsure")
            .painPoint(Item.builder("Too many look-alike ads").evidence(Evidence.ANECDOTAL)
                .source("Customer interviews, May").build())
            .opportunity("Show real reviews in the ad")
            .kpi("Digital impressions", 120000, 150000)
            .moment(Moment.I_WANT_TO_KNOW))
        .stage("consideration", "Consideration", s -> s
            .description("Compares offers, prices and reviews.")
            .action("Reads reviews")
            .action("Calls two companies at lunch")
            .question("Is the price fixed?")
            .question("Do they take mattresses?", Evidence.ASSUMPTION)
            .touchpoint("call-centre", "Call centre", Channel.PHONE, t -> t.owner("Sales")
                .emotion(-1, "Kept waiting"))
            .touchpoint("review-site", "Review site", Channel.REVIEWS)
            .emotion(-0.5, "Unsure")
            .painPoint(Item.builder("Too slow to call back; they go to a competitor")
                .evidence(Evidence.ANALYTICAL).source("Call logs: median call-back 26 h")
                .touchpoint("call-centre").build())
            .opportunity("Call back within one hour")
            .kpi("Phone calls", k -> k.value(310).unit("calls/week"))
            .moment(Moment.I_WANT_TO_GO))
        .stage("purchase", "Purchase", s -> s
            .description("Books the job and the crew comes.")
            .action("Books online in the evening")
            .action("Chooses a date")
            .touchpoint("booking-form", "Online booking form", Channel.WEB, t -> t
                .owner("E-commerce").url("https://example.com/book")
                .emotion(1.5, "Easy"))
            .touchpoint("crew", "Crew on site", Channel.IN_PERSON, t -> t.owner("Operations"))
            .emotion(1, "Relieved")
            .painPoint(Item.builder("No evening time slots").evidence(Evidence.ANALYTICAL)
                .source("Booking-form drop-off analytics").touchpoint("booking-form").build())
            .painPoint("The arrival window is too wide", Evidence.ASSUMPTION)
            .opportunity("Offer evening slots", Evidence.ASSUMPTION)
            .kpi("Online bookings completed", 164, 250)
            .kpi("Jobs booked", 230, 200)
            .funnel(1000, 420)
            .moment(Moment.I_WANT_TO_BUY))
        .stage("retention", "Retention", s -> s
            .action("Receives a thank-you e-mail")
            .touchpoint("follow-up", "Follow-up e-mail", Channel.EMAIL, t -> t
                .owner("Marketing").url("mailto:care@example.com"))
            .emotion(0.5, "Satisfied")
            .painPoint("Reminders feel generic", Evidence.ASSUMPTION)
            .kpi(Kpi.builder("Repeat customers").value(12).unit("%").build()))
        .stage("advocacy", "Advocacy", s -> s
            .action("Tells friends")
            .action("Posts photos")
            .touchpoint("review-request", "Review request", Channel.SMS, t -> t
                .owner("Operations"))
            .emotion(1.5, "Proud of the room")
            .opportunity("Crew asks for a review before leaving")
            .kpi("Customer reviews", 41, 80))
        .build();
  }

  /**
   * Two personas with curves of their own beside the overall one, a stage of three steps, gaps
   * (the IT admin says nothing while shopping around) and touchpoint moments of each curve.
   */
  public static Journey twoPersonasWithSteps() {
    return Journey.builder("Buying a team chat tool").id("team-chat")
        .persona("buyer", "Procurement buyer")
        .persona("admin", "IT admin")
        .stage("explore", "Explore", s -> s.action("Reads comparisons")
            .emotion(0, "Overwhelmed by choice")
            .emotion("buyer", 0.5, "Curious"))
        .stage("trial", "Trial", s -> s.emotion(0.5, "Cautiously hopeful")
            .step("sandbox", "Tries the sandbox", st -> st.action("Invites the team")
                .emotion("admin", 1.5, "It just works")
                .touchpoint("sandbox-app", "Sandbox", Channel.WEB,
                    t -> t.emotion("buyer", 1, "Easy to follow")))
            .step("demo", "Sits the demo", st -> st.action("Asks about pricing")
                .emotion(-0.5, "Pushed too early")
                .emotion("buyer", -1, "Pressed")
                .emotion("admin", 0.5, "Fine"))
            .step("security", "Security review", st -> st.action("Fills in the questionnaire")
                .emotion("admin", -1.5, "Buried in paperwork")
                .touchpoint("questionnaire", "Questionnaire", Channel.EMAIL,
                    t -> t.emotion(-1, "Slow").emotion("admin", -2, "Drowning"))))
        .stage("roll-out", "Roll-out", s -> s.action("Moves the team over")
            .emotion(1.5, "Proud of the switch")
            .emotion("buyer", 1, "Relieved")
            .emotion("admin", 2, "Done for us"))
        .build();
  }

  /** A French future-state map: labels in French, accents everywhere. */
  public static Journey painting() {
    return Journey.builder("Faire repeindre une pièce en un jour")
        .id("peinture-en-un-jour")
        .description("Un couple qui travaille réserve un peintre pour une seule journée.")
        .goal("Augmenter le nombre de chantiers réservés")
        .state(JourneyState.FUTURE)
        .locale("fr")
        .persona("couple", "Couple actif", p -> p
            .description("Tous deux au bureau ; ils comparent sur leur téléphone à midi.")
            .goal("Repeindre le salon avant la visite de la famille")
            .frustration("Personne ne répond au téléphone après 18 h")
            .quote("On veut que ce soit fait pendant qu'on est au travail."))
        .stage("decouverte", "Découverte", s -> s
            .description("Ils réalisent que la pièce a besoin d'un coup de peinture.")
            .action("Cherche « peintre près de chez moi »")
            .touchpoint("annonce", "Annonce de résultats", Channel.SEARCH, t -> t
                .owner("Marketing"))
            .emotion(0.5, "Curieux")
            .painPoint("Toutes les annonces se ressemblent", Evidence.ANECDOTAL)
            .moment(Moment.I_WANT_TO_KNOW))
        .stage("reservation", "Réservation", s -> s
            .action("Réserve en ligne le soir")
            .question("À quelle heure arrive l'équipe ?")
            .touchpoint("formulaire", "Formulaire de réservation", Channel.WEB, t -> t
                .owner("Ventes").url("https://example.com/reserver"))
            .emotion(-1, "Agacé")
            .painPoint("Le créneau d'arrivée est trop large pour quelqu'un qui travaille",
                Evidence.ASSUMPTION)
            .opportunity("Proposer un créneau d'une heure")
            .kpi("Réservations terminées", 164, 250)
            .funnel(420, 164))
        .stage("fidelisation", "Fidélisation", s -> s
            .action("Reçoit un rappel un an plus tard")
            .touchpoint("rappel", "E-mail de rappel", Channel.EMAIL)
            .emotion(1.5, "Fier de la pièce")
            .opportunity("Personnaliser les rappels avec les pièces peintes"))
        .build();
  }

  /** One stage, one action, nothing else. */
  public static Journey minimal() {
    return Journey.builder("Minimal").stage("only", "Only stage", s -> s.action("Does it"))
        .build();
  }

  /** Text that tries to break the XML or inject markup. */
  public static Journey hostile() {
    return Journey.builder("<script>alert('x')</script> & AT&amp;T \"quoted\"")
        .id("hostile")
        .description("control \u0001\u0008 chars, U+FFFE \uFFFE, lone \uD800 surrogate")
        .persona("p", "Persona <b>bold</b>", p -> p.quote("' onload='alert(1)"))
        .stage("s1", "Stage ]]> <!-- -->", s -> s
            .action("<img src=x onerror=alert(1)>")
            .touchpoint("t1", "Link \"quoted\" & 'single'", Channel.WEB, t -> t
                .url("https://example.com/?a=1&b=%3C2%3E&c='q'"))
            .painPoint(Item.builder("&lt;already escaped&gt; &#x41;").source(
                "source with <tags> & \u0002 control").build())
            .emotion(-2, "\uDC00 low surrogate first"))
        .build();
  }
}
