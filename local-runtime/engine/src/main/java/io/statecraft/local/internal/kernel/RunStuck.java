package io.statecraft.local.internal.kernel;

import io.statecraft.local.history.History;
import java.util.List;

/**
 * A synchronous run that can never go on: its lines wait for what nothing in the runtime will
 * give (a task token nobody holds, an activity with no worker), with no timer left to skip to.
 */
public final class RunStuck extends RuntimeException {

  private final transient List<Waiting> waits;

  RunStuck(Run run, List<Waiting> waits, List<String> elsewhere) {
    super(message(run, waits, elsewhere));
    this.waits = waits;
  }

  /** What the run's lines waited for when it was given up. */
  public List<Waiting> waits() {
    return waits;
  }

  private static String message(Run run, List<Waiting> waits, List<String> elsewhere) {
    StringBuilder text = new StringBuilder("Execution '" + run.executionName
        + "' cannot go on: ");
    for (int i = 0; i < waits.size(); i++) {
      text.append(i == 0 ? "" : "; ").append(waits.get(i).describe());
    }
    text.append(", and nothing in this runtime will answer while run() waits.");
    for (Waiting waiting : waits) {
      text.append(advice(waiting));
    }
    for (String other : elsewhere) {
      if (!other.startsWith("execution '" + run.executionName + "':")) {
        text.append("\nMeanwhile ").append(other).append('.');
      }
    }
    return text.append("\nEvents so far:\n").append(new History(run.events())).toString();
  }

  /** What to do about one wait, in the API's words. */
  private static String advice(Waiting waiting) {
    String state = waiting.stateName();
    String answer = " or start() the execution, take the token with awaitTaskToken(\"" + state
        + "\", timeout) and answer it with sendTaskSuccess or sendTaskFailure.";
    return switch (waiting.cause()) {
      case ACTIVITY_WORKER -> "\nTo answer '" + state + "', bind a handler that plays its worker:"
          + " LocalStepFunctions.builder().task(\"" + state + "\", handler), or .resource(...)"
          + " with the activity's ARN;" + answer;
      case TASK_TOKEN -> "\nTo answer '" + state + "', send its token from the handler bound to"
          + " it (the token is in its input, from $$.Task.Token: sendTaskSuccess(token, output)),"
          + answer;
      default -> "";
    };
  }
}
