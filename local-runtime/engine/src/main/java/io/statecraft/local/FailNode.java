package io.statecraft.local;

import tools.jackson.databind.JsonNode;

/** {@code Fail}: ends its scope with an error and a cause, literal or read by a path or function. */
final class FailNode extends Node {

  String error;
  Expression errorPath;
  String cause;
  Expression causePath;

  FailNode(String name) {
    super(name, "Fail");
  }

  @Override
  JsonNode run(JsonNode input, Frame frame) {
    entered(input, frame);
    String errorValue = errorPath == null ? error : read(errorPath, "ErrorPath", input, frame);
    String causeValue = causePath == null ? cause : read(causePath, "CausePath", input, frame);
    throw new StatesError(errorValue, causeValue);
  }

  private static String read(Expression path, String field, JsonNode input, Frame frame) {
    JsonNode value;
    try {
      value = path.evaluate(input, frame);
    } catch (PathExpr.NoMatch e) {
      throw StatesError.runtime(frame, "The JSONPath '" + path.text() + "' specified for the field '"
          + field + "' could not be found in the input '" + Values.text(input) + "'");
    }
    return value.isString() ? value.asString() : Values.text(value);
  }
}
