package io.statecraft.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.asl.MapState;
import io.statecraft.asl.ParallelState;
import io.statecraft.asl.State;
import io.statecraft.asl.StateMachine;
import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import io.statecraft.compiler.Asl;
import io.statecraft.compiler.internal.common.JsonDiff;
import io.statecraft.dsl.Workflow;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof that the DSL says everything ASL says: every definition of the corpus (real-world
 * ones and the validator's cases) that AWS would accept is imported, compiled (one javac task for
 * all), built with as many states as it has (nested ones included), and written back equal as
 * JSON.
 */
class ImportRoundTripTest {

  @TempDir
  Path classes;

  @Test
  void everyCorpusDefinitionImportsCompilesAndBuildsTheSameAsl() throws Exception {
    Map<String, StateMachine> originals = new LinkedHashMap<>();
    Map<String, String> sources = new LinkedHashMap<>();
    Map<String, String> failures = new TreeMap<>();
    Map<String, String> fileOfClass = new LinkedHashMap<>();
    List<String> refused = new java.util.ArrayList<>();
    int index = 0;
    for (Path file : Corpus.all()) {
      String name = file.getParent().getFileName() + "/" + file.getFileName();
      StateMachine machine;
      try {
        machine = Asl.read(file);
      } catch (InvalidDefinitionException e) {
        continue; // not ASL as written; the reader's own corpus test names these files
      }
      try {
        Asl.readValid(file);
      } catch (InvalidDefinitionException e) {
        // AWS would refuse it too (e.g. "arn:<PARTITION>:..." doc templates), and so does build().
        refused.add(name + ": " + e.diagnostics().get(0).message());
        continue;
      }
      String packageName = "imported.n" + index++;
      String className = packageName + "." + Importer.className(file.getFileName().toString());
      try {
        sources.put(className, Importer.toJava(machine, packageName,
            Importer.className(file.getFileName().toString())));
        originals.put(className, machine);
        fileOfClass.put(className, name);
      } catch (ImportException e) {
        failures.put(name, "import: " + e.getMessage());
      }
    }
    int statesKept = 0;
    Map<String, String> compileErrors = new LinkedHashMap<>();
    ClassLoader loader = InMemoryCompiler.compile(sources, classes, compileErrors);
    for (Map.Entry<String, StateMachine> entry : originals.entrySet()) {
      String name = fileOfClass.get(entry.getKey());
      if (compileErrors.containsKey(entry.getKey())) {
        failures.put(name, "compile: " + compileErrors.get(entry.getKey()));
        continue;
      }
      String difference;
      try {
        Workflow workflow = (Workflow) loader.loadClass(entry.getKey())
            .getDeclaredConstructor().newInstance();
        StateMachine rebuilt = workflow.define();
        int before = stateCount(entry.getValue().states());
        int after = stateCount(rebuilt.states());
        difference = before != after
            ? "states: " + before + " in the definition, " + after + " in the imported Java"
            : JsonDiff.first(Asl.toJson(entry.getValue()), Asl.toJson(rebuilt));
        statesKept += after;
      } catch (Exception | LinkageError e) {
        difference = "build: " + e;
      }
      if (difference != null) {
        failures.put(name, difference);
      }
    }
    int total = originals.size() + (int) failures.values().stream()
        .filter(f -> f.startsWith("import:")).count();
    System.out.printf("import round trip: %d of %d corpus definitions that AWS would accept"
        + " (%d more refused by the validator, as AWS would); %d states, none dropped%n",
        total - failures.size(), total, refused.size(), statesKept);
    refused.forEach(file -> System.out.println("  refused " + file));
    failures.forEach((file, why) -> System.out.println("  " + file + ": " + why));
    assertThat(total).isGreaterThan(330);
    assertThat(failures.keySet()).as("definitions that do not round-trip")
        .containsExactlyInAnyOrderElementsOf(knownLimits().keySet());
  }

