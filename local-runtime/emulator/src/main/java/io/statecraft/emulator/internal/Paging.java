package io.statecraft.emulator.internal;

import java.util.List;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code maxResults} / {@code nextToken} paging over a list already in answer order. */
public final class Paging {

  /** AWS's page size when {@code maxResults} is absent, the same for every List operation. */
  private static final int DEFAULT_SIZE = 100;
  /** The largest {@code maxResults} AWS accepts. */
  private static final int LIMIT = 1000;

  private Paging() {}

  /**
   * The response of a List operation: the page of {@code all} the request asks for, each value
   * written by {@code fill} into a new object of the array {@code member}, and the token of the
   * next page when there is one.
   */
  static <T> ObjectNode page(JsonNode request, List<T> all, String member,
      BiConsumer<T, ObjectNode> fill) {
    int size = Wire.maxResults(request, DEFAULT_SIZE, LIMIT);
    int from = Wire.offset(request);
    if (from > all.size()) {
      throw new ApiException("InvalidToken", "Invalid Token: '"
          + Wire.optional(request, "nextToken") + "'");
    }
    ObjectNode response = Wire.object();
    ArrayNode items = response.putArray(member);
    int to = Math.min(all.size(), from + size);
    for (T value : all.subList(from, to)) {
      fill.accept(value, items.addObject());
    }
    if (to < all.size()) {
      response.put("nextToken", Wire.nextToken(to));
    }
    return response;
  }
}
