package dev.journeymap.render.browser;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.journeymap.core.Item;
import dev.journeymap.core.Journey;
import dev.journeymap.core.Kpi;
import dev.journeymap.core.Stage;
import dev.journeymap.core.Touchpoint;
import dev.journeymap.render.JourneyRenderer;
import dev.journeymap.render.Lane;
import dev.journeymap.render.SampleJourneys;
import dev.journeymap.render.browser.AxTree.AxNode;
import dev.journeymap.render.layout.Labels;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A screen reader must be able to read the map as a table: stages as columns, lanes as rows,
 * each card's text in the cell of its lane and stage. Checked on the accessibility tree Chromium
 * computes for the SVG inlined in a page.
 *
 * <p>The contract the SVG writer follows (P is the root's id prefix):
 * <ul>
 *   <li>root {@code <svg id="P" role="graphics-document" aria-labelledby="P-title P-desc">} (not
 *       {@code img}: assistive technology treats an image as one leaf);
 *   <li>one {@code <g role="table">}; its rows are its children (plain {@code <g>}s between are
 *       fine); the first is {@code <g role="row" class="jm-stages">} holding a {@code
 *       columnheader} corner (the lane-label column: "STAGES"/"ÉTAPES") and one {@code <g
 *       role="columnheader" class="jm-stage" id="P-stage-ID">} per stage, in order;
 *   <li>then one {@code <g role="row" class="jm-lane jm-lane-LANE" id="P-lane-LANE">} per drawn
 *       lane: first a {@code <g role="rowheader">} with the lane's label, then one {@code <g
 *       role="cell">} per stage in order, an empty group for a stage without cards;
 *   <li>every header and cell has {@code aria-colindex}, 1 for the row-header column (Chromium
 *       does not expose it to the tree, so it is checked in the DOM);
 *   <li>a header matches a label when its accessible name or one of its paragraphs equals it;
 *   <li>card groups ({@code class="jm-card"}) inside cells; every card text of the model
 *       (customer goals, actions, touchpoint names, questions, pain points, opportunities, KPI
 *       names) is one {@code <text>} with a {@code <tspan>} per line, and where the line breaker
 *       dropped a space that space stays in the text (at the end of the line's tspan or between
 *       the tspans); otherwise Chromium glues the lines ("aservice");
 *   <li>nothing in a card may take over the cell's accessible name: a card with a tooltip
 *       ({@code <title>}, its source) is named by its text through {@code aria-labelledby}, so
 *       the tooltip becomes a description (a bare {@code <title>} would replace the card's text
 *       in the cell's name); decorative shapes {@code aria-hidden="true"}.
 * </ul>
 * The last tests check these checks on hand-made SVG ({@link ContractSvg}).
 */
class AccessibilityTreeTest extends BrowserTest {
  private static final String READ_DOM = "(() => {"
      + " const svg = document.querySelector('svg');"
      + " const headerOrCell = e => /^(cell|columnheader|rowheader)$/.test(e.getAttribute('role'));"
      + " const rows = [...svg.querySelectorAll('[role=row]')];"
      + " return {"
      + "  id: svg.id,"
      + "  labelledby: svg.getAttribute('aria-labelledby'),"
      + "  colindex: rows.flatMap(r => [...r.children].filter(headerOrCell).map((c, i) =>"
      + "    c.getAttribute('aria-colindex') === String(i + 1) ? null"
      + "    : 'aria-colindex=' + c.getAttribute('aria-colindex') + ' on header or cell ' + (i + 1)"
      + "      + ' of row ' + (r.id || r.getAttribute('class')))).filter(p => p),"
      + "  stages: [...svg.querySelectorAll('[role=row].jm-stages > .jm-stage')].map(e => e.id),"
      + "  lanes: [...svg.querySelectorAll('[role=row].jm-lane')]"
      + "      .map(e => e.id + ' ' + e.getAttribute('class')),"
      + "  cards: svg.querySelectorAll('.jm-card').length,"
      + "  cardsOutsideCells: [...svg.querySelectorAll('.jm-card')]"
      + "      .filter(c => !c.closest('[role=cell]')).length"
      + " };"
      + "})()";


  static Stream<Named<Journey>> maps() {
    return Stream.of(Named.of("junk removal (English)", SampleJourneys.junkRemoval()),
        Named.of("painting (French)", SampleJourneys.painting()));
  }

  @ParameterizedTest
  @MethodSource("maps")
  void everyCardTextIsInTheCellOfItsLaneAndStage(Journey journey) {
    JourneyRenderer renderer = JourneyRenderer.create();
    assertReadableAsTable("/" + journey.id().orElse("map") + ".html", renderer.renderSvg(journey),
        journey, Labels.of(renderer.options(), journey));
  }

  @ParameterizedTest
  @MethodSource("maps")
  void checksPassForTheContractExample(Journey journey) {
    Labels labels = Labels.of(JourneyRenderer.create().options(), journey);
    assertReadableAsTable("/example-" + labels.language() + ".html",
        ContractSvg.of(journey, labels, cardTexts(journey), ContractSvg.none()), journey, labels);
  }

  @ParameterizedTest
  @EnumSource(ContractSvg.Flaw.class)
  void checksFailForAFlawedExample(ContractSvg.Flaw flaw) {
    Journey journey = SampleJourneys.junkRemoval();
    String svg = ContractSvg.of(journey, Labels.ENGLISH, cardTexts(journey), EnumSet.of(flaw));
    String symptom = switch (flaw) {
      case GLUED_LINES, CELLS_REVERSED -> "is not a paragraph of cell";
      case ROOT_IMG -> "graphics-document";
      case TITLE_ON_CARDS -> "is not in the accessible name of cell";
      case EMPTY_CELLS_LEFT_OUT -> "cells, expected";
      case NO_COLINDEX -> "aria-colindex=null";
    };
    assertThatThrownBy(() -> assertReadableAsTable("/flawed-" + flaw + ".html", svg, journey,
        Labels.ENGLISH))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(symptom);
  }

  /** The texts each lane shows per stage, for the lanes that have any. */
  static Map<Lane, Function<Stage, List<String>>> cardTexts(Journey journey) {
    Map<Lane, Function<Stage, List<String>>> all = new LinkedHashMap<>();
    all.put(Lane.CUSTOMER_GOALS, s -> texts(s.customerGoals()));
    all.put(Lane.ACTIONS, s -> texts(s.actions()));
    all.put(Lane.TOUCHPOINTS,
        s -> s.touchpoints().stream().map(Touchpoint::name).collect(Collectors.toList()));
    all.put(Lane.QUESTIONS, s -> texts(s.questions()));
    all.put(Lane.PAIN_POINTS, s -> texts(s.painPoints()));
    all.put(Lane.OPPORTUNITIES, s -> texts(s.opportunities()));
    all.put(Lane.KPIS, s -> s.kpis().stream().map(Kpi::name).collect(Collectors.toList()));
    all.values().removeIf(texts ->
        journey.stages().stream().allMatch(stage -> texts.apply(stage).isEmpty()));
    return all;
  }

  private static List<String> texts(List<Item> items) {
    return items.stream().map(Item::text).collect(Collectors.toList());
  }

  private static void assertReadableAsTable(String path, String svg, Journey journey,
      Labels labels) {
    chromium.open(server.serve(path, "text/html; charset=utf-8",
        "<!DOCTYPE html>\n<html lang=\"" + labels.language() + "\"><head><meta charset=\"utf-8\">"
            + "<title>Map</title></head><body>\n" + svg + "\n</body></html>\n", Map.of()));
    AxTree tree = AxTree.of(chromium.fullAxTree());
    JsonNode dom = chromium.evaluate(READ_DOM);
    List<String> problems = new ArrayList<>();
    List<Stage> stages = journey.stages();

    // the DOM half of the contract: what the tree cannot show
    String p = dom.path("id").asText();
    check(problems, dom.path("labelledby").asText().equals(p + "-title " + p + "-desc"),
        "root aria-labelledby=\"%s\", expected \"%s-title %s-desc\"",
        dom.path("labelledby").asText(), p, p);
    dom.path("colindex").forEach(problem -> problems.add(problem.asText()));
    List<String> stageIds = new ArrayList<>();
    dom.path("stages").forEach(id -> stageIds.add(id.asText()));
    List<String> expectedStageIds = stages.stream().map(s -> p + "-stage-" + s.id())
        .collect(Collectors.toList());
    check(problems, stageIds.equals(expectedStageIds),
        "ids of the .jm-stage headers are %s, expected %s", stageIds, expectedStageIds);
    dom.path("lanes").forEach(lane -> {
      String[] idAndClass = lane.asText().split(" ", 2);
      String laneId = idAndClass[0].substring(Math.min(idAndClass[0].length(), p.length() + 6));
      check(problems, idAndClass[0].startsWith(p + "-lane-")
          && (" " + idAndClass[1] + " ").contains(" jm-lane-" + laneId + " "),
          "lane row id=\"%s\" class=\"%s\": expected id P-lane-LANE and class jm-lane-LANE",
          idAndClass[0], idAndClass[1]);
    });
    check(problems, dom.path("cards").asInt() > 0, "no .jm-card in the map");
    check(problems, dom.path("cardsOutsideCells").asInt() == 0, "%s .jm-card outside any cell",
        dom.path("cardsOutsideCells").asInt());

    // the tree
    List<AxNode> documents = tree.findAll("graphics-document");
    if (documents.size() != 1) {
      problems.add("expected one graphics-document node, found " + documents.size());
      fail(problems, tree.root());
    }
    AxNode document = documents.get(0);
    check(problems, document.name().startsWith(journey.title()),
        "the document's name \"%s\" does not start with the title", document.name());
    List<AxNode> tables = document.descendants().stream()
        .filter(n -> n.role().equals("table")).collect(Collectors.toList());
    if (tables.size() != 1) {
      problems.add("expected one table in the document, found " + tables.size());
      fail(problems, document);
    }
    AxNode table = tables.get(0);
    List<AxNode> rows = table.children();
    rows.stream().filter(r -> !r.role().equals("row"))
        .forEach(r -> problems.add("table child " + r + " is not a row"));
    rows.removeIf(r -> !r.role().equals("row"));
    if (rows.isEmpty()) {
      problems.add("the table has no rows");
      fail(problems, table);
    }

    List<AxNode> headers = rows.get(0).children();
    check(problems, headers.size() == stages.size() + 1
        && headers.stream().allMatch(h -> h.role().equals("columnheader")),
        "first row is %s, expected %s columnheaders", headers, stages.size() + 1);
    String corner = labels.language().equals("fr") ? "ÉTAPES" : "STAGES";
    check(problems, !headers.isEmpty() && matches(headers.get(0), corner),
        "the corner header is not \"%s\"", corner);
    for (int i = 0; i < stages.size() && i + 1 < headers.size(); i++) {
      check(problems, matches(headers.get(i + 1), stages.get(i).name()),
          "column header %s %s does not match the stage \"%s\"", i + 2, headers.get(i + 1),
          stages.get(i).name());
    }

    Map<Lane, AxNode> laneRows = new LinkedHashMap<>();
    for (AxNode row : rows.subList(1, rows.size())) {
      List<AxNode> children = row.children();
      if (children.isEmpty() || !children.get(0).role().equals("rowheader")) {
        problems.add("row " + children + " does not start with a rowheader");
        continue;
      }
      AxNode header = children.get(0);
      List<AxNode> cells = children.subList(1, children.size());
      check(problems, cells.size() == stages.size()
          && cells.stream().allMatch(c -> c.role().equals("cell")),
          "row %s has %s cells, expected %s: %s", header, cells.size(), stages.size(), cells);
      for (Lane lane : Lane.customerLanes()) {
        if (matches(header, labels.lane(lane))) {
          check(problems, laneRows.put(lane, row) == null, "two rows for lane %s", lane);
        }
      }
    }

    for (Map.Entry<Lane, Function<Stage, List<String>>> entry : cardTexts(journey).entrySet()) {
      AxNode row = laneRows.get(entry.getKey());
      if (row == null) {
        problems.add("no row whose rowheader is \"" + labels.lane(entry.getKey()) + "\"");
        continue;
      }
      List<AxNode> cells = row.children();
      for (int i = 0; i < stages.size(); i++) {
        String where = labels.lane(entry.getKey()) + " × " + stages.get(i).name();
        if (i + 1 >= cells.size()) {
          problems.add("no cell " + where);
          continue;
        }
        AxNode cell = cells.get(i + 1);
        for (String text : entry.getValue().apply(stages.get(i))) {
          String expected = AxTree.collapse(text);
          check(problems, cell.paragraphs().contains(expected),
              "\"%s\" is not a paragraph of cell %s; its paragraphs: %s",
              expected, where, cell.paragraphs());
          check(problems, AxTree.collapse(cell.name()).contains(expected),
              "\"%s\" is not in the accessible name of cell %s: \"%s\"", expected, where,
              cell.name());
        }
      }
    }
    if (!problems.isEmpty()) {
      fail(problems, table);
    }
  }

  /** Whether a header's accessible name or one of its paragraphs is {@code label}. */
  private static boolean matches(AxNode header, String label) {
    String expected = AxTree.collapse(label);
    return AxTree.collapse(header.name()).equals(expected)
        || header.paragraphs().contains(expected);
  }

  private static void check(List<String> problems, boolean ok, String format, Object... args) {
    if (!ok) {
      problems.add(String.format(format, args));
    }
  }

  /** Fails with the problems first, then (part of) the tree they were found in. */
  private static void fail(List<String> problems, AxNode context) {
    String outline = context.outline();
    if (outline.length() > 8000) {
      outline = outline.substring(0, 8000) + "...\n";
    }
    throw new AssertionError(problems.size() + " problems:\n - " + String.join("\n - ", problems)
        + "\n\nThe accessibility tree from " + context + ":\n" + outline);
  }
}
