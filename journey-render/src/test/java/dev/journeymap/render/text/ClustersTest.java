package dev.journeymap.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClustersTest {
  private final WidthTable table = TextMetrics.sans().table();

  private List<String> clusters(String s) {
    List<String> result = new ArrayList<>();
    for (int i = 0; i < s.length(); ) {
      int end = Clusters.end(s, i, table);
      result.add(s.substring(i, end));
      i = end;
    }
    return result;
  }

  @Test
  void splitsPlainTextIntoCharacters() {
    assertThat(clusters("Größe 1")).containsExactly("G", "r", "ö", "ß", "e", " ", "1");
  }

  @Test
  void keepsCombiningMarksWithTheirBase() {
    assertThat(clusters("e\u0301a\u0308\u0323z")).containsExactly("e\u0301", "a\u0308\u0323", "z");
  }

  @Test
  void startsANewClusterWithAMarkAfterWhiteSpace() {
    assertThat(clusters("a \u0301b")).containsExactly("a", " ", "\u0301", "b");
  }

  @Test
  void keepsEmojiSequencesWhole() {
    assertThat(clusters("👨‍👩‍👧👍🏽❤️1️⃣🏳️‍🌈x"))
        .containsExactly("👨‍👩‍👧", "👍🏽", "❤️", "1️⃣", "🏳️‍🌈", "x");
  }

  @Test
  void pairsRegionalIndicatorsIntoFlags() {
    assertThat(clusters("🇫🇷🇩🇪🇵")).containsExactly("🇫🇷", "🇩🇪", "🇵");
  }

  @Test
  void keepsSubdivisionFlagTagsWithTheirBase() {
    String england = "🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F";
    assertThat(clusters(england + "a")).containsExactly(england, "a");
  }

  @Test
  void keepsWhatAZeroWidthJoinerJoins() {
    assertThat(clusters("x\u200Dy z")).containsExactly("x\u200Dy", " ", "z");
    assertThat(clusters("x\u200D z")).containsExactly("x\u200D", " ", "z");
  }

  @Test
  void keepsConjoiningHangulJamoTogether() {
    assertThat(clusters("\u1100\u1161\u11A8\u1100"))
        .containsExactly("\u1100\u1161\u11A8", "\u1100");
  }

  @Test
  void givesLoneSurrogatesAClusterEach() {
    assertThat(clusters("\uDC00\uD800a\uD800")).containsExactly("\uDC00", "\uD800", "a", "\uD800");
  }

  @Test
  void classifiesEmojiWideAndSpaceCharacters() {
    assertThat(Clusters.isEmoji(0x1F600)).isTrue();
    assertThat(Clusters.isEmoji(0x26A1)).isTrue();
    assertThat(Clusters.isEmoji(0x2650)).isTrue();
    assertThat(Clusters.isEmoji(0x263A)).isFalse();
    assertThat(Clusters.isEmoji('a')).isFalse();
    assertThat(Clusters.isWide(0x4E00)).isTrue();
    assertThat(Clusters.isWide(0xAC00)).isTrue();
    assertThat(Clusters.isWide(0x30A2)).isTrue();
    assertThat(Clusters.isWide(0xFF21)).isTrue();
    assertThat(Clusters.isWide('A')).isFalse();
    assertThat(Clusters.isCollapsibleSpace('\n')).isTrue();
    assertThat(Clusters.isCollapsibleSpace(0x3000)).isTrue();
    assertThat(Clusters.isCollapsibleSpace(0x00A0)).isFalse();
    assertThat(Clusters.isCollapsibleSpace(0x202F)).isFalse();
  }
}
