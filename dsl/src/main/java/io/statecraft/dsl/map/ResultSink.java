package io.statecraft.dsl.map;

/**
 * Where a distributed Map writes the results of its child executions ({@code ResultWriter}):
 * a prefix in an S3 bucket. Immutable.
 *
 * <pre>{@code
 * map("Score rows", scoreRow).distributedStandard()
 *     .resultWriter(s3Results("reports", "scores/").writerConfig("JSONL", "FLATTEN"));
 * }</pre>
 *
 * <p>Result sinks are created by {@link io.statecraft.dsl.Steps#s3Results}; do not implement
 * this interface.
 */
public interface ResultSink {

  /**
   * {@code WriterConfig}: {@code OutputType} JSON or JSONL, and {@code Transformation} NONE,
   * COMPACT or FLATTEN.
   */
  ResultSink writerConfig(String outputType, String transformation);
}
