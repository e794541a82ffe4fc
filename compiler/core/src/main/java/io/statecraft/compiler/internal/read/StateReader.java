package io.statecraft.compiler.internal.read;

import io.statecraft.asl.Branch;
import io.statecraft.asl.Catcher;
import io.statecraft.asl.FailState;
import io.statecraft.asl.ItemProcessor;
import io.statecraft.asl.JitterStrategy;
import io.statecraft.asl.MapState;
import io.statecraft.asl.ParallelState;
import io.statecraft.asl.PassState;
import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.Retrier;
import io.statecraft.asl.State;
import io.statecraft.asl.StateType;
import io.statecraft.asl.SucceedState;
import io.statecraft.asl.TaskState;
import io.statecraft.asl.WaitState;
import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.asl.internal.JsonMappers;
import io.statecraft.asl.internal.JsonPointers;
import io.statecraft.asl.map.ItemBatcher;
import io.statecraft.asl.map.ItemReader;
import io.statecraft.asl.map.ProcessorConfig;
import io.statecraft.asl.map.ReaderConfig;
import io.statecraft.asl.map.ResultWriter;
import io.statecraft.asl.map.WriterConfig;
import io.statecraft.compiler.internal.common.CloudFormation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Reads states and the nested graphs of Parallel and Map into the model. */
final class StateReader {

  private final List<Diagnostic> diagnostics;
  private final ChoiceReader choices;

  StateReader(List<Diagnostic> diagnostics) {
    this.diagnostics = diagnostics;
    this.choices = new ChoiceReader(diagnostics);
  }

  /** The {@code States} object at {@code fields}, in document order; absent states are skipped. */
  Map<String, State> states(Fields fields) {
    JsonNode states = fields.raw("States");
    Map<String, State> result = new LinkedHashMap<>();
    if (states == null) {
      fields.missing("States");
      return result;
    }
    if (!states.isObject()) {
      fields.wrongType("States", "an object of states by name", states);
      return result;
    }
    for (Map.Entry<String, JsonNode> entry : states.properties()) {
      String pointer = JsonPointers.child(fields.pointer("States"), entry.getKey());
      if (!entry.getValue().isObject()) {
        diagnostics.add(Diagnostic.error("READ_TYPE", pointer, "state \"" + entry.getKey()
            + "\" must be an object, but is " + Fields.describe(entry.getValue())));
        continue;
      }
      State state = state(entry.getKey(), new Fields(entry.getValue(), pointer,
          "state \"" + entry.getKey() + "\"", diagnostics));
      if (state != null) {
        result.put(entry.getKey(), state);
      }
    }
    return result;
  }

  private State state(String name, Fields fields) {
    String typeName = fields.requiredString("Type");
    if (typeName == null) {
      return null;
    }
    StateType type = StateType.fromAslName(typeName);
    if (type == null) {
      fields.invalid("Type", "Type of state \"" + name + "\" must be one of Task, Pass, Choice, "
          + "Wait, Succeed, Fail, Parallel, Map, but is \"" + typeName + "\"");
      return null;
    }
    Fields typed = fields.describedAs(type.aslName() + " state \"" + name + "\"");
    State state = switch (type) {
      case TASK -> task(typed);
      case PASS -> pass(typed);
      case CHOICE -> choices.choice(typed);
      case WAIT -> waitState(typed);
      case SUCCEED -> new SucceedState(typed.string("Comment"), language(typed),
          typed.path("InputPath"), typed.path("OutputPath"), typed.json("Output"));
      case FAIL -> new FailState(typed.string("Comment"), language(typed), typed.string("Error"),
          typed.string("ErrorPath"), typed.string("Cause"), typed.string("CausePath"));
      case PARALLEL -> parallel(typed);
      case MAP -> map(typed);
    };
    typed.finish();
    return state;
  }

  static QueryLanguage language(Fields fields) {
    String name = fields.string("QueryLanguage");
    if (name == null) {
      return null;
    }
    QueryLanguage language = QueryLanguage.fromAslName(name);
    if (language == null) {
      fields.invalid("QueryLanguage",
          "QueryLanguage must be \"JSONPath\" or \"JSONata\", but is \"" + name + "\"");
    }
    return language;
  }

  private TaskState task(Fields f) {
    return new TaskState(f.string("Comment"), language(f), resource(f),
        f.json("Credentials"), f.path("InputPath"), f.json("Parameters"), f.json("Arguments"),
        f.json("ResultSelector"), f.path("ResultPath"), f.path("OutputPath"), f.json("Output"),
        f.json("Assign"), f.numberOrExpression("TimeoutSeconds"), f.string("TimeoutSecondsPath"),
        f.numberOrExpression("HeartbeatSeconds"), f.string("HeartbeatSecondsPath"), retry(f),
        catchers(f), f.string("Next"), f.flag("End"));
  }

  /** A string, or a CloudFormation intrinsic ({@code Ref}, {@code Fn::*}) kept as JSON text. */
  private static String resource(Fields f) {
    JsonNode value = f.raw("Resource");
    if (CloudFormation.isIntrinsic(value)) {
      return JsonMappers.STANDARD.writeValueAsString(value);
    }
    return f.requiredString("Resource");
  }

