package io.statecraft.compiler.internal.common;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * UTF-8 text files whose decoding errors say where they are: {@code Files.readString} only says
 * "Input length = 1", which leaves the user searching the whole file.
 *
 * <pre>{@code
 * String text = TextFiles.readUtf8(Path.of("machine.asl.json"));
 * }</pre>
 */
public final class TextFiles {

  private TextFiles() {}

  /**
   * The text of {@code file}; an {@link IOException} naming the byte offset and line of the
   * first byte that is not UTF-8 when it holds one.
   */
  public static String readUtf8(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      throw new IOException("not UTF-8 text: byte " + offset + " (line " + line(bytes, offset)
          + ") is 0x" + String.format("%02x", bytes[Math.min(offset, bytes.length - 1)] & 0xff)
          + ", which UTF-8 does not allow there; save the file as UTF-8");
    }
    return out.flip().toString();
  }

  private static int line(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
