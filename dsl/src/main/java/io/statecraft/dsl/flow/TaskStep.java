package io.statecraft.dsl.flow;

import io.statecraft.dsl.error.Catch;
import io.statecraft.dsl.error.Retry;
import io.statecraft.dsl.payload.CheckReturnValue;
import io.statecraft.dsl.payload.Payload;
import java.time.Duration;

/**
 * Builds a Task state whose query language is not fixed yet. Calling a JSONPath-only method (such
 * as {@code inputPath}) returns a {@link JsonPathTask}, a JSONata-only one (such as {@code output})
 * a {@link JsonataTask}: neither offers the other language's fields. Until then it is both,
 * inheriting each language's own methods from those two interfaces; it declares only the methods
 * that leave the language open. A state that uses neither takes the state machine's language.
 * Immutable: every call returns a new builder.
 *
 * <pre>{@code
 * task("Charge card", lambdaInvoke("charge").payload(path("$.payment")))
 *     .timeout(Duration.ofSeconds(30))
 *     .retry(retryOn(States.TIMEOUT).maxAttempts(2))
 *     .catchAll(refund);
 * }</pre>
 */
@CheckReturnValue
public interface TaskStep extends JsonPathTask, JsonataTask {

  /**
   * Declares the record of the task's result: the function's return value for
   * {@code lambdaInvoke}, the service's result otherwise. Nothing is written to the ASL; the
   * returned builder takes a {@code ResultSelector} written against the record, local runs check
   * every result a handler or mock gives against the record's JSON Schema, and the build writes
   * that schema as {@code <workflow>.<state>.result.schema.json}.
   *
   * <pre>{@code
   * task("Charge card", lambdaInvoke("charge"))
   *     .result(Charge.class)
   *     .resultSelector(charge -> payload().put("chargeId", charge.then(Charge::chargeId).path()));
   * }</pre>
   */
  <R extends Record> TypedTask<R> result(Class<R> record);

  /** {@code Comment}: a note for readers of the definition. */
  TaskStep comment(String comment);

  /**
   * {@code Credentials}: the role to assume for a cross-account call, e.g. {@code
   * payload().put("RoleArn", arn)}.
   */
  TaskStep credentials(Payload credentials);

  /** {@code TimeoutSeconds}: the longest the task may run (whole seconds, at least 1). */
  TaskStep timeout(Duration timeout);

  /**
   * {@code TimeoutSeconds} as a JSONata {@code {% %}} expression or a {@code ${...}} placeholder.
   */
  TaskStep timeout(String expression);

  /**
   * {@code HeartbeatSeconds}: the longest time between heartbeats of a callback or activity task.
   */
  TaskStep heartbeat(Duration heartbeat);

  /**
   * {@code HeartbeatSeconds} as a JSONata {@code {% %}} expression or a {@code ${...}}
   * placeholder.
   */
  TaskStep heartbeat(String expression);

  /** {@code Assign}: workflow variables to set when the state completes. */
  TaskStep assign(Payload assign);

  /** Adds a {@code Retry} entry; entries are tried in the order added. */
  TaskStep retry(Retry retry);

  /**
   * Adds a {@code Catch} entry for {@code States.ALL} that goes to {@code handler}; entries are
   * tried in the order added. The open ends of the handler end the execution unless the handler is
   * chained on.
   */
  TaskStep catchAll(Flow handler);

  /**
   * Adds a {@code Catch} entry that goes to {@code handler}; entries are tried in the order added.
   * The open ends of the handler end the execution unless the handler is chained on.
   */
  TaskStep catching(Catch errors, Flow handler);
}
