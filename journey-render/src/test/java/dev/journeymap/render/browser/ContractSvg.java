package dev.journeymap.render.browser;

import dev.journeymap.core.Journey;
import dev.journeymap.core.Stage;
import dev.journeymap.render.Lane;
import dev.journeymap.render.layout.Labels;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A hand-made SVG that follows the accessibility contract of {@link AccessibilityTreeTest}
 * (optionally with deliberate flaws), so that the test's checks can themselves be tested: they
 * must pass on the faithful example and fail on each flawed one.
 *
 * <p>Only the structure matters here; the geometry is plausible but crude.
 */
final class ContractSvg {
  /** Ways to break the contract. */
  enum Flaw {
    /** Wrapped lines as adjacent tspans with no space kept between them. */
    GLUED_LINES,
    /** {@code role="img"} on the root instead of {@code graphics-document}. */
    ROOT_IMG,
    /** A {@code <title>} in every card group, which becomes the cell's accessible name. */
    TITLE_ON_CARDS,
    /** No group for a cell without cards. */
    EMPTY_CELLS_LEFT_OUT,
    /** Cells and headers without {@code aria-colindex}. */
    NO_COLINDEX,
    /** A lane's cells in reverse stage order. */
    CELLS_REVERSED
  }

  private static final int COLUMN = 220;
  private static final int LINE = 15;
  private static final int WRAP = 24;

  private ContractSvg() {}

  /** The example for {@code journey}, with the given card texts per lane and flaws. */
  static String of(Journey journey, Labels labels, Map<Lane, Function<Stage, List<String>>> cards,
      Set<Flaw> flaws) {
    String p = journey.id().orElse("map");
    List<Stage> stages = journey.stages();
    StringBuilder body = new StringBuilder();
    int y = 20;
    body.append("<g role=\"row\" class=\"jm-stages\">")
        .append(header("columnheader", "", 1, flaws, y,
            labels.language().equals("fr") ? "ÉTAPES" : "STAGES", "left to right"));
    for (int i = 0; i < stages.size(); i++) {
      Stage stage = stages.get(i);
      body.append(header("columnheader", " class=\"jm-stage\" id=\"" + p + "-stage-"
          + stage.id() + "\"", i + 2, flaws, y, String.valueOf(i + 1), stage.name()));
    }
    body.append("</g>\n");
    y += 3 * LINE;
    for (Map.Entry<Lane, Function<Stage, List<String>>> lane : cards.entrySet()) {
      String id = lane.getKey().id();
      body.append("<g role=\"row\" class=\"jm-lane jm-lane-").append(id).append("\" id=\"")
          .append(p).append("-lane-").append(id).append("\">")
          .append(header("rowheader", "", 1, flaws, y, labels.lane(lane.getKey()),
              labels.laneHint(lane.getKey())));
      List<String> cells = new ArrayList<>();
      int height = 2 * LINE;
      for (int i = 0; i < stages.size(); i++) {
        StringBuilder cell = new StringBuilder();
        int cy = y;
        for (String text : lane.getValue().apply(stages.get(i))) {
          List<String> lines = wrap(text);
          cell.append("<g class=\"jm-card\">")
              .append(flaws.contains(Flaw.TITLE_ON_CARDS) ? "<title>Source: research</title>" : "")
              .append(rect(COLUMN * (i + 1), cy - LINE, COLUMN - 20, LINE * lines.size() + 10))
              .append(paragraph(COLUMN * (i + 1) + 6, cy, lines, flaws))
              .append("</g>");
          cy += LINE * lines.size() + 20;
        }
        height = Math.max(height, cy - y);
        if (cell.length() > 0 || !flaws.contains(Flaw.EMPTY_CELLS_LEFT_OUT)) {
          cells.add("<g role=\"cell\"" + colindex(i + 2, flaws) + ">" + cell + "</g>");
        }
      }
      if (flaws.contains(Flaw.CELLS_REVERSED) && lane.getKey() == Lane.ACTIONS) {
        Collections.reverse(cells);
      }
      cells.forEach(body::append);
      body.append("</g>\n");
      y += height + 10;
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"" + p + "\" role=\""
        + (flaws.contains(Flaw.ROOT_IMG) ? "img" : "graphics-document")
        + "\" aria-labelledby=\"" + p + "-title " + p + "-desc\" width=\""
        + COLUMN * (stages.size() + 1) + "\" height=\"" + y + "\""
        + " font-family=\"'DejaVu Sans', Verdana, sans-serif\" font-size=\"12\">\n"
        + "<title id=\"" + p + "-title\">" + xml(journey.title()) + "</title>"
        + "<desc id=\"" + p + "-desc\">Customer journey map of " + stages.size()
        + " stages</desc>\n"
        + "<g role=\"table\" aria-label=\"" + xml(journey.title()) + "\">\n" + body
        + "</g>\n</svg>\n";
  }

  /** No flaw: the faithful example. */
  static Set<Flaw> none() {
    return EnumSet.noneOf(Flaw.class);
  }

  private static String header(String role, String attributes, int column, Set<Flaw> flaws,
      int y, String first, String second) {
    int x = COLUMN * (column - 1) + 6;
    return "<g role=\"" + role + "\"" + attributes + colindex(column, flaws) + ">"
        + rect(x - 6, y - LINE, COLUMN - 10, 3 * LINE)
        + paragraph(x, y, List.of(first), flaws)
        + paragraph(x, y + LINE, List.of(second), flaws) + "</g>";
  }

  private static String colindex(int column, Set<Flaw> flaws) {
    return flaws.contains(Flaw.NO_COLINDEX) ? "" : " aria-colindex=\"" + column + "\"";
  }

  private static String rect(int x, int y, int width, int height) {
    return "<rect aria-hidden=\"true\" x=\"" + x + "\" y=\"" + y + "\" width=\"" + width
        + "\" height=\"" + height + "\" rx=\"4\" fill=\"#ffffff\" stroke=\"#b4bfcc\"/>";
  }

  /** One text, a tspan per line; the space dropped at each break kept at the line's end. */
  private static String paragraph(int x, int y, List<String> lines, Set<Flaw> flaws) {
    StringBuilder text = new StringBuilder("<text x=\"" + x + "\" y=\"" + y + "\">");
    for (int i = 0; i < lines.size(); i++) {
      boolean last = i == lines.size() - 1;
      text.append("<tspan x=\"").append(x).append("\" y=\"").append(y + i * LINE).append("\">")
          .append(xml(lines.get(i)))
          .append(last || flaws.contains(Flaw.GLUED_LINES) ? "" : " ")
          .append("</tspan>");
    }
    return text.append("</text>").toString();
  }

  /** Greedy wrapping at spaces, about {@link #WRAP} characters a line. */
  private static List<String> wrap(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : AxTree.collapse(text).split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > WRAP) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;").replace("'", "&apos;");
  }
}
