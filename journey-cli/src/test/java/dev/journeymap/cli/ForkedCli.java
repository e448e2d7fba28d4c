package dev.journeymap.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The command line in a JVM of its own, as a user runs it: for what an in-process run cannot
 * show (exhausted memory, a killed process, standard output on a full disk). Every run has a
 * time limit, after which the process is killed and the test fails.
 *
 * @param status the exit status
 * @param out standard output, as text, or empty when it was redirected elsewhere
 * @param err standard error, as text
 */
record ForkedCli(int status, String out, String err) {
  static final Duration TIMEOUT = Duration.ofSeconds(120);

  /**
   * A process builder for {@code java JVM_OPTIONS dev.journeymap.cli.JourneyMapCli ARGS} in
   * {@code dir}, with this test's class path; standard output and error go to files in
   * {@code dir} unless the caller redirects them.
   */
  static ProcessBuilder builder(Path dir, List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Djava.awt.headless=true");
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(JourneyMapCli.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .directory(dir.toFile())
        .redirectInput(ProcessBuilder.Redirect.PIPE)
        .redirectOutput(dir.resolve(".forked-out").toFile())
        .redirectError(dir.resolve(".forked-err").toFile());
  }

  /** Runs {@code args} in {@code dir} with {@code jvmOptions} and empty standard input. */
  static ForkedCli run(Path dir, List<String> jvmOptions, String... args)
      throws IOException, InterruptedException {
    ProcessBuilder builder = builder(dir, jvmOptions, args);
    Process process = builder.start();
    process.getOutputStream().close();
    return finish(dir, process);
  }

  /**
   * Waits for {@code process}, started from {@link #builder}, to end and reads what it printed
   * (then deletes those files, so that only the run's own output stays in {@code dir}).
   */
  static ForkedCli finish(Path dir, Process process) throws IOException, InterruptedException {
    if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError("the command line did not end within " + TIMEOUT);
    }
    return new ForkedCli(process.exitValue(), readAndDelete(dir.resolve(".forked-out")),
        readAndDelete(dir.resolve(".forked-err")));
  }

  private static String readAndDelete(Path file) throws IOException {
    if (!Files.exists(file)) {
      return "";
    }
    String text = Files.readString(file, UTF_8).replace("\r\n", "\n");
    Files.delete(file);
    return text;
  }
}
