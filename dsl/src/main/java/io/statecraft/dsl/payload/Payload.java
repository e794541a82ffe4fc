package io.statecraft.dsl.payload;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A JSON template for {@code Parameters}, {@code Arguments}, {@code Result}, {@code Assign},
 * {@code Output}, {@code ItemSelector}, ...: literal values plus {@link Expression}s evaluated when
 * the state runs. Immutable: {@link #put} returns a new payload.
 *
 * <p>An expression value writes itself the way the state's query language wants it: a path or
 * intrinsic function under the key with {@code .$} appended (JSONPath), a JSONata expression as
 * {@code "{% ... %}"} under the key as given.
 *
 * <pre>{@code
 * Payload request = payload()
 *     .put("orderId", path("$.id"))              // "orderId.$": "$.id"
 *     .put("greeting", format("Hi {}", path("$.name")))
 *     .put("source", "web");                     // "source": "web"
 * Payload fromText = json("""
 *     {"Bucket": "my-bucket", "Prefix.$": "$.prefix"}
 *     """);
 * }</pre>
 *
 * <p>Payloads are created by {@link io.statecraft.dsl.Steps#payload()} and
 * {@link io.statecraft.dsl.Steps#json(String)}; do not implement this interface.
 */
public interface Payload {

  /**
   * This payload with {@code key} set to {@code value}: a string, number, boolean, {@code null},
   * {@link JsonNode}, {@link Payload} (a nested object), {@link List} or {@link Map} of those,
   * or an {@link Expression}. Give the key without {@code .$}: expressions add it where needed.
   */
  Payload put(String key, Object value);

  /**
   * The template as JSON, rendered for JSONPath states (the common case when no JSONata is used).
   * Expressions that only JSONata understands are written as they are.
   */
  JsonNode toJson();
}
