package io.statecraft.dsl.internal.value;

import io.statecraft.dsl.integration.LambdaCall;
import java.util.List;
import java.util.Objects;

/** The one implementation of {@link LambdaCall}. */
public final class LambdaCallImpl implements LambdaCall {

  private final String resource;
  private final PayloadImpl request;
  private final boolean recommendedRetry;

  private LambdaCallImpl(String resource, PayloadImpl request, boolean recommendedRetry) {
    this.resource = resource;
    this.request = request;
    this.recommendedRetry = recommendedRetry;
  }

  public static LambdaCallImpl invoke(String resource, Object function) {
    Objects.requireNonNull(function, "function == null");
    return new LambdaCallImpl(resource, PayloadImpl.empty().put("FunctionName", function), false);
  }

  @Override
  public String resource() {
    return resource;
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

  public PayloadImpl request() {
    return request;
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
