package io.statecraft.local.replay;

import io.statecraft.asl.StateMachine;
import io.statecraft.compiler.Asl;
import io.statecraft.local.history.History;
import io.statecraft.local.internal.json.Values;
import io.statecraft.local.internal.replay.HistoryJson;
import io.statecraft.local.internal.replay.Replaying;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Checks recorded executions against a definition: runs the definition with each history's
 * execution input, feeds it every task result, callback answer, activity result, time-out and
 * nested execution the history holds, in order, and compares each event it makes with the
 * recorded one: the state entered (so the Choice branch taken), the parameters sent to a
 * service, inputs and outputs, retries, Map iterations and Parallel branches, Wait durations,
 * and how the execution ended. It never calls a service, and needs no handlers or mocks.
 * Iterations and branches are followed in the order the history interleaves them; a distributed
 * Map's Map Run is not run again: its outcome and the state's output come from the history.
 *
 * <pre>{@code
 * Replayer replayer = Replayer.of(Path.of("order-flow.asl.json"));
 * // what aws stepfunctions get-execution-history printed
 * ReplayResult result = replayer.check(Path.of("history.json"));
 * if (!result.consistent()) {
 *   System.err.println(result.summary());
 * }
 * }</pre>
 *
 * <p>A history does not hold the execution's ARN; give it with {@link #executionArn(String)}
 * when the definition reads {@code $$.Execution.Id}, {@code $$.Execution.Name} or
 * {@code $$.StateMachine.*}: else those values match whatever the history holds. Values no
 * definition can reproduce ({@code States.UUID()}, {@code $random()}, {@code $now()}) differ
 * from run to run and are reported where they reach an event. Immutable and thread-safe.
 */
public final class Replayer {

  private final StateMachine definition;
  private final String executionArn;
  private final JsonNode input;

  private Replayer(StateMachine definition, String executionArn, JsonNode input) {
    this.definition = definition;
    this.executionArn = executionArn;
    this.input = input;
  }

  /** A replayer of {@code definition}. */
  public static Replayer of(StateMachine definition) {
    return new Replayer(Objects.requireNonNull(definition, "definition == null"), null, null);
  }

  /**
   * A replayer of the ASL file {@code definition}; throws
   * {@link io.statecraft.asl.diagnostic.InvalidDefinitionException} when it cannot be read.
   */
  public static Replayer of(Path definition) {
    return of(Asl.read(definition));
  }

  /** A replayer of the ASL JSON text {@code definition}. */
  public static Replayer ofJson(String definition) {
    return of(Asl.read(definition));
  }

  /**
   * The ARN of the execution the histories are of
   * ({@code arn:aws:states:REGION:ACCOUNT:execution:STATE_MACHINE:NAME}): the replay runs under
   * it, so the Context object holds what it held on AWS.
   */
  public Replayer executionArn(String executionArn) {
    Objects.requireNonNull(executionArn, "executionArn == null");
    if (!Replaying.EXECUTION_ARN.matcher(executionArn).matches()) {
      throw new IllegalArgumentException("executionArn must read arn:aws:states:REGION:ACCOUNT:"
          + "execution:STATE_MACHINE:NAME, was " + executionArn);
    }
    return new Replayer(definition, executionArn, input);
  }

  /**
   * The execution input (JSON text) to run with in place of the one ExecutionStarted records:
   * for a history read without its data ({@code --no-include-execution-data}), which has none.
   */
  public Replayer input(String json) {
    return new Replayer(definition, executionArn, Values.parse(json));
  }

  /** Replays {@code history}, events the local runtime or the emulator recorded. */
  public ReplayResult check(History history) {
    return run(new HistoryJson.Read(history.events(), true, true), history.size());
  }

  /**
   * Replays the history in {@code file}: {@code {"events":[...]}} as
   * {@code aws stepfunctions get-execution-history} prints it (in either order, one page or
   * several one after another), or an array of events.
   *
   * @throws InvalidHistoryException when the file holds no such history
   * @throws UncheckedIOException when it cannot be read
   */
  public ReplayResult check(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return checkJson(text);
  }

  /** {@link #check(Path)} of the JSON text {@code history}. */
  public ReplayResult checkJson(String history) {
    HistoryJson.Read read;
    try {
      read = HistoryJson.parse(history);
    } catch (IllegalArgumentException e) {
      throw new InvalidHistoryException("not an execution history: " + e.getMessage());
    }
    return run(read, read.events().size());
  }

  private ReplayResult run(HistoryJson.Read history, int count) {
    Replaying.Outcome outcome;
    try {
      outcome = Replaying.run(definition, history, executionArn, input);
    } catch (IllegalArgumentException e) {
      throw new InvalidHistoryException("not an execution history: " + e.getMessage());
    }
    Replaying.Found found = outcome.divergence();
    Divergence divergence = found == null ? null
        : new Divergence(found.eventId(), found.stateName(), found.expected(), found.actual());
    return new ReplayResult(divergence, outcome.eventsChecked(), count, outcome.notes());
  }
}
