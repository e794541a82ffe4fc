package io.statecraft.local.internal.states;

import io.statecraft.asl.Catcher;
import io.statecraft.asl.ChoiceRule;
import io.statecraft.asl.ChoiceState;
import io.statecraft.asl.ErrorHandling;
import io.statecraft.asl.FailState;
import io.statecraft.asl.MapState;
import io.statecraft.asl.ParallelState;
import io.statecraft.asl.PassState;
import io.statecraft.asl.State;
import io.statecraft.asl.SucceedState;
import io.statecraft.asl.TaskState;
import io.statecraft.asl.WaitState;
import io.statecraft.asl.condition.Condition;
import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.asl.value.NumberOrExpression;
import io.statecraft.compiler.internal.jsonata.JsonataExpression;
import io.statecraft.local.internal.expr.JsonataValue;
import io.statecraft.local.internal.json.Values;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Compiles the JSONata fields of a JSONata-mode state onto its node, each expression parsed once:
 * a syntax AWS refuses is a load-time diagnostic at the field's JSON pointer.
 */
final class JsonataStates {

  private final Loader loader;
  private final String pointer;

  private JsonataStates(Loader loader, String pointer) {
    this.loader = loader;
    this.pointer = pointer;
  }

  /** Marks {@code node} as JSONata and compiles {@code state}'s JSONata fields onto it. */
  static void compile(Loader loader, Node node, State state, String pointer) {
    node.jsonata = true;
    JsonataStates fields = new JsonataStates(loader, pointer);
    if (state instanceof PassState pass) {
      fields.outputAndAssign(node, pass.output(), pass.assign());
    } else if (state instanceof SucceedState succeed) {
      node.output = fields.value(succeed.output(), "Output");
    } else if (state instanceof FailState fail) {
      fields.fail((FailNode) node, fail);
    } else if (state instanceof WaitState wait) {
      fields.waitState((WaitNode) node, wait);
    } else if (state instanceof ChoiceState choice) {
      fields.choice((ChoiceNode) node, choice);
    } else if (state instanceof TaskState task) {
      fields.task((TaskNode) node, task);
    } else if (state instanceof ParallelState parallel) {
      ((ParallelNode) node).arguments = fields.value(parallel.arguments(), "Arguments");
      fields.retrying((RetryingNode) node, parallel, parallel.output(), parallel.assign());
    } else if (state instanceof MapState map) {
      fields.map((MapNode) node, map);
    }
  }

  private void outputAndAssign(Node node, JsonNode output, JsonNode assign) {
    node.output = value(output, "Output");
    node.assignments = value(assign, "Assign");
  }

  private void fail(FailNode node, FailState state) {
    node.errorValue = expression(state.error(), "Error");
    node.causeValue = expression(state.cause(), "Cause");
  }

  private void waitState(WaitNode node, WaitState state) {
    outputAndAssign(node, state.output(), state.assign());
    node.secondsValue = number(state.seconds(), "Seconds");
    node.timestampValue = expression(state.timestamp(), "Timestamp");
    if (node.timestampValue != null) {
      node.timestampMillis = null;
    }
  }

  private void choice(ChoiceNode node, ChoiceState state) {
    outputAndAssign(node, state.output(), state.assign());
    List<ChoiceRule> rules = state.choices();
    node.conditions = new JsonataValue[rules.size()];
    node.ruleAssignments = new JsonataValue[rules.size()];
    node.ruleOutputs = new JsonataValue[rules.size()];
    for (int i = 0; i < rules.size(); i++) {
      ChoiceRule rule = rules.get(i);
      String field = "Choices[" + i + "]";
      if (!(rule.condition() instanceof Condition.Jsonata condition)) {
        loader.invalid(pointer + "/Choices/" + i, "a rule of a JSONata Choice state needs a"
            + " Condition, not a JSONPath comparison");
        continue;
      }
      node.conditions[i] = value(condition.expression(), field + "/Condition");
      node.ruleAssignments[i] = value(rule.assign(), field + "/Assign");
      node.ruleOutputs[i] = value(rule.output(), field + "/Output");
    }
  }

