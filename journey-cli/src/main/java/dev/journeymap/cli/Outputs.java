package dev.journeymap.cli;

/** Names of the files a command writes. */
final class Outputs {
  private Outputs() {}

  /**
   * The file name of {@code input} without its directories and its last extension:
   * {@code maps/home.json} gives {@code home}, {@code .hidden} gives {@code .hidden}.
   */
  static String baseName(String input) {
    String name = input.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
