package dev.journeymap.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code validate FILE...}: checks each input and prints every problem. */
@Command(name = "validate",
    description = {
        "Checks each journey file (JSON, or Mermaid .mmd) against the journey format.",
        "Prints every problem on standard error as FILE: PATH: MESSAGE, warnings marked "
            + "'warning:', and 'FILE: valid' on standard output for each valid file."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:every input is valid (warnings allowed)",
        "1:an input is invalid or unreadable",
        "2:usage error"})
final class ValidateCommand implements Callable<Integer> {
  private final Io io;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
  boolean help;

  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "journey files (.json, or .mmd for Mermaid), or '-' for standard input")
  List<String> files;

  ValidateCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    JourneyReader reader = new JourneyReader(io);
    int status = ExitStatus.OK;
    for (String name : files) {
      Loaded loaded = name.equals("-") ? reader.stdin() : reader.file(name);
      if (loaded instanceof Loaded.Read read) {
        read.warnings().forEach(p -> io.err().println(Diagnostics.line(read.name(), p)));
        int warnings = read.warnings().size();
        io.out().println(Diagnostics.line(read.name(), warnings == 0 ? "valid"
            : "valid, " + warnings + (warnings == 1 ? " warning" : " warnings")));
      } else {
        ((Loaded.Failed) loaded).lines().forEach(io.err()::println);
        status = ExitStatus.INVALID;
      }
    }
    return status;
  }
}
