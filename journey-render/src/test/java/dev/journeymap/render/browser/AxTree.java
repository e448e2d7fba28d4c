package dev.journeymap.render.browser;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A read-only view of the accessibility tree Chromium computed ({@link Chromium#fullAxTree()}),
 * as assistive technology sees it: only unignored nodes, an ignored node being replaced by its
 * unignored children.
 *
 * <p>What Chromium 156 shows for SVG (see the findings in the browser tests): each {@code <text>}
 * element is an unnamed {@code generic} node whose children are one {@code StaticText} per
 * {@code <tspan>} (and per run of white space between tspans); the text of adjacent tspans is
 * joined without any separator. {@link AxNode#paragraphs()} reads those texts back.
 */
public final class AxTree {
  private final Map<String, JsonNode> nodes = new HashMap<>();
  private final AxNode root;

  private AxTree(JsonNode nodeArray) {
    for (JsonNode node : nodeArray) {
      nodes.put(node.path("nodeId").asText(), node);
    }
    if (nodeArray.size() == 0) {
      throw new IllegalArgumentException("empty accessibility tree");
    }
    this.root = new AxNode(nodeArray.get(0));
  }

  /** The tree of the {@code nodes} array of {@code Accessibility.getFullAXTree}. */
  public static AxTree of(JsonNode nodeArray) {
    return new AxTree(nodeArray);
  }

  /** The root, normally the {@code RootWebArea}. */
  public AxNode root() {
    return root;
  }

  /** Every unignored node with this role, in tree order. */
  public List<AxNode> findAll(String role) {
    return root.descendants().stream().filter(n -> n.role().equals(role))
        .collect(Collectors.toList());
  }

  /**
   * Runs of white space to one space, trimmed: how text is compared with the model's. No-break
   * and other Unicode spaces count as spaces, since the writer may use them for typography (the
   * no-break spaces inside French quotes) and screen readers read them as spaces.
   */
  public static String collapse(String text) {
    return text.replaceAll("[\\s\\p{Z}]+", " ").trim();
  }

  /** One unignored accessibility node. */
  public final class AxNode {
    private final JsonNode node;

    private AxNode(JsonNode node) {
      this.node = node;
    }

    /** The role, e.g. {@code "cell"}, {@code "StaticText"}, {@code "graphics-document"}. */
    public String role() {
      return node.path("role").path("value").asText("");
    }

    /** The accessible name, {@code ""} if none. */
    public String name() {
      return node.path("name").path("value").asText("");
    }

    /** The accessible description, {@code ""} if none. */
    public String description() {
      return node.path("description").path("value").asText("");
    }

    /** The DOM node this node is for, if any (for {@code DOM.resolveNode}). */
    public Optional<Integer> backendDomNodeId() {
      JsonNode id = node.path("backendDOMNodeId");
      return id.isInt() ? Optional.of(id.asInt()) : Optional.empty();
    }

    /** The unignored children, in order; an ignored child counts as its own children. */
    public List<AxNode> children() {
      List<AxNode> children = new ArrayList<>();
      addUnignoredChildren(node, children);
      return children;
    }

    private void addUnignoredChildren(JsonNode parent, List<AxNode> into) {
      for (JsonNode id : parent.path("childIds")) {
        JsonNode child = nodes.get(id.asText());
        if (child == null) {
          continue;
        }
        if (child.path("ignored").asBoolean()) {
          addUnignoredChildren(child, into);
        } else {
          into.add(new AxNode(child));
        }
      }
    }

    /** Every unignored node below this one, depth first, in order. */
    public List<AxNode> descendants() {
      List<AxNode> all = new ArrayList<>();
      for (AxNode child : children()) {
        all.add(child);
        all.addAll(child.descendants());
      }
      return all;
    }

    /**
     * The texts in this subtree, one per node with {@code StaticText} children (one per SVG
     * {@code <text>}): the children's names concatenated as they are, then {@link #collapse
     * collapsed}. Lines written as adjacent tspans with no space between them come out glued
     * ({@code "Searches for aservice online"}), as a screen reader would read them.
     */
    public List<String> paragraphs() {
      List<String> paragraphs = new ArrayList<>();
      collectParagraphs(this, paragraphs);
      return paragraphs;
    }

    private void collectParagraphs(AxNode at, List<String> into) {
      StringBuilder text = new StringBuilder();
      boolean hasText = false;
      for (AxNode child : at.children()) {
        if (child.role().equals("StaticText")) {
          text.append(child.name());
          hasText = true;
        } else {
          collectParagraphs(child, into);
        }
      }
      if (hasText && !collapse(text.toString()).isEmpty()) {
        into.add(collapse(text.toString()));
      }
    }

    /** An indented outline of this subtree (role and name), for failure messages. */
    public String outline() {
      StringBuilder out = new StringBuilder();
      outline(this, 0, out);
      return out.toString();
    }

    private void outline(AxNode at, int depth, StringBuilder out) {
      if (at.role().equals("InlineTextBox")) {
        return;
      }
      out.append("  ".repeat(depth)).append(at.role());
      if (!at.name().isEmpty()) {
        out.append(" \"").append(at.name()).append('"');
      }
      out.append('\n');
      for (AxNode child : at.children()) {
        outline(child, depth + 1, out);
      }
    }

    @Override
    public String toString() {
      return role() + (name().isEmpty() ? "" : " \"" + name() + "\"");
    }
  }
}
