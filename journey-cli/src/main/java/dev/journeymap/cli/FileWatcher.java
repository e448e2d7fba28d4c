package dev.journeymap.cli;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches a few files and tells, on its own thread, which of them changed: created, written,
 * deleted, or replaced by a rename (as editors that save through a temporary file do).
 *
 * <p>It watches the files' directories with a {@link WatchService} and, as a safety net (and
 * the only way where the file system has no watch service), compares each file's size,
 * modification time and identity every {@link #POLL_INTERVAL}. A burst of events (an editor's
 * truncate, write and rename) is reported once, after {@link #QUIET} without a new event or
 * at most {@link #MAX_DELAY} after the first, so a save is reported well within a second.
 *
 * <p>{@link #close()} closes the watch service and ends the thread before it returns.
 */
final class FileWatcher implements AutoCloseable {
  static final Duration POLL_INTERVAL = Duration.ofMillis(500);
  static final Duration QUIET = Duration.ofMillis(50);
  static final Duration MAX_DELAY = Duration.ofMillis(300);

  /** The files, absolute and normalised, each with its directory. */
  private final Map<Path, Path> files = new LinkedHashMap<>();
  private final Consumer<Set<Path>> onChange;
  private final WatchService service;
  private final Map<Path, WatchKey> keys = new HashMap<>();
  private final Map<Path, Fingerprint> fingerprints = new LinkedHashMap<>();
  private final CountDownLatch stop = new CountDownLatch(1);
  private final Thread thread;
  private volatile boolean closed;

  private FileWatcher(List<Path> watched, Consumer<Set<Path>> onChange, boolean useWatchService) {
    for (Path file : watched) {
      Path absolute = file.toAbsolutePath().normalize();
      files.put(absolute, absolute.getParent());
      fingerprints.put(absolute, Fingerprint.of(absolute));
    }
    this.onChange = onChange;
    this.service = useWatchService ? newWatchService() : null;
    registerMissing();
    this.thread = new Thread(this::run, "journey-map-watcher");
  }

  /**
   * Starts watching {@code watched}; {@code onChange} is called on the watcher's thread with
   * the files (absolute and normalised) that changed, in the order noticed, never with an empty
   * set.
   */
  static FileWatcher start(List<Path> watched, Consumer<Set<Path>> onChange) {
    return start(watched, onChange, true);
  }

  /** As {@link #start(List, Consumer)}; without a watch service when it is {@code false}. */
  static FileWatcher start(List<Path> watched, Consumer<Set<Path>> onChange,
      boolean useWatchService) {
    FileWatcher watcher = new FileWatcher(watched, onChange, useWatchService);
    watcher.thread.start();
    return watcher;
  }

  /** Whether changes are noticed through the file system's events, not only by polling. */
  boolean usesWatchService() {
    return service != null;
  }

  private WatchService newWatchService() {
    try {
      return files.keySet().iterator().next().getFileSystem().newWatchService();
    } catch (IOException | UnsupportedOperationException e) {
      return null;
    }
  }

  /** Registers the directories not watched yet (or again, after one was deleted) that exist. */
  private void registerMissing() {
    if (service == null) {
      return;
    }
    for (Path dir : new LinkedHashSet<>(files.values())) {
      WatchKey key = keys.get(dir);
      if ((key == null || !key.isValid()) && Files.isDirectory(dir)) {
        try {
          keys.put(dir, dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
              StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE));
        } catch (IOException | UnsupportedOperationException | ClosedWatchServiceException e) {
          // polled instead
        }
      }
    }
  }

  private void run() {
    try {
      while (!closed) {
        Set<Path> changed = new LinkedHashSet<>();
        if (service == null) {
          if (stop.await(POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS)) {
            return;
          }
        } else {
          WatchKey key = service.poll(POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
          if (key != null) {
            collect(key, changed);
            long deadline = System.nanoTime() + MAX_DELAY.toNanos();
            while (System.nanoTime() < deadline
                && (key = service.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)) != null) {
              collect(key, changed);
            }
          }
          registerMissing();
        }
        for (Map.Entry<Path, Fingerprint> entry : fingerprints.entrySet()) {
          Fingerprint now = Fingerprint.of(entry.getKey());
          if (!now.equals(entry.getValue())) {
            changed.add(entry.getKey());
            entry.setValue(now);
          }
        }
        if (!changed.isEmpty() && !closed) {
          onChange.accept(Collections.unmodifiableSet(changed));
        }
      }
    } catch (ClosedWatchServiceException | InterruptedException e) {
      // closed
    }
  }

  private void collect(WatchKey key, Set<Path> changed) {
    Path dir = (Path) key.watchable();
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        files.forEach((file, parent) -> {
          if (parent.equals(dir)) {
            changed.add(file);
          }
        });
      } else if (event.context() instanceof Path name && files.containsKey(dir.resolve(name))) {
        changed.add(dir.resolve(name));
      }
    }
    key.reset();
  }

  /** Stops watching: closes the watch service and waits for the thread to end. */
  @Override
  public void close() {
    closed = true;
    stop.countDown();
    if (service != null) {
      try {
        service.close();
      } catch (IOException ignored) {
        // nothing more to release
      }
    }
    if (Thread.currentThread() != thread) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Whether the watcher's thread has ended. */
  boolean isClosed() {
    return closed && !thread.isAlive();
  }

  /** What tells a file's versions apart without reading it: {@code null}s when it is missing. */
  private record Fingerprint(Object key, long size, FileTime modified, boolean regular) {
    static Fingerprint of(Path file) {
      try {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return new Fingerprint(a.fileKey(), a.size(), a.lastModifiedTime(), a.isRegularFile());
      } catch (IOException e) {
        return new Fingerprint(null, -1, null, false);
      }
    }
  }
}
