package dev.journeymap.render.svg;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files so that a reader sees either the old file or the complete new one, never a
 * half-written file: the bytes go to a temporary file in the same directory, which is then
 * moved onto the target.
 *
 * <p>Stateless and thread-safe; two threads writing the same target leave one of the two
 * complete files.
 */
public final class AtomicFiles {
  private static final Set<PosixFilePermission> ORDINARY =
      PosixFilePermissions.fromString("rw-r--r--");

  private AtomicFiles() {}

  /** What writes the content. */
  @FunctionalInterface
  public interface Content {
    /** Writes the file's bytes to {@code out}, which the caller closes. */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes {@code content} to {@code file}, replacing it if it exists.
   *
   * @throws IOException if the directory does not exist or cannot be written; the target is
   *     then left as it was and no temporary file remains
   */
  public static void write(Path file, Content content) throws IOException {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    boolean moved = false;
    try {
      // A temporary file is private to its owner; the result should be an ordinary file.
      if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
        Files.setPosixFilePermissions(temp, Files.exists(target)
            ? Files.getPosixFilePermissions(target) : ORDINARY);
      }
      try (OutputStream out = Files.newOutputStream(temp)) {
        content.writeTo(out);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }
}
