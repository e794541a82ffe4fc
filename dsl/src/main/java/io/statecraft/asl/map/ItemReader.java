package io.statecraft.asl.map;

import io.statecraft.asl.internal.Copies;
import tools.jackson.databind.JsonNode;

/**
 * A distributed Map's {@code ItemReader}: where the items come from (an S3 listing, or a CSV, JSON,
 * JSONL, Parquet or manifest file).
 *
 * @param resource e.g. {@code arn:aws:states:::s3:getObject}
 * @param readerConfig {@code ReaderConfig}, or null
 * @param parameters {@code Parameters} (JSONPath), or null
 * @param arguments {@code Arguments} (JSONata), or null
 */
public record ItemReader(
    String resource, ReaderConfig readerConfig, JsonNode parameters, JsonNode arguments) {

  public ItemReader {
    parameters = Copies.copy(parameters);
    arguments = Copies.copy(arguments);
  }
}
