package io.statecraft.asl;

import io.statecraft.asl.internal.Copies;
import io.statecraft.asl.value.Path;
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
    parameters = Copies.copy(parameters);
    arguments = Copies.copy(arguments);
    branches = Copies.list(branches);
    resultSelector = Copies.copy(resultSelector);
    output = Copies.copy(output);
    assign = Copies.copy(assign);
    retry = Copies.list(retry);
    catchers = Copies.list(catchers);
  }
}
