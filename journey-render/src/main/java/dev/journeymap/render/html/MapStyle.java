package dev.journeymap.render.html;

import dev.journeymap.render.Ink;
import dev.journeymap.render.Theme;
import dev.journeymap.render.layout.Box;
import dev.journeymap.render.layout.Layout;
import dev.journeymap.render.svg.SvgNumbers;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of one map, written from its layout: the theme's colours, the map's size, where each
 * card's hover and focus area sits, how far each lane's row moves up when lanes above it are
 * hidden, and the persona filter. Every number comes from the layout; nothing is measured here.
 *
 * <p>Hiding lanes: each lane's switch sets a custom property on the page to the lane's height
 * ({@code --jm-h-actions:96}, 0 while shown); each row, its cards' areas, the legend and the
 * canvas move up or shrink by the sum of the heights hidden above them, and the column rules
 * shrink by all of them, so the map closes up with no gap.
 */
final class MapStyle {
  /** What may stand in a selector or a custom property's name without escaping. */
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]+");

  private final StringBuilder out = new StringBuilder(4096);
  private final Layout layout;

  private MapStyle(Layout layout) {
    this.layout = layout;
  }

  /**
   * The rules of {@code layout}'s page.
   *
   * @param cards the box of each card's area, in the order of the areas' ids ({@code
   *     PREFIX-card-1}, ...)
   */
  static String of(Layout layout, Theme theme, String cssFontFamily, List<Box> cards) {
    return new MapStyle(layout).write(theme, cssFontFamily, cards);
  }

  private String write(Theme theme, String cssFontFamily, List<Box> cards) {
    String page = "#" + token(layout.idPrefix()) + "-page";
    out.append(page).append("{--jm-font:").append(font(cssFontFamily));
    color("--jm-page-bg", theme, Ink.BACKGROUND);
    color("--jm-page-text", theme, Ink.TEXT);
    color("--jm-muted", theme, Ink.MUTED_TEXT);
    color("--jm-panel", theme, Ink.PANEL);
    color("--jm-rule", theme, Ink.RULE);
    color("--jm-accent", theme, Ink.ACCENT);
    color("--jm-focus", theme, Ink.LINK_TEXT);
    color("--jm-tip-bg", theme, Ink.BACKGROUND);
    out.append(";--jm-hover:rgba(127,127,127,.12);color-scheme:")
        .append(isDark(theme.rgb(Ink.BACKGROUND)) ? "dark" : "light");
    List<Layout.Row> rows = layout.rows();
    for (Layout.Row row : rows) {
      out.append(";--jm-h-").append(token(row.lane().id())).append(":0");
    }
    out.append("}\n");
    for (Layout.Row row : rows) {
      String lane = token(row.lane().id());
      out.append(page).append(":has(.jm-show-").append(lane).append(":not(:checked)){--jm-h-")
          .append(lane).append(':');
      number(row.height());
      out.append("}\n");
      out.append(page).append(":has(.jm-show-").append(lane).append(":not(:checked)) :is(#")
          .append(token(layout.idPrefix())).append("-lane-").append(lane)
          .append(",.jm-hits-").append(lane).append("){display:none}\n");
    }
    // Each row moves up by the heights hidden above it; what is below the grid by all of them.
    for (int i = 0; i < rows.size(); i++) {
      if (i == 0) {
        continue;
      }
      String lane = token(rows.get(i).lane().id());
      out.append(page).append(" :is(#").append(token(layout.idPrefix())).append("-lane-")
          .append(lane).append(",.jm-hits-").append(lane).append("){transform:translateY(calc(-1px * ")
          .append(hiddenAbove(i)).append("))}\n");
    }
    String all = hiddenAbove(rows.size());
    out.append(page).append(" .jm-canvas{width:");
    number(layout.width());
    out.append("px;height:calc(");
    number(layout.height());
    out.append("px - 1px * ").append(all).append(")}\n");
    if (!rows.isEmpty()) {
      out.append(page).append(" #").append(token(layout.idPrefix())).append("-legend{transform:")
          .append("translateY(calc(-1px * ").append(all).append("))}\n");
      double top = rows.get(0).y();
      Layout.Row last = rows.get(rows.size() - 1);
      double height = last.y() + last.height() - top;
      out.append(page).append(" .jm-column-rules{transform-origin:0 ");
      number(top);
      out.append("px;transform:scaleY(calc(1 - ").append(all).append(" / ");
      number(height);
      out.append("))}\n");
    }
    for (int i = 0; i < cards.size(); i++) {
      Box box = cards.get(i);
      out.append('#').append(token(layout.idPrefix())).append("-card-").append(i + 1)
          .append("{left:");
      number(box.x());
      out.append("px;top:");
      number(box.y());
      out.append("px;width:");
      number(box.width());
      out.append("px;height:");
      number(box.height());
      out.append("px}\n");
    }
    for (Layout.PersonaName persona : layout.personas()) {
      String id = token(persona.id());
      String chosen = page + ":has(.jm-filter-" + id + ":checked)";
      out.append(chosen).append(" [data-personas]:not([data-personas~=\"").append(id)
          .append("\"]){opacity:.2}\n");
      // A card's outline turns into a ring; a curve (a path) keeps its colour and thickens.
      out.append(chosen).append(" svg [data-personas~=\"").append(id)
          .append("\"]>rect:first-of-type{stroke:var(--jm-accent);stroke-width:3px}\n");
      out.append(chosen).append(" svg [data-personas~=\"").append(id)
          .append("\"]>path{stroke-width:4px}\n");
    }
    return out.toString();
  }

  /**
   * The heights of the hidden lanes among the first {@code count} rows, in px as a plain number
   * (so that it can also divide), e.g. {@code (0 + var(--jm-h-actions))}.
   */
  private String hiddenAbove(int count) {
    StringBuilder sum = new StringBuilder("(0");
    for (int i = 0; i < count; i++) {
      sum.append(" + var(--jm-h-").append(token(layout.rows().get(i).lane().id())).append(')');
    }
    return sum.append(')').toString();
  }

  private void color(String property, Theme theme, Ink ink) {
    out.append(';').append(property).append(":#").append(String.format(java.util.Locale.ROOT,
        "%06x", theme.rgb(ink) & 0xFFFFFF));
  }

  /** Whether a background is dark (relative luminance under a half), for form controls. */
  private static boolean isDark(int rgb) {
    double r = (rgb >> 16 & 0xff) / 255.0;
    double g = (rgb >> 8 & 0xff) / 255.0;
    double b = (rgb & 0xff) / 255.0;
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
  }

  private void number(double value) {
    SvgNumbers.append(out, value);
  }

  /** The renderer's own family list, checked: nothing in it may end the rule or the element. */
  private static String font(String family) {
    if (!family.matches("[A-Za-z0-9 ,'\"-]+")) {
      throw new IllegalArgumentException("not a CSS font family: " + family);
    }
    return family;
  }

  /** A name from the layout (ids are [a-z0-9_-]); anything else would be a defect upstream. */
  static String token(String name) {
    if (!TOKEN.matcher(name).matches()) {
      throw new IllegalArgumentException("not a safe CSS name: " + name);
    }
    return name;
  }
}
