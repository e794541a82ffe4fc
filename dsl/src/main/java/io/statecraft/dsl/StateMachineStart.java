package io.statecraft.dsl;

import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.diagnostic.SourceLocation;
import io.statecraft.asl.value.NumberOrExpression;
import io.statecraft.dsl.flow.Flow;
import io.statecraft.dsl.internal.Fragment;
import io.statecraft.dsl.internal.Sources;
import io.statecraft.dsl.internal.value.Numbers;
import io.statecraft.dsl.payload.CheckReturnValue;
import java.time.Duration;
import java.util.Objects;

/**
 * The top level of a state machine before its first state is known: {@code Comment},
 * {@code QueryLanguage}, {@code TimeoutSeconds}, {@code Version}. {@link #startWith} gives the flow
 * to run and returns what can be built. Immutable.
 *
 * <pre>{@code
 * StateMachine machine = stateMachine()
 *     .comment("Charges and ships an order")
 *     .timeout(Duration.ofHours(1))
 *     .startWith(task("Charge", lambdaInvoke("charge")).next(succeed("Done")))
 *     .build();
 * }</pre>
 */
@CheckReturnValue
public final class StateMachineStart {

  /** The top-level fields, null where absent, and where the machine was declared. */
  record TopLevel(String comment, QueryLanguage language, Integer timeoutSeconds, String version,
      SourceLocation source) {}

  private final TopLevel top;

  private StateMachineStart(TopLevel top) {
    this.top = top;
  }

  static StateMachineStart create() {
    return new StateMachineStart(new TopLevel(null, null, null, null, Sources.caller()));
  }

  /** {@code Comment}: what the state machine does. */
  public StateMachineStart comment(String comment) {
    Objects.requireNonNull(comment, "comment == null");
    return new StateMachineStart(new TopLevel(comment, top.language(), top.timeoutSeconds(),
        top.version(), top.source()));
  }

  /**
   * {@code "QueryLanguage": "JSONata"}: states that use no JSONPath-only field are JSONata states,
   * without a {@code QueryLanguage} of their own.
   */
  public StateMachineStart jsonata() {
    return language(QueryLanguage.JSONATA);
  }

  /** {@code "QueryLanguage": "JSONPath"}, written out (JSONPath is also the default). */
  public StateMachineStart jsonPath() {
    return language(QueryLanguage.JSONPATH);
  }

  /** {@code TimeoutSeconds}: the longest an execution may run. */
  public StateMachineStart timeout(Duration timeout) {
    NumberOrExpression seconds = Numbers.seconds(timeout, "timeout");
    return new StateMachineStart(new TopLevel(top.comment(), top.language(),
        seconds.number().intValueExact(), top.version(), top.source()));
  }

  /** {@code Version} of the States Language; AWS knows only {@code 1.0}. */
  public StateMachineStart version(String version) {
    Objects.requireNonNull(version, "version == null");
    return new StateMachineStart(new TopLevel(top.comment(), top.language(),
        top.timeoutSeconds(), version, top.source()));
  }

  /** {@code StartAt}: the flow the execution runs; its open ends become {@code "End": true}. */
  public StateMachineBuilder startWith(Flow flow) {
    Fragment.of(flow);
    return new StateMachineBuilder(top, flow);
  }

  private StateMachineStart language(QueryLanguage language) {
    return new StateMachineStart(new TopLevel(top.comment(), language, top.timeoutSeconds(),
        top.version(), top.source()));
  }
}
