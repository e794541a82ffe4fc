package io.statecraft.dsl.flow;

import io.statecraft.dsl.error.Catch;
import io.statecraft.dsl.error.Retry;
import io.statecraft.dsl.payload.CheckReturnValue;
import io.statecraft.dsl.payload.Payload;
import io.statecraft.dsl.payload.RecordPath;
import java.time.Duration;
import java.util.function.Function;

/**
 * A Task state whose result is declared as a record, made by {@link TaskStep#result(Class)}.
 * The declaration is not written to the ASL; it lets the {@code ResultSelector} be written
 * against the record, and local runs check what a handler or mock answers against the record's
 * JSON Schema, naming each field that does not fit. For {@code lambdaInvoke} the record is what
 * the function returns, which Lambda's Invoke response holds under {@code Payload}; for any other
 * integration it is the service's whole result. Immutable: every call returns a new builder, and
 * the methods here keep the record for a {@link #resultSelector(Function)} further on.
 *
 * <pre>{@code
 * record Charge(String chargeId, int attempts) {}
 *
 * task("Charge card", lambdaInvoke("charge").payload(path(Order::total)))
 *     .result(Charge.class)
 *     .timeout(Duration.ofSeconds(30))
 *     .resultSelector(charge -> payload()
 *         .put("chargeId", charge.then(Charge::chargeId).path())) // $.Payload.chargeId
 *     .resultPath(path(Receipt::charge));
 * }</pre>
 *
 * @param <R> the record of the task's result
 */
@CheckReturnValue
public interface TypedTask<R extends Record> extends TaskStep {

  /**
   * {@code ResultSelector} (JSONPath) written against the result record: {@code selector} is given
   * the path of the record in the raw result ({@code $.Payload} for {@code lambdaInvoke},
   * {@code $} otherwise) and builds the template from it.
   */
  JsonPathTask resultSelector(Function<RecordPath<R>, Payload> selector);

  @Override
  TypedTask<R> comment(String comment);

  @Override
  TypedTask<R> credentials(Payload credentials);

  @Override
  TypedTask<R> timeout(Duration timeout);

  @Override
  TypedTask<R> timeout(String expression);

  @Override
  TypedTask<R> heartbeat(Duration heartbeat);

  @Override
  TypedTask<R> heartbeat(String expression);

  @Override
  TypedTask<R> assign(Payload assign);

  @Override
  TypedTask<R> retry(Retry retry);

  @Override
  TypedTask<R> catchAll(Flow handler);

  @Override
  TypedTask<R> catching(Catch errors, Flow handler);
}
