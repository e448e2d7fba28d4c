package dev.journeymap.mermaid;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MermaidReaderMessagesTest {
  @Test
  void saysWhereAFileIsNotUtf8(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.mmd");
    byte[] head = "journey\n  section Caf\u00e9\n    Pay: ".getBytes(
        java.nio.charset.StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(head, head.length + 2);
    bytes[head.length] = (byte) 0xff;
    bytes[head.length + 1] = '3';
    Files.write(file, bytes);

    assertThatThrownBy(() -> MermaidJourney.read(file))
        .isInstanceOf(MermaidSyntaxException.class)
        .hasMessage("line 3: invalid UTF-8 at byte offset 33 (byte 0xff): a diagram must be"
            + " UTF-8 text");
  }

  @Test
  void escapesTerminalControlsInTheTextItQuotes() {
    assertThatThrownBy(() -> MermaidJourney.read("\u001b[2K\rmap.mmd: all good\u202e\n"))
        .isInstanceOf(MermaidSyntaxException.class)
        .hasMessage("line 1: expected 'journey', found '\\u001b[2K'");
    assertThatThrownBy(() -> MermaidJourney.read(
        "journey\n  section S\n    Pay\u001b[2K\u2028ok: 9\n"))
        .isInstanceOf(MermaidSyntaxException.class)
        .hasMessage("line 3: expected a score from 1 to 5, found '9'");
    assertThatThrownBy(() -> MermaidJourney.read(
        "journey\n  section S\n    Pay\u001b[2K\u202e ok\n"))
        .isInstanceOf(MermaidSyntaxException.class)
        .hasMessage("line 3: expected 'Task: SCORE' (or title, section, accTitle, accDescr),"
            + " found 'Pay\\u001b[2K\\u202e ok'");
  }

  @Test
  void refusesATaskNamedOnlyByALineBreakAsTheWriterWouldWriteIt() {
    assertThatThrownBy(() -> MermaidJourney.read("journey\n  section S\n    \u0085: 3\n"))
        .isInstanceOf(MermaidSyntaxException.class)
        .hasMessage("line 3: expected a task name before ':'");
  }
}
