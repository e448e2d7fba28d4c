package dev.journeymap.render.layout;

import dev.journeymap.core.Stage;
import dev.journeymap.render.Ink;
import dev.journeymap.render.layout.Typesetter.Align;
import dev.journeymap.render.layout.Typesetter.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Lays out the row of stage headers: arrows with a number, a name and a description. */
final class StageLayout extends RegionLayout {
  StageLayout(Context context) {
    super(context);
  }

  double stageHeaders(double top, List<Mark> out) {
    double inner = columnWidth - 2 * STAGE_ARROW - 2 * STAGE_PAD;
    double numberWidth = 2 * NUMBER_RADIUS + SMALL_GAP * 2;
    double height = 0;
    for (Stage stage : journey.stages()) {
      Style style = stageNameStyle(stage, inner);
      double h = type.wordsFit(stage.name(), inner - numberWidth, style)
          ? Math.max(2 * NUMBER_RADIUS, type.height(stage.name(), inner - numberWidth, style))
          : 2 * NUMBER_RADIUS + SMALL_GAP + type.height(stage.name(), inner, style);
      if (stage.description().isPresent()) {
        h += SMALL_GAP + type.height(stage.description().get(), inner, STAGE_DESCRIPTION);
      }
      height = Math.max(height, h);
    }
    double labelWidth = LABEL_WIDTH - 2 * LABEL_PAD;
    height = Math.max(height, type.height(labels.stages().toUpperCase(Locale.ROOT), labelWidth,
        LANE_NAME)
        + type.height(labels.stagesHint(), labelWidth, LANE_HINT));
    height += 2 * STAGE_PAD;
    List<Mark> children = new ArrayList<>();
    Box labelCell = new Box(MARGIN, top, LABEL_WIDTH, height);
    List<Mark> corner = new ArrayList<>();
    double ly = top + STAGE_PAD;
    ly = add(corner, type.place(labels.stages().toUpperCase(Locale.ROOT), MARGIN + LABEL_PAD,
        ly, LABEL_WIDTH - 2 * LABEL_PAD, LANE_NAME, Align.LEFT, Ink.MUTED_TEXT, Ink.BACKGROUND,
        labelCell), ly);
    addIfPresent(corner, type.place(labels.stagesHint(), MARGIN + LABEL_PAD, ly,
        LABEL_WIDTH - 2 * LABEL_PAD, LANE_HINT, Align.LEFT, Ink.MUTED_TEXT, Ink.BACKGROUND,
        labelCell));
    children.add(new Mark.Group(Optional.empty(), Ids.classes("stages-label"), Optional.empty(),
        Optional.empty(), Mark.Role.COLUMN_HEADER, 1, corner));
    for (int i = 0; i < journey.stages().size(); i++) {
      Stage stage = journey.stages().get(i);
      double x = columns.get(i).x();
      Box cell = new Box(x, top, columnWidth, height);
      double left = x;
      double right = x + columnWidth - STAGE_GAP;
      double mid = top + height / 2;
      List<Point> shape = new ArrayList<>();
      shape.add(new Point(left, top));
      shape.add(new Point(right - STAGE_ARROW, top));
      shape.add(new Point(right, mid));
      shape.add(new Point(right - STAGE_ARROW, top + height));
      shape.add(new Point(left, top + height));
      if (i > 0) {
        shape.add(new Point(left + STAGE_ARROW, mid));
      }
      List<Mark> marks = new ArrayList<>();
      marks.add(new Mark.Polygon(shape, Ink.STAGE_FILL));
      double textX = x + STAGE_ARROW + STAGE_PAD;
      double y = top + STAGE_PAD;
      Point center = new Point(textX + NUMBER_RADIUS, y + NUMBER_RADIUS);
      marks.add(new Mark.Dot(center, NUMBER_RADIUS, Ink.STAGE_TEXT, Ink.STAGE_TEXT));
      double lineHeight = type.lineHeight(STAGE_NUMBER);
      addIfPresent(marks, type.place(Integer.toString(i + 1), center.x() - NUMBER_RADIUS,
          center.y() - lineHeight / 2, 2 * NUMBER_RADIUS, STAGE_NUMBER, Align.CENTER,
          Ink.STAGE_FILL, Ink.STAGE_TEXT, cell));
      // The name sits beside the number, or below it when a word of it would have to break.
      Style style = stageNameStyle(stage, inner);
      boolean beside = type.wordsFit(stage.name(), inner - numberWidth, style);
      double nameHeight = type.lineHeight(style);
      double nameTop = beside ? y + Math.max(0, NUMBER_RADIUS - nameHeight / 2)
          : y + 2 * NUMBER_RADIUS + SMALL_GAP;
      double nameX = beside ? textX + numberWidth : textX;
      double nameWidth = beside ? inner - numberWidth : inner;
      y = Math.max(y + 2 * NUMBER_RADIUS, add(marks, type.place(stage.name(), nameX, nameTop,
          nameWidth, style, Align.LEFT, Ink.STAGE_TEXT, Ink.STAGE_FILL, cell), nameTop));
      if (stage.description().isPresent()) {
        addIfPresent(marks, type.place(stage.description().get(), textX, y + SMALL_GAP, inner,
            STAGE_DESCRIPTION, Align.LEFT, Ink.STAGE_TEXT, Ink.STAGE_FILL, cell));
      }
      // No tooltip: the description is drawn in full, and a title would become the header's
      // accessible name in place of the stage's.
      children.add(new Mark.Group(ids.stage(stage.id()), Ids.classes("stage"), Optional.empty(),
          Optional.empty(), Mark.Role.COLUMN_HEADER, i + 2, marks));
    }
    out.add(new Mark.Group(ids.stages(), Ids.classes("stages"), Optional.empty(),
        Optional.empty(), Mark.Role.ROW, 0, children));
    return top + height + SMALL_GAP * 2;
  }

  /** A smaller size for names with a word too long for a narrow column at the usual one. */
  private Style stageNameStyle(Stage stage, double inner) {
    return type.wordsFit(stage.name(), inner, STAGE_NAME) ? STAGE_NAME : STAGE_NAME_NARROW;
  }
}
