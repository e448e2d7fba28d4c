package dev.journeymap.render.layout;

import dev.journeymap.core.Channel;
import dev.journeymap.core.Evidence;
import dev.journeymap.core.JourneyState;
import dev.journeymap.core.Moment;

/** The library's words in English. */
final class EnglishLabels extends Labels {
  @Override
  public String language() {
    return "en";
  }

  @Override
  String pick(String english, String french) {
    return english;
  }

  @Override
  String stages() {
    return "Stages";
  }

  @Override
  String steps() {
    return "Steps";
  }

  @Override
  String stagesHint() {
    return "left to right";
  }

  @Override
  String state(JourneyState state) {
    return switch (state) {
      case CURRENT -> "Current state";
      case FUTURE -> "Future state";
    };
  }

  @Override
  String goal() {
    return "Goal:";
  }

  @Override
  String persona() {
    return "Persona";
  }

  @Override
  String personas() {
    return "Personas";
  }

  @Override
  String personaGoals() {
    return "Goals";
  }

  @Override
  String frustrations() {
    return "Frustrations";
  }

  @Override
  String legend() {
    return "Legend";
  }

  @Override
  String evidence(Evidence evidence) {
    return switch (evidence) {
      case ANALYTICAL -> "analytics";
      case ANECDOTAL -> "anecdotal";
      case ASSUMPTION -> "assumption";
    };
  }

  @Override
  String evidenceMeaning(Evidence evidence) {
    return switch (evidence) {
      case ANALYTICAL -> "measured (analytics, surveys)";
      case ANECDOTAL -> "heard (interviews, feedback)";
      case ASSUMPTION -> "believed, not yet checked";
    };
  }

  @Override
  String defined(String term, String meaning) {
    return term + ": " + meaning;
  }

  @Override
  String researchBacked() {
    // Not "backed by research": cards without any evidence are drawn solid too.
    return "solid outline: not marked as an assumption";
  }

  @Override
  String assumptionOutline() {
    return "dashed outline: an assumption to check";
  }

  @Override
  String channel(Channel channel) {
    return switch (channel) {
      case WEB -> "Web";
      case MOBILE_APP -> "Mobile app";
      case EMAIL -> "E-mail";
      case SMS -> "SMS";
      case PUSH -> "Push";
      case PHONE -> "Phone";
      case CHAT -> "Chat";
      case SOCIAL -> "Social";
      case IN_PERSON -> "In person";
      case MAIL -> "Mail";
      case SEARCH -> "Search";
      case ADVERTISING -> "Advertising";
      case REVIEWS -> "Reviews";
      case WORD_OF_MOUTH -> "Word of mouth";
      case OTHER -> "Other";
    };
  }

  @Override
  String moment(Moment moment) {
    return switch (moment) {
      case I_WANT_TO_KNOW -> "I want to know";
      case I_WANT_TO_GO -> "I want to go";
      case I_WANT_TO_DO -> "I want to do";
      case I_WANT_TO_BUY -> "I want to buy";
    };
  }

  @Override
  String ofTarget(String percent, String target) {
    return percent + " of target " + target;
  }

  @Override
  String target(String target) {
    return "target " + target;
  }

  @Override
  String belowTarget() {
    return "below target";
  }

  @Override
  String onTarget() {
    return "on or above target";
  }

  @Override
  String completedOf(String completed, String entered) {
    return completed + " of " + entered + " completed";
  }

  @Override
  String dropOff(String percent) {
    return percent + " drop-off";
  }

  @Override
  String source(String source) {
    return "source: " + source;
  }

  @Override
  String atTouchpoint(String name) {
    return "at touchpoint: " + name;
  }

  @Override
  String positive() {
    return "positive";
  }

  @Override
  String neutral() {
    return "neutral";
  }

  @Override
  String negative() {
    return "negative";
  }

  @Override
  String allCustomers() {
    return "all customers";
  }

  @Override
  String emotionCurve() {
    return "Emotion curve";
  }

  @Override
  String stageEmotion() {
    return "score at a stage or step";
  }

  @Override
  String touchpointMoment() {
    return "touchpoint moment, on a leader";
  }

  @Override
  String zeroLine() {
    return "dashed line: neutral (0)";
  }

  @Override
  String emotionScore() {
    return "Emotion";
  }

  @Override
  String outlines() {
    return "Card outline";
  }

  @Override
  String evidenceTag() {
    return "Evidence";
  }

  @Override
  String kpiAgainstTarget() {
    return "KPI against target";
  }

  @Override
  String channels() {
    return "Channels";
  }

  @Override
  String count(long n, Noun noun) {
    String singular = switch (noun) {
      case PERSONA -> "persona";
      case STAGE -> "stage";
      case STEP -> "step";
      case TOUCHPOINT -> "touchpoint";
      case PAIN_POINT -> "pain point";
      case OPPORTUNITY -> "opportunity";
    };
    String plural = noun == Noun.OPPORTUNITY ? "opportunities" : singular + "s";
    return number(n) + " " + (n == 1 ? singular : plural);
  }

  @Override
  String mapOf(String stages) {
    return "Customer journey map of " + stages;
  }

  @Override
  String colon() {
    return ": ";
  }

  @Override
  char groupSeparator() {
    return ',';
  }

  @Override
  char decimalSeparator() {
    return '.';
  }

  @Override
  String unit(String unit) {
    return "%".equals(unit) ? "%" : " " + unit;
  }
}
