package io.statecraft.dsl.internal.value;

import io.statecraft.asl.map.WriterConfig;
import io.statecraft.dsl.map.ResultSink;
import java.util.Objects;

/**
 * The one implementation of {@link ResultSink}: the ResultWriter of a distributed Map.
 *
 * @param request the S3 request: {@code Bucket} and {@code Prefix}
 * @param config {@code WriterConfig}, or null
 */
public record ResultSinkImpl(PayloadImpl request, WriterConfig config) implements ResultSink {

  public static ResultSinkImpl s3(Object bucket, Object prefix) {
    return new ResultSinkImpl(PayloadImpl.empty()
        .put("Bucket", Objects.requireNonNull(bucket, "bucket == null"))
        .put("Prefix", Objects.requireNonNull(prefix, "prefix == null")), null);
  }

  /** The implementation behind a result sink the user passed in. */
  public static ResultSinkImpl of(ResultSink resultSink) {
    return Values.impl(resultSink, ResultSinkImpl.class, "result sinks");
  }

  @Override
  public ResultSinkImpl writerConfig(String outputType, String transformation) {
    return new ResultSinkImpl(request, new WriterConfig(
        Objects.requireNonNull(outputType, "outputType == null"),
        Objects.requireNonNull(transformation, "transformation == null")));
  }

  public String resource() {
    return "arn:aws:states:::s3:putObject";
  }
}
