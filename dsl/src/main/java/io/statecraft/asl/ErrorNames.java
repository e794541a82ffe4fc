package io.statecraft.asl;

/**
 * The error names Step Functions itself raises ({@code States.*}), as {@code Retry} and
 * {@code Catch} match them and executions report them; one list for the DSL, the validator, the
 * runtime and the emulator.
 *
 * <pre>{@code
 * new Retrier(List.of(ErrorNames.TIMEOUT, ErrorNames.TASK_FAILED), 2, 3, null, null, null);
 * }</pre>
 */
public final class ErrorNames {

  private ErrorNames() {}

  /** Matches any error but States.Runtime; must be alone in its list and in the last entry. */
  public static final String ALL = "States.ALL";
  /** Any error except {@code States.Timeout}, raised by a Task. */
  public static final String TASK_FAILED = "States.TaskFailed";
  /** A Task ran longer than {@code TimeoutSeconds}, or an execution than its own. */
  public static final String TIMEOUT = "States.Timeout";
  /** A Task missed its {@code HeartbeatSeconds}. */
  public static final String HEARTBEAT_TIMEOUT = "States.HeartbeatTimeout";
  /** The execution role lacks a permission the Task needs. */
  public static final String PERMISSIONS = "States.Permissions";
  /** {@code ResultPath} cannot be applied to the input. */
  public static final String RESULT_PATH_MATCH_FAILURE = "States.ResultPathMatchFailure";
  /** A path in {@code Parameters} did not resolve. */
  public static final String PARAMETER_PATH_FAILURE = "States.ParameterPathFailure";
  /** A JSONata expression failed, gave nothing, or gave a value of the wrong type. */
  public static final String QUERY_EVALUATION_ERROR = "States.QueryEvaluationError";
  /** A branch of a Parallel state failed. */
  public static final String BRANCH_FAILED = "States.BranchFailed";
  /** No Choice rule matched and there is no {@code Default}. */
  public static final String NO_CHOICE_MATCHED = "States.NoChoiceMatched";
  /** An intrinsic function failed. */
  public static final String INTRINSIC_FAILURE = "States.IntrinsicFailure";
  /** A Map run failed more items than tolerated. */
  public static final String EXCEED_TOLERATED_FAILURE_THRESHOLD =
      "States.ExceedToleratedFailureThreshold";
  /** A distributed Map could not read its items. */
  public static final String ITEM_READER_FAILED = "States.ItemReaderFailed";
  /** A distributed Map could not write its results. */
  public static final String RESULT_WRITER_FAILED = "States.ResultWriterFailed";
  /** An input, output or result exceeded the payload size quota. */
  public static final String DATA_LIMIT_EXCEEDED = "States.DataLimitExceeded";
  /** An unrecoverable error, such as a path on a non-object; never retried or caught. */
  public static final String RUNTIME = "States.Runtime";
}
