package io.statecraft.emulator.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code maxResults} / {@code nextToken} paging over a list already in answer order. A token
 * names the last item its page gave, so that items added meanwhile (a new execution at the head
 * of ListExecutions) neither repeat nor hide one; and it is bound to the request that made it, as
 * AWS's are: given to another request (another machine, another filter), it is refused.
 */
public final class Paging {

  /** AWS's page size when {@code maxResults} is absent, the same for every List operation. */
  private static final int DEFAULT_SIZE = 100;
  /** The largest {@code maxResults} AWS accepts. */
  private static final int LIMIT = 1000;

  private Paging() {}

  /**
   * The response of a List operation: the page of {@code all} the request asks for, each value
   * written by {@code fill} into a new object of the array {@code member}, and the token of the
   * next page when there is one. {@code key} names a value for good (an ARN, an event id).
   */
  static <T> ObjectNode page(JsonNode request, List<T> all, String member,
      Function<T, String> key, BiConsumer<T, ObjectNode> fill) {
    int size = Wire.maxResults(request, DEFAULT_SIZE, LIMIT);
    int from = start(request, all, key);
    ObjectNode response = Wire.object();
    ArrayNode items = response.putArray(member);
    int to = Math.min(all.size(), from + size);
    for (T value : all.subList(from, to)) {
      fill.accept(value, items.addObject());
    }
    if (to < all.size()) {
      response.put("nextToken", token(request, key.apply(all.get(to - 1)), to));
    }
    return response;
  }

  /** Where the page starts: after the item the token names (or at its position, if gone). */
  private static <T> int start(JsonNode request, List<T> all, Function<T, String> key) {
    String token = Wire.optional(request, "nextToken");
    if (token == null) {
      return 0;
    }
    String[] parts = decode(token);
    if (parts == null || !parts[0].equals(scope(request))) {
      throw invalid(token);
    }
    for (int i = 0; i < all.size(); i++) {
      if (key.apply(all.get(i)).equals(parts[2])) {
        return i + 1;
      }
    }
    int offset = Integer.parseInt(parts[1]);
    if (offset > all.size()) {
      throw invalid(token);
    }
    return offset;
  }

  private static String token(JsonNode request, String lastKey, int offset) {
    String text = scope(request) + "\n" + offset + "\n" + lastKey;
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The token's scope, position and last key; null when it is not one of ours. */
  private static String[] decode(String token) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      String[] parts = text.split("\n", 3);
      if (parts.length == 3 && parts[1].chars().allMatch(Character::isDigit)
          && !parts[1].isEmpty() && parts[1].length() < 10) {
        return parts;
      }
    } catch (IllegalArgumentException e) {
      // not base64: not one of ours
    }
    return null;
  }

  /** What a token is valid for: the request without its paging members, as a short hash. */
  private static String scope(JsonNode request) {
    ObjectNode rest = request.isObject() ? ((ObjectNode) request).deepCopy() : Wire.object();
    rest.remove("nextToken");
    rest.remove("maxResults");
    // How each item is shown, not which items: a later page may show them otherwise.
    rest.remove("includeExecutionData");
    return Integer.toHexString(Wire.text(rest).hashCode());
  }

  private static ApiException invalid(String token) {
    return new ApiException("InvalidToken", "Invalid Token: '" + token + "'");
  }
}
