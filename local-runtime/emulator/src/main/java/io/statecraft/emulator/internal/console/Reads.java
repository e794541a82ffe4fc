package io.statecraft.emulator.internal.console;

import io.statecraft.asl.internal.JsonMappers;
import io.statecraft.emulator.internal.ApiException;
import io.statecraft.emulator.internal.ConsoleSource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API's read operations as the pages use them: one answer, or every item of a List operation
 * page by page.
 */
final class Reads {

  private final ConsoleSource source;

  Reads(ConsoleSource source) {
    this.source = source;
  }

  List<String> regions() {
    return source.regions();
  }

  /**
   * The answer to {@code operation} in {@code region}.
   *
   * @throws ApiException as the API refuses the request
   */
  ObjectNode one(String region, String operation, ObjectNode request) {
    return source.call(region, operation, request);
  }

  /** The answer to {@code operation} about {@code arn}, asked in the ARN's region. */
  ObjectNode about(String arn, String operation, ObjectNode request) {
    return one(ConsoleSource.regionOf(arn), operation, request);
  }

  /** Every item in the field {@code field} of all pages of {@code operation}. */
  List<JsonNode> all(String region, String operation, ObjectNode request, String field) {
    List<JsonNode> items = new ArrayList<>();
    each(region, operation, request, field, items::add);
    return items;
  }

  private void each(String region, String operation, ObjectNode request, String field,
      Consumer<JsonNode> each) {
    ObjectNode paged = request.deepCopy();
    paged.put("maxResults", 1000);
    while (true) {
      ObjectNode answer = source.call(region, operation, paged);
      answer.path(field).forEach(each);
      JsonNode next = answer.get("nextToken");
      if (next == null || next.isNull()) {
        return;
      }
      paged.put("nextToken", next.asString());
    }
  }

  static ObjectNode object() {
    return JsonMappers.STANDARD.createObjectNode();
  }
}
