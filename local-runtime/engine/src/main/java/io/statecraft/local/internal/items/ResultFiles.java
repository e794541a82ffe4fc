package io.statecraft.local.internal.items;

import tools.jackson.databind.JsonNode;

/** Placeholder until the writer lands. */
public final class ResultFiles {
  private ResultFiles() {}

  public static tools.jackson.databind.node.ObjectNode write(ObjectStore store, String bucket,
      String prefix, String mapRunArn, java.util.List<ChildResult> results,
      WriterSettings settings) {
    throw new UnsupportedOperationException("ResultWriter");
  }

  public static JsonNode output(java.util.List<ChildResult> results, WriterSettings settings) {
    tools.jackson.databind.node.ArrayNode array = io.statecraft.local.internal.json.Values.array();
    for (ChildResult result : results) {
      array.add(result.output());
    }
    return array;
  }
}