  private void task(TaskNode node, TaskState state) {
    node.arguments = value(state.arguments(), "Arguments");
    node.credentialsValue = value(state.credentials(), "Credentials");
    node.credentials = null;
    node.timeoutValue = number(state.timeoutSeconds(), "TimeoutSeconds");
    node.heartbeatValue = number(state.heartbeatSeconds(), "HeartbeatSeconds");
    retrying(node, state, state.output(), state.assign());
  }

  private void map(MapNode node, MapState state) {
    node.items = value(state.items(), "Items");
    node.itemSelectorValue = value(state.itemSelector(), "ItemSelector");
    node.itemSelector = null;
    node.maxConcurrencyValue = number(state.maxConcurrency(), "MaxConcurrency");
    node.toleratedFailureCountValue =
        number(state.toleratedFailureCount(), "ToleratedFailureCount");
    node.toleratedFailurePercentageValue =
        number(state.toleratedFailurePercentage(), "ToleratedFailurePercentage");
    if (node instanceof DistributedMapNode distributed) {
      distributed(distributed, state);
    }
    retrying(node, state, state.output(), state.assign());
  }

  /** The JSONata fields only a distributed Map has. */
  private void distributed(DistributedMapNode node, MapState state) {
    if (node.toleratedFailureCountValue != null) {
      node.toleratedCount = new DistributedMapNode.Setting(null, null,
          node.toleratedFailureCountValue, "ToleratedFailureCount");
    }
    if (node.toleratedFailurePercentageValue != null) {
      node.toleratedPercentage = new DistributedMapNode.Setting(null, null,
          node.toleratedFailurePercentageValue, "ToleratedFailurePercentage");
    }
    if (node.reader != null) {
      var spec = state.itemReader();
      node.reader.arguments = value(spec.arguments(), "ItemReader/Arguments");
      node.reader.parameters = null;
      if (spec.readerConfig() != null) {
        JsonataValue maxItems = number(spec.readerConfig().maxItems(), "MaxItems");
        if (maxItems != null) {
          node.reader.maxItems = new DistributedMapNode.Setting(null, null, maxItems,
              "MaxItems");
        }
      }
    }
    if (node.batcher != null) {
      var spec = state.itemBatcher();
      JsonataValue items = number(spec.maxItemsPerBatch(), "MaxItemsPerBatch");
      if (items != null) {
        node.batcher.maxItems = new DistributedMapNode.Setting(null, null, items,
            "MaxItemsPerBatch");
      }
      JsonataValue bytes = number(spec.maxInputBytesPerBatch(), "MaxInputBytesPerBatch");
      if (bytes != null) {
        node.batcher.maxBytes = new DistributedMapNode.Setting(null, null, bytes,
            "MaxInputBytesPerBatch");
      }
      node.batcher.batchInputValue = value(spec.batchInput(), "ItemBatcher/BatchInput");
      node.batcher.batchInput = null;
    }
    if (node.writer != null) {
      node.writer.arguments = value(state.resultWriter().arguments(), "ResultWriter/Arguments");
      node.writer.parameters = null;
    }
  }

  /** Output and Assign of a state with Retry and Catch, and its catchers' own. */
  private void retrying(RetryingNode node, ErrorHandling state, JsonNode output,
      JsonNode assign) {
    outputAndAssign(node, output, assign);
    node.assign = null;
    for (int i = 0; i < node.catchers.length; i++) {
      Catcher spec = state.catchers().get(i);
      node.catchers[i].output = value(spec.output(), "Catch[" + i + "]/Output");
      node.catchers[i].assignments = value(spec.assign(), "Catch[" + i + "]/Assign");
    }
  }

  /** A JSON value whose strings may be expressions; null when the field is absent. */
  private JsonataValue value(JsonNode value, String field) {
    if (value == null) {
      return null;
    }
    try {
      return JsonataValue.compile(value, field);
    } catch (JsonataValue.Refused e) {
      loader.diagnostic(Diagnostic.error(e.code(), pointer + e.pointer(), e.reason()));
      return null;
    }
  }

  /** A string field that may be one expression: the expression, or null for a literal. */
  private JsonataValue expression(String text, String field) {
    return text != null && JsonataExpression.isExpression(text)
        ? value(Values.text(text), field) : null;
  }

  /** A number field that may be one expression: the expression, or null for a literal. */
  private JsonataValue number(NumberOrExpression number, String field) {
    return number == null || number.isNumber() ? null
        : expression(number.expression(), field);
  }
}
