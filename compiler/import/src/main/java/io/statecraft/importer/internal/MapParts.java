package io.statecraft.importer.internal;

import com.palantir.javapoet.CodeBlock;
import io.statecraft.asl.MapState;
import io.statecraft.asl.map.ItemBatcher;
import io.statecraft.asl.map.ItemReader;
import io.statecraft.asl.map.ReaderConfig;
import io.statecraft.asl.map.ResultWriter;
import io.statecraft.asl.value.NumberOrExpression;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The distributed Map's reader, batcher, writer and limits. */
final class MapParts {

  private MapParts() {}

  static void reader(Fluent f, ItemReader reader) {
    if (reader == null) {
      return;
    }
    JsonNode request = reader.parameters() != null ? reader.parameters() : reader.arguments();
    ObjectNode rest = request == null ? null : ((ObjectNode) request).deepCopy();
    ReaderConfig config = reader.readerConfig();
    String inputType = config == null ? null : config.inputType();
    CodeBlock bucket = take(rest, "Bucket");
    Fluent source;
    if (reader.resource().equals("arn:aws:states:::s3:listObjectsV2") && bucket != null
        && inputType == null) {
      CodeBlock prefix = take(rest, "Prefix");
      source = new Fluent(CodeBlock.of("s3Objects($L, $L)", bucket,
          prefix == null ? CodeBlock.of("null") : prefix));
    } else if (reader.resource().equals("arn:aws:states:::s3:getObject") && bucket != null
        && inputType != null && has(rest, "Key")) {
      String factory = switch (inputType) {
        case "CSV" -> "s3Csv";
        case "JSON" -> "s3Json";
        case "JSONL" -> "s3JsonLines";
        case "MANIFEST" -> "s3Manifest";
        default -> throw new InexpressibleException("ItemReader InputType " + inputType
            + " has no DSL source");
      };
      source = new Fluent(CodeBlock.of("$L($L, $L)", factory, bucket, take(rest, "Key")));
    } else {
      throw new InexpressibleException("ItemReader " + reader.resource() + " with " + request
          + " has no DSL source");
    }
    if (config != null) {
      if ("GIVEN".equals(config.csvHeaderLocation())) {
        CodeBlock.Builder headers = CodeBlock.builder();
        for (int i = 0; i < config.csvHeaders().size(); i++) {
          headers.add(Literals.code(i == 0 ? "$S" : ", $S", config.csvHeaders().get(i)));
        }
        source.call("headers", headers.build());
      }
      source.text("delimiter", config.csvDelimiter());
      source.text("manifestType", config.manifestType());
      number(source, "maxItems", config.maxItems());
      source.text("maxItemsPath", config.maxItemsPath());
      if (config.equals(new ReaderConfig(null, null, null, null, null, null, null))) {
        source.call("withEmptyReaderConfig", CodeBlock.of(""));
      }
    }
    with(source, rest);
    f.call("itemReader", source.build());
  }

  static void batcher(Fluent f, ItemBatcher batcher) {
    if (batcher == null) {
      return;
    }
    Fluent batching = new Fluent(CodeBlock.of("batching()"));
    number(batching, "maxItems", batcher.maxItemsPerBatch());
    batching.text("maxItemsPath", batcher.maxItemsPerBatchPath());
    number(batching, "maxInputBytes", batcher.maxInputBytesPerBatch());
    batching.text("maxInputBytesPath", batcher.maxInputBytesPerBatchPath());
    batching.payload("batchInput", batcher.batchInput());
    f.call("itemBatcher", batching.build());
  }

  static void writer(Fluent f, ResultWriter writer) {
    if (writer == null) {
      return;
    }
    JsonNode request = writer.parameters() != null ? writer.parameters() : writer.arguments();
    ObjectNode rest = request == null ? null : ((ObjectNode) request).deepCopy();
    CodeBlock bucket = take(rest, "Bucket");
    CodeBlock prefix = take(rest, "Prefix");
    if (!writer.resource().equals("arn:aws:states:::s3:putObject") || bucket == null
        || prefix == null || !rest.isEmpty()) {
      throw new InexpressibleException("ResultWriter " + writer.resource() + " with " + request
          + " has no DSL sink");
    }
    Fluent sink = new Fluent(CodeBlock.of("s3Results($L, $L)", bucket, prefix));
    if (writer.writerConfig() != null) {
      sink.call("writerConfig", Literals.code("$S, $S", writer.writerConfig().outputType(),
          writer.writerConfig().transformation()));
    }
    f.call("resultWriter", sink.build());
  }

  static void limits(Fluent f, MapState m) {
    number(f, "maxConcurrency", m.maxConcurrency());
    f.text("maxConcurrencyPath", m.maxConcurrencyPath());
    NumberOrExpression percentage = m.toleratedFailurePercentage();
    if (percentage != null && percentage.isNumber()) {
      f.call("toleratedFailurePercentage",
          CodeBlock.of("$L", percentage.number().stripTrailingZeros().toPlainString()));
    } else if (percentage != null) {
      f.text("toleratedFailurePercentage", percentage.expression());
    }
    f.text("toleratedFailurePercentagePath", m.toleratedFailurePercentagePath());
    number(f, "toleratedFailureCount", m.toleratedFailureCount());
    f.text("toleratedFailureCountPath", m.toleratedFailureCountPath());
  }

  private static void number(Fluent f, String method, NumberOrExpression value) {
    if (value == null) {
      return;
    }
    if (value.isNumber()) {
      f.call(method, CodeBlock.of("$L", value.number().intValueExact()));
    } else {
      f.text(method, value.expression());
    }
  }

  /** Removes {@code field} (or {@code field.$}) from {@code rest} and returns its value. */
  static CodeBlock take(ObjectNode rest, String field) {
    if (rest == null) {
      return null;
    }
    if (rest.has(field)) {
      return JsonCode.value(rest.remove(field));
    }
    JsonNode dynamic = rest.get(field + ".$");
    CodeBlock path = dynamic == null ? null : JsonCode.pathOrNull(dynamic);
    if (path != null) {
      rest.remove(field + ".$");
    }
    return path;
  }

  private static boolean has(ObjectNode rest, String field) {
    return rest != null && (rest.has(field) || rest.has(field + ".$"));
  }

  /** Every field left over, one {@code .with(...)} each, as the request had it. */
  static void with(Fluent f, ObjectNode rest) {
    if (rest == null) {
      return;
    }
    for (Map.Entry<String, JsonNode> field : rest.properties()) {
      String key = field.getKey();
      CodeBlock path = key.endsWith(".$") ? JsonCode.pathOrNull(field.getValue()) : null;
      if (path != null) {
        f.call("with", Literals.code("$S, $L", key.substring(0, key.length() - 2), path));
      } else {
        f.call("with", Literals.code("$S, $L", key, JsonCode.value(field.getValue())));
      }
    }
  }
}
