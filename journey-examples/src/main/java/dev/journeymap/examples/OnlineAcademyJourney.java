package dev.journeymap.examples;

import dev.journeymap.core.Channel;
import dev.journeymap.core.Evidence;
import dev.journeymap.core.Item;
import dev.journeymap.core.Journey;
import dev.journeymap.core.Moment;

/**
 * An online academy selling data-analysis courses, mapped from research: every insight says how
 * it is known and where it comes from.
 *
 * <p>{@link Evidence#ANALYTICAL} insights come from web analytics, the enrolment survey, social
 * mentions and search data; {@link Evidence#ANECDOTAL} ones from interviews with students and
 * with support staff. The primary audience, career changers paying for themselves, is backed by
 * both. The secondary audience, employers paying for their staff, was not researched in the time
 * given: what the map says about them is an {@link Evidence#ASSUMPTION} worked out with the
 * business-sales team, to be checked before anyone acts on it.
 */
public final class OnlineAcademyJourney {
  private static final String ANALYTICS = "Web analytics, last 6 months";
  private static final String SURVEY = "Enrolment survey, 1,240 answers";
  private static final String SOCIAL = "Social mentions tracker";
  private static final String SEARCH = "Search-term report";
  private static final String STUDENTS = "Interviews with 12 students";
  private static final String SUPPORT = "Interviews with support staff";
  private static final String SALES_WORKSHOP = "Workshop with business sales";

  private OnlineAcademyJourney() {}

