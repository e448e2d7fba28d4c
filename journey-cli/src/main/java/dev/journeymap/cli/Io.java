package dev.journeymap.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a command reads and writes: standard input, output and error, and the directory that
 * relative paths are resolved against.
 *
 * @param in standard input, read only for the {@code -} input
 * @param out standard output: what the user asked for (maps written, maps on {@code -})
 * @param err standard error: problems and warnings
 * @param workingDir the directory relative paths are resolved against
 */
record Io(InputStream in, PrintStream out, PrintStream err, Path workingDir) {
  Io {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(workingDir, "workingDir");
  }

  /** {@code path} resolved against the working directory. */
  Path resolve(String path) {
    return workingDir.resolve(path);
  }
}
