package io.statecraft.asl;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code "Type": "Choice"}: goes to the state of the first rule whose condition holds, else to
 * {@code Default}.
 *
 * @param defaultNext {@code Default}: the state to go to when no rule holds, or null
 */
public record ChoiceState(
    String comment,
    QueryLanguage queryLanguage,
    Path inputPath,
    Path outputPath,
    List<ChoiceRule> choices,
    String defaultNext,
    JsonNode output,
    JsonNode assign)
    implements State {

  public ChoiceState {
    choices = Json.list(choices);
    output = Json.copy(output);
    assign = Json.copy(assign);
  }

  @Override
  public StateType type() {
    return StateType.CHOICE;
  }
}
