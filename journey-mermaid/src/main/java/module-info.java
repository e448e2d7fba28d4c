/**
 * Mermaid {@code journey} diagrams read into journeys and written from them. Readers of this
 * module also read the journey model ({@code dev.journeymap.core}) and Guava.
 */
module dev.journeymap.mermaid {
  // Journey in every method of MermaidJourney
  requires transitive dev.journeymap.core;
  // ImmutableList in MermaidSyntaxException.problems()
  requires transitive com.google.common;

  exports dev.journeymap.mermaid;
}
