/**
 * A user's module of the library, for the test of the module descriptors: it requires only the
 * renderer, the Mermaid reader and the PDF writer, and uses Guava's ImmutableList and java.desktop's
 * BufferedImage, which it reads through their {@code requires transitive}.
 */
module dev.journeymap.consumer {
  requires dev.journeymap.render;
  requires dev.journeymap.mermaid;
  requires dev.journeymap.pdf;
}
