package io.statecraft.asl.map;

import io.statecraft.asl.internal.Copies;
import tools.jackson.databind.JsonNode;

/**
 * A distributed Map's {@code ResultWriter}: where the results of child executions are written.
 *
 * @param resource e.g. {@code arn:aws:states:::s3:putObject}, or null when only
 *     {@code WriterConfig} is given
 * @param parameters {@code Parameters} (JSONPath), or null
 * @param arguments {@code Arguments} (JSONata), or null
 * @param writerConfig {@code WriterConfig}, or null
 */
public record ResultWriter(
    String resource, JsonNode parameters, JsonNode arguments, WriterConfig writerConfig) {

  public ResultWriter {
    parameters = Copies.copy(parameters);
    arguments = Copies.copy(arguments);
  }
}
