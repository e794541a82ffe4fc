package io.statecraft.local.internal.states;

import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.internal.expr.Expression;
import io.statecraft.local.internal.expr.PathExpr;
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

  FailNode(String name) {
    super(name, HistoryEventType.FAIL_STATE_ENTERED, null);
  }

  @Override
  public void run(JsonNode input, Line line) {
    entered(input, line);
    String errorValue = errorPath == null ? error : read(errorPath, "ErrorPath", input, line);
    String causeValue = causePath == null ? cause : read(causePath, "CausePath", input, line);
    throw new StatesError(errorValue, causeValue);
  }

  private static String read(Expression path, String field, JsonNode input, Line line) {
    JsonNode value;
    try {
      value = path.evaluate(input, line);
    } catch (PathExpr.NoMatch e) {
      throw StatesError.runtime(line, "The JSONPath '" + path.text() + "' specified for the field '"
          + field + "' could not be found in the input '" + Values.text(input) + "'");
    }
    return value.isString() ? value.asString() : Values.text(value);
  }
}
