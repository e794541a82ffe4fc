package io.statecraft.asl;

import io.statecraft.asl.internal.Copies;
import io.statecraft.asl.value.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One entry of a {@code Catch} array: the errors it matches and the state it goes to. JSONPath
 * states place the error output with {@code ResultPath}; JSONata states shape it with
 * {@code Output}; both may {@code Assign} variables.
 *
 * <pre>{@code
 * new Catcher(List.of("States.ALL"), "Refund", Path.of("$.error"), null, null, null);
 * }</pre>
 */
public record Catcher(
    List<String> errorEquals,
    String next,
    Path resultPath,
    JsonNode output,
    JsonNode assign,
    String comment) {

  public Catcher {
    errorEquals = Copies.list(errorEquals);
    output = Copies.copy(output);
    assign = Copies.copy(assign);
  }
}
