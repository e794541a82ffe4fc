package io.statecraft.asl;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code "Type": "Parallel"}: runs every branch on the same input; its result is the array of the
 * branches' outputs, in branch order.
 */
public record ParallelState(
    String comment,
    QueryLanguage queryLanguage,
    Path inputPath,
    JsonNode parameters,
    JsonNode arguments,
    List<Branch> branches,
    JsonNode resultSelector,
    Path resultPath,
    Path outputPath,
    JsonNode output,
    JsonNode assign,
    List<Retrier> retry,
    List<Catcher> catchers,
    String next,
    boolean end)
    implements State, Transitioning, ErrorHandling {

  public ParallelState {
    parameters = Json.copy(parameters);
    arguments = Json.copy(arguments);
    branches = Json.list(branches);
    resultSelector = Json.copy(resultSelector);
    output = Json.copy(output);
    assign = Json.copy(assign);
    retry = Json.list(retry);
    catchers = Json.list(catchers);
  }

  @Override
  public StateType type() {
    return StateType.PARALLEL;
  }
}
