package dev.journeymap.examples.cli;

import com.google.common.collect.ImmutableList;
import dev.journeymap.core.Journey;
import dev.journeymap.mermaid.MermaidJourney;
import dev.journeymap.mermaid.MermaidSyntaxException;
import java.io.IOException;
import java.nio.file.Path;

/** The Mermaid side of the command line: reading and writing {@code journey} diagrams. */
final class Formats {
  private Formats() {}

  /** Reads a Mermaid file; syntax problems come as {@link MermaidSyntaxException}. */
  static Journey readMermaid(Path path) throws IOException {
    return MermaidJourney.read(path);
  }

  /** Reads Mermaid text; syntax problems come as {@link MermaidSyntaxException}. */
  static Journey readMermaid(String text) {
    return MermaidJourney.read(text);
  }

  /** Writes {@code journey} as a Mermaid diagram, atomically. */
  static void writeMermaid(Journey journey, Path path) throws IOException {
    MermaidJourney.write(journey, path);
  }

  /**
   * One {@code FILE: line N: MESSAGE} line per syntax problem of a Mermaid input; any other
   * argument error as one {@code FILE: MESSAGE} line.
   */
  static Loaded syntaxProblems(String name, IllegalArgumentException e) {
    if (e instanceof MermaidSyntaxException syntax) {
      return new Loaded.Failed(name, syntax.problems().stream()
          .map(p -> Diagnostics.line(name, p.toString()))
          .collect(ImmutableList.toImmutableList()));
    }
    return JourneyReader.failed(name, String.valueOf(e.getMessage()));
  }
}
