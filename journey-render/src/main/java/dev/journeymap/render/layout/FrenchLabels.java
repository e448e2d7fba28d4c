package dev.journeymap.render.layout;

import dev.journeymap.core.Channel;
import dev.journeymap.core.Evidence;
import dev.journeymap.core.JourneyState;
import dev.journeymap.core.Moment;

/**
 * The library's words in French, set the French way: a no-break space before a colon
 * ({@code \u00A0}), a narrow one between a number and its unit or the thousands
 * ({@code \u202F}), and typographic apostrophes ({@code ’}).
 */
final class FrenchLabels extends Labels {
  private static final String COLON = "\u00A0:";

  @Override
  public String language() {
    return "fr";
  }

  @Override
  String pick(String english, String french) {
    return french;
  }

  @Override
  String stages() {
    return "Étapes";
  }

  @Override
  String steps() {
    return "Sous-étapes";
  }

  @Override
  String stagesHint() {
    return "de gauche à droite";
  }

  @Override
  String state(JourneyState state) {
    return switch (state) {
      case CURRENT -> "État actuel";
      case FUTURE -> "État futur";
    };
  }

  @Override
  String goal() {
    return "Objectif" + COLON;
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
    return "Objectifs";
  }

  @Override
  String frustrations() {
    return "Frustrations";
  }

  @Override
  String legend() {
    return "Légende";
  }

  @Override
  String evidence(Evidence evidence) {
    return switch (evidence) {
      case ANALYTICAL -> "analyses";
      case ANECDOTAL -> "témoignages";
      case ASSUMPTION -> "hypothèse";
    };
  }

  @Override
  String evidenceMeaning(Evidence evidence) {
    return switch (evidence) {
      case ANALYTICAL -> "mesuré (statistiques, enquêtes)";
      case ANECDOTAL -> "entendu (entretiens, retours)";
      case ASSUMPTION -> "supposé, pas encore vérifié";
    };
  }

  @Override
  String defined(String term, String meaning) {
    return term + COLON + " " + meaning;
  }

  @Override
  String researchBacked() {
    return "trait plein" + COLON + " non marqué comme hypothèse";
  }

  @Override
  String assumptionOutline() {
    return "pointillés" + COLON + " une hypothèse à vérifier";
  }

  @Override
  String channel(Channel channel) {
    return switch (channel) {
      case WEB -> "Web";
      case MOBILE_APP -> "Application mobile";
      case EMAIL -> "E-mail";
      case SMS -> "SMS";
      case PUSH -> "Notification";
      case PHONE -> "Téléphone";
      case CHAT -> "Messagerie";
      case SOCIAL -> "Réseaux sociaux";
      case IN_PERSON -> "En personne";
      case MAIL -> "Courrier";
      case SEARCH -> "Recherche";
      case ADVERTISING -> "Publicité";
      case REVIEWS -> "Avis";
      case WORD_OF_MOUTH -> "Bouche-à-oreille";
      case OTHER -> "Autre";
    };
  }

  @Override
  String moment(Moment moment) {
    return switch (moment) {
      case I_WANT_TO_KNOW -> "Je veux savoir";
      case I_WANT_TO_GO -> "Je veux y aller";
      case I_WANT_TO_DO -> "Je veux faire";
      case I_WANT_TO_BUY -> "Je veux acheter";
    };
  }

  @Override
  String ofTarget(String percent, String target) {
    return percent + " de l’objectif " + target;
  }

  @Override
  String target(String target) {
    return "objectif " + target;
  }

  @Override
  String belowTarget() {
    return "sous l’objectif";
  }

  @Override
  String onTarget() {
    return "objectif atteint ou dépassé";
  }

  @Override
  String completedOf(String completed, String entered) {
    return completed + " sur " + entered + " ont terminé";
  }

  @Override
  String dropOff(String percent) {
    return percent + " d’abandon";
  }

  @Override
  String source(String source) {
    return "source" + COLON + " " + source;
  }

  @Override
  String atTouchpoint(String name) {
    return "au point de contact" + COLON + " " + name;
  }

  @Override
  String positive() {
    return "positif";
  }

  @Override
  String neutral() {
    return "neutre";
  }

  @Override
  String negative() {
    return "négatif";
  }

  @Override
  String allCustomers() {
    return "ensemble des clients";
  }

  @Override
  String emotionCurve() {
    return "Courbe des émotions";
  }

  @Override
  String stageEmotion() {
    return "score d’une étape ou sous-étape";
  }

  @Override
  String touchpointMoment() {
    return "moment d’un point de contact, relié à la courbe";
  }

  @Override
  String zeroLine() {
    return "ligne pointillée" + COLON + " neutre (0)";
  }

  @Override
  String emotionScore() {
    return "Émotion";
  }

  @Override
  String outlines() {
    return "Contour des cartes";
  }

  @Override
  String evidenceTag() {
    return "Preuve";
  }

  @Override
  String kpiAgainstTarget() {
    return "Indicateur et objectif";
  }

  @Override
  String channels() {
    return "Canaux";
  }

  @Override
  String count(long n, Noun noun) {
    // French puts 0 and 1 in the singular; every plural here takes an s on each noun.
    String singular = switch (noun) {
      case PERSONA -> "persona";
      case STAGE -> "étape";
      case STEP -> "sous-étape";
      case TOUCHPOINT -> "point de contact";
      case PAIN_POINT -> "point de friction";
      case OPPORTUNITY -> "opportunité";
    };
    String plural = switch (noun) {
      case TOUCHPOINT -> "points de contact";
      case PAIN_POINT -> "points de friction";
      default -> singular + "s";
    };
    return number(n) + " " + (n <= 1 ? singular : plural);
  }

  @Override
  String mapOf(String stages) {
    return "Carte du parcours client en " + stages;
  }

  @Override
  String colon() {
    return COLON + " ";
  }

  @Override
  char groupSeparator() {
    return '\u202F';
  }

  @Override
  char decimalSeparator() {
    return ',';
  }

  @Override
  String unit(String unit) {
    return "%".equals(unit) ? "\u202F%" : " " + unit;
  }
}
