package io.statecraft.compiler.internal.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * ARNs as written: {@code ${...}} placeholders are opaque, so
 * {@code arn:${AWS::Partition}:states:::sns:publish} splits into its six parts like any ARN.
 */
final class Arns {

  private Arns() {}

  /**
   * The parts of {@code text} split at colons outside placeholders, at most {@code limit} (the
   * last keeps the rest); {@code arn:aws:lambda:r:a:function:f} with 6 gives
   * {@code [arn, aws, lambda, r, a, function:f]}.
   */
  static String[] split(String text, int limit) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
        depth++;
        i++;
      } else if (c == '}' && depth > 0) {
        depth--;
      } else if (c == ':' && depth == 0 && (limit <= 0 || parts.size() < limit - 1)) {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(text.substring(start));
    return parts.toArray(String[]::new);
  }

  /** The six parts of an ARN ({@code arn}, partition, service, region, account, resource); null when it is not one. */
  static String[] parts(String text) {
    if (text == null || !text.startsWith("arn:")) {
      return null;
    }
    String[] parts = split(text, 6);
    return parts.length == 6 ? parts : null;
  }
}
