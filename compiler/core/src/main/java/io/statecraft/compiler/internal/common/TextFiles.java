package io.statecraft.compiler.internal.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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

  /**
   * The most bytes read from one file: 64 MiB, far over what AWS takes anywhere (a definition of
   * 1 MiB, a payload of 256 KiB), so that a file without end ({@code /dev/zero}, a pipe that
   * never closes) is refused in a moment instead of filling the heap.
   */
  public static final int MAX_BYTES = 64 << 20;

  private TextFiles() {}

  /**
   * The text of {@code file} (a regular file, or a pipe read to its end); an {@link IOException}
   * naming the byte offset and line of the first byte that is not UTF-8 when it holds one, or
   * saying the file is over {@link #MAX_BYTES}.
   */
  public static String readUtf8(Path file) throws IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (FileSystemException e) {
      // Its message is the path alone ("x.json") or the path and why ("x.json: Is a directory"),
      // and every caller already names the path.
      throw new IOException(reason(e), e);
    }
    if (bytes.length > MAX_BYTES) {
      throw new IOException("the file is larger than " + (MAX_BYTES >> 20)
          + " MiB, the most statecraft reads from one file");
    }
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
      if (bytes.length >= 2 && ((bytes[0] == (byte) 0xff && bytes[1] == (byte) 0xfe)
          || (bytes[0] == (byte) 0xfe && bytes[1] == (byte) 0xff))) {
        throw new IOException("not UTF-8 text: it starts with the byte order mark of UTF-16 (or"
            + " UTF-32); save the file as UTF-8");
      }
      int offset = in.position();
      throw new IOException("not UTF-8 text: byte " + offset + " (line " + line(bytes, offset)
          + ") is 0x" + String.format("%02x", bytes[Math.min(offset, bytes.length - 1)] & 0xff)
          + ", which UTF-8 does not allow there; save the file as UTF-8");
    }
    return out.flip().toString();
  }

  /** Why {@code e} happened, without the path it names. */
  private static String reason(FileSystemException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
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
