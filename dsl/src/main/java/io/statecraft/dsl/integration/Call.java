package io.statecraft.dsl.integration;

import io.statecraft.dsl.payload.Expression;
import io.statecraft.dsl.payload.Payload;

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
 *
 * <p>Calls are created by the integration methods of {@link io.statecraft.dsl.Steps}; do not
 * implement this interface.
 */
public non-sealed interface Call extends Integration {

  /**
   * This call with request field {@code field} set to {@code value} (a literal, a {@link Payload}
   * or an {@link Expression}); give the name without {@code .$}.
   */
  Call with(String field, Object value);

  /**
   * The whole request at once, replacing the fields given so far; mostly for an explicitly empty
   * one, which some APIs are called with:
   * {@code awsSdk("eks", "listClusters").request(json("{}"))}.
   */
  Call request(Payload request);
}
