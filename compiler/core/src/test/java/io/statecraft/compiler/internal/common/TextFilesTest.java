package io.statecraft.compiler.internal.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {

  @TempDir Path dir;

  @Test
  void aFileOverTheLimitIsRefusedWithoutBeingReadToItsEnd() throws IOException {
    // GIVEN a (sparse) file one byte over the limit
    Path big = dir.resolve("big.json");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(TextFiles.MAX_BYTES + 1L);
    }
    // WHEN / THEN
    assertThatThrownBy(() -> TextFiles.readUtf8(big)).isInstanceOf(IOException.class)
        .hasMessage("the file is larger than 64 MiB, the most statecraft reads from one file");
  }

  @Test
  void aFileUpToTheLimitIsRead() throws IOException {
    Path file = Files.writeString(dir.resolve("m.json"), "{\"caf\u00e9\": 1}");
    assertThat(TextFiles.readUtf8(file)).isEqualTo("{\"caf\u00e9\": 1}");
  }

  @Test
  void bytesThatAreNotUtf8AreFoundByOffsetAndLine() throws IOException {
    Path file = Files.write(dir.resolve("latin1.json"), new byte[] {'{', '\n', '"', (byte) 0xe9});
    assertThatThrownBy(() -> TextFiles.readUtf8(file)).hasMessageStartingWith(
        "not UTF-8 text: byte 3 (line 2) is 0xe9");
  }

  @Test
  void aMissingFileOrALoopIsSaidWithoutRepeatingThePath() throws IOException {
    Path loop = Files.createSymbolicLink(dir.resolve("loop.json"), dir.resolve("loop.json"));
    assertThatThrownBy(() -> TextFiles.readUtf8(dir.resolve("absent.json")))
        .hasMessage("no such file");
    assertThatThrownBy(() -> TextFiles.readUtf8(loop)).isInstanceOf(IOException.class)
        .message().doesNotContain(loop.toString());
  }

  @Test
  void utf16TextIsNamedByItsByteOrderMark() throws IOException {
    Path file = Files.writeString(dir.resolve("utf16.json"), "\uFEFF{}",
        java.nio.charset.StandardCharsets.UTF_16LE);
    assertThatThrownBy(() -> TextFiles.readUtf8(file)).hasMessage("not UTF-8 text: it starts"
        + " with the byte order mark of UTF-16 (or UTF-32); save the file as UTF-8");
  }
}
