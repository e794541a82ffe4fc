package io.statecraft.dsl.flow;

import io.statecraft.dsl.payload.CheckReturnValue;
import io.statecraft.dsl.payload.Jsonata;
import io.statecraft.dsl.payload.Payload;

/**
 * Builds a Pass state whose query language is not fixed yet. Calling a JSONPath-only method (such
 * as {@code inputPath}) returns a {@link JsonPathPass}, a JSONata-only one (such as {@code
 * output}) a {@link JsonataPass}: neither offers the other language's fields. A state that uses
 * neither takes the state machine's language. Immutable: every call returns a new builder.
 *
 * <pre>{@code
 * pass("Defaults").result(json("""{"currency": "EUR"}""")).resultPath("$.defaults");
 * }</pre>
 */
@CheckReturnValue
public interface PassStep extends OpenFlow {

  /** {@code Comment}: a note for readers of the definition. */
  PassStep comment(String comment);

  /** {@code Assign}: workflow variables to set when the state completes. */
  PassStep assign(Payload assign);

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

  /** {@code Output} (JSONata): the state output, built from a template. */
  JsonataPass output(Payload output);

  /** {@code Output} (JSONata): the state output, computed by an expression. */
  JsonataPass output(Jsonata output);
}
