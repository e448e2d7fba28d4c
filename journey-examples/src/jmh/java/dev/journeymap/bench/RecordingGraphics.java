package dev.journeymap.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@code Graphics2D} that draws nothing and records the calls a painter makes: each fill,
 * outline and text with the colour, stroke and font in force. The baselines replay these calls,
 * so they draw exactly the shapes and texts of the map, icons included, without our painting.
 *
 * <p>Records only what {@code MapPainter} uses; any other call fails, so that a painter that
 * starts using one is noticed here rather than measured wrongly. Not thread-safe.
 */
final class RecordingGraphics extends Graphics2D {
  /** One recorded call. */
  sealed interface Call {}

  /** {@code fill(shape)} in {@code color}. */
  record Fill(Shape shape, Color color) implements Call {}

  /** {@code draw(shape)} in {@code color} with {@code stroke}. */
  record Draw(Shape shape, Color color, BasicStroke stroke) implements Call {}

  /** {@code drawString(text, x, y)} in {@code color} with {@code font}. */
  record Text(String text, float x, float y, Color color, Font font) implements Call {}

  private final List<Call> calls = new ArrayList<>();
  private Color color = Color.BLACK;
  private Stroke stroke = new BasicStroke();
  private Font font;

  /** The calls so far, in order. */
  List<Call> calls() {
    return List.copyOf(calls);
  }

  @Override
  public void setColor(Color c) {
    color = c;
  }

  @Override
  public Color getColor() {
    return color;
  }

  @Override
  public void setStroke(Stroke s) {
    stroke = s;
  }

  @Override
  public Stroke getStroke() {
    return stroke;
  }

  @Override
  public void setFont(Font f) {
    font = f;
  }

  @Override
  public Font getFont() {
    return font;
  }

  @Override
  public void fill(Shape shape) {
    calls.add(new Fill(shape, color));
  }

  @Override
  public void draw(Shape shape) {
    calls.add(new Draw(shape, color, (BasicStroke) stroke));
  }

  @Override
  public void drawString(String text, float x, float y) {
    calls.add(new Text(text, x, y, color, font));
  }

  @Override
  public void dispose() {}

  private static UnsupportedOperationException unsupported(String method) {
    return new UnsupportedOperationException("not recorded: " + method);
  }

  @Override
  public boolean drawImage(Image a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8, Color a9, ImageObserver a10) {
    throw unsupported("drawImage");
  }

  @Override
  public boolean drawImage(Image a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8, ImageObserver a9) {
    throw unsupported("drawImage");
  }

  @Override
  public boolean drawImage(Image a0, int a1, int a2, int a3, int a4, Color a5, ImageObserver a6) {
    throw unsupported("drawImage");
  }

  @Override
  public boolean drawImage(Image a0, int a1, int a2, int a3, int a4, ImageObserver a5) {
    throw unsupported("drawImage");
  }

  @Override
  public boolean drawImage(Image a0, int a1, int a2, Color a3, ImageObserver a4) {
    throw unsupported("drawImage");
  }

  @Override
  public boolean drawImage(Image a0, int a1, int a2, ImageObserver a3) {
    throw unsupported("drawImage");
  }

  @Override
  public boolean drawImage(Image a0, AffineTransform a1, ImageObserver a2) {
    throw unsupported("drawImage");
  }

  @Override
  public boolean hit(Rectangle a0, Shape a1, boolean a2) {
    throw unsupported("hit");
  }

  @Override
  public Color getBackground() {
    throw unsupported("getBackground");
  }

  @Override
  public Composite getComposite() {
    throw unsupported("getComposite");
  }

  @Override
  public FontMetrics getFontMetrics(Font a0) {
    throw unsupported("getFontMetrics");
  }

  @Override
  public Graphics create() {
    throw unsupported("create");
  }

  @Override
  public GraphicsConfiguration getDeviceConfiguration() {
    throw unsupported("getDeviceConfiguration");
  }

  @Override
  public Paint getPaint() {
    throw unsupported("getPaint");
  }

  @Override
  public Rectangle getClipBounds() {
    throw unsupported("getClipBounds");
  }

  @Override
  public RenderingHints getRenderingHints() {
    throw unsupported("getRenderingHints");
  }

  @Override
  public Shape getClip() {
    throw unsupported("getClip");
  }

  @Override
  public FontRenderContext getFontRenderContext() {
    throw unsupported("getFontRenderContext");
  }

  @Override
  public AffineTransform getTransform() {
    throw unsupported("getTransform");
  }

  @Override
  public Object getRenderingHint(RenderingHints.Key a0) {
    throw unsupported("getRenderingHint");
  }

