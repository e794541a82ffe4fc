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

  private final String comment;
  private final QueryLanguage language;
  private final Integer timeoutSeconds;
  private final String version;
  private final SourceLocation source;

  private StateMachineStart(String comment, QueryLanguage language, Integer timeoutSeconds,
      String version, SourceLocation source) {
    this.comment = comment;
    this.language = language;
    this.timeoutSeconds = timeoutSeconds;
    this.version = version;
    this.source = source;
  }

  static StateMachineStart create() {
    return new StateMachineStart(null, null, null, null, Sources.caller());
  }

  /** {@code Comment}: what the state machine does. */
  public StateMachineStart comment(String comment) {
    return new StateMachineStart(Objects.requireNonNull(comment, "comment == null"), language,
        timeoutSeconds, version, source);
  }

  /**
   * {@code "QueryLanguage": "JSONata"}: states that use no JSONPath-only field are JSONata states,
   * without a {@code QueryLanguage} of their own.
   */
  public StateMachineStart jsonata() {
    return new StateMachineStart(comment, QueryLanguage.JSONATA, timeoutSeconds, version, source);
  }

  /** {@code "QueryLanguage": "JSONPath"}, written out (JSONPath is also the default). */
  public StateMachineStart jsonPath() {
    return new StateMachineStart(comment, QueryLanguage.JSONPATH, timeoutSeconds, version, source);
  }

  /** {@code TimeoutSeconds}: the longest an execution may run. */
  public StateMachineStart timeout(Duration timeout) {
    NumberOrExpression seconds = Numbers.seconds(timeout, "timeout");
    return new StateMachineStart(comment, language, seconds.number().intValueExact(), version,
        source);
  }

  /** {@code Version} of the States Language; AWS knows only {@code 1.0}. */
  public StateMachineStart version(String version) {
    return new StateMachineStart(comment, language, timeoutSeconds,
        Objects.requireNonNull(version, "version == null"), source);
  }

  /** {@code StartAt}: the flow the execution runs; its open ends become {@code "End": true}. */
  public StateMachineBuilder startWith(Flow flow) {
    Fragment.of(flow);
    return new StateMachineBuilder(this, flow);
  }

  String comment() {
    return comment;
  }

  QueryLanguage language() {
    return language;
  }

  Integer timeoutSeconds() {
    return timeoutSeconds;
  }

  String version() {
    return version;
  }

  SourceLocation source() {
    return source;
  }
}
