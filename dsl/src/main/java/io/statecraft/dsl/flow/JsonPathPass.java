package io.statecraft.dsl.flow;

import io.statecraft.dsl.payload.CheckReturnValue;
import io.statecraft.dsl.payload.JsonPath;
import io.statecraft.dsl.payload.Payload;

/**
 * Builds a Pass state in a JSONPath state: it offers the JSONPath fields ({@code InputPath},
 * {@code ResultPath}, ...) and not the JSONata ones. Obtained from {@link PassStep} by calling a
 * JSONPath-only method. Immutable: every call returns a new builder.
 *
 * <pre>{@code
 * pass("Defaults").result(json("""{"currency": "EUR"}""")).resultPath("$.defaults");
 * }</pre>
 */
@CheckReturnValue
public interface JsonPathPass extends OpenFlow {

  /** {@code Comment}: a note for readers of the definition. */
  JsonPathPass comment(String comment);

  /** {@code Assign}: workflow variables to set when the state completes. */
  JsonPathPass assign(Payload assign);

  /** {@code InputPath} (JSONPath): the part of the input the state works on. */
  JsonPathPass inputPath(String path);

  /** {@code Parameters} (JSONPath): the input, rebuilt from a template. */
  JsonPathPass parameters(Payload parameters);

  /** {@code Result} (JSONPath): a fixed result, e.g. for mocking a task while drafting. */
  JsonPathPass result(Payload result);

  /** {@code ResultPath} (JSONPath): where the result goes in the input. */
  JsonPathPass resultPath(String path);

  /** {@code "ResultPath": null} (JSONPath): pass the input on unchanged, dropping the result. */
  JsonPathPass discardResult();

  /** {@code OutputPath} (JSONPath): the part of the result passed on. */
  JsonPathPass outputPath(String path);

  /**
   * {@code "InputPath": null} (JSONPath): ignore the input; the state works on an empty
   * object {@code {}}.
   */
  JsonPathPass ignoreInput();

  /** {@code "OutputPath": null} (JSONPath): discard the output; the state passes on {@code {}}. */
  JsonPathPass discardOutput();

  /** {@link #inputPath(String)} with a path written against a record: {@code inputPath(path(Order::customer))}. */
  default JsonPathPass inputPath(JsonPath path) {
    return inputPath(path.expression());
  }

  /** {@link #resultPath(String)} with a path written against a record, so the result lands where the record that reads it expects: {@code resultPath(path(Receipt::charge))}. */
  default JsonPathPass resultPath(JsonPath path) {
    return resultPath(path.expression());
  }

  /** {@link #outputPath(String)} with a path written against a record. */
  default JsonPathPass outputPath(JsonPath path) {
    return outputPath(path.expression());
  }
}
