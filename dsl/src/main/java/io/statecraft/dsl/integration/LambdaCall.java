package io.statecraft.dsl.integration;

import io.statecraft.dsl.payload.Expression;
import io.statecraft.dsl.payload.Payload;

/**
 * A Lambda invocation through {@code arn:aws:states:::lambda:invoke}: {@code FunctionName},
 * {@code Payload} and {@code Qualifier}, plus, on request, the retry for Lambda's transient errors
 * that the Step Functions console adds to new Lambda tasks. Immutable.
 *
 * <pre>{@code
 * task("Reserve stock", lambdaInvoke("reserve-stock")
 *     .payload(payload().put("items", path("$.items")))
 *     .qualifier("live")
 *     .withRecommendedRetry());
 * }</pre>
 *
 * <p>Lambda calls are created by {@link io.statecraft.dsl.Steps#lambdaInvoke} and
 * {@link io.statecraft.dsl.Steps#lambdaInvokeWaitForTaskToken}; do not implement this interface.
 */
public non-sealed interface LambdaCall extends Integration {

  /** {@code Lambda.ServiceException}: a transient error of the Lambda service. */
  String SERVICE_EXCEPTION = "Lambda.ServiceException";

  /** {@code Lambda.AWSLambdaException}: a transient error of the Lambda service. */
  String AWS_LAMBDA_EXCEPTION = "Lambda.AWSLambdaException";

  /** {@code Lambda.SdkClientException}: the call to Lambda failed on the way. */
  String SDK_CLIENT_EXCEPTION = "Lambda.SdkClientException";

  /** {@code Lambda.TooManyRequestsException}: Lambda throttled the invocation. */
  String TOO_MANY_REQUESTS_EXCEPTION = "Lambda.TooManyRequestsException";

  /** {@code Lambda.ClientExecutionTimeoutException}: the call to Lambda timed out. */
  String CLIENT_EXECUTION_TIMEOUT_EXCEPTION = "Lambda.ClientExecutionTimeoutException";

  /** {@code Lambda.Unknown}: the function failed without an error name (timeout, out of memory). */
  String UNKNOWN = "Lambda.Unknown";

  /**
   * {@code Payload}: the function's event; a {@link Payload}, an {@link Expression} such as
   * {@code path("$")} or {@code jsonata("$states.input")}, or a literal. Without it the function
   * gets the state input.
   */
  LambdaCall payload(Object payload);

  /** {@code Qualifier}: the version or alias to invoke. */
  LambdaCall qualifier(String qualifier);

  /** Any other field of Lambda's Invoke request, e.g. {@code InvocationType}. */
  LambdaCall with(String field, Object value);

  /**
   * Adds, as the task's first {@code Retry} entry, the retry the Step Functions console gives new
   * Lambda tasks: {@code Lambda.ServiceException}, {@code Lambda.AWSLambdaException},
   * {@code Lambda.SdkClientException} and {@code Lambda.TooManyRequestsException}, every 1 s, 3
   * times, backoff rate 2, full jitter.
   */
  LambdaCall withRecommendedRetry();
}
