package dev.journeymap.render.svg;

import dev.journeymap.render.layout.Mark;
import dev.journeymap.render.paint.Target;
import java.awt.Font;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Paints structure into the SVG: groups with {@code id} and {@code class}, {@code <title>}
 * tooltips and {@code <a href>} links, written straight into the {@code StringBuilder} that
 * {@code SVGGraphics2D} appends to, so they land exactly between the shapes they enclose.
 *
 * <p>Text handed to {@code drawString} is escaped here in full: JFreeSVG then leaves the five
 * entities alone and copies nothing raw.
 */
final class SvgTarget implements Target {
  private final StringBuilder out;
  private final String cssFontFamily;
  private final Deque<Boolean> linked = new ArrayDeque<>();
  private final Map<Integer, SvgFont> fonts = new HashMap<>();

  SvgTarget(StringBuilder out, String cssFontFamily) {
    this.out = out;
    // JFreeSVG writes the family inside a single-quoted style attribute.
    this.cssFontFamily = cssFontFamily.replace('\'', '"');
  }

  @Override
  public void begin(Mark.Group group) {
    boolean link = group.link().filter(SvgTarget::isSafeLink).isPresent();
    if (link) {
      // Both spellings: SVG 2 readers use href, SVG 1.1 readers (older tools) xlink:href.
      String href = Latin1.escape(group.link().get());
      out.append("<a href='").append(href).append("' xlink:href='").append(href).append("'>");
    }
    linked.push(link);
    out.append("<g");
    group.id().ifPresent(id -> out.append(" id='").append(Latin1.escape(id)).append('\''));
    if (!group.classes().isEmpty()) {
      out.append(" class='").append(Latin1.escape(String.join(" ", group.classes())))
          .append('\'');
    }
    out.append('>');
    group.tooltip().ifPresent(
        tip -> out.append("<title>").append(Latin1.escape(tip)).append("</title>"));
  }

  @Override
  public void end(Mark.Group group) {
    out.append("</g>");
    if (linked.pop()) {
      out.append("</a>");
    }
  }

  @Override
  public String encode(String text) {
    return Latin1.escape(text);
  }

  @Override
  public Font font(int size, boolean bold, boolean italic) {
    int style = (bold ? Font.BOLD : 0) | (italic ? Font.ITALIC : 0);
    // A map uses a handful of sizes and styles; one font each for this render.
    int key = size * 4 + style;
    SvgFont font = fonts.get(key);
    if (font == null) {
      font = new SvgFont(cssFontFamily, style, size);
      fonts.put(key, font);
    }
    return font;
  }

  /** Whether {@code uri} is an {@code http}, {@code https} or {@code mailto} link. */
  static boolean isSafeLink(String uri) {
    String lower = uri.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://")
        || lower.startsWith("mailto:");
  }
}
