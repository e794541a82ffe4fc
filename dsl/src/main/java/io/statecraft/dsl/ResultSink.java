package io.statecraft.dsl;

import io.statecraft.asl.map.WriterConfig;
import java.util.Objects;

/**
 * Where a distributed Map writes the results of its child executions ({@code ResultWriter}):
 * a prefix in an S3 bucket. Immutable.
 *
 * <pre>{@code
 * map("Score rows", scoreRow).distributedStandard()
 *     .resultWriter(s3Results("reports", "scores/").writerConfig("JSONL", "FLATTEN"));
 * }</pre>
 */
public final class ResultSink {

  private final Payload request;
  private final WriterConfig writerConfig;

  private ResultSink(Payload request, WriterConfig writerConfig) {
    this.request = request;
    this.writerConfig = writerConfig;
  }

  static ResultSink s3(Object bucket, Object prefix) {
    return new ResultSink(Payload.empty()
        .put("Bucket", Objects.requireNonNull(bucket, "bucket == null"))
        .put("Prefix", Objects.requireNonNull(prefix, "prefix == null")), null);
  }

  /**
   * {@code WriterConfig}: {@code OutputType} JSON or JSONL, and {@code Transformation} NONE,
   * COMPACT or FLATTEN.
   */
  public ResultSink writerConfig(String outputType, String transformation) {
    return new ResultSink(request, new WriterConfig(
        Objects.requireNonNull(outputType, "outputType == null"),
        Objects.requireNonNull(transformation, "transformation == null")));
  }

  String resource() {
    return "arn:aws:states:::s3:putObject";
  }

  Payload request() {
    return request;
  }

  WriterConfig config() {
    return writerConfig;
  }
}
