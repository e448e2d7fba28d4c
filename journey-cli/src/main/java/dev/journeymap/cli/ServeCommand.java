package dev.journeymap.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code serve FILE... [--port N] [--host ADDR]}: a live preview of journey files in the
 * browser, until Ctrl-C.
 *
 * <p>In its own JVM ({@code main}), Ctrl-C (or any other end of the JVM) stops the server and
 * the watcher in a shutdown hook, which then ends the JVM with status 0. Run in-process, the
 * command returns when its thread is interrupted.
 */
@Command(name = "serve", sortOptions = false,
    description = {
        "Shows each journey file (JSON, or Mermaid .mmd) as a map in the browser, and updates "
            + "the open page when the file is saved; an invalid file shows its problems "
            + "instead. Runs until Ctrl-C."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:stopped with Ctrl-C",
        "1:the server could not start (the port is taken, for example)",
        "2:usage error"})
final class ServeCommand implements Callable<Integer> {
  private final Io io;
  private final boolean ownsJvm;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
  boolean help;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "journey files (.json, or .mmd for Mermaid)")
  List<String> files;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
      description = "port to listen on; 0 for a free one (default: ${DEFAULT-VALUE})")
  int port;

  @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
      description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
  String host;

  ServeCommand(Io io, boolean ownsJvm) {
    this.io = io;
    this.ownsJvm = ownsJvm;
  }

  @Override
  public Integer call() {
    if (files.contains("-")) {
      throw usage("serve shows files as they change; '-' (standard input) cannot be served");
    }
    if (port < 0 || port > 65535) {
      throw usage("--port must be between 0 and 65535, not " + port);
    }
    InetAddress address;
    try {
      address = InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw usage("unknown --host: " + host);
    }
    Preview preview;
    try {
      preview = Preview.start(io, files, new InetSocketAddress(address, port));
    } catch (IOException e) {
      io.err().println(Diagnostics.line("error", "cannot listen on " + host + ":" + port + ": "
          + JourneyReader.reason(e) + (e instanceof BindException
              ? "; try another --port, or --port 0 for a free one" : "")));
      return ExitStatus.INVALID;
    }
    List<Preview.Document> documents = preview.documents();
    io.out().println("serving " + documents.size() + (documents.size() == 1 ? " file" : " files")
        + " at " + preview.url() + " (Ctrl-C stops)");
    for (Preview.Document document : documents) {
      io.out().println("  " + preview.url().resolve("/map/" + document.slug) + "  "
          + Diagnostics.line(document.name, document.shown.status()));
    }
    io.out().flush();
    documents.forEach(document -> document.shown.lines().forEach(io.err()::println));
    if (!address.isLoopbackAddress()) {
      io.err().println("warning: listening on " + host + ", where other machines may read the "
          + "maps; the default, 127.0.0.1, is this machine only");
    }
    io.out().flush();
    AtomicBoolean said = new AtomicBoolean();
    // One stop at a time: the shutdown hook halts the JVM right after its stop, so it must wait
    // for the main thread's "stopped" if that thread got there first.
    Runnable stop = () -> {
      synchronized (said) {
        preview.close();
        if (said.compareAndSet(false, true)) {
          io.out().println("stopped");
          io.out().flush();
        }
      }
    };
    if (ownsJvm) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        stop.run();
        io.err().flush();
        // the JVM would end with 130 after Ctrl-C; a preview stopped as asked is a success
        Runtime.getRuntime().halt(ExitStatus.OK);
      }, "journey-map-stop"));
    }
    boolean interrupted = false;
    try {
      preview.awaitClosed();
    } catch (InterruptedException e) {
      interrupted = true;
    }
    stop.run();
    if (interrupted) {
      // after stopping, which waits for the threads of the preview to end
      Thread.currentThread().interrupt();
    }
    return ExitStatus.OK;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
