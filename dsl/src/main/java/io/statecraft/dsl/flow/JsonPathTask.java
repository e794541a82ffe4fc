package io.statecraft.dsl.flow;

import io.statecraft.dsl.payload.RecordPath;
import io.statecraft.dsl.error.Catch;
import io.statecraft.dsl.error.Retry;
import io.statecraft.dsl.payload.CheckReturnValue;
import io.statecraft.dsl.payload.JsonPath;
import io.statecraft.dsl.payload.Payload;
import java.time.Duration;

/**
 * Builds a Task state in a JSONPath state: it offers the JSONPath fields ({@code InputPath},
 * {@code ResultPath}, ...) and not the JSONata ones. Obtained from {@link TaskStep} by calling a
 * JSONPath-only method. Immutable: every call returns a new builder.
 *
 * <pre>{@code
 * task("Charge card", lambdaInvoke("charge").payload(path("$.payment")))
 *     .timeout(Duration.ofSeconds(30))
 *     .retry(retryOn(States.TIMEOUT).maxAttempts(2))
 *     .catchAll(refund);
 * }</pre>
 */
@CheckReturnValue
public interface JsonPathTask extends OpenFlow {

  /** {@code Comment}: a note for readers of the definition. */
  JsonPathTask comment(String comment);

  /**
   * {@code Credentials}: the role to assume for a cross-account call, e.g. {@code
   * payload().put("RoleArn", arn)}.
   */
  JsonPathTask credentials(Payload credentials);

  /** {@code TimeoutSeconds}: the longest the task may run (whole seconds, at least 1). */
  JsonPathTask timeout(Duration timeout);

  /**
   * {@code TimeoutSeconds} as a JSONata {@code {% %}} expression or a {@code ${...}} placeholder.
   */
  JsonPathTask timeout(String expression);

  /**
   * {@code HeartbeatSeconds}: the longest time between heartbeats of a callback or activity task.
   */
  JsonPathTask heartbeat(Duration heartbeat);

  /**
   * {@code HeartbeatSeconds} as a JSONata {@code {% %}} expression or a {@code ${...}}
   * placeholder.
   */
  JsonPathTask heartbeat(String expression);

  /** {@code Assign}: workflow variables to set when the state completes. */
  JsonPathTask assign(Payload assign);

  /** Adds a {@code Retry} entry; entries are tried in the order added. */
  JsonPathTask retry(Retry retry);

  /**
   * Adds a {@code Catch} entry for {@code States.ALL} that goes to {@code handler}; entries are
   * tried in the order added. The open ends of the handler end the execution unless the handler is
   * chained on.
   */
  JsonPathTask catchAll(Flow handler);

  /**
   * Adds a {@code Catch} entry that goes to {@code handler}; entries are tried in the order added.
   * The open ends of the handler end the execution unless the handler is chained on.
   */
  JsonPathTask catching(Catch errors, Flow handler);

  /** {@code InputPath} (JSONPath): the part of the input the state works on. */
  JsonPathTask inputPath(String path);

  /** {@code ResultPath} (JSONPath): where the result goes in the input. */
  JsonPathTask resultPath(String path);

  /** {@code "ResultPath": null} (JSONPath): pass the input on unchanged, dropping the result. */
  JsonPathTask discardResult();

  /**
   * {@code ResultSelector} (JSONPath): the result, rebuilt from a template before ResultPath
   * applies.
   */
  JsonPathTask resultSelector(Payload selector);

  /** {@code OutputPath} (JSONPath): the part of the result passed on. */
  JsonPathTask outputPath(String path);

  /**
   * {@code "InputPath": null} (JSONPath): ignore the input; the state works on an empty
   * object {@code {}}.
   */
  JsonPathTask ignoreInput();

  /** {@code "OutputPath": null} (JSONPath): discard the output; the state passes on {@code {}}. */
  JsonPathTask discardOutput();

  /** {@code TimeoutSecondsPath} (JSONPath): the timeout, read from the input. */
  JsonPathTask timeoutPath(String path);

  /** {@code HeartbeatSecondsPath} (JSONPath): the heartbeat interval, read from the input. */
  JsonPathTask heartbeatPath(String path);

  /** {@link #inputPath(String)} with a path written against a record: {@code inputPath(path(Order::customer))}. */
  default JsonPathTask inputPath(JsonPath path) {
    return inputPath(path.expression());
  }

  /** {@link #resultPath(String)} with a path written against a record, so the result lands where the record that reads it expects: {@code resultPath(path(Receipt::charge))}. */
  default JsonPathTask resultPath(JsonPath path) {
    return resultPath(path.expression());
  }

  /** {@link #outputPath(String)} with a path written against a record. */
  default JsonPathTask outputPath(JsonPath path) {
    return outputPath(path.expression());
  }

  /**
   * {@link #timeoutPath(String)} read from a number component of a record, so a path to
   * anything but a number does not compile: {@code timeoutPath(Paths.of(Job::timeoutSeconds))}.
   */
  default JsonPathTask timeoutPath(RecordPath<? extends Number> seconds) {
    return timeoutPath(seconds.expression());
  }

  /**
   * {@link #heartbeatPath(String)} read from a number component of a record:
   * {@code heartbeatPath(Paths.of(Job::heartbeatSeconds))}.
   */
  default JsonPathTask heartbeatPath(RecordPath<? extends Number> seconds) {
    return heartbeatPath(seconds.expression());
  }
}
