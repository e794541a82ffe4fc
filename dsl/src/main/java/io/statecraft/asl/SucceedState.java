package io.statecraft.asl;

import io.statecraft.asl.internal.Copies;
import io.statecraft.asl.value.Path;
import tools.jackson.databind.JsonNode;

/** {@code "Type": "Succeed"}: ends the execution (or its branch or iteration) successfully. */
public record SucceedState(
    String comment, QueryLanguage queryLanguage, Path inputPath, Path outputPath, JsonNode output)
    implements State {

  public SucceedState {
    output = Copies.copy(output);
  }
}
