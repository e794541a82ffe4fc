package io.statecraft.emulator.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** TagResource, UntagResource and ListTagsForResource on state machines and activities. */
public final class Tags {

  private final Backend backend;

  Tags(Backend backend) {
    this.backend = backend;
  }

  static void put(Backend backend, String arn, JsonNode tags) {
    if (tags == null || tags.isNull()) {
      return;
    }
    Map<String, String> map = backend.tags.computeIfAbsent(arn, a -> new LinkedHashMap<>());
    synchronized (map) {
      for (JsonNode tag : tags) {
        String key = Wire.required(tag, "key");
        String value = tag.path("value").asString("");
        map.put(key, value);
      }
    }
  }

  ObjectNode tag(JsonNode request) {
    String arn = resource(request);
    JsonNode tags = request.get("tags");
    if (tags == null || !tags.isArray()) {
      throw ApiException.missing("tags");
    }
    put(backend, arn, tags);
    return Wire.object();
  }

  ObjectNode untag(JsonNode request) {
    String arn = resource(request);
    JsonNode keys = request.get("tagKeys");
    if (keys == null || !keys.isArray()) {
      throw ApiException.missing("tagKeys");
    }
    Map<String, String> map = backend.tags.get(arn);
    if (map != null) {
      synchronized (map) {
        keys.forEach(key -> map.remove(key.asString()));
      }
    }
    return Wire.object();
  }

  ObjectNode list(JsonNode request) {
    String arn = resource(request);
    ObjectNode response = Wire.object();
    ArrayNode array = response.putArray("tags");
    Map<String, String> map = backend.tags.getOrDefault(arn, Map.of());
    synchronized (map) {
      map.forEach((key, value) -> {
        ObjectNode tag = array.addObject();
        tag.put("key", key);
        tag.put("value", value);
      });
    }
    return response;
  }

  private String resource(JsonNode request) {
    String arn = Wire.required(request, "resourceArn");
    if (!arn.startsWith("arn:")) {
      throw ApiException.invalidArn("Invalid ARN prefix: " + arn);
    }
    if (!backend.taggable(arn)) {
      throw new ApiException("ResourceNotFound", "Resource not found: '" + arn + "'");
    }
    return arn;
  }
}
