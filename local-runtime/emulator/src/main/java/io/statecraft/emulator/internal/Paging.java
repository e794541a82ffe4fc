package io.statecraft.emulator.internal;

import java.util.List;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code maxResults} / {@code nextToken} paging over a list already in answer order. */
public final class Paging {

  private Paging() {}

  static <T> void page(JsonNode request, List<T> all, int defaultSize, int limit,
      ObjectNode response, Consumer<T> emit) {
    int size = Wire.maxResults(request, defaultSize, limit);
    int from = Wire.offset(request);
    if (from > all.size()) {
      throw new ApiException("InvalidToken", "Invalid Token: '"
          + Wire.optional(request, "nextToken") + "'");
    }
    int to = Math.min(all.size(), from + size);
    for (T item : all.subList(from, to)) {
      emit.accept(item);
    }
    if (to < all.size()) {
      response.put("nextToken", Wire.nextToken(to));
    }
  }
}
