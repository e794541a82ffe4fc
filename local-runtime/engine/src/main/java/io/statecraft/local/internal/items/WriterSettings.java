package io.statecraft.local.internal.items;

/**
 * A {@code ResultWriter}'s {@code WriterConfig} once evaluated.
 *
 * @param outputType {@code JSON} (an array per file) or {@code JSONL} (a line per result)
 * @param transformation {@code NONE} (execution records), {@code COMPACT} (outputs) or {@code
 *     FLATTEN} (outputs, arrays spread into their elements)
 */
public record WriterSettings(String outputType, String transformation) {

  /** A Map without a ResultWriter: its output is the children's outputs. */
  public static final WriterSettings NO_RESULT_WRITER = new WriterSettings("JSON", "COMPACT");

  public WriterSettings {
    if (!"JSON".equals(outputType) && !"JSONL".equals(outputType)) {
      throw new IllegalArgumentException("outputType must be JSON or JSONL, was " + outputType);
    }
    if (!"NONE".equals(transformation) && !"COMPACT".equals(transformation)
        && !"FLATTEN".equals(transformation)) {
      throw new IllegalArgumentException(
          "transformation must be NONE, COMPACT or FLATTEN, was " + transformation);
    }
  }

  /**
   * Settings with AWS's defaults for the fields a {@code WriterConfig} leaves out: JSON output,
   * and {@code NONE} when results go to S3 with no WriterConfig at all, {@code COMPACT} otherwise
   * (https://docs.aws.amazon.com/step-functions/latest/dg/input-output-resultwriter.html).
   *
   * @param writerConfigPresent whether the ResultWriter has a WriterConfig
   */
  public static WriterSettings withDefaults(
      String outputType, String transformation, boolean writerConfigPresent) {
    return new WriterSettings(
        outputType == null ? "JSON" : outputType,
        transformation != null ? transformation : writerConfigPresent ? "COMPACT" : "NONE");
  }
}