  /** The map. */
  public static Journey journey() {
    return Journey.builder("Learning data analysis online")
        .id("online-academy")
        .description("A career changer finds, pays for and finishes an online course.")
        .goal("Increase the share of students who finish a course")
        .locale("en")
        .persona("career-changer", "Career changer", p -> p
            .description("30, works in retail, studies in the evening to change jobs.")
            .goal("A certificate employers recognise", "Study 5 hours a week")
            .frustration("Courses that assume a maths degree")
            .quote("I need to know it leads to a job before I pay.")
            .attribute("pays", "themselves"))
        .persona("hr-manager", "HR manager (secondary)", p -> p
            .description("Buys training for a team; not interviewed yet.")
            .goal("Prove the training paid off")
            .attribute("pays", "the company"))
        .stage("discover", "Discover", s -> s
            .description("Looks for a way into data jobs.")
            .action(Item.builder("Searches 'data analyst without degree'")
                .evidence(Evidence.ANALYTICAL).source(SEARCH).build())
            .question(Item.builder("Can I learn this at 30?")
                .evidence(Evidence.ANECDOTAL).source(STUDENTS).build())
            .touchpoint("search-page", "Career guide in search results", Channel.SEARCH, t -> t
                .owner("Content"))
            .touchpoint("social-posts", "Alumni posts", Channel.SOCIAL, t -> t
                .owner("Community"))
            .emotion(0, "Hopeful, unsure")
            .painPoint(Item.builder("Most mentions are about price, not results")
                .evidence(Evidence.ANALYTICAL).source(SOCIAL).build())
            .opportunity(Item.builder("Lead with alumni who changed jobs")
                .evidence(Evidence.ANECDOTAL).source(STUDENTS).build())
            .kpi("Career-guide visits", k -> k.value(48_000).target(60_000).unit("per month"))
            .moment(Moment.I_WANT_TO_KNOW))
        .stage("evaluate", "Evaluate", s -> s
            .description("Compares courses and tries a free lesson.")
            .action(Item.builder("Takes the free first lesson")
                .evidence(Evidence.ANALYTICAL).source(ANALYTICS).build())
            .action(Item.builder("Asks HR to pay for a team licence")
                .evidence(Evidence.ASSUMPTION).source(SALES_WORKSHOP).persona("hr-manager").build())
            .question(Item.builder("How much maths do I need?")
                .evidence(Evidence.ANALYTICAL).source(SEARCH).build())
            .touchpoint("free-lesson", "Free first lesson", Channel.WEB, t -> t
                .owner("Product")
                .emotion(1, "Can do this")
                .url("https://example.com/free-lesson"))
            .touchpoint("course-chat", "Advisor chat", Channel.CHAT, t -> t
                .owner("Admissions"))
            .emotion(0.5, "Encouraged")
            .painPoint(Item.builder("Syllabus page loses 60% of visitors")
                .evidence(Evidence.ANALYTICAL).source(ANALYTICS).build())
            .opportunity(Item.builder("A 5-minute maths check before enrolling")
                .evidence(Evidence.ANECDOTAL).source(SUPPORT).build())
            .kpi("Free lessons finished", k -> k.value(35).target(50).unit("%"))
            .moment(Moment.I_WANT_TO_DO))
        .stage("enrol", "Enrol", s -> s
            .description("Pays and starts the course.")
            .action(Item.builder("Chooses monthly payments")
                .evidence(Evidence.ANALYTICAL).source(ANALYTICS).build())
            .question(Item.builder("Can I pause if work gets busy?")
                .evidence(Evidence.ANECDOTAL).source(SUPPORT).build())
            .question(Item.builder("Will the company get an invoice?")
                .evidence(Evidence.ASSUMPTION).source(SALES_WORKSHOP).persona("hr-manager").build())
            .touchpoint("checkout", "Checkout", Channel.WEB, t -> t
                .owner("E-commerce"))
            .touchpoint("welcome-mail", "Welcome e-mail", Channel.EMAIL, t -> t
                .owner("Student services"))
            .emotion(1, "Committed")
            .painPoint(Item.builder("Pause policy hidden in the terms")
                .evidence(Evidence.ANECDOTAL).source(SUPPORT).build())
            .opportunity(Item.builder("Say 'pause any month' at checkout")
                .evidence(Evidence.ANALYTICAL).source(SURVEY).build())
            .kpi("Checkouts completed", k -> k.value(62).target(70).unit("%"))
            .funnel(3_900, 2_420)
            .moment(Moment.I_WANT_TO_BUY))
        .stage("study", "Study", s -> s
            .description("Works through the modules in the evenings.")
            .action(Item.builder("Studies late on weekdays, on a laptop")
                .evidence(Evidence.ANALYTICAL).source(ANALYTICS).build())
            .question(Item.builder("Am I on track?")
                .evidence(Evidence.ANECDOTAL).source(STUDENTS).build())
            .touchpoint("course-app", "Course platform", Channel.WEB, t -> t
                .owner("Product"))
            .touchpoint("mentor-call", "Mentor call", Channel.PHONE, t -> t
                .owner("Student services")
                .emotion(1.5, "Unstuck"))
            .emotion(-1, "Falling behind")
            .painPoint(Item.builder("Module 3 is where most students drop out")
                .evidence(Evidence.ANALYTICAL).source(ANALYTICS).build())
            .painPoint(Item.builder("Waiting days for an answer on the forum")
                .evidence(Evidence.ANECDOTAL).source(STUDENTS).build())
            .opportunity(Item.builder("Offer a mentor call before module 3")
                .evidence(Evidence.ANECDOTAL).source(SUPPORT).build())
            .kpi("Students active after 4 weeks", k -> k.value(58).target(75).unit("%"))
            .funnel(2_420, 1_380)
            .moment(Moment.I_WANT_TO_DO))
        .stage("finish", "Finish and apply", s -> s
            .description("Completes the project and looks for a job.")
            .action(Item.builder("Shares the certificate on a social network")
                .evidence(Evidence.ANALYTICAL).source(SOCIAL).build())
            .action(Item.builder("Reports results to management")
                .evidence(Evidence.ASSUMPTION).source(SALES_WORKSHOP).persona("hr-manager").build())
            .touchpoint("certificate", "Certificate", Channel.EMAIL, t -> t
                .owner("Student services"))
            .touchpoint("careers-service", "Careers coaching", Channel.PHONE, t -> t
                .owner("Careers"))
            .emotion(2, "Proud")
            .painPoint(Item.builder("Recruiters do not know the certificate")
                .evidence(Evidence.ANECDOTAL).source(STUDENTS).build())
            .opportunity(Item.builder("Publish where alumni were hired")
                .evidence(Evidence.ANALYTICAL).source(SURVEY).build())
            .kpi("Courses finished", k -> k.value(41).target(60).unit("%"))
            .kpi("Alumni hired within 6 months", k -> k.value(52).unit("%")))
        .build();
  }
}
