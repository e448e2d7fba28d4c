package dev.journeymap.render.layout;

import dev.journeymap.render.text.LineBreaker;
import dev.journeymap.render.text.TextMetrics;
import java.util.List;

/** Measures with the shipped DejaVu Sans tables, never with the AWT font system. */
final class FontMeasure implements Measure {
  private final TextMetrics metrics;
  private final LineBreaker breaker;

  FontMeasure(TextMetrics metrics) {
    this.metrics = metrics;
    this.breaker = new LineBreaker(metrics);
  }

  @Override
  public double width(String text, double size, boolean bold) {
    return metrics.width(text, size, bold);
  }

  @Override
  public double ascent(double size) {
    return metrics.ascent(size);
  }

  @Override
  public double descent(double size) {
    return metrics.descent(size);
  }

  @Override
  public double lineHeight(double size) {
    return metrics.lineHeight(size);
  }

  @Override
  public String limitMarks(String text) {
    return metrics.limitMarks(text);
  }

  @Override
  public List<String> wrap(String text, double maxWidth, double size, boolean bold) {
    return breaker.wrap(text, maxWidth, size, bold);
  }

  @Override
  public String cssFontFamily() {
    return metrics.cssFontFamily();
  }

  @Override
  public String familyName() {
    return metrics.familyName();
  }
}
