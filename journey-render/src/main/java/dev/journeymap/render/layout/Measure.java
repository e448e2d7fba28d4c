package dev.journeymap.render.layout;

import java.util.List;

/** How the layout measures and breaks text; one implementation per shipped font. */
interface Measure {
  /** The advance width of {@code text}. */
  double width(String text, double size, boolean bold);

  /** Height above the baseline. */
  double ascent(double size);

  /** Depth below the baseline, positive. */
  double descent(double size);

  /** Baseline to baseline, at least ascent plus descent. */
  double lineHeight(double size);

  /** The text as drawn: combining marks beyond a few on one character dropped. */
  String limitMarks(String text);

  /** Lines of at most {@code maxWidth} each; empty for blank text. */
  List<String> wrap(String text, double maxWidth, double size, boolean bold);

  /** The CSS font family the SVG names. */
  String cssFontFamily();

  /** The family name to ask AWT for. */
  String familyName();
}
