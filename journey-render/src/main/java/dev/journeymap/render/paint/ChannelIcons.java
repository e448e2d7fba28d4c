package dev.journeymap.render.paint;

import dev.journeymap.render.Ink;
import dev.journeymap.render.Theme;
import dev.journeymap.render.layout.Mark;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;

/** Draws one small vector icon per channel, on a disc, inside the icon's box. */
final class ChannelIcons {
  private ChannelIcons() {}

  static void paint(Mark.Icon icon, Theme theme, Graphics2D g) {
    double size = Math.min(icon.box().width(), icon.box().height());
    g.setColor(MapPainter.color(theme, icon.fill()));
    g.fill(new Ellipse2D.Double(icon.box().x(), icon.box().y(), size, size));
    g.setColor(MapPainter.color(theme, icon.ink()));
    assert icon.ink() != Ink.BACKGROUND;
  }
}
