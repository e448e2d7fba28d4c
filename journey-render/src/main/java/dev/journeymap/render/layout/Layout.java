package dev.journeymap.render.layout;

import dev.journeymap.render.Lane;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The whole map as geometry: its size, what to say about it, and the marks to paint, in order.
 * Also the grid (columns and rows) the marks were placed on, so that tests can check alignment.
 *
 * @param width the page width in px
 * @param height the page height in px
 * @param idPrefix the prefix of every element id
 * @param title the accessible title (the journey's title)
 * @param description the accessible description (what the map shows, in a sentence or two)
 * @param language the BCP 47 tag of the library's labels, e.g. {@code "fr"}
 * @param columns one per stage, left to right
 * @param rows one per lane drawn, top to bottom
 * @param marks what to paint, in painting order
 * @param labels the words the map was drawn with, for writers that add words of their own (the
 *     HTML page's controls)
 * @param personas the personas that some group is about ({@link Mark.Group#personas()}), in the
 *     journey's order: those a reader can pick out
 * @param laneNames the name of each row's lane in the map's language, in the rows' order
 */
public record Layout(double width, double height, String idPrefix, String title,
    String description, String language, List<Column> columns, List<Row> rows,
    List<Mark> marks, Labels labels, List<PersonaName> personas, List<LaneName> laneNames) {

  /** Copies the lists. */
  public Layout {
    Objects.requireNonNull(idPrefix, "idPrefix");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(language, "language");
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    marks = List.copyOf(marks);
    Objects.requireNonNull(labels, "labels");
    personas = List.copyOf(personas);
    laneNames = List.copyOf(laneNames);
  }

  /** A layout in English whose groups are about no persona in particular. */
  public Layout(double width, double height, String idPrefix, String title,
      String description, String language, List<Column> columns, List<Row> rows,
      List<Mark> marks) {
    this(width, height, idPrefix, title, description, language, columns, rows, marks,
        Labels.ENGLISH, List.of(), rows.stream().map(r -> new LaneName(r.lane(), r.lane().id()))
            .toList());
  }

  /**
   * The name of a drawn lane, e.g. {@code "Pain points"}.
   *
   * @throws IllegalArgumentException if the lane is not drawn
   */
  public String laneName(Lane lane) {
    for (LaneName name : laneNames) {
      if (name.lane().equals(lane)) {
        return name.name();
      }
    }
    throw new IllegalArgumentException("lane not drawn: " + lane.id());
  }

  /** The page as a box at the origin. */
  public Box bounds() {
    return new Box(0, 0, width, height);
  }

  /** Every text block, in painting order, from all groups. */
  public List<Mark.Text> texts() {
    List<Mark.Text> texts = new ArrayList<>();
    collect(marks, Mark.Text.class, texts);
    return texts;
  }

  /** Every group, in painting order, outer groups before their children. */
  public List<Mark.Group> groups() {
    List<Mark.Group> groups = new ArrayList<>();
    collect(marks, Mark.Group.class, groups);
    return groups;
  }

  /** Every mark of this type, in painting order, from all groups. */
  public <T extends Mark> List<T> all(Class<T> type) {
    List<T> found = new ArrayList<>();
    collect(marks, type, found);
    return found;
  }

  private static <T extends Mark> void collect(List<Mark> marks, Class<T> type, List<T> out) {
    for (Mark mark : marks) {
      if (type.isInstance(mark)) {
        out.add(type.cast(mark));
      }
      if (mark instanceof Mark.Group) {
        collect(((Mark.Group) mark).children(), type, out);
      }
    }
  }

  /**
   * A column of the grid: a step, or a stage without steps.
   *
   * @param id the step's id, or the stage's when the column is a whole stage
   * @param stageId the id of the column's stage
   * @param x the left edge
   * @param width the width
   */
  public record Column(String id, String stageId, double x, double width) {
    /** The right edge. */
    public double right() {
      return x + width;
    }
  }

  /**
   * A lane row.
   *
   * @param lane which lane
   * @param y the top edge
   * @param height the height: its tallest cell plus padding
   */
  public record Row(Lane lane, double y, double height) {}

  /**
   * A persona as a reader picks it out.
   *
   * @param id the persona's id, as in {@link Mark.Group#personas()}
   * @param name its name, normalized
   */
  public record PersonaName(String id, String name) {}

  /**
   * A drawn lane's name, as its label on the map says it.
   *
   * @param lane the lane
   * @param name its name in the map's language, normalized
   */
  public record LaneName(Lane lane, String name) {}
}
