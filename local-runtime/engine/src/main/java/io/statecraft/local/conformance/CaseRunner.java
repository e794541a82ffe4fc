package io.statecraft.local.conformance;

import io.statecraft.local.internal.replay.Recorded;
import io.statecraft.asl.StateMachine;
import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import io.statecraft.compiler.Asl;
import io.statecraft.local.conformance.Conformance.Outcome;
import io.statecraft.local.conformance.Conformance.Result;
import io.statecraft.local.history.HistoryEvent;
import io.statecraft.local.internal.engine.Engine;
import io.statecraft.local.internal.engine.Machine;
import io.statecraft.local.internal.json.Values;
import io.statecraft.local.internal.kernel.Clock;
import io.statecraft.local.internal.kernel.Run;
import io.statecraft.local.internal.kernel.SystemClock;
import io.statecraft.local.internal.kernel.VirtualClock;
import io.statecraft.local.internal.states.Loader;
import io.statecraft.local.internal.tasks.ReplayedTasks;
import java.util.Map;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs conformance cases recorded against AWS (the format of {@code shared/conformance/README.md})
 * and compares status, output, error, cause and history with what AWS recorded, replaying the
 * recorded task results through the task-handler mechanism. Cases AWS ran through
 * StartSyncExecution run as Express executions; a case StopExecution ended is stopped where its
 * history says AWS's was.
 *
 * <pre>{@code
 * List<Conformance.Result> results = Conformance.run(List.of(Path.of("conformance/cases")),
 *     result -> System.out.println(result.line()));
 * System.out.println(Conformance.summary(results));   // "667 passed, 0 failed, 114 skipped"
 * }</pre>
 */
final class CaseRunner {

  /** Where a replay's virtual clock starts. */
  private static final long VIRTUAL_START = java.time.Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();

  /**
   * Cases whose recording cannot be replayed, with the reason: it contradicts other recordings of
   * the same AWS behaviour, or depends on a set-up step it does not record. Each is checked by
   * hand; none is here because we fail it.
   */
  private static final java.util.Map<String, String> CONTRADICTED = java.util.Map.of(
      "scenarios/test_base_scenarios/test_lambda_invoke_with_retry_extended_input",
      "recorded before AWS added $$.Execution.RedriveCount (Nov 2023): its context object lacks"
          + " the field that context_object/* and base/test_query_context_object_values record",
      "scenarios/test_base_scenarios/test_lambda_service_invoke_with_retry_extended_input",
      "recorded before AWS added $$.Execution.RedriveCount (Nov 2023): its context object lacks"
          + " the field that context_object/* and base/test_query_context_object_values record",
      "activities/test_activities/test_activity_task_on_deleted",
      "the test deleted the activity before starting the execution; that fact is in neither the"
          + " definition nor the task results, so a replay cannot know the activity is gone");

  private CaseRunner() {}

