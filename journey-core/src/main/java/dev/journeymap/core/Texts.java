package dev.journeymap.core;

import java.util.Objects;

/** The one normalisation of user text: leading and trailing white space is removed. */
final class Texts {
  private Texts() {}

  /**
   * {@code text} without leading and trailing white space, as the JSON reader does, so that a
   * journey built in code and the same journey read back from JSON are equal.
   *
   * @throws NullPointerException naming {@code what} if {@code text} is null
   */
  static String strip(String text, String what) {
    return Objects.requireNonNull(text, what).strip();
  }
}
