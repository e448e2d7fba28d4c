package dev.journeymap.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymap.core.Journey;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class MapPagesTest {
  private static Journey stages(int count) {
    Journey.Builder builder = Journey.builder("A long way").goal("Fewer drop-outs")
        .persona("p", "Pat", p -> p.description("Buys on a phone."));
    for (int i = 1; i <= count; i++) {
      int n = i;
      builder.stage("s" + n, "Stage " + n, s -> s.action("Does thing " + n).emotion(1));
    }
    return builder.build();
  }

  @Test
  void cutsAWideMapIntoPagesAsWideAsTheirColumnsAndPaintsEach() {
    JourneyRenderer renderer = JourneyRenderer.create();

    List<MapPage> pages = renderer.pages(stages(10), new MapSize(1200, 900));

    // 24 + 168 + 4 x 220 + 24 = 1096 px: the header and legend are laid out that wide too
    assertThat(pages).extracting(MapPage::firstColumn).containsExactly(0, 4, 8);
    assertThat(pages).extracting(MapPage::columnCount).containsExactly(4, 4, 2);
    assertThat(pages).extracting(MapPage::count).containsOnly(3);
    // the legend is as wide as its sections (here narrower than two columns), so the last page
    // is as wide as its two columns: 24 + 168 + 2 x 220 + 24 = 656 px
    assertThat(pages).extracting(p -> p.size().width()).containsExactly(1096.0, 1096.0, 656.0);
    for (MapPage page : pages) {
      BufferedImage image = new BufferedImage((int) page.size().width(),
          (int) page.size().height(), BufferedImage.TYPE_INT_RGB);
      Graphics2D g = image.createGraphics();
      try {
        assertThat(renderer.paintPage(page, g)).isEqualTo(page.size());
      } finally {
        g.dispose();
      }
      // the background of the theme, then the lane labels' panel at the left of every page
      assertThat(image.getRGB(2, 2) & 0xffffff).isEqualTo(Theme.light().rgb(Ink.BACKGROUND));
    }
  }

  @Test
  void aMapThatFitsIsOnePage() {
    List<MapPage> pages =
        JourneyRenderer.create().pages(stages(3), new MapSize(5000, 5000));

    assertThat(pages).hasSize(1);
    assertThat(pages.get(0).size())
        .isEqualTo(JourneyRenderer.create().size(stages(3)));
  }
}
