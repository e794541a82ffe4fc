package io.statecraft.compiler.internal.intrinsic;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.compiler.SharedFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every intrinsic function call in the definitions AWS accepted (the real-world corpus, the
 * validator's valid files and the recorded executions) parses with no problem.
 */
class CorpusIntrinsicsTest {

  @Test
  void everyIntrinsicCallInDefinitionsAwsAcceptedParsesWithoutProblems() throws IOException {
    List<String> failures = new ArrayList<>();
    int calls = 0;
    for (Path file : files()) {
      JsonNode document = Json.json(Files.readString(file));
      JsonNode definition = document.has("definition") ? document.get("definition") : document;
      List<String> found = new ArrayList<>();
      collect(definition, found);
      for (String text : found) {
        calls++;
        try {
          List<String> problems = IntrinsicFunctions.parse(text).problems();
          if (!problems.isEmpty()) {
            failures.add(file.getFileName() + ": " + text + " -> " + problems);
          }
        } catch (IntrinsicSyntaxException e) {
          failures.add(file.getFileName() + ": " + e.getMessage());
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(calls).isGreaterThan(250);
  }

  /** The values of {@code .$} fields, ErrorPath and CausePath that are intrinsic calls. */
  private static void collect(JsonNode node, List<String> found) {
    if (node.isObject()) {
      node.forEachEntry((key, value) -> {
        if (key.equals("Result")) {
          return; // a Pass state's Result is data: its ".$" keys are not evaluated
        }
        boolean expression = key.endsWith(".$") || key.equals("ErrorPath") || key.equals("CausePath");
        if (expression && value.isString() && IntrinsicFunctions.isIntrinsic(value.stringValue())) {
          found.add(value.stringValue());
        } else {
          collect(value, found);
        }
      });
    } else if (node.isArray()) {
      node.values().forEach(element -> collect(element, found));
    }
  }

  private static List<Path> files() {
    return SharedFolder.jsonFiles("asl-corpus/real-world", "asl-corpus/validator/valid",
        "conformance/cases");
  }
}