  /** Runs every {@code *.json} case under {@code roots} (sorted by path), reporting each one. */
  public static List<Result> run(List<Path> roots, Consumer<Result> each) {
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      if (Files.isRegularFile(root)) {
        files.add(root);
        continue;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p)).sorted()
            .forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + root, e);
      }
    }
    List<Result> results = new ArrayList<>();
    for (Path file : files) {
      Result result = runCase(file);
      results.add(result);
      each.accept(result);
    }
    return results;
  }

  /** {@code N passed, M failed, K skipped}. */
  public static String summary(List<Result> results) {
    long passed = results.stream().filter(r -> r.outcome() == Outcome.PASS).count();
    long failed = results.stream().filter(r -> r.outcome() == Outcome.FAIL).count();
    long skipped = results.stream().filter(r -> r.outcome() == Outcome.SKIP).count();
    return passed + " passed, " + failed + " failed, " + skipped + " skipped";
  }

  /** Runs the case in {@code file}. */
  public static Result runCase(Path file) {
    JsonNode testCase;
    try {
      testCase = Values.parse(Files.readString(file));
    } catch (tools.jackson.core.JacksonException e) {
      return new Result(file.toString(), Outcome.FAIL, "cannot read the case: "
          + io.statecraft.compiler.internal.common.JsonText.reason(e));
    } catch (IOException | RuntimeException e) {
      return new Result(file.toString(), Outcome.FAIL, "cannot read the case: " + e.getMessage());
    }
    String id = testCase.path("id").asString(file.getFileName().toString());
    List<String> missing = Stream.of("definition", "input", "expected")
        .filter(field -> !testCase.has(field)).toList();
    if (!missing.isEmpty()) {
      return new Result(id, Outcome.FAIL, "not a conformance case: it has no "
          + String.join(", no ", missing) + " (a case holds the definition, the input and what"
          + " AWS did: expected)");
    }
    try {
      return runCase(id, testCase);
    } catch (RuntimeException e) {
      return new Result(id, Outcome.FAIL, "runtime error " + e);
    }
  }

  /** Why the case {@code id} is skipped, or null when it runs. */
  static String skipReason(String id, JsonNode testCase) {
    return CONTRADICTED.containsKey(id) ? CONTRADICTED.get(id)
        : skipReason(testCase.get("definition"), testCase.get("input"), testCase.get("expected"));
  }

  private static Result runCase(String id, JsonNode testCase) {
    JsonNode definition = testCase.get("definition");
    JsonNode expected = testCase.get("expected");
    String skip = skipReason(id, testCase);
    if (skip != null) {
      return new Result(id, Outcome.SKIP, skip);
    }
    boolean stopped = Stops.stopped(expected);
    // Recorded task results are in one-iteration-at-a-time order (conformance README); a stop is
    // replayed while the execution waits, which takes a clock that waits.
    Clock clock = stopped ? new SystemClock() : new VirtualClock(VIRTUAL_START);
    try (S3Objects s3 = S3Objects.of(testCase);
        Engine engine = new Engine(new Engine.Settings(clock, true, 0x5eed, 0, true,
        "us-east-1", "111111111111", Map.of(), Map.of(), null, null, arn -> true, false, null,
        s3.folder(), null))) {
      Machine machine;
      try {
        StateMachine model = Asl.fromJson(definition);
        machine = engine.load("ConformanceCase", model);
      } catch (InvalidDefinitionException e) {
        List<Diagnostic> diagnostics = e.diagnostics();
        boolean later = diagnostics.stream().allMatch(d -> d.code().equals(Loader.UNSUPPORTED));
        return new Result(id, later ? Outcome.SKIP : Outcome.FAIL, diagnostics.get(0).message());
      }
      ReplayedTasks tasks = new ReplayedTasks(testCase.get("taskResults"));
      JsonNode input = testCase.get("input");
      io.statecraft.local.internal.kernel.Outcome ending;
      try {
        if (stopped) {
          ending = Stops.replay(engine, machine, input, tasks, (ArrayNode) expected.get("events"));
        } else {
          boolean express = express(id);
          Run run = engine.newRun(machine, "ConformanceExecution", input, tasks, express,
              express ? Engine.EXPRESS_DURATION_QUOTA.toMillis() : Long.MAX_VALUE);
          ending = run.runHere();
        }
      } catch (ReplayedTasks.Exhausted e) {
        return new Result(id, Outcome.FAIL, e.getMessage());
      }
      String difference = compare(expected, ending, usesConcurrency(definition),
          expected.has("eventsNote"));
      return difference == null ? new Result(id, Outcome.PASS, "")
          : new Result(id, Outcome.FAIL, difference);
    }
  }

  /**
   * Cases AWS ran through StartSyncExecution on an Express state machine (the README: no history,
   * only status and output or error and cause).
   */
  private static boolean express(String id) {
    return id.startsWith("express/") || id.startsWith("api/test_sfn_api_express/");
  }

  private static String skipReason(JsonNode definition, JsonNode input, JsonNode expected) {
    if (Stops.stopped(expected) && !expected.path("events").isArray()) {
      return "StopExecution ended it, and with no recorded history when is unknown";
    }
    if (input != null && Values.text(input).contains("\"<timestamp>\"")) {
      return "the recording replaced an input value by the placeholder <timestamp>;"
          + " the value AWS ran with is unknown";
    }
    return null;
  }

  private static boolean usesConcurrency(JsonNode definition) {
    String text = Values.text(definition);
    return text.contains("\"Type\":\"Parallel\"") || text.contains("\"Type\":\"Map\"");
  }

  private static String compare(JsonNode expected, io.statecraft.local.internal.kernel.Outcome execution,
      boolean unordered, boolean resorted) {
    String status = expected.path("status").asString();
    if (!status.equals(execution.status().name())) {
      return "status: expected " + status + ", was " + execution.status()
          + (execution.error() == null ? "" : " (" + execution.error() + ": "
              + execution.cause() + ")");
    }
    String diff;
    if (execution.status() == io.statecraft.local.internal.kernel.Outcome.Status.SUCCEEDED) {
      diff = Recorded.difference("output", expected.get("output"), execution.output());
    } else {
      diff = Recorded.difference("error", nonNull(expected.get("error")),
          execution.error() == null ? null : Values.text(execution.error()));
      if (diff == null) {
        diff = Recorded.difference("cause", nonNull(expected.get("cause")),
            execution.cause() == null ? null : Values.text(execution.cause()));
      }
    }
    if (diff != null || !expected.has("events")) {
      return diff;
    }
    return compareEvents((ArrayNode) expected.get("events"), execution.events(), unordered,
        resorted);
  }

  private static JsonNode nonNull(JsonNode node) {
    return node == null || node.isNull() ? null : node;
  }

  private static String compareEvents(ArrayNode expected, List<HistoryEvent> events,
      boolean unordered, boolean resorted) {
    List<ObjectNode> actual = new ArrayList<>();
    for (HistoryEvent event : events) {
      actual.add(comparable(event.toJson()));
    }
    String inOrder = null;
    for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
      if (i >= expected.size()) {
        inOrder = "events/" + i + ": unexpected event " + Recorded.show(actual.get(i));
        break;
      }
      if (i >= actual.size()) {
        inOrder = "events/" + i + ": missing event " + Recorded.show(expected.get(i));
        break;
      }
      String diff = Recorded.difference("events/" + i + " (" + expected.get(i).path("type")
          .asString() + ")", comparable((ObjectNode) expected.get(i)), actual.get(i));
      if (diff != null) {
        inOrder = diff;
        break;
      }
    }
    if (inOrder == null || !unordered && !resorted) {
      return inOrder;
    }
    // Concurrent branches and iterations interleave differently on AWS: compare as a multiset.
    // Where LocalStack's transformer re-sorted Parallel events it also merged some of them away
    // (eventsNote), so there every recorded event must be among ours.
    if (!resorted && expected.size() != actual.size()) {
      return inOrder + " (and " + expected.size() + " events expected, " + actual.size() + " run)";
    }
    List<ObjectNode> left = new ArrayList<>(actual);
    for (JsonNode want : expected) {
      ObjectNode stripped = unlinked(comparable((ObjectNode) want));
      boolean found = false;
      for (int j = 0; j < left.size(); j++) {
        if (Recorded.difference("", stripped, unlinked(left.get(j))) == null) {
          left.remove(j);
          found = true;
          break;
        }
      }
      if (!found) {
        return inOrder + " (no event of ours matches " + Recorded.show(want) + ")";
      }
    }
    return null;
  }

  /** The event without what the recording could not fix: the timestamp and the role ARN. */
  private static ObjectNode comparable(ObjectNode event) {
    ObjectNode copy = event.deepCopy();
    copy.remove("timestamp");
    JsonNode started = copy.get("executionStartedEventDetails");
    if (started instanceof ObjectNode details) {
      details.remove("roleArn");
    }
    return copy;
  }

  private static ObjectNode unlinked(ObjectNode event) {
    ObjectNode copy = event.deepCopy();
    copy.remove("id");
    copy.remove("previousEventId");
    return copy;
  }
}
