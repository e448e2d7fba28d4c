package dev.journeymap.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Writes files so that a reader sees either the old file or the complete new one, never a
 * half-written file: the bytes go to a temporary file beside the target, forced to disk, then
 * moved onto the target. If writing fails, the temporary file is deleted and the target is left
 * as it was.
 *
 * <pre>{@code
 * AtomicFiles.write(Path.of("map.svg"), out -> out.write(svgBytes));
 * }</pre>
 *
 * <p>The temporary file of {@code map.svg} is named {@code .map.svg.PID-RANDOM.journeymap-tmp}:
 * the id of the writing process, a random part so that writers never wait for a free name, and
 * an ending that only this class produces. A process killed while writing cannot delete its
 * temporary file, so each write first deletes the temporary files of the same target that such
 * a run left behind: those whose process is no longer alive, or which nobody has written to for
 * {@value #STALE_AFTER_MINUTES} minutes (a process id may be reused). It never touches a file of
 * another name, a temporary file another writer is still writing, or a file this class did not
 * name (e.g. the {@code .map.svg.tmp} of older versions); a failure to delete one never fails
 * the write. Very long names are shortened in the temporary name, with a checksum of the whole
 * name, so that the temporary name stays within the file system's 255 bytes.
 *
 * <p>The new file gets the default permissions of a new file in its directory (not the
 * owner-only ones of {@link Files#createTempFile}). Stateless and thread-safe: two threads
 * writing the same target use different temporary files, and one of the two complete files
 * remains.
 */
public final class AtomicFiles {
  /** The ending of every temporary file of this class, and of no other file. */
  static final String TEMP_SUFFIX = ".journeymap-tmp";
  /** How long a temporary file may go unwritten before any later write deletes it. */
  static final long STALE_AFTER_MINUTES = 15;
  /** Names longer than this (in UTF-8 bytes) are shortened in their temporary name. */
  private static final int MAX_NAME_BYTES_IN_TEMP = 160;
  /** Random temporary names tried before giving up (a clash is all but impossible). */
  private static final int MAX_TEMP_ATTEMPTS = 10;
  private static final SecureRandom RANDOM = new SecureRandom();

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
    String prefix = tempPrefix(target.getFileName().toString());
    deleteStaleTempFiles(target, prefix);
    Path temp = null;
    try {
      FileChannel channel = null;
      // a new file rather than Files.createTempFile, whose owner-only permissions the moved
      // file would keep; CREATE_NEW makes concurrent writers pick different names
      for (int attempt = 1; channel == null; attempt++) {
        Path candidate = target.resolveSibling(prefix + ProcessHandle.current().pid() + "-"
            + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36) + TEMP_SUFFIX);
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

  /**
   * The start of every temporary name of the file named {@code name}, up to the process id:
   * {@code map.svg} gives {@code .map.svg.}.
   */
  static String tempPrefix(String name) {
    byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
    if (utf8.length <= MAX_NAME_BYTES_IN_TEMP) {
      return "." + name + ".";
    }
    CRC32 crc = new CRC32();
    crc.update(utf8);
    StringBuilder shortened = new StringBuilder();
    int bytes = 0;
    for (int i = 0; i < name.length(); ) {
      int codePoint = name.codePointAt(i);
      int length = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
      if (bytes + length > MAX_NAME_BYTES_IN_TEMP - 9) {
        break;
      }
      shortened.appendCodePoint(codePoint);
      bytes += length;
      i += Character.charCount(codePoint);
    }
    return "." + shortened + "~" + String.format(Locale.ROOT, "%08x", crc.getValue()) + ".";
  }

  /**
   * The process id of {@code name} if it is a temporary name that this class gave for a target
   * with this {@code prefix}: the prefix, digits, {@code -}, base-36 digits and the suffix.
   */
  static Optional<Long> owner(String name, String prefix) {
    if (!name.startsWith(prefix) || !name.endsWith(TEMP_SUFFIX)) {
      return Optional.empty();
    }
    String middle = name.substring(prefix.length(), name.length() - TEMP_SUFFIX.length());
    int dash = middle.indexOf('-');
    if (dash <= 0 || dash > 19 || dash == middle.length() - 1) {
      return Optional.empty();
    }
    for (int i = 0; i < middle.length(); i++) {
      char c = middle.charAt(i);
      boolean ok = i < dash ? c >= '0' && c <= '9'
          : i == dash || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z');
      if (!ok) {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(Long.parseLong(middle.substring(0, dash)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * Deletes the temporary files of {@code target} that killed or stuck writers left behind.
   * Best effort: whatever goes wrong here is left for a later write to retry.
   */
  private static void deleteStaleTempFiles(Path target, String prefix) {
    Path dir = target.getParent();
    if (dir == null) {
      return;
    }
    Instant staleBefore = Instant.now().minus(Duration.ofMinutes(STALE_AFTER_MINUTES));
    try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir,
        p -> p.getFileName().toString().startsWith(prefix))) {
      for (Path temp : temps) {
        try {
          Optional<Long> owner = owner(temp.getFileName().toString(), prefix);
          if (owner.isEmpty()) {
            continue;
          }
          long pid = owner.get();
          BasicFileAttributes attributes = Files.readAttributes(temp,
              BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
          if (!attributes.isRegularFile()) {
            continue;
          }
          boolean ownerGone = pid != ProcessHandle.current().pid()
              && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
          if (ownerGone || attributes.lastModifiedTime().toInstant().isBefore(staleBefore)) {
            Files.deleteIfExists(temp);
          }
        } catch (IOException | RuntimeException e) {
          // gone already, or not ours to delete: not a reason to fail the write
        }
      }
    } catch (IOException | RuntimeException e) {
      // an unreadable directory fails the write itself, with a better message
    }
  }
}
