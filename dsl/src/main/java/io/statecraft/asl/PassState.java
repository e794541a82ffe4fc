package io.statecraft.asl;

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
    parameters = Json.copy(parameters);
    result = Json.copy(result);
    output = Json.copy(output);
    assign = Json.copy(assign);
  }

  @Override
  public StateType type() {
    return StateType.PASS;
  }
}
