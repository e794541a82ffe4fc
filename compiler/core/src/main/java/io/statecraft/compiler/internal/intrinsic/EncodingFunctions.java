package io.statecraft.compiler.internal.intrinsic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/** States.Base64Encode, States.Base64Decode and States.Hash. */
final class EncodingFunctions {

  /** AWS's limit on the length of the input of the encoding and hash functions. */
  static final int MAX_INPUT = 10_000;

  /** The algorithms States.Hash accepts, spelt exactly so. */
  static final List<String> ALGORITHMS = List.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

  private EncodingFunctions() {}

  static JsonNode base64Encode(Invocation call) {
    String text = limited(call, call.string(0));
    return StringNode.valueOf(
        Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Decodes Base64 leniently, as AWS does: characters outside the alphabet (spaces, line breaks,
   * stray symbols) are skipped, decoding stops at the first {@code =}, padding is optional and a
   * last lone character is dropped. The URL-safe alphabet is accepted too.
   */
  static JsonNode base64Decode(Invocation call) {
    String text = limited(call, call.string(0));
    StringBuilder clean = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '=') {
        break;
      } else if (c == '-') {
        clean.append('+');
      } else if (c == '_') {
        clean.append('/');
      } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '+' || c == '/') {
        clean.append(c);
      }
    }
    if (clean.length() % 4 == 1) {
      clean.setLength(clean.length() - 1);
    }
    byte[] bytes = Base64.getDecoder().decode(clean.toString());
    return StringNode.valueOf(new String(bytes, StandardCharsets.UTF_8));
  }

  /**
   * The hex digest of the data's UTF-8 bytes. Data that is not a string is hashed as AWS renders
   * it into text (see {@link Values#render}); AWS accepts numbers and objects there.
   */
  static JsonNode hash(Invocation call) {
    String data = limited(call, Values.render(call.argument(0)));
    String algorithm = call.string(1);
    if (!ALGORITHMS.contains(algorithm)) {
      throw call.fail("the algorithm must be one of " + String.join(", ", ALGORITHMS)
          + ", was '" + algorithm + "'");
    }
    try {
      byte[] digest = MessageDigest.getInstance(algorithm)
          .digest(data.getBytes(StandardCharsets.UTF_8));
      return StringNode.valueOf(HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide these five; reaching here means a broken JDK.
      throw new IllegalStateException("the JDK lacks the " + algorithm + " digest", e);
    }
  }

  private static String limited(Invocation call, String input) {
    if (input.length() > MAX_INPUT) {
      throw call.fail("the input has " + input.length() + " characters, more than the "
          + MAX_INPUT + " AWS allows");
    }
    return input;
  }
}
