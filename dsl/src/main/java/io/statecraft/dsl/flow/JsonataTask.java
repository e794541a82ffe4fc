package io.statecraft.dsl.flow;

import io.statecraft.dsl.error.Catch;
import io.statecraft.dsl.error.Retry;
import io.statecraft.dsl.payload.CheckReturnValue;
import io.statecraft.dsl.payload.Jsonata;
import io.statecraft.dsl.payload.Payload;
import java.time.Duration;

/**
 * Builds a Task state in a JSONata state: it offers {@code Output} (and {@code Arguments} where
 * the state has them) and none of the five JSONPath fields. Obtained from {@link TaskStep} by
 * calling a JSONata-only method. Immutable: every call returns a new builder.
 *
 * <pre>{@code
 * task("Charge card", lambdaInvoke("charge").payload(jsonata("$states.input.payment")))
 *     .output(jsonata("$states.result.Payload"));
 * }</pre>
 */
@CheckReturnValue
public interface JsonataTask extends OpenFlow {

  /** {@code Comment}: a note for readers of the definition. */
  JsonataTask comment(String comment);

  /**
   * {@code Credentials}: the role to assume for a cross-account call, e.g. {@code
   * payload().put("RoleArn", arn)}.
   */
  JsonataTask credentials(Payload credentials);

  /** {@code TimeoutSeconds}: the longest the task may run (whole seconds, at least 1). */
  JsonataTask timeout(Duration timeout);

  /**
   * {@code TimeoutSeconds} as a JSONata {@code {% %}} expression or a {@code ${...}} placeholder.
   */
  JsonataTask timeout(String expression);

  /**
   * {@code HeartbeatSeconds}: the longest time between heartbeats of a callback or activity task.
   */
  JsonataTask heartbeat(Duration heartbeat);

  /**
   * {@code HeartbeatSeconds} as a JSONata {@code {% %}} expression or a {@code ${...}}
   * placeholder.
   */
  JsonataTask heartbeat(String expression);

  /** {@code Assign}: workflow variables to set when the state completes. */
  JsonataTask assign(Payload assign);

  /** Adds a {@code Retry} entry; entries are tried in the order added. */
  JsonataTask retry(Retry retry);

  /**
   * Adds a {@code Catch} entry for {@code States.ALL} that goes to {@code handler}; entries are
   * tried in the order added. The open ends of the handler end the execution unless the handler is
   * chained on.
   */
  JsonataTask catchAll(Flow handler);

  /**
   * Adds a {@code Catch} entry that goes to {@code handler}; entries are tried in the order added.
   * The open ends of the handler end the execution unless the handler is chained on.
   */
  JsonataTask catching(Catch errors, Flow handler);

  /** {@code Output} (JSONata): the state output, built from a template. */
  JsonataTask output(Payload output);

  /** {@code Output} (JSONata): the state output, computed by an expression. */
  JsonataTask output(Jsonata output);
}
