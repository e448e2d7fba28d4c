/**
 * The customer journey model, its fluent builders, validation, insights, and the JSON format
 * with its schema. Readers of this module also read Guava, whose immutable collections are the
 * model's list and map types.
 *
 * <p>The schema is read with {@code JourneyJson.schema()}: its resource is inside this module
 * and, like every resource of a package that is not opened, cannot be looked up by name from
 * another module.
 */
// "module": the modules that dev.journeymap.core.io is exported to are compiled after this one,
// so javac does not find them here (the builds of render and mermaid fail if their name is
// wrong; journey-test's too).
// "requires-automatic": the Immutables annotations are an automatic module, with the stable name
// of its manifest, needed only to compile. The model classes carry those annotations (class
// retention, ignored by readers that lack them), so each says @SuppressWarnings("exports").
@SuppressWarnings({"module", "requires-automatic"})
module dev.journeymap.core {
  // ImmutableList and ImmutableMap are the return types of the model (Journey.stages()...)
  requires transitive com.google.common;
  // the JSON reader's parser and tree, never in a public signature
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  // compile only: the Immutables annotations, and those that the generated (package-private)
  // Immutable* classes carry: javax.annotation.processing.Generated and Error Prone's
  requires static org.immutables.value.annotations;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports dev.journeymap.core;
  exports dev.journeymap.core.insights;
  exports dev.journeymap.core.json;
  exports dev.journeymap.core.validation;
  // atomic file writing, shared by our own modules that write files (journey-test: snapshot
  // files); not an API of the library
  exports dev.journeymap.core.io to
      dev.journeymap.render,
      dev.journeymap.mermaid,
      dev.journeymap.pdf,
      dev.journeymap.test;
}
