package dev.journeymap.cli;

import dev.journeymap.core.Journey;
import dev.journeymap.examples.Examples;
import dev.journeymap.render.JourneyRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code journey-map} command line. Without a command it renders every example map into
 * {@code ./maps/}; {@code render}, {@code validate}, {@code convert}, {@code insights} and
 * {@code serve} (a live preview in the browser) work on the user's own journey files.
 *
 * <pre>
 * java -jar journey-map.jar                         # ./maps/home-services.svg, ...
 * java -jar journey-map.jar render map.json -o out  # out/map.svg
 * java -jar journey-map.jar validate map.json       # map.json: stages[0].id: ...
 * java -jar journey-map.jar insights map.json       # lowest moments, drop-offs, ...
 * java -jar journey-map.jar serve map.json          # http://127.0.0.1:8080/ until Ctrl-C
 * </pre>
 *
 * <p>Embed or test it with {@link #run(String[], InputStream, PrintStream, PrintStream, Path)},
 * which never exits the JVM. Each run is independent; runs may happen on several threads at
 * once as long as they do not share streams.
 */
@Command(name = "journey-map", sortOptions = false,
    description = {
        "Draws customer journey maps.",
        "Without a command, renders every example map into ./maps/ and says where."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:success (warnings allowed)",
        "1:an input was invalid or unreadable, or an output could not be written",
        "2:usage error"},
    footer = {"", "Run 'journey-map COMMAND --help' for the options of a command."})
public final class JourneyMapCli implements Callable<Integer> {
  private final Io io;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
  boolean help;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "maps",
      description = "where to write the example maps (default: ${DEFAULT-VALUE})")
  String output;

  @Option(names = "--png", description = "also write each example map as PNG")
  boolean png;

  private JourneyMapCli(Io io) {
    this.io = io;
  }

  /** Runs the command line and exits the JVM with its status. */
  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err,
        Path.of("").toAbsolutePath(), true));
  }

  /**
   * Runs the command line in-process.
   *
   * @param args the arguments, as {@code main} gets them
   * @param in standard input, read only for the input {@code -}
   * @param out standard output
   * @param err standard error
   * @param workingDir the directory relative paths are resolved against
   * @return the exit status: 0 success, 1 an input invalid or unreadable, 2 usage error
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err,
      Path workingDir) {
    return run(args, in, out, err, workingDir, false);
  }

  /**
   * Runs the command line; {@code ownsJvm} when it is the whole program ({@code main}), so that
   * {@code serve} may stop in a shutdown hook and end the JVM itself.
   */
  private static int run(String[] args, InputStream in, PrintStream out, PrintStream err,
      Path workingDir, boolean ownsJvm) {
    Io io = new Io(in, out, err, workingDir);
    CommandLine cli = new CommandLine(new JourneyMapCli(io));
    cli.addSubcommand("render", new RenderCommand(io));
    cli.addSubcommand("validate", new ValidateCommand(io));
    cli.addSubcommand("convert", new ConvertCommand(io));
    cli.addSubcommand("insights", new InsightsCommand(io));
    cli.addSubcommand("serve", new ServeCommand(io, ownsJvm));
    cli.addSubcommand("help", new CommandLine.HelpCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    cli.setParameterExceptionHandler((e, arguments) -> {
      CommandLine failed = e.getCommandLine();
      err.println("error: " + e.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
      failed.usage(err);
      return ExitStatus.USAGE;
    });
    cli.setExecutionExceptionHandler((e, failed, parseResult) -> {
      if (e instanceof CommandLine.ParameterException usage) {
        return failed.getParameterExceptionHandler().handleParseException(usage, args);
      }
      // A bug of ours, not bad input: say so in one line rather than with a stack trace.
      err.println("error: unexpected failure: " + e);
      return ExitStatus.INVALID;
    });
    int status;
    try {
      status = cli.execute(args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      // the commands say which input was too large; this is for what they did not foresee
      err.println("error: out of " + (e instanceof OutOfMemoryError ? "memory" : "stack")
          + "; run java with a larger " + (e instanceof OutOfMemoryError ? "-Xmx" : "-Xss"));
      status = ExitStatus.INVALID;
    }
    out.flush();
    // a PrintStream keeps its errors to itself: a full disk or a closed pipe would otherwise
    // lose what was printed (a map on '-', the list of files written) with status 0
    if (out.checkError() && status == ExitStatus.OK) {
      err.println("error: cannot write to standard output");
      status = ExitStatus.INVALID;
    }
    err.flush();
    return status;
  }

  @Override
  public Integer call() {
    Path dir = io.resolve(output);
    JourneyRenderer renderer = JourneyRenderer.create();
    int count = 0;
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, Supplier<Journey>> example : Examples.all().entrySet()) {
        Journey journey = example.getValue().get();
        RenderCommand.render(renderer, journey, dir.resolve(example.getKey() + ".svg"), false, 1);
        if (png) {
          RenderCommand.render(renderer, journey, dir.resolve(example.getKey() + ".png"), true,
              2);
        }
        count++;
      }
    } catch (IOException e) {
      io.err().println(Diagnostics.line(output, "cannot write: " + JourneyReader.reason(e)));
      return ExitStatus.INVALID;
    }
    io.out().println("wrote " + count + " example maps " + (png ? "(SVG and PNG) " : "(SVG) ")
        + "to " + dir.toAbsolutePath().normalize());
    io.out().println("open " + dir.toAbsolutePath().normalize()
        .resolve(Examples.names().asList().get(0) + ".svg") + " to start");
    return ExitStatus.OK;
  }
}
