package dev.journeymap.render.layout;

import dev.journeymap.core.Column;
import dev.journeymap.core.Stage;
import dev.journeymap.core.Step;
import dev.journeymap.render.Ink;
import dev.journeymap.render.layout.Typesetter.Align;
import dev.journeymap.render.layout.Typesetter.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Lays out the column headers: a row of stage bands (arrows with a number, a name and a
 * description), each as wide as its columns, and, when some stage has steps, a row of step
 * headers below it, one per column.
 */
final class StageLayout extends RegionLayout {
  StageLayout(Context context) {
    super(context);
  }

  /** Lays out the stage row and, if any stage has steps, the step row; returns their bottom. */
  double headers(double top, List<Mark> out) {
    double y = stageHeaders(top, out);
    if (journey.stages().stream().anyMatch(s -> !s.steps().isEmpty())) {
      y = stepHeaders(y - SMALL_GAP, out);
    }
    return y;
  }

  private double stageHeaders(double top, List<Mark> out) {
    double numberWidth = 2 * NUMBER_RADIUS + SMALL_GAP * 2;
    double height = 0;
    for (Stage stage : journey.stages()) {
      double inner = span(stage) * columnWidth - 2 * STAGE_ARROW - 2 * STAGE_PAD;
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
    int column = 0;
    for (int i = 0; i < journey.stages().size(); i++) {
      Stage stage = journey.stages().get(i);
      int span = span(stage);
      double x = columns.get(column).x();
      double inner = span * columnWidth - 2 * STAGE_ARROW - 2 * STAGE_PAD;
      Box cell = new Box(x, top, span * columnWidth, height);
      double left = x;
      double right = x + span * columnWidth - STAGE_GAP;
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
          Optional.empty(), Mark.Role.COLUMN_HEADER, column + 2, marks, span));
      column += span;
    }
    out.add(new Mark.Group(ids.stages(), Ids.classes("stages"), Optional.empty(),
        Optional.empty(), Mark.Role.ROW, 0, children));
    return top + height + SMALL_GAP * 2;
  }

  /**
   * The row of step headers: a panel per step with its name and description; a stage without
   * steps leaves its column's header empty.
   */
  private double stepHeaders(double top, List<Mark> out) {
    double inner = columnWidth - STAGE_GAP - 2 * STAGE_PAD;
    double height = 0;
    for (Column column : journeyColumns) {
      if (column.step().isPresent()) {
        Step step = column.step().get();
        double h = type.height(step.name(), inner, STEP_NAME);
        if (step.description().isPresent()) {
          h += SMALL_GAP + type.height(step.description().get(), inner, STAGE_DESCRIPTION);
        }
        if (!step.personas().isEmpty()) {
          h += SMALL_GAP + tags(step.personas(), 0, 0, inner, new Box(0, 0, inner + CELL_PAD,
              Double.MAX_VALUE / 4), new ArrayList<>());
        }
        height = Math.max(height, h);
      }
    }
    double labelWidth = LABEL_WIDTH - 2 * LABEL_PAD;
    height = Math.max(height, type.height(labels.steps().toUpperCase(Locale.ROOT), labelWidth,
        LANE_NAME)) + 2 * STAGE_PAD;
    List<Mark> children = new ArrayList<>();
    Box labelCell = new Box(MARGIN, top, LABEL_WIDTH, height);
    List<Mark> corner = new ArrayList<>();
    addIfPresent(corner, type.place(labels.steps().toUpperCase(Locale.ROOT), MARGIN + LABEL_PAD,
        top + STAGE_PAD, labelWidth, LANE_NAME, Align.LEFT, Ink.MUTED_TEXT, Ink.BACKGROUND,
        labelCell));
    children.add(new Mark.Group(Optional.empty(), Ids.classes("steps-label"), Optional.empty(),
        Optional.empty(), Mark.Role.COLUMN_HEADER, 1, corner));
    for (Column column : journeyColumns) {
      List<Mark> marks = new ArrayList<>();
      Optional<String> id = Optional.empty();
      if (column.step().isPresent()) {
        Step step = column.step().get();
        double x = columns.get(column.index()).x();
        Box cell = new Box(x, top, columnWidth - STAGE_GAP, height);
        marks.add(new Mark.Rect(cell, CARD_RADIUS, Optional.of(Ink.PANEL),
            Optional.of(Ink.CARD_STROKE), Stroke.HAIRLINE));
        double y = add(marks, type.place(step.name(), x + STAGE_PAD, top + STAGE_PAD, inner,
            STEP_NAME, Align.LEFT, Ink.TEXT, Ink.PANEL, cell), top + STAGE_PAD);
        if (step.description().isPresent()) {
          y = add(marks, type.place(step.description().get(), x + STAGE_PAD, y + SMALL_GAP,
              inner, STAGE_DESCRIPTION, Align.LEFT, Ink.MUTED_TEXT, Ink.PANEL, cell), y);
        }
        if (!step.personas().isEmpty()) {
          tags(step.personas(), x + STAGE_PAD, y + SMALL_GAP, x + STAGE_PAD + inner, cell,
              marks);
        }
        id = ids.step(step.id());
      }
      // The personas who take part in the step, so that a page can pick out their steps.
      children.add(new Mark.Group(id, Ids.classes("step"), Optional.empty(), Optional.empty(),
          Mark.Role.COLUMN_HEADER, column.index() + 2, marks, 1,
          column.step().map(s -> details.personas(s.personas())).orElse(List.of()),
          Optional.empty()));
    }
    out.add(new Mark.Group(ids.steps(), Ids.classes("steps"), Optional.empty(),
        Optional.empty(), Mark.Role.ROW, 0, children));
    return top + height + SMALL_GAP * 2;
  }

  /** How many columns a stage spans: one per step, or one. */
  private static int span(Stage stage) {
    return Math.max(1, stage.steps().size());
  }

  /** A smaller size for names with a word too long for a narrow column at the usual one. */
  private Style stageNameStyle(Stage stage, double inner) {
    return type.wordsFit(stage.name(), inner, STAGE_NAME) ? STAGE_NAME : STAGE_NAME_NARROW;
  }
}
