package io.statecraft.asl.internal;

import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.deser.jackson.JsonNodeDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The one JSON configuration of every Statecraft module. Numbers keep how they were written:
 * {@code 2.0} stays {@code 2.0} and {@code 1.50} stays {@code 1.50}, because AWS echoes values
 * exactly and a definition must read and write back unchanged (BackoffRate, Result payloads). Text
 * after the value is refused rather than ignored.
 *
 * <pre>{@code
 * JsonNode input = JsonMappers.STANDARD.readTree("{\"rate\": 1.50}");   // {"rate":1.50}
 * JsonNode definition = JsonMappers.STRICT.readTree(text);            // duplicate keys refused
 * }</pre>
 */
public final class JsonMappers {

  /** For JSON values: inputs, outputs, payloads, histories, reports. */
  public static final JsonMapper STANDARD = builder().build();

  /**
   * For definitions: also refuses duplicate keys, as AWS does; silently keeping the last of two
   * states with one name would lose a state.
   */
  public static final JsonMapper STRICT =
      builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private JsonMappers() {}

  /** A builder with this configuration, for a mapper that adds settings of its own. */
  public static JsonMapper.Builder builder() {
    return configure(JsonMapper.builder());
  }

  /** {@link #builder()} over {@code factory} (e.g. one that interns property names). */
  public static JsonMapper.Builder builder(JsonFactory factory) {
    return configure(JsonMapper.builder(factory));
  }

  private static JsonMapper.Builder configure(JsonMapper.Builder builder) {
    return builder
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .addModule(new SimpleModule("statecraft-numbers")
            .addDeserializer(JsonNode.class, new RangeCheckedNodes()));
  }

  /**
   * Jackson's tree reader, but a number whose exponent no {@code BigDecimal} holds
   * ({@code 1e999999999999}) is a read error at its line and column, as any other text that
   * cannot be read is: Jackson throws a bare {@code NumberFormatException} for it, which every
   * reader of user input would otherwise have to catch on its own.
   */
  private static final class RangeCheckedNodes extends StdDeserializer<JsonNode> {
    @SuppressWarnings("unchecked")
    private final ValueDeserializer<JsonNode> nodes = (ValueDeserializer<JsonNode>)
        (ValueDeserializer<?>) JsonNodeDeserializer.getDeserializer(JsonNode.class);

    RangeCheckedNodes() {
      super(JsonNode.class);
    }

    @Override
    public JsonNode deserialize(JsonParser parser, DeserializationContext context) {
      try {
        return nodes.deserialize(parser, context);
      } catch (NumberFormatException e) {
        throw new StreamReadException(parser, "the number " + parser.getString()
            + " is out of range: its exponent is too large", parser.currentTokenLocation());
      }
    }

    @Override
    public JsonNode getNullValue(DeserializationContext context) {
      return (JsonNode) nodes.getNullValue(context);
    }

    @Override
    public Object getAbsentValue(DeserializationContext context) {
      return nodes.getAbsentValue(context);
    }
  }
}
