package dev.journeymap.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One in-process run of the command line: its exit status and everything it printed.
 *
 * @param status the exit status
 * @param out standard output, as text
 * @param outBytes standard output, as bytes (for PNG on standard output)
 * @param err standard error, as text
 */
record CliRun(int status, String out, byte[] outBytes, String err) {

  /** Runs {@code args} in {@code dir} with empty standard input. */
  static CliRun run(Path dir, String... args) {
    return runWithInput(dir, new byte[0], args);
  }

  /** Runs {@code args} in {@code dir} with {@code input} on standard input. */
  static CliRun runWithInput(Path dir, byte[] input, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = JourneyMapCli.run(args, new ByteArrayInputStream(input), o, e, dir);
    }
    return new CliRun(status, out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"),
        out.toByteArray(), err.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
  }

  /** Standard error split into lines. */
  java.util.List<String> errLines() {
    return err.isEmpty() ? java.util.List.of() : java.util.List.of(err.split("\n"));
  }
}
