package dev.journeymap.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Writes files so that a reader sees either the old file or the complete new one, never a
 * half-written file: the bytes go to a temporary file beside the target ({@code .NAME.tmp}),
 * forced to disk, then moved onto the target. If writing fails, the temporary file is deleted
 * and the target is left as it was.
 *
 * <pre>{@code
 * AtomicFiles.write(Path.of("map.svg"), out -> out.write(svgBytes));
 * }</pre>
 *
 * <p>The new file gets the default permissions of a new file in its directory (not the
 * owner-only ones of {@link Files#createTempFile}). Stateless and thread-safe: two threads
 * writing the same target use different temporary files, and one of the two complete files
 * remains.
 */
public final class AtomicFiles {
  /** Temporary names tried beside a file being written, left over by crashes or in use. */
  private static final int MAX_TEMP_ATTEMPTS = 100;

  private AtomicFiles() {}

  /** What writes the content of the file. */
  @FunctionalInterface
  public interface Content {
    /** Writes the file's bytes to {@code out}; the caller flushes and closes it. */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes {@code content} to {@code file}, replacing it if it exists.
   *
   * @throws IOException if the directory does not exist or cannot be written, or if
   *     {@code content} throws; the target is then left as it was and no temporary file remains
   */
  public static void write(Path file, Content content) throws IOException {
    Objects.requireNonNull(content, "content");
    Path target = Objects.requireNonNull(file, "file").toAbsolutePath();
    Path temp = null;
    try {
      FileChannel channel = null;
      // a new file rather than Files.createTempFile, whose owner-only permissions the moved
      // file would keep; CREATE_NEW makes concurrent writers pick different names
      for (int attempt = 0; channel == null; attempt++) {
        Path candidate = target.resolveSibling("." + target.getFileName()
            + (attempt == 0 ? "" : "." + attempt) + ".tmp");
        try {
          channel = FileChannel.open(candidate, StandardOpenOption.CREATE_NEW,
              StandardOpenOption.WRITE);
          temp = candidate;
        } catch (FileAlreadyExistsException e) {
          if (attempt == MAX_TEMP_ATTEMPTS) {
            throw e;
          }
        }
      }
      try (FileChannel open = channel) {
        OutputStream out = Channels.newOutputStream(open);
        content.writeTo(out);
        out.flush();
        // on disk before the move, so that a crash cannot leave an empty file under the name
        open.force(true);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException | Error e) {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw e;
    }
  }
}