  @Test
  void roundTripsNullPathsAndCommentsThatNoRealWorldDefinitionHas() throws Exception {
    String asl = """
        {"StartAt": "Notify", "States": {
          "Notify": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
            "Parameters": {"TopicArn": "topic", "Message": "done"},
            "InputPath": null, "OutputPath": null, "Next": "Reset"},
          "Reset": {"Type": "Pass", "InputPath": null, "OutputPath": null, "Next": "Fulfil"},
          "Fulfil": {"Type": "Parallel", "InputPath": null, "OutputPath": null,
            "Branches": [
              {"Comment": "Bill the customer", "StartAt": "Charge",
                "States": {"Charge": {"Type": "Pass", "End": true}}},
              {"StartAt": "Pack", "States": {"Pack": {"Type": "Pass", "End": true}}},
              {"Comment": "Ship the parcel", "StartAt": "Ship",
                "States": {"Ship": {"Type": "Pass", "End": true}}}],
            "Next": "Each"},
          "Each": {"Type": "Map", "InputPath": null, "OutputPath": null,
            "ItemProcessor": {"Comment": "One line item",
              "ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "Item",
              "States": {"Item": {"Type": "Pass", "End": true}}},
            "Next": "Legacy"},
          "Legacy": {"Type": "Map",
            "Iterator": {"Comment": "Old style", "StartAt": "Old item",
              "States": {"Old item": {"Type": "Pass", "End": true}}},
            "Next": "Pause"},
          "Pause": {"Type": "Wait", "Seconds": 1, "InputPath": null, "OutputPath": null,
            "Next": "Route"},
          "Route": {"Type": "Choice", "InputPath": null, "OutputPath": null,
            "Choices": [{"Comment": "Ready to ship", "And": [
                {"Comment": "Paid in full", "Variable": "$.paid", "BooleanEquals": true},
                {"Comment": "Not blocked",
                  "Not": {"Variable": "$.blocked", "BooleanEquals": true}},
                {"Comment": "Small or express", "Or": [
                  {"Variable": "$.weight", "NumericLessThan": 30},
                  {"Variable": "$.express", "BooleanEquals": true}]}],
              "Next": "Done"}],
            "Default": "Hold"},
          "Done": {"Type": "Succeed", "InputPath": null, "OutputPath": null},
          "Hold": {"Type": "Fail"}}}
        """;
    StateMachine original = Asl.read(asl);

    String source = Importer.toJava(original, "p", "Everything");
    Map<String, String> errors = new LinkedHashMap<>();
    ClassLoader loader = InMemoryCompiler.compile(Map.of("p.Everything", source), classes, errors);

    assertThat(errors).isEmpty();
    assertThat(source).contains(".ignoreInput()", ".discardOutput()",
        "parallel(\"Fulfil\")", ".branch(\"Bill the customer\",",
        ".processorComment(\"Old style\")",
        "commented(\"Paid in full\", path(\"$.paid\").isTrue())");
    Workflow workflow = (Workflow) loader.loadClass("p.Everything")
        .getDeclaredConstructor().newInstance();
    assertThat(JsonDiff.first(Asl.toJson(original), Asl.toJson(workflow.define())))
        .isNull();
  }

  /** The states of a scope and of every Parallel branch and Map processor in it. */
  private static int stateCount(Map<String, State> states) {
    int count = states.size();
    for (State state : states.values()) {
      if (state instanceof ParallelState parallel) {
        for (var branch : parallel.branches()) {
          count += stateCount(branch.states());
        }
      } else if (state instanceof MapState map) {
        count += stateCount(map.processor().states());
      }
    }
    return count;
  }

  /** compiler/import/src/test/resources/import/round-trip-limits.txt: "file<TAB>reason" lines. */
  private static Map<String, String> knownLimits() throws IOException {
    Map<String, String> limits = new TreeMap<>();
    try (InputStream in =
        ImportRoundTripTest.class.getResourceAsStream("/import/round-trip-limits.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] parts = line.split("\t", 2);
          limits.put(parts[0], parts[1]);
        }
      }
    }
    return limits;
  }
}
