package io.statecraft.asl;

/**
 * A state of a state machine; one of eight kinds. Its name is the key it has in the enclosing
 * {@code States} map, not a field of its own.
 *
 * <pre>{@code
 * switch (state) {
 *   case TaskState task -> System.out.println("calls " + task.resource());
 *   case ChoiceState choice -> System.out.println(choice.choices().size() + " rules");
 *   default -> System.out.println(state.type().aslName());
 * }
 * }</pre>
 */
public sealed interface State
    permits TaskState, PassState, ChoiceState, WaitState, SucceedState, FailState, ParallelState,
        MapState {

  /** The kind of state. */
  default StateType type() {
    return StateType.of(this);
  }

  /** {@code Comment}, or null. */
  String comment();

  /** {@code QueryLanguage} set on this state, or null to inherit the machine's. */
  QueryLanguage queryLanguage();

  /**
   * The query language this state is evaluated in: its own, else {@code inherited} (the machine's,
   * else JSONPath).
   */
  default QueryLanguage effectiveQueryLanguage(QueryLanguage inherited) {
    QueryLanguage own = queryLanguage();
    if (own != null) {
      return own;
    }
    return inherited != null ? inherited : QueryLanguage.JSONPATH;
  }
}
