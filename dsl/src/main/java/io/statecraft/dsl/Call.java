package io.statecraft.dsl;

import java.util.Objects;

/**
 * A service integration, activity or raw resource with its request. Fields beyond the required
 * ones given to the factory are added with {@link #with}, named as in the service's API.
 * Immutable.
 *
 * <pre>{@code
 * Call put = dynamoPutItem("Orders", payload()
 *         .put("id", payload().put("S", path("$.orderId"))))
 *     .with("ConditionExpression", "attribute_not_exists(id)");
 * }</pre>
 */
public final class Call implements Integration {

  private final String resource;
  private final Payload request;

  Call(String resource, Payload request) {
    this.resource = Objects.requireNonNull(resource, "resource == null");
    this.request = request;
  }

  @Override
  public String resource() {
    return resource;
  }

  /**
   * This call with request field {@code field} set to {@code value} (a literal, a {@link Payload}
   * or an {@link Expression}); give the name without {@code .$}.
   */
  public Call with(String field, Object value) {
    return new Call(resource, (request == null ? Payload.empty() : request).put(field, value));
  }

  /** The request template, or null when there is none. */
  /**
   * The whole request at once, replacing the fields given so far; mostly for an explicitly empty
   * one, which some APIs are called with: {@code awsSdk("eks", "listClusters").request(json("{}"))}.
   */
  public Call request(Payload request) {
    return new Call(resource, Objects.requireNonNull(request, "request == null"));
  }

  Payload request() {
    return request;
  }

  @Override
  public String toString() {
    return resource + (request == null ? "" : " " + request);
  }
}
