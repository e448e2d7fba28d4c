package dev.journeymap.cli;

import dev.journeymap.core.json.JourneyJson;
import dev.journeymap.mermaid.MermaidJourney;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code convert FILE -o OUT}: rewrites a journey as JSON or as a Mermaid diagram. */
@Command(name = "convert",
    description = {
        "Converts a journey between JSON (.json) and Mermaid (.mmd); the formats come from the "
            + "file extensions.",
        "Mermaid keeps only stages, touchpoints, scores and actors: see the Mermaid module's "
            + "documentation for what is lost."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:converted (warnings allowed)",
        "1:the input was invalid or unreadable, or the output could not be written",
        "2:usage error"})
final class ConvertCommand implements Callable<Integer> {
  private final Io io;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
  boolean help;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "the journey to convert (.json or .mmd)")
  String input;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true,
      description = "the file to write (.json or .mmd); its directory must exist")
  String output;

  ConvertCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    boolean mermaid = JourneyReader.isMermaid(output);
    if (!mermaid && !output.toLowerCase(Locale.ROOT).endsWith(".json")) {
      throw new ParameterException(spec.commandLine(),
          "cannot tell the output format of " + output + ": name it .json or .mmd");
    }
    if (input.equals("-")) {
      throw new ParameterException(spec.commandLine(), "convert reads a file, not '-'");
    }
    if (io.resolve(input).normalize().equals(io.resolve(output).normalize())) {
      throw new ParameterException(spec.commandLine(),
          "the output must not be the input: " + output);
    }
    Loaded loaded = new JourneyReader(io).file(input);
    if (loaded instanceof Loaded.Failed failed) {
      failed.lines().forEach(io.err()::println);
      return ExitStatus.INVALID;
    }
    Loaded.Read read = (Loaded.Read) loaded;
    read.warnings().forEach(p -> io.err().println(Diagnostics.line(read.name(), p)));
    Path target = io.resolve(output);
    if (Files.isDirectory(target)) {
      io.err().println(Diagnostics.line(output, "is a directory; name the file to write"));
      return ExitStatus.INVALID;
    }
    try {
      if (mermaid) {
        MermaidJourney.write(read.journey(), target);
      } else {
        JourneyJson.write(read.journey(), target);
      }
    } catch (IOException e) {
      io.err().println(Diagnostics.line(output, "cannot write: " + JourneyReader.reason(e)));
      return ExitStatus.INVALID;
    }
    io.out().println("wrote " + output);
    return ExitStatus.OK;
  }
}
