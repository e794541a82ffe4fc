package io.statecraft.asl;

import io.statecraft.asl.internal.Copies;
import java.util.Map;
import java.util.Objects;

/**
 * A whole ASL document: {@code StartAt}, {@code States} and the optional top-level fields.
 *
 * <pre>{@code
 * StateMachine machine = new StateMachine("Says hello", null, "Hello", null, null,
 *     Map.of("Hello", new SucceedState(null, null, null, null, null)));
 * }</pre>
 *
 * @param comment {@code Comment}, or null
 * @param queryLanguage {@code QueryLanguage} of the whole machine, or null (JSONPath)
 * @param startAt the name of the first state
 * @param timeoutSeconds {@code TimeoutSeconds} of an execution, or null
 * @param version {@code Version} of the language (only "1.0" exists), or null
 * @param states the top-level states by name, in document order
 */
public record StateMachine(
    String comment,
    QueryLanguage queryLanguage,
    String startAt,
    Integer timeoutSeconds,
    String version,
    Map<String, State> states) {

  public StateMachine {
    Objects.requireNonNull(startAt, "startAt");
    states = Copies.orderedMap(states);
  }

  /** The query language of states that do not set their own: the machine's, else JSONPath. */
  public QueryLanguage effectiveQueryLanguage() {
    return queryLanguage != null ? queryLanguage : QueryLanguage.JSONPATH;
  }
}
