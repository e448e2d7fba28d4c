package dev.journeymap.cli;

import dev.journeymap.core.validation.MessageText;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * A running live preview: the files it shows, the page of each as it is now, the web server
 * that serves them and the watcher that keeps them current. Each file's page has a version
 * that changes whenever the page does; pages ask for these versions (through {@link
 * PreviewServer}'s {@code /events} or {@code /versions}) and reload when theirs changed.
 *
 * <p>{@link #start} reads every file, starts the server and the watcher; {@link #close()}
 * stops both and returns when their threads have ended. Thread-safe.
 */
final class Preview implements AutoCloseable {
  private final Io io;
  private final FilePages pages;
  private final Map<String, Document> bySlug = new LinkedHashMap<>();
  private final Map<Path, Document> byPath = new LinkedHashMap<>();
  private final Object changes = new Object();
  private final CountDownLatch closedLatch = new CountDownLatch(1);
  /** The version of the latest change of any page; guarded by {@link #changes}. */
  private long generation;
  private boolean closed;
  private PreviewServer server;
  private FileWatcher watcher;

  private Preview(Io io, List<String> names) {
    this.io = io;
    this.pages = new FilePages(io);
    // a version is unique across runs too, so that a page left open through a restart of the
    // preview reloads as soon as it reconnects
    this.generation = System.currentTimeMillis();
    Set<String> slugs = new HashSet<>();
    for (String name : names) {
      Path path = io.resolve(name).toAbsolutePath().normalize();
      if (byPath.containsKey(path)) {
        continue;
      }
      Document document = new Document(name, path, slug(name, slugs));
      bySlug.put(document.slug, document);
      byPath.put(path, document);
    }
  }

  /**
   * Reads {@code names} (resolved against the working directory of {@code io}), starts serving
   * them on {@code address} and watching them.
   *
   * @throws IOException if the server cannot listen on {@code address}
   */
  static Preview start(Io io, List<String> names, InetSocketAddress address) throws IOException {
    return start(io, names, address, true);
  }

  /**
   * As {@link #start(Io, List, InetSocketAddress)}; without the file system's watch service
   * (polling only) when {@code watchService} is {@code false}.
   */
  static Preview start(Io io, List<String> names, InetSocketAddress address,
      boolean watchService) throws IOException {
    Preview preview = new Preview(io, names);
    for (Document document : preview.bySlug.values()) {
      preview.reload(document, false);
    }
    preview.server = PreviewServer.start(preview, address);
    try {
      preview.watcher = FileWatcher.start(new ArrayList<>(preview.byPath.keySet()),
          preview::changed, watchService);
    } catch (RuntimeException | Error e) {
      preview.close();
      throw e;
    }
    return preview;
  }

  /** The address of the index page, e.g. {@code http://127.0.0.1:8080/}. */
  URI url() {
    return server.url("/");
  }

  /** The address the server listens on. */
  InetSocketAddress address() {
    return server.address();
  }

  /** The files shown, in the order first named. */
  List<Document> documents() {
    return List.copyOf(bySlug.values());
  }

  /** The file shown at {@code /map/SLUG}, or {@code null}. */
  Document document(String slug) {
    return bySlug.get(slug);
  }

  /** The watcher, for tests of its end. */
  FileWatcher watcher() {
    return watcher;
  }

  /** The index page, current. */
  String indexHtml() {
    // the version first: a change while the rows are gathered then reloads the index again,
    // rather than leaving it on an old row with the newest version
    String version = String.valueOf(version());
    List<PreviewPages.Entry> entries = new ArrayList<>();
    for (Document d : bySlug.values()) {
      FilePages.Shown shown = d.shown;
      entries.add(new PreviewPages.Entry("/map/" + d.slug, d.shownName, shown.title(),
          shown.status(), shown.state()));
    }
    return PreviewPages.index(entries, PreviewPages.liveScript("*", version));
  }

  /** The version of the latest change of any page. */
  long version() {
    synchronized (changes) {
      return generation;
    }
  }

  /**
   * Every page's version, one {@code NAME VERSION} line each, then {@code * VERSION} for the
   * latest change: what {@code live.js} compares with its own.
   */
  String versions() {
    synchronized (changes) {
      StringBuilder text = new StringBuilder();
      for (Document d : bySlug.values()) {
        text.append(d.slug).append(' ').append(d.shown.version()).append('\n');
      }
      return text.append("* ").append(generation).toString();
    }
  }

  /**
   * Waits until the version of the latest change is no longer {@code seen}, the preview is
   * closed, or {@code timeout} has passed; returns the version then.
   */
  long awaitChange(long seen, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (changes) {
      long left;
      while (generation == seen && !closed && (left = deadline - System.nanoTime()) > 0) {
        changes.wait(Math.max(1, left / 1_000_000));
      }
      return generation;
    }
  }

  /** Whether {@link #close()} was called. */
  boolean isClosed() {
    synchronized (changes) {
      return closed;
    }
  }

  private void changed(Set<Path> paths) {
    for (Path path : paths) {
      Document document = byPath.get(path);
      if (document != null) {
        reload(document, true);
      }
    }
  }

  /**
   * Reads and renders the file again; a new version only if its page changed, said on the
   * terminal before the page shows it. Called by one thread at a time: the starting thread,
   * then the watcher's.
   */
  private void reload(Document document, boolean report) {
    FilePages.Shown next = pages.read(document);
    synchronized (changes) {
      if (closed
          || document.shown != null && document.shown.template().equals(next.template())) {
        return;
      }
    }
    if (report) {
      io.out().println(Diagnostics.line(document.name, "changed: " + next.status()));
      next.lines().forEach(io.err()::println);
    }
    synchronized (changes) {
      generation++;
      document.shown = next.withVersion(generation);
      changes.notifyAll();
    }
  }

  /**
   * The name of a file in the preview's addresses: its base name with every character but
   * letters, digits, {@code . _ -} as {@code -}, and {@code -2}, {@code -3}... when taken.
   */
  static String slug(String name, Set<String> taken) {
    StringBuilder slug = new StringBuilder();
    for (char c : Outputs.baseName(name).toCharArray()) {
      boolean plain = c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_'
          || c == '-');
      slug.append(plain ? c : '-');
    }
    String base = slug.length() == 0 || slug.toString().matches("\\.+") ? "map"
        : slug.toString().toLowerCase(Locale.ROOT);
    String candidate = base;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = base + "-" + n;
    }
    return candidate;
  }

  /** Stops the watcher and the server and waits for their threads. Idempotent. */
  @Override
  public void close() {
    synchronized (changes) {
      if (closed) {
        return;
      }
      closed = true;
      changes.notifyAll();
    }
    try {
      if (watcher != null) {
        watcher.close();
      }
    } finally {
      if (server != null) {
        server.close();
      }
      closedLatch.countDown();
    }
  }

  /** Waits until {@link #close()} has stopped everything. */
  void awaitClosed() throws InterruptedException {
    closedLatch.await();
  }

  /** One file of the preview. */
  static final class Document {
    /** The file as the user named it. */
    final String name;
    /** The name as shown: controls and bidi characters escaped. */
    final String shownName;
    final Path path;
    /** Its name in the page's address, {@code /map/SLUG}. */
    final String slug;
    /** Its page as it is now; never {@code null} once the preview has started. */
    volatile FilePages.Shown shown;

    Document(String name, Path path, String slug) {
      this.name = name;
      this.shownName = MessageText.escape(name);
      this.path = path;
      this.slug = slug;
    }
  }
}
