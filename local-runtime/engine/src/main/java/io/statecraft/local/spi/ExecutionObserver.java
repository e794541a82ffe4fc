package io.statecraft.local.spi;

import io.statecraft.asl.StateMachine;
import io.statecraft.local.history.History;
import io.statecraft.local.internal.engine.Observers;
import java.util.List;
import java.util.Objects;

/**
 * Sees every execution that ends in any runtime of this JVM (a {@code LocalStepFunctions}, the
 * emulator, the conformance runner), with the decisions its history does not show: which Choice
 * rule matched, which retrier retried, which catcher caught. Workflow coverage is built on it.
 *
 * <pre>{@code
 * try (ExecutionObserver.Installed installed = ExecutionObserver.install(finished -> {
 *   for (ExecutionObserver.Decision decision : finished.decisions()) {
 *     System.out.println(finished.stateMachineName() + ": " + decision);
 *   }
 * })) {
 *   sfn.load(Path.of("order.asl.json")).run("{}");
 *   // prints e.g.  order: Decision[state=Paid?, kind=CHOICE_RULE, index=1]
 * }
 * }</pre>
 *
 * <p>Called on the thread that ended the execution, after its last event and before
 * {@code run(...)} returns. An exception thrown here does not reach the execution or its caller.
 * While no observer is installed the runtime notes no decisions and pays nothing.
 */
@FunctionalInterface
public interface ExecutionObserver {

  /** Called once for each execution that ended, child executions included. */
  void finished(Finished execution);

  /**
   * Installs {@code observer} for every runtime of this JVM, until the returned handle is closed.
   */
  static Installed install(ExecutionObserver observer) {
    Objects.requireNonNull(observer, "observer == null");
    Runnable uninstall = Observers.install((name, definition, arn, history, decisions) ->
        observer.finished(new Finished(name, definition, arn, history, decisions.stream()
            .map(d -> new Decision(d.state(), Decision.Kind.valueOf(d.kind().name()), d.index()))
            .toList())));
    return uninstall::run;
  }

  /** An installed observer; {@link #close()} uninstalls it. */
  interface Installed extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * An execution that ended.
   *
   * @param stateMachineName the name the definition was loaded under
   * @param definition the definition that ran
   * @param executionArn the execution's ARN
   * @param history every event it recorded
   * @param decisions what its states decided, in the order they decided it
   */
  record Finished(String stateMachineName, StateMachine definition, String executionArn,
      History history, List<Decision> decisions) {
    public Finished {
      decisions = List.copyOf(decisions);
    }
  }

  /**
   * One decision of a state, made at one of its entries.
   *
   * @param state the state's name
   * @param kind what was decided
   * @param index the matched rule's, the retrier's or the catcher's index in the state's list;
   *     -1 for {@link Kind#DEFAULT}
   */
  record Decision(String state, Kind kind, int index) {

    /** What a state decided. */
    public enum Kind {
      /** A Choice rule held, and the state went on to its Next. */
      CHOICE_RULE,
      /** No Choice rule held, and the state went on to its Default. */
      DEFAULT,
      /** A retrier matched the error and the state tried again (one decision per retry). */
      RETRIER,
      /** A catcher matched the error and the state went on to its Next. */
      CATCHER
    }
  }
}
