package dev.journeymap.render.layout;

import dev.journeymap.core.Channel;
import dev.journeymap.core.Evidence;
import dev.journeymap.core.Journey;
import dev.journeymap.core.JourneyState;
import dev.journeymap.core.Moment;
import dev.journeymap.render.Lane;
import dev.journeymap.render.RenderOptions;
import java.util.Locale;

/**
 * The library's own words on the map, in English or French, and the numbers written the way
 * each language writes them (without asking the JDK's locale data, which changes between
 * releases).
 *
 * <pre>{@code
 * Labels.FRENCH.lane(Lane.PAIN_POINTS)   // "Points de friction"
 * Labels.ENGLISH.number(120000)          // "120,000"
 * Labels.FRENCH.number(1234.5)           // "1 234,5" (with a narrow no-break space)
 * }</pre>
 */
public enum Labels {
  /** English, the default. */
  ENGLISH("en"),
  /** French. */
  FRENCH("fr");

  private final String language;

  Labels(String language) {
    this.language = language;
  }

  /** The labels for these options and this journey: the option, else the journey's locale. */
  public static Labels of(RenderOptions options, Journey journey) {
    Locale locale = options.locale()
        .orElseGet(() -> journey.locale().map(Locale::forLanguageTag).orElse(Locale.ENGLISH));
    return "fr".equals(locale.getLanguage()) ? FRENCH : ENGLISH;
  }

  /** The BCP 47 tag of this language. */
  public String language() {
    return language;
  }

  private boolean fr() {
    return this == FRENCH;
  }

  /** The name of a lane. */
  public String lane(Lane lane) {
    return switch (lane) {
      case CUSTOMER_GOALS -> fr() ? "Objectifs du client" : "Customer goals";
      case ACTIONS -> "Actions";
      case TOUCHPOINTS -> fr() ? "Points de contact" : "Touchpoints";
      case QUESTIONS -> "Questions";
      case EMOTIONS -> fr() ? "Émotions" : "Emotions";
      case PAIN_POINTS -> fr() ? "Points de friction" : "Pain points";
      case OPPORTUNITIES -> fr() ? "Opportunités" : "Opportunities";
      case KPIS -> fr() ? "Indicateurs" : "KPIs";
      case FUNNEL -> fr() ? "Entonnoir" : "Funnel";
      case MOMENTS -> fr() ? "Micro-moments" : "Moments";
    };
  }

  /** What a lane answers, shown under its name. */
  public String laneHint(Lane lane) {
    return switch (lane) {
      case CUSTOMER_GOALS -> fr() ? "Ce qu'il veut" : "What they want";
      case ACTIONS -> fr() ? "Ce qu'il fait" : "What they do";
      case TOUCHPOINTS -> fr() ? "Où il nous rencontre" : "Where they meet us";
      case QUESTIONS -> fr() ? "Ce qu'il se demande" : "What they ask themselves";
      case EMOTIONS -> fr() ? "Ce qu'il ressent" : "How they feel";
      case PAIN_POINTS -> fr() ? "Ce qui le freine" : "What gets in their way";
      case OPPORTUNITIES -> fr() ? "Ce que nous pourrions mieux faire" : "What we could do better";
      case KPIS -> fr() ? "Valeur et objectif" : "Value against target";
      case FUNNEL -> fr() ? "Passage et abandon" : "Completion and drop-off";
      case MOMENTS -> fr() ? "Moments clés" : "Micro-moments";
    };
  }

  String stages() {
    return fr() ? "Étapes" : "Stages";
  }

  String stagesHint() {
    return fr() ? "de gauche à droite" : "left to right";
  }

  String state(JourneyState state) {
    return switch (state) {
      case CURRENT -> fr() ? "État actuel" : "Current state";
      case FUTURE -> fr() ? "État futur" : "Future state";
    };
  }

  String goal() {
    return fr() ? "Objectif :" : "Goal:";
  }

  String persona() {
    return "Persona";
  }

  String personaGoals() {
    return fr() ? "Objectifs" : "Goals";
  }

  String frustrations() {
    return "Frustrations";
  }

  String legend() {
    return fr() ? "Légende" : "Legend";
  }

  String evidence(Evidence evidence) {
    return switch (evidence) {
      case ANALYTICAL -> fr() ? "analyses" : "analytics";
      case ANECDOTAL -> fr() ? "témoignages" : "anecdotal";
      case ASSUMPTION -> fr() ? "hypothèse" : "assumption";
    };
  }

  String evidenceMeaning(Evidence evidence) {
    return switch (evidence) {
      case ANALYTICAL -> fr() ? "mesuré (statistiques, enquêtes)"
          : "measured (analytics, surveys)";
      case ANECDOTAL -> fr() ? "entendu (entretiens, retours)" : "heard (interviews, feedback)";
      case ASSUMPTION -> fr() ? "supposé, pas encore vérifié" : "believed, not yet checked";
    };
  }

  /** A term and what it means, e.g. "analytics: measured" or "analyses : mesuré". */
  String defined(String term, String meaning) {
    return term + (fr() ? " : " : ": ") + meaning;
  }

  String researchBacked() {
    // Not "backed by research": cards without any evidence are drawn solid too.
    return fr() ? "trait plein : non marqué comme hypothèse"
        : "solid outline: not marked as an assumption";
  }

  String assumptionOutline() {
    return fr() ? "pointillés : une hypothèse à vérifier"
        : "dashed outline: an assumption to check";
  }

