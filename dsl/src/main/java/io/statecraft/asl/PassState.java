package io.statecraft.asl;

import io.statecraft.asl.internal.Copies;
import io.statecraft.asl.value.Path;
import tools.jackson.databind.JsonNode;

/**
 * {@code "Type": "Pass"}: passes its input on, optionally replaced by {@code Result} or shaped by
 * {@code Parameters} / {@code Output}.
 *
 * @param result {@code Result}, or null when absent ({@code NullNode} for {@code "Result": null})
 */
public record PassState(
    String comment,
    QueryLanguage queryLanguage,
    Path inputPath,
    JsonNode parameters,
    JsonNode result,
    Path resultPath,
    Path outputPath,
    JsonNode output,
    JsonNode assign,
    String next,
    boolean end)
    implements State, Transitioning {

  public PassState {
    parameters = Copies.copy(parameters);
    result = Copies.copy(result);
    output = Copies.copy(output);
    assign = Copies.copy(assign);
  }
}
