package dev.journeymap.render.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.journeymap.core.Channel;
import dev.journeymap.core.Evidence;
import dev.journeymap.core.Item;
import dev.journeymap.core.Journey;
import dev.journeymap.core.Kpi;
import dev.journeymap.render.Lane;
import dev.journeymap.render.RenderOptions;
import dev.journeymap.render.SampleJourneys;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LayoutTest {
  private static final LayoutEngine ENGINE = LayoutEngine.create();

  private static Journey threeStages(String longAction) {
    return Journey.builder("Rows").id("rows")
        .stage("a", "A", s -> s.action("short").emotion(2, "great"))
        .stage("b", "B", s -> s.action(longAction).emotion(-2, "awful"))
        .stage("c", "C", s -> s.action("short").emotion(0))
        .build();
  }

  private static Layout.Row row(Layout layout, Lane lane) {
    return layout.rows().stream().filter(r -> r.lane() == lane).findFirst().orElseThrow();
  }

  @Test
  void theColumnsOfASmallMapFillThePageLikeItsHeaderAndLegend() {
    for (int count = 1; count <= 4; count++) {
      Journey.Builder builder = Journey.builder("Small").goal("g").persona("p", "P");
      for (int i = 0; i < count; i++) {
        builder.stage("s" + i, "Stage " + i, s -> s.action("Does something").emotion(1));
      }
      Layout layout = ENGINE.layout(builder.build(), RenderOptions.defaults());
      Layout.Column last = layout.columns().get(count - 1);
      // 24 px margins, a 168 px label column, and at least 720 px of content.
      assertThat(last.x() + last.width()).as("%d stages", count)
          .isEqualTo(layout.width() - 24);
      assertThat(layout.columns()).extracting(Layout.Column::width).containsOnly(
          count < 3 ? (720.0 - 168) / count : 220.0);
    }
  }

  @Test
  void aRightToLeftParagraphIsSetFlushRightAndMarkedSo() {
    Journey journey = Journey.builder("Rows")
        .stage("a", "A", s -> s.action("הלקוח ממלא את הטופס בהפסקת הצהריים, בטלפון, ומחכה לשיחה מהמוקד.")
            .action("Fills in the form (בטלפון)."))
        .build();
    Layout layout = ENGINE.layout(journey, RenderOptions.defaults());
    Mark.Text hebrew = layout.texts().stream()
        .filter(t -> t.lines().get(0).text().startsWith("הלקוח")).findFirst().orElseThrow();
    Mark.Text english = layout.texts().stream()
        .filter(t -> t.lines().get(0).text().startsWith("Fills")).findFirst().orElseThrow();
    assertThat(hebrew.rtl()).isTrue();
    assertThat(hebrew.lines()).hasSizeGreaterThan(1);
    // every line ends on the card's right text edge, where the English one starts on its left
    double right = hebrew.lines().get(0).x() + hebrew.lines().get(0).width();
    for (Mark.TextLine line : hebrew.lines()) {
      assertThat(line.x() + line.width()).isCloseTo(right, within(1e-9));
    }
    assertThat(right).isCloseTo(layout.columns().get(0).right() - RegionLayout.CELL_PAD
        - RegionLayout.CARD_PAD, within(1e-9));
    assertThat(english.box().x()).isCloseTo(layout.columns().get(0).x() + RegionLayout.CELL_PAD
        + RegionLayout.CARD_PAD + RegionLayout.MARKER_INDENT, within(1e-9));
    assertThat(english.rtl()).isFalse();
    assertThat(Typesetter.isRightToLeft("123 مرحبا")).isTrue();
    assertThat(Typesetter.isRightToLeft("(Paris) مرحبا")).isFalse();
    assertThat(Typesetter.isRightToLeft("2024 …")).isFalse();
  }

  @Test
  void cardsCarryTheirPersonasAndWhatAReaderMayAskAboutThem() {
    Journey journey = Journey.builder("Hats").id("hats")
        .persona("owner", "Home owner")
        .persona("landlord", "Landlord")
        .stage("a", "A", s -> s
            .painPoint(Item.builder("Slow\tcall-back").evidence(Evidence.ANALYTICAL)
                .source("Call logs").persona("owner").build())
            .touchpoint("desk", "Desk", Channel.PHONE, t -> t.owner("Sales")
                .description("Front desk").persona("landlord", "owner")
                .url("https://example.com/desk"))
            .action("Calls"))
        .build();
    Layout layout = ENGINE.layout(journey, RenderOptions.defaults());
    List<Mark.Group> cards = layout.groups().stream()
        .filter(g -> g.details().isPresent()).toList();
    Mark.Group pain = cards.stream()
        .filter(g -> g.details().get().lane() == Lane.PAIN_POINTS).findFirst().orElseThrow();
    Mark.Group desk = cards.stream()
        .filter(g -> g.details().get().lane() == Lane.TOUCHPOINTS).findFirst().orElseThrow();
    Mark.Rect painCard = (Mark.Rect) pain.children().get(0);

    assertThat(cards).extracting(g -> g.details().get().lane())
        .containsExactly(Lane.ACTIONS, Lane.TOUCHPOINTS, Lane.PAIN_POINTS);
    assertThat(pain.personas()).containsExactly("owner");
    assertThat(pain.details().get()).isEqualTo(new Mark.Details(painCard.box(),
        Lane.PAIN_POINTS, "Slow call-back", List.of(new Mark.Note("Evidence", "analytics"),
            new Mark.Note("Source", "Call logs"), new Mark.Note("Personas", "Home owner"))));
    assertThat(desk.personas()).as("in the journey's order").containsExactly("owner",
        "landlord");
    assertThat(desk.details().get().notes()).containsExactly(new Mark.Note("Channel", "Phone"),
        new Mark.Note("Owner", "Sales"), new Mark.Note("About", "Front desk"),
        new Mark.Note("Personas", "Home owner, Landlord"),
        new Mark.Note("Link", "https://example.com/desk"));
    assertThat(layout.personas()).containsExactly(
        new Layout.PersonaName("owner", "Home owner"),
        new Layout.PersonaName("landlord", "Landlord"));
    assertThat(layout.labels()).isEqualTo(Labels.ENGLISH);
  }

  @Test
  void stepHeadersCarryThePersonasWhoTakePartSoThatTheyCanBePickedOut() {
    Journey journey = Journey.builder("Steps").id("steps")
        .persona("owner", "Home owner")
        .persona("landlord", "Landlord")
        .stage("book", "Book", s -> s
            .step("call", "Call", st -> st.persona("landlord").action("Calls"))
            .step("form", "Form", st -> st.action("Fills the form")))
        .build();
    Layout layout = ENGINE.layout(journey, RenderOptions.defaults());
    List<Mark.Group> steps = layout.groups().stream()
        .filter(g -> g.classes().contains("jm-step")).toList();

    assertThat(steps).extracting(Mark.Group::personas)
        .containsExactly(List.of("landlord"), List.of());
    assertThat(layout.personas()).containsExactly(new Layout.PersonaName("landlord",
        "Landlord"));
  }

  @Test
  void laneGrowsToItsTallestCell() {
    Layout shortText = ENGINE.layout(threeStages("short"), RenderOptions.defaults());
    Layout longText = ENGINE.layout(threeStages("a much longer action that has to wrap over "
        + "several lines because the column is far too narrow for it"), RenderOptions.defaults());
    double shortHeight = row(shortText, Lane.ACTIONS).height();
    double longHeight = row(longText, Lane.ACTIONS).height();
    assertThat(longHeight).isGreaterThan(shortHeight);
    Mark.Text tallest = longText.texts().stream()
        .filter(t -> t.lines().size() > 1 && t.cell().y() == row(longText, Lane.ACTIONS).y())
        .findFirst().orElseThrow();
    assertThat(tallest.lines().size()).isGreaterThanOrEqualTo(3);
    // The tallest cell's card ends exactly one row padding above the row's bottom.
    Layout.Row actions = row(longText, Lane.ACTIONS);
    double cardBottom = tallest.box().bottom() + RegionLayout.CARD_PAD;
    assertThat(actions.y() + actions.height())
        .isCloseTo(cardBottom + RegionLayout.ROW_PAD, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void higherScoresAreDrawnHigher() {
    Layout layout = ENGINE.layout(threeStages("short"), RenderOptions.defaults());
    List<Point> points = layout.all(Mark.Curve.class).get(0).points();
    assertThat(points.get(0).y()).isLessThan(points.get(2).y());
    assertThat(points.get(2).y()).isLessThan(points.get(1).y());
    assertThat(points.get(1).y() - points.get(0).y()).isEqualTo(4 * RegionLayout.LEVEL_HEIGHT);
  }

  @Test
  void aCrowdedColumnLabelsWhatFitsAndTellsTheRestByTooltip() {
    Journey crowded = Journey.builder("Crowded").id("crowded").stage("a", "A", s -> {
      s.emotion(1, "stage feeling");
      for (int i = 0; i < 8; i++) {
        s.touchpoint("t" + i, "Touchpoint " + i, dev.journeymap.core.Channel.WEB,
            t -> t.emotion(-1.5, "👍🏽 feeling"));
      }
    }).stage("b", "B", s -> s.emotion(-1, "alone")).build();
    Layout layout = ENGINE.layout(crowded, RenderOptions.builder()
        .columnWidth(RenderOptions.MIN_COLUMN_WIDTH).lanes(Lane.EMOTIONS).build());
    List<Mark.Group> points = emotionPoints(layout);
    assertThat(points).hasSize(10);
    assertThat(points.get(1).tooltip()).contains("Touchpoint 0: 👍🏽 feeling \u22121.5");
    // The stage's own scores are labelled first; eight moments side by side cannot all be.
    assertThat(points.get(0).children()).anyMatch(m -> m instanceof Mark.Text);
    assertThat(points.get(9).tooltip()).contains("alone \u22121");
    assertThat(points.get(9).children()).anyMatch(m -> m instanceof Mark.Text);
    assertThat(points.subList(1, 9)).anyMatch(p -> p.children().size() == 1)
        .anyMatch(p -> p.children().size() == 2);
  }

  /** The emotion points of home-services' first two stages: five labels in two columns. */
  private static Journey squeezedLabels() {
    return Journey.builder("Squeezed").id("squeezed")
        .stage("awareness", "Awareness", s -> s.emotion(0.5, "Curious"))
        .stage("consideration", "Consideration", s -> s.emotion(-0.5, "Unsure")
            .touchpoint("call", "Call centre", Channel.PHONE, t -> t.emotion(-1, "Kept waiting"))
            .touchpoint("form", "Online booking form", Channel.WEB,
                t -> t.emotion(-1, "Annoyed")))
        .stage("purchase", "Purchase", s -> s.emotion(1, "Relieved")
            .touchpoint("crew", "Crew on site", Channel.IN_PERSON,
                t -> t.emotion(1.5, "Impressed")))
        .build();
  }

  private static List<Mark.Group> emotionPoints(Layout layout) {
    return layout.groups().stream()
        .filter(g -> g.classes().contains("jm-emotion-point")).toList();
  }

  private static Mark.Text label(Mark.Group point) {
    return point.children().stream().filter(m -> m instanceof Mark.Text)
        .map(m -> (Mark.Text) m).findFirst().orElseThrow();
  }

  private static List<String> lines(Mark.Text text) {
    return text.lines().stream().map(Mark.TextLine::text).toList();
  }

  @Test
  void stageScoresAreTheCurveAndTouchpointScoresMomentsOnLeaders() {
    Layout layout = ENGINE.layout(squeezedLabels(), RenderOptions.defaults());
    double zero = EmotionLayoutPropertiesTest.zeroY(layout);
    double level = RegionLayout.LEVEL_HEIGHT;
    // Three columns of 220 px from x = 192: the curve passes through each stage's own score at
    // its column's centre, and only through those.
    List<Mark.Curve> curves = layout.all(Mark.Curve.class);
    assertThat(curves).hasSize(1);
    assertThat(curves.get(0).points()).containsExactly(new Point(302, zero - level / 2),
        new Point(522, zero + level / 2), new Point(742, zero - level));
    // Consideration's two moments take the outer slots of three (the centre is the curve's);
    // Purchase's one moment takes the right slot, a spare one left.
    List<Mark.Group> points = emotionPoints(layout);
    assertThat(points).extracting(EmotionLayoutPropertiesTest::center).containsExactly(
        new Point(302, zero - level / 2), new Point(522, zero + level / 2),
        new Point(412 + 220.0 / 6, zero + level), new Point(412 + 220.0 * 5 / 6, zero + level),
        new Point(742, zero - level), new Point(632 + 220.0 * 5 / 6, zero - 1.5 * level));
    assertThat(EmotionLayoutPropertiesTest.leaders(layout))
        .extracting(Mark.Line::from, Mark.Line::to).containsExactly(
            org.assertj.core.groups.Tuple.tuple(new Point(522, zero + level / 2),
                new Point(412 + 220.0 / 6, zero + level)),
            org.assertj.core.groups.Tuple.tuple(new Point(522, zero + level / 2),
                new Point(412 + 220.0 * 5 / 6, zero + level)),
            org.assertj.core.groups.Tuple.tuple(new Point(742, zero - level),
                new Point(632 + 220.0 * 5 / 6, zero - 1.5 * level)));
    assertThat(points).extracting(p -> lines(label(p))).containsExactly(
        List.of("Curious\u00A0+0.5"), List.of("Unsure\u00A0\u22120.5"),
        List.of("Call centre: Kept waiting\u00A0\u22121"),
        List.of("Online booking form: Annoyed\u00A0\u22121"),
        List.of("Relieved\u00A0+1"), List.of("Crew on site: Impressed\u00A0+1.5"));
    // Curious is a peak: its label sits right above its point; Unsure, a dip, right below.
    Box curious = label(points.get(0)).box();
    assertThat(curious.bottom()).isEqualTo(zero - level / 2 - RegionLayout.STAGE_DOT
        - EmotionLabels.GAP);
    assertThat(curious.centerX()).isCloseTo(302, org.assertj.core.data.Offset.offset(1e-9));
    Box unsure = label(points.get(1)).box();
    assertThat(unsure.y()).isEqualTo(zero + level / 2 + RegionLayout.STAGE_DOT
        + EmotionLabels.GAP);
    // The two moments' labels, side by side below their moments, keep their distance.
    Box call = label(points.get(2)).box();
    Box form = label(points.get(3)).box();
    assertThat(call.y()).isEqualTo(zero + level + RegionLayout.TOUCHPOINT_DOT
        + EmotionLabels.GAP);
    assertThat(form.y()).isEqualTo(call.y());
    assertThat(form.x()).isGreaterThanOrEqualTo(call.right() + EmotionLabels.LABEL_GAP_X);
    Layout.Row row = row(layout, Lane.EMOTIONS);
    Box plot = new Box(RegionLayout.MARGIN + RegionLayout.LABEL_WIDTH, row.y(), 3 * 220,
        row.height());
    for (Mark.Group point : points) {
      assertThat(label(point).cell()).isEqualTo(plot);
      assertThat(plot.contains(label(point).box())).isTrue();
    }
  }

  @Test
  void aGapInTheScoresIsAGapInTheCurve() {
    Journey gapped = Journey.builder("Gapped").id("gapped")
        .stage("a", "A", s -> s.emotion(1, "Fine"))
        .stage("b", "B", s -> s.emotion(-1, "Worse"))
        .stage("c", "C", s -> s.action("no score")
            .touchpoint("t", "Site", Channel.WEB, t -> t.emotion(2, "Delighted")))
        .stage("d", "D", s -> s.emotion(0.5, "Better"))
        .build();
    Layout layout = ENGINE.layout(gapped, RenderOptions.defaults());
    List<Mark.Curve> curves = layout.all(Mark.Curve.class);
    assertThat(curves).hasSize(1);
    assertThat(curves.get(0).points()).extracting(Point::x).containsExactly(302.0, 522.0);
    // D stands alone, and so does C's moment: no curve point in its column, no leader.
    assertThat(emotionPoints(layout)).hasSize(4);
    assertThat(EmotionLayoutPropertiesTest.leaders(layout)).isEmpty();
  }

  @Test
  void aLabelTooLongForThreeLinesIsCutAtAWordWithItsScoreKept() {
    String story = "a very long label that tells the whole story of what the customer felt "
        + "at this point of the journey, and then some more";
    String word = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenherstellung";
    Journey journey = Journey.builder("Long").id("long")
        .stage("a", "A", s -> s.emotion(1, story))
        .stage("b", "B", s -> s.emotion(-1, word))
        .build();
    Layout layout = ENGINE.layout(journey, RenderOptions.builder()
        .columnWidth(RenderOptions.MIN_COLUMN_WIDTH).build());
    List<Mark.Group> points = emotionPoints(layout);
    Mark.Text first = label(points.get(0));
    assertThat(first.lines()).hasSize(EmotionLabels.MAX_LINES);
    assertThat(first.lines().get(2).text()).endsWith("…\u00A0+1");
    assertThat(EmotionLabels.breaksBetweenWords(first)).isTrue();
    assertThat(points.get(0).tooltip()).contains(story + " +1");
    Mark.Text second = label(points.get(1));
    assertThat(lines(second)).hasSize(1);
    assertThat(lines(second).get(0)).startsWith("Donaudampf").endsWith("…\u00A0\u22121");
    assertThat(second.fontSize()).isEqualTo(10);
  }

  private static List<String> boldLegendTexts(Layout layout) {
    Mark.Group legend = layout.groups().stream().filter(g -> g.classes().contains("jm-legend"))
        .findFirst().orElseThrow();
    return legend.children().stream().filter(m -> m instanceof Mark.Text t && t.bold())
        .map(m -> String.join(" ", lines((Mark.Text) m))).toList();
  }

  @Test
  void aPercentKpiReadsWithANarrowSpaceInFrenchAndWithoutInEnglish() {
    for (String language : List.of("fr", "en")) {
      Journey journey = Journey.builder("Taux").locale(language)
          .stage("achat", "Achat", s -> s.kpi("Conversion", k -> k.value(70).target(50).unit("%")))
          .build();
      List<String> texts = ENGINE.layout(journey, RenderOptions.defaults()).texts().stream()
          .flatMap(t -> t.lines().stream()).map(Mark.TextLine::text).toList();
      if (language.equals("fr")) {
        assertThat(texts).contains("70\u202F%", "140\u202F% de l\u2019objectif 50\u202F%");
      } else {
        assertThat(texts).contains("70%", "140% of target 50%");
      }
    }
  }

  @Test
  void aMapWithNothingToExplainHasNoLegendBox() {
    Journey minimal = Journey.builder("Minimal")
        .stage("only", "Only stage", s -> s.action("Does a thing")).build();
    Layout layout = ENGINE.layout(minimal, RenderOptions.defaults());
    assertThat(layout.groups()).noneMatch(g -> g.classes().contains("jm-legend"));
    Layout.Row last = layout.rows().get(layout.rows().size() - 1);
    assertThat(layout.height()).isEqualTo(Math.ceil(last.y() + last.height() + 24));
  }

  @Test
  void legendShowsOnlyTheSectionsTheMapUses() {
    Journey plain = Journey.builder("Plain").id("plain")
        .stage("a", "A", s -> s.painPoint("slow").kpi(Kpi.builder("visits").value(3).build())
            .touchpoint("t", "Site", Channel.WEB, t -> { }).emotion(1))
        .build();
    assertThat(boldLegendTexts(ENGINE.layout(plain, RenderOptions.defaults())))
        .containsExactly("Legend", "Emotion", "Emotion curve", "Channels");

    Journey researched = plain.toBuilder()
        .stage("b", "B", s -> s.painPoint(Item.of("costly", Evidence.ANALYTICAL))
            .kpi(Kpi.of("sales", 3, 4)))
        .build();
    assertThat(boldLegendTexts(ENGINE.layout(researched, RenderOptions.defaults())))
        .containsExactly("Legend", "Emotion", "Emotion curve", "Evidence", "KPI against target",
            "Channels");
    // The evidence tag as the cards draw it, its word inside, then what it means.
    assertThat(ENGINE.layout(researched, RenderOptions.defaults()).texts())
        .extracting(t -> String.join(" ", lines(t)))
        .containsSubsequence("analytics", "measured (analytics, surveys)")
        .doesNotContain("anecdotal", "assumption");

    Journey assumed = researched.toBuilder()
        .stage("c", "C", s -> s.opportunity(Item.of("call back", Evidence.ASSUMPTION)))
        .build();
    assertThat(boldLegendTexts(ENGINE.layout(assumed, RenderOptions.defaults())))
        .containsExactly("Legend", "Emotion", "Emotion curve", "Card outline", "Evidence",
            "KPI against target", "Channels");
    // The cards are there, but their lane is not drawn: nothing to explain.
    assertThat(boldLegendTexts(ENGINE.layout(assumed, RenderOptions.builder()
        .lanes(Lane.EMOTIONS, Lane.KPIS).build())))
        .containsExactly("Legend", "Emotion", "Emotion curve", "KPI against target");
  }

  @Test
  void theLegendBoxIsAsWideAsItsSectionsAndExplainsMomentsOnlyWhenTheMapHasThem() {
    Journey plain = Journey.builder("Plain").id("plain")
        .stage("a", "A", s -> s.emotion(1, "fine")).build();
    Layout layout = ENGINE.layout(plain, RenderOptions.defaults());
    Mark.Group legend = layout.groups().stream().filter(g -> g.classes().contains("jm-legend"))
        .findFirst().orElseThrow();
    Mark.Rect box = (Mark.Rect) legend.children().get(0);
    double right = legend.children().stream().filter(m -> m instanceof Mark.Text)
        .mapToDouble(m -> ((Mark.Text) m).box().right()).max().orElseThrow();
    assertThat(box.box().right()).isLessThanOrEqualTo(right + RegionLayout.LEGEND_PAD + 1e-9)
        .isLessThan(layout.width() / 2);
    assertThat(legendLines(layout)).contains("score at a stage or step",
        "dashed line: neutral (0)").doesNotContain("touchpoint moment, on a leader");
    Journey moment = plain.toBuilder().stage("b", "B", s -> s.touchpoint("t", "Site",
        Channel.WEB, t -> t.emotion(-1, "lost"))).build();
    assertThat(legendLines(ENGINE.layout(moment, RenderOptions.defaults())))
        .contains("touchpoint moment, on a leader");
  }

  private static List<String> legendLines(Layout layout) {
    Mark.Group legend = layout.groups().stream().filter(g -> g.classes().contains("jm-legend"))
        .findFirst().orElseThrow();
    return legend.children().stream().filter(m -> m instanceof Mark.Text)
        .map(m -> String.join(" ", lines((Mark.Text) m))).toList();
  }

  private static String summary(Layout layout) {
    Mark.Group header = layout.groups().stream().filter(g -> g.classes().contains("jm-header"))
        .findFirst().orElseThrow();
    return header.children().stream().filter(m -> m instanceof Mark.Text t
        && t.fontSize() == RegionLayout.SUMMARY.size() && !t.bold())
        .map(m -> String.join(" ", lines((Mark.Text) m))).reduce((a, b) -> b).orElseThrow();
  }

  @Test
  void headerSummaryLeavesOutZeroCounts() {
    assertThat(summary(ENGINE.layout(threeStages("short"), RenderOptions.defaults())))
        .isEqualTo("3 stages");
    Journey fuller = threeStages("short").toBuilder()
        .stage("d", "D", s -> s.painPoint("slow").painPoint("dear")
            .touchpoint("t", "Site", Channel.WEB, t -> { }))
        .build();
    assertThat(summary(ENGINE.layout(fuller, RenderOptions.defaults())))
        .isEqualTo("4 stages \u00B7 1 touchpoint \u00B7 2 pain points");
  }

  @Test
  void touchpointCardsSayTheChannelAndOwnerButNotOther() {
    Journey journey = Journey.builder("Cards").id("cards")
        .stage("a", "A", s -> s
            .touchpoint("web", "Booking form", Channel.WEB, t -> t.owner("Sales"))
            .touchpoint("misc", "Flyer", Channel.OTHER)
            .touchpoint("fair", "Trade fair", Channel.OTHER, t -> t.owner("Events")))
        .build();
    Layout layout = ENGINE.layout(journey, RenderOptions.defaults());

    assertThat(cardTexts(layout, "cards-touchpoint-web"))
        .containsExactly("Booking form", "Web \u00B7 Sales");
    assertThat(cardTexts(layout, "cards-touchpoint-misc")).containsExactly("Flyer");
    assertThat(cardTexts(layout, "cards-touchpoint-fair")).containsExactly("Trade fair", "Events");
  }

  private static List<String> cardTexts(Layout layout, String id) {
    Mark.Group card = layout.groups().stream().filter(g -> g.id().equals(Optional.of(id)))
        .findFirst().orElseThrow();
    return card.children().stream().filter(m -> m instanceof Mark.Text)
        .map(m -> String.join(" ", lines((Mark.Text) m))).toList();
  }

  @Test
  void emptyLanesAreLeftOutUnlessAsked() {
    Journey journey = threeStages("short");
    assertThat(ENGINE.layout(journey, RenderOptions.defaults()).rows())
        .extracting(Layout.Row::lane).containsExactly(Lane.ACTIONS, Lane.EMOTIONS);
    assertThat(ENGINE.layout(journey, RenderOptions.builder().showEmptyLanes(true).build())
        .rows()).extracting(Layout.Row::lane)
        .containsExactlyElementsOf(Lane.customerLanes());
    assertThat(ENGINE.layout(journey, RenderOptions.builder()
        .lanes(Lane.EMOTIONS, Lane.ACTIONS).build()).rows())
        .extracting(Layout.Row::lane).containsExactly(Lane.EMOTIONS, Lane.ACTIONS);
  }

  @Test
  void pageWidthFollowsTheColumns() {
    Journey journey = threeStages("short");
    Layout layout = ENGINE.layout(journey, RenderOptions.builder().columnWidth(300).build());
    assertThat(layout.width()).isEqualTo(2 * RegionLayout.MARGIN + RegionLayout.LABEL_WIDTH
        + 3 * 300);
    assertThat(layout.height()).isEqualTo(Math.ceil(layout.height()));
  }

  @Test
  void idPrefixComesFromTheJourneyIdThenTheTitle() {
    assertThat(Ids.prefix(threeStages("x"), RenderOptions.defaults())).isEqualTo("rows");
    Journey untitled = Journey.builder("Réserver un été à Kraków!").stage("a", "A", s -> { })
        .build();
    assertThat(Ids.prefix(untitled, RenderOptions.defaults()))
        .isEqualTo("reserver-un-ete-a-krakow");
    assertThat(Ids.clean("42 things")).isEqualTo("jm-42-things");
    assertThat(Ids.clean("預約")).isEqualTo("journey");
    assertThat(Ids.prefix(untitled, RenderOptions.builder().idPrefix("mine").build()))
        .isEqualTo("mine");
  }

  @Test
  void frenchLabelsFollowTheJourneyLocaleUnlessTheOptionsSayOtherwise() {
    Journey french = threeStages("x").toBuilder().locale("fr-CA").build();
    assertThat(Labels.of(RenderOptions.defaults(), french)).isEqualTo(Labels.FRENCH);
    assertThat(Labels.of(RenderOptions.builder().locale(java.util.Locale.ENGLISH).build(),
        french)).isEqualTo(Labels.ENGLISH);
    assertThat(Labels.of(RenderOptions.defaults(), threeStages("x")))
        .isEqualTo(Labels.ENGLISH);
    assertThat(Labels.FRENCH.lane(Lane.PAIN_POINTS)).isEqualTo("Points de friction");
  }

  @Test
  void numbersAreWrittenTheWayEachLanguageWritesThem() {
    assertThat(Labels.ENGLISH.number(120000)).isEqualTo("120,000");
    assertThat(Labels.ENGLISH.number(-1234.5)).isEqualTo("\u22121,234.5");
    assertThat(Labels.FRENCH.number(1234567.25)).isEqualTo("1\u202F234\u202F567,25");
    assertThat(Labels.ENGLISH.number(0.004)).isEqualTo("0");
    assertThat(Labels.ENGLISH.score(1.5)).isEqualTo("+1.5");
    assertThat(Labels.ENGLISH.score(-0.5)).isEqualTo("\u22120.5");
    assertThat(Labels.ENGLISH.score(0)).isEqualTo("0");
  }

  @Test
  void monotoneCurveNeverOvershootsItsPoints() {
    List<Point> points = List.of(new Point(0, 0), new Point(10, 100), new Point(20, 100),
        new Point(30, 0), new Point(40, 50));
    List<Point> controls = Curves.monotoneControls(points);
    assertThat(controls).hasSize(8);
    for (int i = 0; i < points.size() - 1; i++) {
      double low = Math.min(points.get(i).y(), points.get(i + 1).y());
      double high = Math.max(points.get(i).y(), points.get(i + 1).y());
      assertThat(controls.get(2 * i).y()).isBetween(low, high);
      assertThat(controls.get(2 * i + 1).y()).isBetween(low, high);
    }
  }
}
