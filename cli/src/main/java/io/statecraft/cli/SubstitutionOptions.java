package io.statecraft.cli;

import io.statecraft.asl.internal.JsonMappers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The definition substitutions of {@code run} and {@code serve}: values for {@code ${Key}}
 * placeholders, as CloudFormation's DefinitionSubstitutions give them when it deploys.
 *
 * <pre>{@code
 * @Mixin SubstitutionOptions substitutions;
 * runtime.substitutions(substitutions.values());
 * }</pre>
 */
final class SubstitutionOptions {

  @Option(names = "--substitute", paramLabel = "KEY=VALUE",
      description = "a value for the placeholder $${KEY} in the definition (repeatable)")
  List<String> pairs = new ArrayList<>();

  @Option(names = "--substitutions", paramLabel = "FILE.json",
      description = "values for placeholders as a JSON object {\"KEY\": \"VALUE\", ...};"
          + " --substitute wins over it")
  Path file;

  /**
   * The values, the file's first, then each {@code --substitute}.
   *
   * @throws IllegalArgumentException naming the option and what is wrong with it
   */
  Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    if (file != null) {
      fromFile().forEach(values::put);
    }
    for (String pair : pairs) {
      int equals = pair.indexOf('=');
      if (equals <= 0) {
        throw new IllegalArgumentException("--substitute must be KEY=VALUE, was " + pair);
      }
      values.put(pair.substring(0, equals), pair.substring(equals + 1));
    }
    return values;
  }

  private Map<String, String> fromFile() {
    JsonNode root;
    try {
      // UTF-8 whatever the platform's charset; a byte that is not UTF-8 is placed by offset.
      root = JsonMappers.STANDARD.readTree(
          io.statecraft.compiler.internal.common.TextFiles.readUtf8(file));
    } catch (IOException e) {
      throw new IllegalArgumentException("--substitutions: cannot read " + file + ": "
          + e.getMessage());
    } catch (JacksonException e) {
      throw new IllegalArgumentException("--substitutions " + file + " is not JSON: "
          + io.statecraft.compiler.internal.common.JsonText.reason(e));
    }
    if (!root.isObject()) {
      throw new IllegalArgumentException("--substitutions " + file
          + " must hold a JSON object of keys to values, was " + root.getNodeType());
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : root.properties()) {
      if (entry.getKey().isEmpty()) {
        throw new IllegalArgumentException("--substitutions " + file + ": a key is empty, and"
            + " names no ${KEY} placeholder");
      }
      JsonNode value = entry.getValue();
      if (!value.isValueNode() || value.isNull()) {
        throw new IllegalArgumentException("--substitutions " + file + ": the value of "
            + entry.getKey() + " must be a string, number or boolean, was " + value);
      }
      values.put(entry.getKey(), value.asString());
    }
    return values;
  }
}
