package dev.journeymap.cli;

import com.google.common.collect.ImmutableList;
import dev.journeymap.core.Journey;
import dev.journeymap.core.json.JourneyJson;
import dev.journeymap.core.validation.InvalidJourneyException;
import dev.journeymap.core.validation.JourneyValidator;
import dev.journeymap.core.validation.Problem;
import dev.journeymap.mermaid.MermaidJourney;
import dev.journeymap.mermaid.MermaidSyntaxException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads the inputs of a command into journeys: {@code .mmd} files as Mermaid {@code journey}
 * diagrams, every other file as a journey document (JSON), and {@code -} (standard input) as
 * JSON when it starts with <code>{</code>, else as Mermaid.
 *
 * <p>Never throws for bad input: every way an input can fail becomes a {@link Loaded.Failed}
 * holding one line per problem.
 */
final class JourneyReader {
  /** The name under which standard input appears in messages. */
  static final String STDIN = "<stdin>";

  private final Io io;

  JourneyReader(Io io) {
    this.io = io;
  }

  /** Whether this input is written as a Mermaid diagram, judged by its name. */
  static boolean isMermaid(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".mmd");
  }

  /** Reads the file the user named {@code name}, resolved against the working directory. */
  Loaded file(String name) {
    Path path = io.resolve(name);
    if (Files.isDirectory(path)) {
      return failed(name, "is a directory, not a journey file");
    }
    // a pipe or a device would block the read, perhaps forever, and could be endless
    if (Files.exists(path) && !Files.isRegularFile(path)) {
      return failed(name, "not a regular file (a pipe, device or socket); name a journey file, "
          + "or pipe it into '-'");
    }
    try {
      Journey journey = isMermaid(name) ? MermaidJourney.read(path) : JourneyJson.read(path);
      return read(name, journey);
    } catch (NoSuchFileException e) {
      return failed(name, "no such file");
    } catch (AccessDeniedException e) {
      return failed(name, "cannot read: permission denied");
    } catch (IOException | UncheckedIOException e) {
      return failed(name, "cannot read: " + reason(e));
    } catch (InvalidJourneyException e) {
      return invalid(name, e);
    } catch (IllegalArgumentException e) {
      return syntaxProblems(name, e);
    } catch (OutOfMemoryError | StackOverflowError e) {
      return tooLarge(name);
    }
  }

  /**
   * Reads standard input, at most one byte more than the {@linkplain
   * JourneyJson#MAX_DOCUMENT_LENGTH longest document} that a file may hold.
   */
  Loaded stdin() {
    try {
      return readStdin();
    } catch (OutOfMemoryError | StackOverflowError e) {
      return tooLarge(STDIN);
    }
  }

  private Loaded readStdin() {
    String text;
    try {
      byte[] bytes = io.in().readNBytes(Math.toIntExact(JourneyJson.MAX_DOCUMENT_LENGTH + 1));
      if (bytes.length > JourneyJson.MAX_DOCUMENT_LENGTH) {
        return failed(STDIN, "the input is longer than the " + JourneyJson.MAX_DOCUMENT_LENGTH
            + " bytes allowed");
      }
      text = new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return failed(STDIN, "cannot read: " + reason(e));
    }
    try {
      Journey journey = text.strip().startsWith("{") || text.isBlank()
          ? JourneyJson.read(text) : MermaidJourney.read(text);
      return read(STDIN, journey);
    } catch (InvalidJourneyException e) {
      return invalid(STDIN, e);
    } catch (IllegalArgumentException e) {
      return syntaxProblems(STDIN, e);
    }
  }

  private static Loaded read(String name, Journey journey) {
    return new Loaded.Read(name, journey, JourneyValidator.validate(journey).warnings());
  }

  private static Loaded invalid(String name, InvalidJourneyException e) {
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    for (Problem p : e.report().problems()) {
      lines.add(Diagnostics.line(name, p));
    }
    return new Loaded.Failed(name, lines.build());
  }

  /**
   * One {@code FILE: line N: MESSAGE} line per syntax problem of a Mermaid input; any other
   * argument error as one {@code FILE: MESSAGE} line.
   */
  private static Loaded syntaxProblems(String name, IllegalArgumentException e) {
    if (e instanceof MermaidSyntaxException syntax) {
      return new Loaded.Failed(name, syntax.problems().stream()
          .map(p -> Diagnostics.line(name, p.toString()))
          .collect(ImmutableList.toImmutableList()));
    }
    return failed(name, String.valueOf(e.getMessage()));
  }

  /**
   * The input whose reading ran out of memory or stack; by the time this is called the
   * half-read document is garbage again.
   */
  private static Loaded tooLarge(String name) {
    return failed(name, "too large to read in the memory available; run java with a larger "
        + "-Xmx");
  }

  static Loaded failed(String name, String message) {
    return new Loaded.Failed(name, ImmutableList.of(Diagnostics.line(name, message)));
  }

  /**
   * Why an I/O operation failed, in words, without the absolute paths that file-system
   * exceptions put in their messages.
   */
  static String reason(Exception e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (cause instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (cause instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (cause instanceof FileAlreadyExistsException) {
      return "a file is in the way";
    }
    if (cause instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    String message = cause.getMessage();
    return message == null || message.isBlank()
        ? cause.getClass().getSimpleName() : message;
  }
}
