package io.statecraft.asl;

import io.statecraft.asl.internal.Copies;
import io.statecraft.asl.value.NumberOrExpression;
import io.statecraft.asl.value.Path;
import tools.jackson.databind.JsonNode;

/**
 * {@code "Type": "Wait"}: waits for a number of seconds or until a timestamp, each given literally
 * (or as JSONata) or by a path into the input.
 *
 * @param seconds {@code Seconds}, or null
 * @param timestamp {@code Timestamp} (RFC 3339, or a JSONata expression), or null
 * @param secondsPath {@code SecondsPath}, or null
 * @param timestampPath {@code TimestampPath}, or null
 */
public record WaitState(
    String comment,
    QueryLanguage queryLanguage,
    Path inputPath,
    Path outputPath,
    NumberOrExpression seconds,
    String timestamp,
    String secondsPath,
    String timestampPath,
    JsonNode output,
    JsonNode assign,
    String next,
    boolean end)
    implements State, Transitioning {

  public WaitState {
    output = Copies.copy(output);
    assign = Copies.copy(assign);
  }
}
