package io.statecraft.dsl;

import java.util.List;
import java.util.Objects;

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
 */
public final class LambdaCall implements Integration {

  /** {@code Lambda.ServiceException}: a transient error of the Lambda service. */
  public static final String SERVICE_EXCEPTION = "Lambda.ServiceException";

  /** {@code Lambda.AWSLambdaException}: a transient error of the Lambda service. */
  public static final String AWS_LAMBDA_EXCEPTION = "Lambda.AWSLambdaException";

  /** {@code Lambda.SdkClientException}: the call to Lambda failed on the way. */
  public static final String SDK_CLIENT_EXCEPTION = "Lambda.SdkClientException";

  /** {@code Lambda.TooManyRequestsException}: Lambda throttled the invocation. */
  public static final String TOO_MANY_REQUESTS_EXCEPTION = "Lambda.TooManyRequestsException";

  /** {@code Lambda.ClientExecutionTimeoutException}: the call to Lambda timed out. */
  public static final String CLIENT_EXECUTION_TIMEOUT_EXCEPTION =
      "Lambda.ClientExecutionTimeoutException";

  /** {@code Lambda.Unknown}: the function failed without an error name (timeout, out of memory). */
  public static final String UNKNOWN = "Lambda.Unknown";

  private final String resource;
  private final Payload request;
  private final boolean recommendedRetry;

  LambdaCall(String resource, Payload request, boolean recommendedRetry) {
    this.resource = resource;
    this.request = request;
    this.recommendedRetry = recommendedRetry;
  }

  static LambdaCall invoke(String resource, Object function) {
    Objects.requireNonNull(function, "function == null");
    return new LambdaCall(resource, Payload.empty().put("FunctionName", function), false);
  }

  @Override
  public String resource() {
    return resource;
  }

  /**
   * {@code Payload}: the function's event; a {@link Payload}, an {@link Expression} such as
   * {@code path("$")} or {@code jsonata("$states.input")}, or a literal. Without it the function
   * gets the state input.
   */
  public LambdaCall payload(Object payload) {
    return new LambdaCall(resource, request.put("Payload", payload), recommendedRetry);
  }

  /** {@code Qualifier}: the version or alias to invoke. */
  public LambdaCall qualifier(String qualifier) {
    return new LambdaCall(resource,
        request.put("Qualifier", Objects.requireNonNull(qualifier, "qualifier == null")),
        recommendedRetry);
  }

  /** Any other field of Lambda's Invoke request, e.g. {@code InvocationType}. */
  public LambdaCall with(String field, Object value) {
    return new LambdaCall(resource, request.put(field, value), recommendedRetry);
  }

  /**
   * Adds, as the task's first {@code Retry} entry, the retry the Step Functions console gives new
   * Lambda tasks: {@code Lambda.ServiceException}, {@code Lambda.AWSLambdaException},
   * {@code Lambda.SdkClientException} and {@code Lambda.TooManyRequestsException}, every 1 s, 3
   * times, backoff rate 2, full jitter.
   */
  public LambdaCall withRecommendedRetry() {
    return new LambdaCall(resource, request, true);
  }

  Payload request() {
    return request;
  }

  List<Retry> defaultRetries() {
    if (!recommendedRetry) {
      return List.of();
    }
    return List.of(Retry.on(SERVICE_EXCEPTION, AWS_LAMBDA_EXCEPTION, SDK_CLIENT_EXCEPTION,
            TOO_MANY_REQUESTS_EXCEPTION)
        .interval(java.time.Duration.ofSeconds(1)).maxAttempts(3).backoffRate(2).fullJitter());
  }

  @Override
  public String toString() {
    return resource + " " + request;
  }
}