  @Override
  public void addRenderingHints(Map<?, ?> a0) {
    throw unsupported("addRenderingHints");
  }

  @Override
  public void clearRect(int a0, int a1, int a2, int a3) {
    throw unsupported("clearRect");
  }

  @Override
  public void clip(Shape a0) {
    throw unsupported("clip");
  }

  @Override
  public void clipRect(int a0, int a1, int a2, int a3) {
    throw unsupported("clipRect");
  }

  @Override
  public void copyArea(int a0, int a1, int a2, int a3, int a4, int a5) {
    throw unsupported("copyArea");
  }

  @Override
  public void drawArc(int a0, int a1, int a2, int a3, int a4, int a5) {
    throw unsupported("drawArc");
  }

  @Override
  public void drawGlyphVector(GlyphVector a0, float a1, float a2) {
    throw unsupported("drawGlyphVector");
  }

  @Override
  public void drawImage(BufferedImage a0, BufferedImageOp a1, int a2, int a3) {
    throw unsupported("drawImage");
  }

  @Override
  public void drawLine(int a0, int a1, int a2, int a3) {
    throw unsupported("drawLine");
  }

  @Override
  public void drawOval(int a0, int a1, int a2, int a3) {
    throw unsupported("drawOval");
  }

  @Override
  public void drawPolygon(int[] a0, int[] a1, int a2) {
    throw unsupported("drawPolygon");
  }

  @Override
  public void drawPolyline(int[] a0, int[] a1, int a2) {
    throw unsupported("drawPolyline");
  }

  @Override
  public void drawRenderableImage(RenderableImage a0, AffineTransform a1) {
    throw unsupported("drawRenderableImage");
  }

  @Override
  public void drawRenderedImage(RenderedImage a0, AffineTransform a1) {
    throw unsupported("drawRenderedImage");
  }

  @Override
  public void drawRoundRect(int a0, int a1, int a2, int a3, int a4, int a5) {
    throw unsupported("drawRoundRect");
  }

  @Override
  public void drawString(String a0, int a1, int a2) {
    throw unsupported("drawString");
  }

  @Override
  public void drawString(AttributedCharacterIterator a0, float a1, float a2) {
    throw unsupported("drawString");
  }

  @Override
  public void drawString(AttributedCharacterIterator a0, int a1, int a2) {
    throw unsupported("drawString");
  }

  @Override
  public void fillArc(int a0, int a1, int a2, int a3, int a4, int a5) {
    throw unsupported("fillArc");
  }

  @Override
  public void fillOval(int a0, int a1, int a2, int a3) {
    throw unsupported("fillOval");
  }

  @Override
  public void fillPolygon(int[] a0, int[] a1, int a2) {
    throw unsupported("fillPolygon");
  }

  @Override
  public void fillRect(int a0, int a1, int a2, int a3) {
    throw unsupported("fillRect");
  }

  @Override
  public void fillRoundRect(int a0, int a1, int a2, int a3, int a4, int a5) {
    throw unsupported("fillRoundRect");
  }

  @Override
  public void rotate(double a0) {
    throw unsupported("rotate");
  }

  @Override
  public void rotate(double a0, double a1, double a2) {
    throw unsupported("rotate");
  }

  @Override
  public void scale(double a0, double a1) {
    throw unsupported("scale");
  }

  @Override
  public void setBackground(Color a0) {
    throw unsupported("setBackground");
  }

  @Override
  public void setClip(int a0, int a1, int a2, int a3) {
    throw unsupported("setClip");
  }

  @Override
  public void setClip(Shape a0) {
    throw unsupported("setClip");
  }

  @Override
  public void setComposite(Composite a0) {
    throw unsupported("setComposite");
  }

  @Override
  public void setPaint(Paint a0) {
    throw unsupported("setPaint");
  }

  @Override
  public void setPaintMode() {
    throw unsupported("setPaintMode");
  }

  @Override
  public void setRenderingHint(RenderingHints.Key a0, Object a1) {
    throw unsupported("setRenderingHint");
  }

  @Override
  public void setRenderingHints(Map<?, ?> a0) {
    throw unsupported("setRenderingHints");
  }

  @Override
  public void setTransform(AffineTransform a0) {
    throw unsupported("setTransform");
  }

  @Override
  public void setXORMode(Color a0) {
    throw unsupported("setXORMode");
  }

  @Override
  public void shear(double a0, double a1) {
    throw unsupported("shear");
  }

  @Override
  public void transform(AffineTransform a0) {
    throw unsupported("transform");
  }

  @Override
  public void translate(double a0, double a1) {
    throw unsupported("translate");
  }

  @Override
  public void translate(int a0, int a1) {
    throw unsupported("translate");
  }
}
