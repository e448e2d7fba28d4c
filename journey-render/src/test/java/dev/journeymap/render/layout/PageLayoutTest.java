package dev.journeymap.render.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeymap.core.Journey;
import dev.journeymap.render.Ink;
import dev.journeymap.render.RenderOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageLayoutTest {
  private static final LayoutEngine ENGINE = LayoutEngine.create();

  /** A map of {@code count} stages of 220 px, with a persona, emotions and pain points. */
  static Journey stages(int count) {
    Journey.Builder builder = Journey.builder("A long way").goal("Fewer drop-outs")
        .persona("p", "Pat", p -> p.description("Buys on a phone."));
    for (int i = 1; i <= count; i++) {
      int n = i;
      builder.stage("s" + n, "Stage " + n, s -> s.action("Does thing " + n)
          .emotion(n % 5 - 2, "Feels " + n).painPoint("Pain " + n));
    }
    return builder.build();
  }

  private static List<Mark.Text> texts(List<Mark> marks) {
    return new Layout(1, 1, "x", "t", "d", "en", List.of(), List.of(), marks).texts();
  }

  private static List<String> strings(List<Mark> marks) {
    List<String> out = new ArrayList<>();
    for (Mark.Text text : texts(marks)) {
      text.lines().forEach(line -> out.add(line.text()));
    }
    return out;
  }

  @Test
  void cutsTheGridIntoRunsOfWholeColumnsInOrder() {
    Layout layout = ENGINE.layout(stages(23), RenderOptions.defaults(), 1100 - 48);

    List<PageLayout.Page> pages = PageLayout.pages(layout, 1100, 900);

    // 1100 px hold the 24 px margin, the 168 px labels, 4 columns of 220 px and the right margin
    assertThat(pages).extracting(PageLayout.Page::firstColumn)
        .containsExactly(0, 4, 8, 12, 16, 20);
    assertThat(pages).extracting(PageLayout.Page::columnCount)
        .containsExactly(4, 4, 4, 4, 4, 3);
    assertThat(pages).extracting(PageLayout.Page::number).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(pages.subList(1, 5)).extracting(PageLayout.Page::width).containsOnly(1096.0);
    for (PageLayout.Page page : pages) {
      assertThat(page.width()).isLessThanOrEqualTo(1100);
      assertThat(page.height()).isLessThanOrEqualTo(900);
    }
    assertThat(PageLayout.gridPageWidth(layout, 1100)).isEqualTo(1096);
  }

  @Test
  void everyPageRepeatsTheLaneLabelsAndShowsItsOwnStagesOnly() {
    Layout layout = ENGINE.layout(stages(23), RenderOptions.defaults(), 1100 - 48);

    List<PageLayout.Page> pages = PageLayout.pages(layout, 1100, 900);

    for (PageLayout.Page page : pages) {
      List<String> all = new ArrayList<>();
      page.parts().forEach(part -> all.addAll(strings(part.marks())));
      assertThat(all).as("page %d", page.number())
          .contains("STAGES", "Actions", "Emotions", "Pain points");
      for (int stage = 1; stage <= 23; stage++) {
        int column = stage - 1;
        boolean here = column >= page.firstColumn()
            && column < page.firstColumn() + page.columnCount();
        assertThat(all.contains("Stage " + stage)).as("stage %d on page %d", stage,
            page.number()).isEqualTo(here);
        assertThat(all.contains("Does thing " + stage)).isEqualTo(here);
      }
      assertThat(all.contains("A long way")).isEqualTo(page.number() == 1);
      assertThat(all.contains("Legend")).isEqualTo(page.number() == pages.size());
    }
  }

  @Test
  void movesEachRunOfColumnsNextToTheLabelsAndLeavesItsTextWhereTheLayoutPutIt() {
    Layout layout = ENGINE.layout(stages(12), RenderOptions.defaults(), 1100 - 48);
    List<Mark.Text> laidOut = layout.texts();

    for (PageLayout.Page page : PageLayout.pages(layout, 1100, 900)) {
      PageLayout.Part labels = page.parts().stream()
          .filter(p -> p.source().x() == 0 && p.source().width() == 192).findFirst()
          .orElseThrow();
      PageLayout.Part grid = page.parts().get(page.parts().indexOf(labels) + 1);
      Layout.Column first = layout.columns().get(page.firstColumn());
      assertThat(grid.source().x()).isEqualTo(first.x());
      assertThat(grid.dx()).isEqualTo(192 - first.x());
      assertThat(grid.dy()).isEqualTo(labels.dy());
      // the emotion labels' cell is the whole lane: none of them moves
      assertThat(texts(grid.marks())).isNotEmpty().allSatisfy(t -> assertThat(laidOut)
          .as("%s", t.lines()).contains(t));
      for (Mark.Text text : texts(grid.marks())) {
        assertThat(text.box().right()).isGreaterThan(grid.source().x());
        assertThat(text.box().x()).isLessThan(grid.source().right());
      }
    }
  }

  @Test
  void putsTheHeaderAndTheLegendOnPagesOfTheirOwnWhenTheyDoNotFitBesideTheGrid() {
    Layout layout = ENGINE.layout(stages(12), RenderOptions.defaults(), 1100 - 48);
    double gridOnly = PageLayout.pages(layout, 1100, 5000).get(1).height();

    List<PageLayout.Page> pages = PageLayout.pages(layout, 1100, gridOnly);

    assertThat(pages).extracting(PageLayout.Page::columnCount)
        .containsExactly(0, 4, 4, 4, 0);
    assertThat(strings(pages.get(0).parts().get(0).marks())).contains("A long way", "Pat");
    assertThat(strings(pages.get(4).parts().get(0).marks())).contains("Legend");
    assertThat(pages).allSatisfy(p -> assertThat(p.height()).isLessThanOrEqualTo(gridOnly));
  }

  @Test
  void aColumnWiderThanThePageStillGetsAPageOfItsOwn() {
    Layout layout = ENGINE.layout(stages(3), RenderOptions.defaults(), 720);

    List<PageLayout.Page> pages = PageLayout.pages(layout, 300, 900);

    assertThat(pages).extracting(PageLayout.Page::columnCount).containsExactly(1, 1, 1);
    assertThat(pages.get(0).width()).isEqualTo(Math.ceil(24 + 720 + 24));
  }

  @Test
  void aBandNameCutByThePageEdgeStartsAgainOnTheNextPage() {
    Box band = new Box(400, 10, 600, 40);
    Mark.Text name = new Mark.Text(new Box(410, 20, 80, 15), band,
        List.of(new Mark.TextLine("Purchase", 410, 32, 80)), 13, true, false, Ink.TEXT,
        Ink.PANEL);

    Mark.Text continued = PageLayout.continued(name, 700);

    assertThat(continued.box()).isEqualTo(new Box(710, 20, 80, 15));
    assertThat(continued.lines()).containsExactly(new Mark.TextLine("Purchase", 710, 32, 80));
    assertThat(continued.cell()).isEqualTo(new Box(700, 10, 300, 40));
    // a name already right of the edge, or one that no longer fits in the cell, stays
    assertThat(PageLayout.continued(name, 405)).isSameAs(name);
    assertThat(PageLayout.continued(name, 950)).isSameAs(name);
  }

  @Test
  void onlyColumnHeadersContinue() {
    Box lane = new Box(192, 300, 2000, 100);
    Mark.Text label = new Mark.Text(new Box(300, 320, 60, 15), lane,
        List.of(new Mark.TextLine("Feels 1", 300, 332, 60)), 10, false, false, Ink.TEXT,
        Ink.PANEL);
    Mark.Group header = new Mark.Group(Optional.empty(), List.of(), Optional.empty(),
        Optional.empty(), Mark.Role.COLUMN_HEADER, 1,
        List.of(new Mark.Text(new Box(200, 20, 60, 15), new Box(192, 10, 2000, 40),
            List.of(new Mark.TextLine("Band", 200, 32, 60)), 13, true, false, Ink.TEXT,
            Ink.PANEL)));
    Mark.Group table = new Mark.Group(Optional.empty(), List.of(), Optional.empty(),
        Optional.empty(), Mark.Role.TABLE, 0, List.of(header, label,
            new Mark.Rect(new Box(24, 10, 2168, 400), 0, Optional.of(Ink.PANEL),
                Optional.empty(), Stroke.HAIRLINE)));
    Layout layout = new Layout(2216, 434, "x", "t", "d", "en",
        List.of(new Layout.Column("a", "s", 192, 1000), new Layout.Column("b", "s", 1192, 1000)),
        List.of(), List.of(table));

    List<PageLayout.Page> pages = PageLayout.pages(layout, 1300, 1000);

    assertThat(pages).hasSize(2);
    List<Mark.Text> second = texts(pages.get(1).parts().get(1).marks());
    assertThat(second).extracting(t -> t.lines().get(0).text()).containsExactly("Band");
    assertThat(second.get(0).box().x()).isEqualTo(1192 + 8);
  }

  @Test
  void aStageWhoseStepsRunOntoTheNextPageShowsItsNameThereAgain() {
    Journey journey = Journey.builder("Steps").goal("g").persona("p", "Pat")
        .stage("find", "Find", s -> s.action("Searches").emotion(0))
        .stage("buy", "Purchase", s -> {
          for (int i = 1; i <= 5; i++) {
            int n = i;
            s.step("step-" + n, "Step " + n, step -> step.action("Does step " + n));
          }
        })
        .build();
    Layout layout = ENGINE.layout(journey, RenderOptions.defaults(), 1100 - 48);

    List<PageLayout.Page> pages = PageLayout.pages(layout, 1100, 2000);

    // Find, then steps 1-3 on the first page; steps 4 and 5 on the second
    assertThat(pages).extracting(PageLayout.Page::columnCount).containsExactly(4, 2);
    PageLayout.Part second = pages.get(1).parts().get(1);
    Mark.Text purchase = texts(second.marks()).stream()
        .filter(t -> t.lines().get(0).text().equals("Purchase")).findFirst().orElseThrow();
    // at the start of what shows of its band, with the padding it has on the first page
    Mark.Text first = layout.texts().stream()
        .filter(t -> t.lines().get(0).text().equals("Purchase")).findFirst().orElseThrow();
    assertThat(purchase.box().x() - second.source().x())
        .isEqualTo(first.box().x() - first.cell().x());
    assertThat(strings(second.marks())).contains("Step 4", "Step 5")
        .doesNotContain("Step 3", "Find");
  }

  @Test
  void refusesAPageWithoutSize() {
    Layout layout = ENGINE.layout(stages(2), RenderOptions.defaults());
    assertThatThrownBy(() -> PageLayout.pages(layout, 0, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a page size is positive and finite: 0.0 x 100.0");
  }
}
