package io.statecraft.local.internal.states;

import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.internal.expr.Expression;
import io.statecraft.local.internal.expr.JsonataValue;
import io.statecraft.local.internal.expr.PathExpr;
import io.statecraft.local.internal.expr.StateBindings;
import io.statecraft.local.internal.expr.StatesError;
import io.statecraft.local.internal.json.Values;
import io.statecraft.local.internal.kernel.Line;
import tools.jackson.databind.JsonNode;

/** {@code Fail}: ends its scope with an error and a cause, literal or read by a path or function. */
final class FailNode extends Node {

  String error;
  Expression errorPath;
  String cause;
  Expression causePath;
  /** JSONata: Error and Cause as expressions (or null when literal or absent). */
  JsonataValue errorValue;
  JsonataValue causeValue;

  FailNode(String name) {
    super(name, HistoryEventType.FAIL_STATE_ENTERED, null);
  }

  @Override
  public void run(JsonNode input, Line line) {
    entered(input, line);
    if (jsonata) {
      StateBindings bindings = new StateBindings(line, input);
      String errorText = errorValue == null ? error
          : errorValue.build(bindings, line, "string").asString();
      String causeText = causeValue == null ? cause
          : causeValue.build(bindings, line, "string").asString();
      throw new StatesError(errorText, causeText);
    }
    // A Fail state has no InputPath; TestState reports its input as the input after it.
    inspect(line, "afterInputPath", input);
    String errorText = errorPath == null ? error : read(errorPath, "ErrorPath", input, line);
    String causeText = causePath == null ? cause : read(causePath, "CausePath", input, line);
    throw new StatesError(errorText, causeText);
  }

  private static String read(Expression path, String field, JsonNode input, Line line) {
    JsonNode value;
    try {
      value = path.evaluate(input, line);
    } catch (PathExpr.NoMatch e) {
      throw StatesError.runtime(line, "The JSONPath '" + path.text() + "' specified for the field '"
          + field + "' could not be found in the input '" + Values.text(input) + "'");
    }
    return Values.unquoted(value);
  }
}
