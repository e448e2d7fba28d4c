package dev.journeymap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RenderOptionsTest {
  @Test
  void defaultsLeaveTheLanesToTheJourney() {
    RenderOptions options = RenderOptions.defaults();
    assertThat(options.lanes()).isEmpty();
    assertThat(options.showEmptyLanes()).isFalse();
    assertThat(options.columnWidth()).isEqualTo(220);
    assertThat(options.theme()).isSameAs(Theme.light());
    assertThat(options.locale()).isEmpty();
    assertThat(options.showHeader()).isTrue();
    assertThat(options.showPersonas()).isTrue();
    assertThat(options.showLegend()).isTrue();
    assertThat(options.idPrefix()).isEmpty();
  }

  @Test
  void toBuilderMakesAChangedCopy() {
    RenderOptions options = RenderOptions.builder().lanes(Lane.EMOTIONS, Lane.ACTIONS)
        .locale(Locale.FRENCH).idPrefix("a-map").showLegend(false).build();
    RenderOptions wider = options.toBuilder().columnWidth(300).build();
    assertThat(wider.columnWidth()).isEqualTo(300);
    assertThat(wider.lanes()).containsExactly(Lane.EMOTIONS, Lane.ACTIONS);
    assertThat(wider.locale()).contains(Locale.FRENCH);
    assertThat(wider.idPrefix()).isEqualTo(Optional.of("a-map"));
    assertThat(wider.showLegend()).isFalse();
    assertThat(options.columnWidth()).isEqualTo(220);
    assertThat(wider.toBuilder().columnWidth(220).build()).isEqualTo(options)
        .hasSameHashCodeAs(options);
  }

  @Test
  void rejectsBadValuesWithClearMessages() {
    assertThatThrownBy(() -> RenderOptions.builder().columnWidth(50))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column width must be between 140 and 800: 50.0");
    assertThatThrownBy(() -> RenderOptions.builder().lanes(Lane.ACTIONS, Lane.ACTIONS))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("duplicate lane: actions");
    assertThatThrownBy(() -> RenderOptions.builder().idPrefix("Bad Prefix"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid id prefix: 'Bad Prefix' (1 to 64 of a-z, 0-9 and -, starting "
            + "with a letter)");
    assertThatThrownBy(() -> RenderOptions.builder().theme(null))
        .isInstanceOf(NullPointerException.class).hasMessage("theme");
  }

  @Test
  void lanesHaveStableIds() {
    assertThat(Lane.builtIn()).extracting(Lane::id).containsExactly("customer-goals",
        "actions", "touchpoints", "questions", "emotions", "pain-points", "opportunities",
        "kpis", "funnel", "moments", "evidence", "frontstage", "backstage", "support");
    assertThat(Lane.customerLanes()).hasSize(10).allMatch(Lane::isBuiltIn);
    assertThat(Lane.blueprintLanes()).containsExactly(Lane.EVIDENCE, Lane.FRONTSTAGE,
        Lane.BACKSTAGE, Lane.SUPPORT);
    for (Lane lane : Lane.builtIn()) {
      assertThat(Lane.fromId(lane.id())).isSameAs(lane);
      assertThat(Lane.of(lane.id())).isSameAs(lane);
    }
  }

  @Test
  void customLanesAreLanesByTheirId() {
    Lane content = Lane.of("content");
    assertThat(content.id()).isEqualTo("content");
    assertThat(content.isBuiltIn()).isFalse();
    assertThat(content).isEqualTo(Lane.of("content")).hasSameHashCodeAs(Lane.of("content"))
        .isNotEqualTo(Lane.ACTIONS).hasToString("content");
    assertThatThrownBy(() -> Lane.of("Content!"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a lane id: 'Content!' (1 to 64 characters of a-z, 0-9, '-' and '_', "
            + "starting with a letter or digit)");
    assertThatThrownBy(() -> RenderOptions.builder().lanes(content, Lane.of("content")))
        .hasMessage("duplicate lane: content");
  }

  @Test
  void unknownLaneSuggestsTheClosest() {
    assertThatThrownBy(() -> Lane.fromId("pain-point"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown lane: pain-point; did you mean pain-points? (one of "
            + "customer-goals, actions, touchpoints, questions, emotions, pain-points, "
            + "opportunities, kpis, funnel, moments, evidence, frontstage, backstage, support)");
    assertThatThrownBy(() -> Lane.fromId("zzz"))
        .hasMessage("unknown lane: zzz (one of customer-goals, actions, touchpoints, "
            + "questions, emotions, pain-points, opportunities, kpis, funnel, moments, "
            + "evidence, frontstage, backstage, support)");
  }
}