  String channel(Channel channel) {
    return switch (channel) {
      case WEB -> "Web";
      case MOBILE_APP -> fr() ? "Application mobile" : "Mobile app";
      case EMAIL -> fr() ? "E-mail" : "E-mail";
      case SMS -> "SMS";
      case PUSH -> fr() ? "Notification" : "Push";
      case PHONE -> fr() ? "Téléphone" : "Phone";
      case CHAT -> fr() ? "Messagerie" : "Chat";
      case SOCIAL -> fr() ? "Réseaux sociaux" : "Social";
      case IN_PERSON -> fr() ? "En personne" : "In person";
      case MAIL -> fr() ? "Courrier" : "Mail";
      case SEARCH -> fr() ? "Recherche" : "Search";
      case ADVERTISING -> fr() ? "Publicité" : "Advertising";
      case REVIEWS -> fr() ? "Avis" : "Reviews";
      case WORD_OF_MOUTH -> fr() ? "Bouche-à-oreille" : "Word of mouth";
      case OTHER -> fr() ? "Autre" : "Other";
    };
  }

  String moment(Moment moment) {
    return switch (moment) {
      case I_WANT_TO_KNOW -> fr() ? "Je veux savoir" : "I want to know";
      case I_WANT_TO_GO -> fr() ? "Je veux y aller" : "I want to go";
      case I_WANT_TO_DO -> fr() ? "Je veux faire" : "I want to do";
      case I_WANT_TO_BUY -> fr() ? "Je veux acheter" : "I want to buy";
    };
  }

  String ofTarget(String percent, String target) {
    return fr() ? percent + " de l'objectif " + target : percent + " of target " + target;
  }

  String target(String target) {
    return fr() ? "objectif " + target : "target " + target;
  }

  String belowTarget() {
    return fr() ? "sous l'objectif" : "below target";
  }

  String onTarget() {
    return fr() ? "objectif atteint ou dépassé" : "on or above target";
  }

  String completedOf(String completed, String entered) {
    return fr() ? completed + " sur " + entered + " ont terminé"
        : completed + " of " + entered + " completed";
  }

  String dropOff(String percent) {
    return fr() ? percent + " d'abandon" : percent + " drop-off";
  }

  String atTouchpoint(String name) {
    return fr() ? "au point de contact : " + name : "at touchpoint: " + name;
  }

  String positive() {
    return fr() ? "positif" : "positive";
  }

  String neutral() {
    return fr() ? "neutre" : "neutral";
  }

  String negative() {
    return fr() ? "négatif" : "negative";
  }

  String emotionScore() {
    return fr() ? "Émotion" : "Emotion";
  }

  String outlines() {
    return fr() ? "Contour des cartes" : "Card outline";
  }

  String evidenceTag() {
    return fr() ? "Preuve" : "Evidence";
  }

  String kpiAgainstTarget() {
    return fr() ? "Indicateur et objectif" : "KPI against target";
  }

  String channels() {
    return fr() ? "Canaux" : "Channels";
  }

  /** A count with its noun, e.g. "1 persona", "5 stages". */
  String count(long n, String singularEn, String pluralEn, String singularFr, String pluralFr) {
    String noun = fr() ? (n <= 1 ? singularFr : pluralFr) : (n == 1 ? singularEn : pluralEn);
    return number(n) + " " + noun;
  }

  /** What the map shows, in a sentence, for the SVG's {@code <desc>}. */
  String description(Journey journey) {
    String stages = count(journey.stages().size(), "stage", "stages", "étape", "étapes");
    String what = fr() ? "Carte du parcours client en " + stages : "Customer journey map of "
        + stages;
    StringBuilder out = new StringBuilder(what);
    out.append(fr() ? " : " : ": ");
    for (int i = 0; i < journey.stages().size(); i++) {
      out.append(i == 0 ? "" : ", ").append(journey.stages().get(i).name());
    }
    out.append('.');
    journey.goal().ifPresent(g -> out.append(' ').append(goal()).append(' ').append(g));
    journey.description().ifPresent(d -> out.append(' ').append(d));
    return out.toString();
  }

  /**
   * {@code value} with at most two decimals, grouped by thousands: {@code 120,000.5} in English,
   * {@code 120 000,5} in French (narrow no-break spaces).
   */
  public String number(double value) {
    long hundredths = Math.round(Math.abs(value) * 100);
    String whole = Long.toString(hundredths / 100);
    StringBuilder out = new StringBuilder();
    if (value < 0 && hundredths != 0) {
      out.append('\u2212');
    }
    char group = fr() ? '\u202F' : ',';
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        out.append(group);
      }
      out.append(whole.charAt(i));
    }
    long fraction = hundredths % 100;
    if (fraction != 0) {
      out.append(fr() ? ',' : '.').append(fraction / 10);
      if (fraction % 10 != 0) {
        out.append(fraction % 10);
      }
    }
    return out.toString();
  }

  /** A ratio from 0 to 1 as a whole percentage: {@code "42%"}, or {@code "42 %"} in French. */
  String percent(double ratio) {
    return Math.round(ratio * 100) + unit("%");
  }

  /**
   * A KPI's unit as written after its number: {@code "%"} right after it ({@code "12%"}), or
   * after a narrow no-break space in French ({@code "12 %"}); any other unit after a space.
   */
  String unit(String unit) {
    if ("%".equals(unit)) {
      return fr() ? "\u202F%" : "%";
    }
    return " " + unit;
  }

  /** An emotion score with its sign: {@code "+1"}, {@code "−0.5"}, {@code "0"}. */
  String score(double score) {
    String n = number(score);
    return score > 0 && !"0".equals(n) ? "+" + n : n;
  }
}
