package io.statecraft.maven;

/**
 * The {@code <logging>} element of {@code sfn:deploy}: where and how much an execution logs.
 *
 * <pre>{@code
 * <logging>
 *   <level>ERROR</level>
 *   <includeExecutionData>false</includeExecutionData>
 *   <logGroupArn>arn:aws:logs:eu-west-1:123456789012:log-group:/aws/vendedlogs/states/orders:*</logGroupArn>
 * </logging>
 * }</pre>
 */
public final class Logging {

  /** {@code ALL}, {@code ERROR}, {@code FATAL} or {@code OFF}. */
  String level = "OFF";

  /** Whether inputs and outputs are logged too. */
  boolean includeExecutionData;

  /** The CloudWatch Logs group, required unless the level is {@code OFF}. */
  String logGroupArn;

  public Logging() {}

  Logging(String level, boolean includeExecutionData, String logGroupArn) {
    this.level = level;
    this.includeExecutionData = includeExecutionData;
    this.logGroupArn = logGroupArn;
  }
}
