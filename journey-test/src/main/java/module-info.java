/**
 * The test kit for users' builds: AssertJ assertions on journeys, validation reports and
 * insights, SVG snapshots of maps, and a query API over a rendered map. Readers of this module
 * also read AssertJ and the renderer (and through it the model), whose types its assertions take
 * and return.
 */
module dev.journeymap.test {
  // assertions extend AbstractAssert; assertThat takes Journey and ValidationReport
  requires transitive org.assertj.core;
  requires transitive dev.journeymap.render;
  // the rendered map is read back with the JDK's DOM
  requires java.xml;

  exports dev.journeymap.test;
}
