package io.statecraft.dsl.internal.value;

import io.statecraft.dsl.integration.LambdaCall;
import java.util.List;
import java.util.Objects;

/**
 * The one implementation of {@link LambdaCall}.
 *
 * @param recommendedRetry whether the task gets the console's retry for Lambda's transient errors
 */
public record LambdaCallImpl(String resource, PayloadImpl request, boolean recommendedRetry)
    implements LambdaCall {

  public static LambdaCallImpl invoke(String resource, Object function) {
    Objects.requireNonNull(function, "function == null");
    return new LambdaCallImpl(resource, PayloadImpl.empty().put("FunctionName", function), false);
  }

  @Override
  public LambdaCallImpl payload(Object payload) {
    return new LambdaCallImpl(resource, request.put("Payload", payload), recommendedRetry);
  }

  @Override
  public LambdaCallImpl qualifier(String qualifier) {
    return new LambdaCallImpl(resource,
        request.put("Qualifier", Objects.requireNonNull(qualifier, "qualifier == null")),
        recommendedRetry);
  }

  @Override
  public LambdaCallImpl with(String field, Object value) {
    return new LambdaCallImpl(resource, request.put(field, value), recommendedRetry);
  }

  @Override
  public LambdaCallImpl withRecommendedRetry() {
    return new LambdaCallImpl(resource, request, true);
  }

  /** The retries that come before the task's own: the recommended one, when asked for. */
  public List<RetryImpl> defaultRetries() {
    if (!recommendedRetry) {
      return List.of();
    }
    return List.of(RetryImpl.on(SERVICE_EXCEPTION, AWS_LAMBDA_EXCEPTION, SDK_CLIENT_EXCEPTION,
            TOO_MANY_REQUESTS_EXCEPTION)
        .interval(java.time.Duration.ofSeconds(1)).maxAttempts(3).backoffRate(2).fullJitter());
  }

  @Override
  public String toString() {
    return resource + " " + request;
  }
}
