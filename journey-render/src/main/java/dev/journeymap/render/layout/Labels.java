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
 * The library's own words on the map, one table per language ({@link EnglishLabels},
 * {@link FrenchLabels}), and the numbers written the way each language writes them (without
 * asking the JDK's locale data, which changes between releases). Lane names live with the lanes
 * ({@link LaneSpec}).
 *
 * <pre>{@code
 * Labels.FRENCH.goal()                   // "Objectif :" (with a no-break space)
 * Labels.ENGLISH.number(120000)          // "120,000"
 * Labels.FRENCH.number(1234.5)           // "1 234,5" (with a narrow no-break space)
 * }</pre>
 */
public abstract sealed class Labels permits EnglishLabels, FrenchLabels {
  /** English, the default. */
  public static final Labels ENGLISH = new EnglishLabels();
  /** French. */
  public static final Labels FRENCH = new FrenchLabels();

  Labels() {}

  /** The labels for these options and this journey: the option, else the journey's locale. */
  public static Labels of(RenderOptions options, Journey journey) {
    Locale locale = options.locale()
        .orElseGet(() -> journey.locale().map(Locale::forLanguageTag).orElse(Locale.ENGLISH));
    return "fr".equals(locale.getLanguage()) ? FRENCH : ENGLISH;
  }

  /** The BCP 47 tag of this language. */
  public abstract String language();

  /**
   * The name of a built-in lane in this language, e.g. {@code "Points de friction"}.
   *
   * @throws IllegalArgumentException for a lane that is not built in
   */
  public final String lane(Lane lane) {
    return LaneSpecs.builtIn(lane).name().in(this);
  }

  /** What a built-in lane answers, shown under its name, in this language. */
  public final String laneHint(Lane lane) {
    return LaneSpecs.builtIn(lane).hint().map(h -> h.in(this)).orElse("");
  }

  /** Which of a pair of words, each given once, is this language's. */
  abstract String pick(String english, String french);

  abstract String stages();

  abstract String stagesHint();

  /** The label of the row of step headers. */
  abstract String steps();

  abstract String state(JourneyState state);

  abstract String goal();

  abstract String persona();

  /** The heading of the tags of personas that have only a name. */
  abstract String personas();

  abstract String personaGoals();

  abstract String frustrations();

  abstract String legend();

  abstract String evidence(Evidence evidence);

  abstract String evidenceMeaning(Evidence evidence);

  /** A term and what it means, e.g. "analytics: measured" or "analyses : mesuré". */
  abstract String defined(String term, String meaning);

  abstract String researchBacked();

  abstract String assumptionOutline();

  abstract String channel(Channel channel);

  abstract String moment(Moment moment);

  abstract String ofTarget(String percent, String target);

  abstract String target(String target);

  abstract String belowTarget();

  abstract String onTarget();

  abstract String completedOf(String completed, String entered);

  abstract String dropOff(String percent);

  abstract String atTouchpoint(String name);

  /** Where an insight comes from, printed small on its card: "source: 2024 survey". */
  abstract String source(String source);

  abstract String positive();

  abstract String neutral();

  abstract String negative();

  /** The name of the aggregate emotion curve: everyone the journey speaks for. */
  abstract String allCustomers();

  abstract String emotionCurve();

  abstract String stageEmotion();

  abstract String touchpointMoment();

  abstract String zeroLine();

  abstract String emotionScore();

  abstract String outlines();

  abstract String evidenceTag();

  abstract String kpiAgainstTarget();

  abstract String channels();

  // The words of a card's details and of the HTML page's controls, each given once in both
  // languages.

  final String source() {
    return "Source";
  }

  final String owner() {
    return pick("Owner", "Responsable");
  }

  final String channel() {
    return pick("Channel", "Canal");
  }

  final String link() {
    return pick("Link", "Lien");
  }

  final String about() {
    return pick("About", "Détails");
  }

  /** The title of the HTML page's zoom levels. */
  public final String zoom() {
    return "Zoom";
  }

  /** The title of the HTML page's lane switches. */
  public final String lanes() {
    return pick("Lanes shown", "Couloirs affichés");
  }

  /** The title of the HTML page's persona filter. */
  public final String highlightPersona() {
    return pick("Highlight a persona", "Mettre en avant un persona");
  }

  /** The HTML page's persona filter choice that highlights nobody. */
  public final String everyPersona() {
    return pick("Everyone", "Tous");
  }

  /** The name of the HTML page's scrolling view of the map. */
  public final String mapView() {
    return pick("Map (scroll to pan)", "Carte (faire défiler pour la parcourir)");
  }

  /** The name of the HTML page's layer of a lane's cards that show their details on focus. */
  public final String cardDetails(String laneName) {
    return pick("Card details", "Détails des cartes") + colon() + laneName;
  }

  /** The things the header counts. */
  enum Noun { PERSONA, STAGE, STEP, TOUCHPOINT, PAIN_POINT, OPPORTUNITY }

  /** A count with its noun, e.g. "1 stage", "5 stages", "1 étape", "0 étape". */
  abstract String count(long n, Noun noun);

  /** "Customer journey map of 3 stages" or its translation. */
  abstract String mapOf(String stages);

  /** The separator between a term and what follows: ": " or " : ". */
  abstract String colon();

  /** The group separator of thousands. */
  abstract char groupSeparator();

  /** The decimal separator. */
  abstract char decimalSeparator();

  /**
   * A KPI's unit as written after its number: {@code "%"} right after it ({@code "12%"}), or
   * after a narrow no-break space in French ({@code "12 %"}); any other unit after a space.
   */
  abstract String unit(String unit);

  /** What the map shows, in a sentence, for the SVG's {@code <desc>}. */
  final String description(Journey journey) {
    StringBuilder out = new StringBuilder(mapOf(count(journey.stages().size(), Noun.STAGE)));
    out.append(colon());
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
  public final String number(double value) {
    long hundredths = Math.round(Math.abs(value) * 100);
    String whole = Long.toString(hundredths / 100);
    StringBuilder out = new StringBuilder();
    if (value < 0 && hundredths != 0) {
      out.append('\u2212');
    }
    char group = groupSeparator();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        out.append(group);
      }
      out.append(whole.charAt(i));
    }
    long fraction = hundredths % 100;
    if (fraction != 0) {
      out.append(decimalSeparator()).append(fraction / 10);
      if (fraction % 10 != 0) {
        out.append(fraction % 10);
      }
    }
    return out.toString();
  }

  /** A ratio from 0 to 1 as a whole percentage: {@code "42%"}, or {@code "42 %"} in French. */
  final String percent(double ratio) {
    return Math.round(ratio * 100) + unit("%");
  }

  /** An emotion score with its sign: {@code "+1"}, {@code "−0.5"}, {@code "0"}. */
  final String score(double score) {
    String n = number(score);
    return score > 0 && !"0".equals(n) ? "+" + n : n;
  }
}