  private PassState pass(Fields f) {
    return new PassState(f.string("Comment"), language(f), f.path("InputPath"),
        f.json("Parameters"), f.json("Result"), f.path("ResultPath"), f.path("OutputPath"),
        f.json("Output"), f.json("Assign"), f.string("Next"), f.flag("End"));
  }

  private WaitState waitState(Fields f) {
    return new WaitState(f.string("Comment"), language(f), f.path("InputPath"),
        f.path("OutputPath"), f.numberOrExpression("Seconds"), f.string("Timestamp"),
        f.string("SecondsPath"), f.string("TimestampPath"), f.json("Output"), f.json("Assign"),
        f.string("Next"), f.flag("End"));
  }

  private ParallelState parallel(Fields f) {
    List<Branch> branches = f.objects("Branches", true, i -> "branch " + i, this::branch);
    return new ParallelState(f.string("Comment"), language(f), f.path("InputPath"),
        f.json("Parameters"), f.json("Arguments"), branches, f.json("ResultSelector"),
        f.path("ResultPath"), f.path("OutputPath"), f.json("Output"), f.json("Assign"), retry(f),
        catchers(f), f.string("Next"), f.flag("End"));
  }

  private Branch branch(Fields f) {
    String comment = f.string("Comment");
    String startAt = f.requiredString("StartAt");
    Map<String, State> states = states(f);
    return startAt == null ? null : new Branch(comment, startAt, states);
  }

  private MapState map(Fields f) {
    ItemProcessor iterator = processor(f, "Iterator");
    ItemProcessor processor = processor(f, "ItemProcessor");
    if (iterator == null && processor == null && !f.has("Iterator") && !f.has("ItemProcessor")) {
      f.missing("ItemProcessor");
    }
    return new MapState(f.string("Comment"), language(f), f.path("InputPath"),
        f.string("ItemsPath"), f.json("Items"), itemReader(f), f.json("ItemSelector"),
        f.json("Parameters"), itemBatcher(f), processor, iterator,
        f.numberOrExpression("MaxConcurrency"), f.string("MaxConcurrencyPath"),
        f.numberOrExpression("ToleratedFailurePercentage"),
        f.string("ToleratedFailurePercentagePath"), f.numberOrExpression("ToleratedFailureCount"),
        f.string("ToleratedFailureCountPath"), f.string("Label"), resultWriter(f),
        f.json("ResultSelector"), f.path("ResultPath"), f.path("OutputPath"), f.json("Output"),
        f.json("Assign"), retry(f), catchers(f), f.string("Next"), f.flag("End"));
  }

  /** {@code ItemProcessor} or the legacy {@code Iterator}, which share one shape. */
  private ItemProcessor processor(Fields f, String field) {
    return f.object(field, p -> {
      ProcessorConfig config = p.object("ProcessorConfig", c -> new ProcessorConfig(
          c.enumValue("Mode", ProcessorConfig.Mode.class),
          c.enumValue("ExecutionType", ProcessorConfig.ExecutionType.class)));
      String comment = p.string("Comment");
      String startAt = p.requiredString("StartAt");
      Map<String, State> states = states(p);
      return startAt == null ? null : new ItemProcessor(comment, config, startAt, states);
    });
  }

  private static ItemReader itemReader(Fields f) {
    return f.object("ItemReader", r -> {
      ReaderConfig config = r.object("ReaderConfig", c -> new ReaderConfig(c.string("InputType"),
          c.string("CSVHeaderLocation"), c.strings("CSVHeaders"), c.string("CSVDelimiter"),
          c.string("ManifestType"), c.numberOrExpression("MaxItems"), c.string("MaxItemsPath")));
      return new ItemReader(r.requiredString("Resource"), config, r.json("Parameters"),
          r.json("Arguments"));
    });
  }

  private static ItemBatcher itemBatcher(Fields f) {
    return f.object("ItemBatcher", b -> new ItemBatcher(b.numberOrExpression("MaxItemsPerBatch"),
        b.string("MaxItemsPerBatchPath"), b.numberOrExpression("MaxInputBytesPerBatch"),
        b.string("MaxInputBytesPerBatchPath"), b.json("BatchInput")));
  }

  private static ResultWriter resultWriter(Fields f) {
    return f.object("ResultWriter", w -> {
      WriterConfig config = w.object("WriterConfig",
          c -> new WriterConfig(c.string("OutputType"), c.string("Transformation")));
      return new ResultWriter(w.string("Resource"), w.json("Parameters"), w.json("Arguments"),
          config);
    });
  }

  private List<Retrier> retry(Fields f) {
    return f.objects("Retry", false, i -> "Retry[" + i + "]", r -> new Retrier(errorEquals(r),
        r.integer("IntervalSeconds"), r.integer("MaxAttempts"), r.decimal("BackoffRate"),
        r.integer("MaxDelaySeconds"), r.enumValue("JitterStrategy", JitterStrategy.class),
        r.string("Comment")));
  }

  private List<Catcher> catchers(Fields f) {
    return f.objects("Catch", false, i -> "Catch[" + i + "]", c -> new Catcher(errorEquals(c),
        c.requiredString("Next"), c.path("ResultPath"), c.json("Output"), c.json("Assign"),
        c.string("Comment")));
  }

  private List<String> errorEquals(Fields f) {
    List<String> errors = f.strings("ErrorEquals");
    if (errors == null && !f.has("ErrorEquals")) {
      f.missing("ErrorEquals");
    }
    return errors;
  }

}
