package io.statecraft.asl;

import io.statecraft.asl.internal.Copies;
import io.statecraft.asl.value.Path;
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
    choices = Copies.list(choices);
    output = Copies.copy(output);
    assign = Copies.copy(assign);
  }
}
