package dev.journeymap.cli;

import dev.journeymap.core.Journey;
import dev.journeymap.pdf.JourneyPdf;
import dev.journeymap.pdf.Paper;
import dev.journeymap.pdf.PdfOptions;
import dev.journeymap.render.JourneyRenderer;
import dev.journeymap.render.Lane;
import dev.journeymap.render.RenderOptions;
import dev.journeymap.render.Theme;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code render FILE... [-o DIR] [--format svg|png] ...}: draws each input as a map file. */
@Command(name = "render", sortOptions = false,
    description = {
        "Draws each journey file (JSON, or Mermaid .mmd) as DIR/NAME.svg, .png, .pdf or .html.",
        "With '-' as the only input, reads standard input and writes the map to standard "
            + "output."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:every input was rendered (warnings allowed)",
        "1:an input was invalid or unreadable; the others were still rendered",
        "2:usage error"})
final class RenderCommand implements Callable<Integer> {
  private static final List<String> LOCALES = List.of("en", "fr");

  private final Io io;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
  boolean help;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "journey files (.json, or .mmd for Mermaid), or '-' for standard input")
  List<String> files;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "directory to write into, created if missing (default: current directory)")
  String output;

  @Option(names = "--format", paramLabel = "svg|png|pdf|html", defaultValue = "svg",
      description = "output format (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = "--theme", paramLabel = "light|dark|print", defaultValue = "light",
      description = "colours (default: ${DEFAULT-VALUE})")
  String theme;

  @Option(names = "--locale", paramLabel = "en|fr",
      description = "language of the map's own labels (default: the journey's locale, else en)")
  String locale;

  @Option(names = "--lanes", paramLabel = "LANE", split = ",",
      description = "lanes to draw, in this order, built-in or the map's own, e.g. "
          + "actions,touchpoints,emotions,content (default: all that have content)")
  List<String> lanes;

  @Option(names = "--scale", paramLabel = "N", defaultValue = "2",
      description = "PNG pixels per SVG pixel, above 0 and at most 8 (default: ${DEFAULT-VALUE})")
  double scale;

  @Option(names = "--paper", paramLabel = "A4|A3",
      description = "PDF only: cut the map across sheets of this paper, lane labels repeated on "
          + "each (default: one page the size of the map)")
  String paper;

  @Option(names = "--landscape",
      description = "PDF only: turn the --paper sheets to landscape")
  boolean landscape;

  /** What {@code --format} names. */
  private enum Format {
    SVG(".svg"), PNG(".png"), PDF(".pdf"), HTML(".html");

    final String extension;

    Format(String extension) {
      this.extension = extension;
    }
  }

  RenderCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    Format format = parseFormat();
    boolean png = format == Format.PNG;
    RenderOptions options = options();
    JourneyRenderer renderer = JourneyRenderer.create(options);
    if (png && !(scale > 0 && scale <= JourneyRenderer.MAX_SCALE)) {
      throw usage("--scale must be above 0 and at most 8, not " + scale);
    }
    PdfOptions pdf = pdfOptions(format, options);
    if (files.contains("-")) {
      if (files.size() > 1) {
        throw usage("'-' (standard input) must be the only input");
      }
      if (output != null) {
        throw usage("'-' writes the map to standard output; leave out -o");
      }
      return toStandardOutput(renderer, format, pdf);
    }
    return toFiles(renderer, format, pdf);
  }

  private int toStandardOutput(JourneyRenderer renderer, Format format, PdfOptions pdf) {
    boolean png = format == Format.PNG;
    Loaded loaded = new JourneyReader(io).stdin();
    if (!(loaded instanceof Loaded.Read read)) {
      ((Loaded.Failed) loaded).lines().forEach(io.err()::println);
      return ExitStatus.INVALID;
    }
    warn(read);
    try {
      if (png) {
        renderer.renderPng(read.journey(), io.out(), scale);
      } else if (format == Format.PDF) {
        JourneyPdf.write(read.journey(), pdf, io.out());
      } else if (format == Format.HTML) {
        renderer.renderHtml(read.journey(), io.out());
      } else {
        renderer.renderSvg(read.journey(), io.out());
      }
      io.out().flush();
      // a PrintStream keeps its errors to itself: a full disk would lose the map silently
      if (io.out().checkError()) {
        throw new IOException("standard output failed");
      }
    } catch (IOException e) {
      io.err().println(Diagnostics.line(JourneyReader.STDIN,
          "cannot write the map to standard output"));
      return ExitStatus.INVALID;
    } catch (IllegalArgumentException e) {
      // a --lanes id that this map does not define
      io.err().println(Diagnostics.line(JourneyReader.STDIN, e.getMessage()));
      return ExitStatus.INVALID;
    } catch (OutOfMemoryError | StackOverflowError e) {
      io.err().println(Diagnostics.line(JourneyReader.STDIN, tooLarge(png, scale)));
      return ExitStatus.INVALID;
    }
    return ExitStatus.OK;
  }

  private int toFiles(JourneyRenderer renderer, Format format, PdfOptions pdf) {
    boolean png = format == Format.PNG;
    Path dir = output == null ? io.workingDir() : io.resolve(output);
    String shownDir = output == null ? "" : output.endsWith("/") ? output : output + "/";
    String extension = format.extension;
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      io.err().println(Diagnostics.line(output, "not a directory; nothing written"));
      return ExitStatus.INVALID;
    }
    JourneyReader reader = new JourneyReader(io);
    Map<String, String> written = new HashMap<>();
    int status = ExitStatus.OK;
    for (String name : files) {
      Loaded loaded = reader.file(name);
      if (loaded instanceof Loaded.Failed failed) {
        failed.lines().forEach(io.err()::println);
        status = ExitStatus.INVALID;
        continue;
      }
      Loaded.Read read = (Loaded.Read) loaded;
      warn(read);
      String fileName = Outputs.baseName(name) + extension;
      String earlier = written.putIfAbsent(fileName, name);
      if (earlier != null) {
        io.err().println(Diagnostics.line(name, "not written: " + shownDir + fileName
            + " was already written for " + earlier));
        status = ExitStatus.INVALID;
        continue;
      }
      try {
        Files.createDirectories(dir);
        if (format == Format.PDF) {
          JourneyPdf.write(read.journey(), pdf, dir.resolve(fileName));
        } else if (format == Format.HTML) {
          renderer.renderHtml(read.journey(), dir.resolve(fileName));
        } else {
          render(renderer, read.journey(), dir.resolve(fileName), png, scale);
        }
        io.out().println("wrote " + shownDir + fileName);
      } catch (IOException e) {
        io.err().println(Diagnostics.line(name, "cannot write " + shownDir + fileName + ": "
            + JourneyReader.reason(e)));
        status = ExitStatus.INVALID;
      } catch (IllegalArgumentException e) {
        // a --lanes id that this map does not define
        io.err().println(Diagnostics.line(name, e.getMessage() + "; nothing written"));
        status = ExitStatus.INVALID;
      } catch (OutOfMemoryError | StackOverflowError e) {
        // the image and the layout were locals of render, garbage again by now
        io.err().println(Diagnostics.line(name, tooLarge(png, scale)));
        status = ExitStatus.INVALID;
      }
    }
    return status;
  }

  private void warn(Loaded.Read read) {
    read.warnings().forEach(p -> io.err().println(Diagnostics.line(read.name(), p)));
  }

  private Format parseFormat() {
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "svg" -> Format.SVG;
      case "png" -> Format.PNG;
      case "pdf" -> Format.PDF;
      case "html" -> Format.HTML;
      default -> throw usage("unknown format: " + format + " (one of svg, png, pdf, html)");
    };
  }

  /** The PDF options of {@code --paper} and {@code --landscape}, refused for other formats. */
  private PdfOptions pdfOptions(Format format, RenderOptions options) {
    if (format != Format.PDF) {
      if (paper != null || landscape) {
        throw usage((paper != null ? "--paper" : "--landscape") + " applies to --format pdf");
      }
      return PdfOptions.defaults();
    }
    PdfOptions.Builder builder = PdfOptions.builder().renderOptions(options);
    if (paper != null) {
      builder.paper(switch (paper.toUpperCase(Locale.ROOT)) {
        case "A4" -> Paper.A4;
        case "A3" -> Paper.A3;
        default -> throw usage("unknown paper: " + paper + " (one of A4, A3)");
      });
    } else if (landscape) {
      throw usage("--landscape turns the --paper sheets; give --paper A4 or A3 too");
    }
    return builder.landscape(landscape).build();
  }

  private RenderOptions options() {
    RenderOptions.Builder builder = RenderOptions.builder();
    try {
      builder.theme(Theme.named(theme));
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    if (locale != null) {
      if (!LOCALES.contains(locale)) {
        throw usage("unsupported locale: " + locale + " (one of en, fr)");
      }
      builder.locale(Locale.forLanguageTag(locale));
    }
    if (lanes != null) {
      List<Lane> chosen = new ArrayList<>();
      for (String id : lanes) {
        try {
          chosen.add(Lane.of(id.strip()));
        } catch (IllegalArgumentException e) {
          throw usage(e.getMessage());
        }
      }
      try {
        builder.lanes(chosen);
      } catch (IllegalArgumentException e) {
        throw usage(e.getMessage());
      }
    }
    return builder.build();
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /**
   * What to say when drawing ran out of memory (or of stack): {@code the map is too large to
   * draw as PNG at scale 2; try --scale 1 or SVG}.
   */
  static String tooLarge(boolean png, double scale) {
    if (!png) {
      return "the map is too large to draw in the memory available; run java with a "
          + "larger -Xmx";
    }
    return "the map is too large to draw as PNG at scale " + plain(scale) + "; try "
        + (scale > 1 ? "--scale 1" : "a smaller --scale") + " or SVG";
  }

  /** {@code 2} for 2.0, {@code 1.5} for 1.5. */
  private static String plain(double number) {
    return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
  }

  /** Writes {@code journey} to {@code file} as SVG or PNG, atomically. */
  static void render(JourneyRenderer renderer, Journey journey, Path file, boolean png,
      double scale) throws IOException {
    if (png) {
      renderer.renderPng(journey, file, scale);
    } else {
      renderer.renderSvg(journey, file);
    }
  }
}
