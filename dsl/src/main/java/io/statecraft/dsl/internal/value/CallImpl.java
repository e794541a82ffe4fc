package io.statecraft.dsl.internal.value;

import io.statecraft.dsl.integration.Call;
import io.statecraft.dsl.payload.Payload;
import java.util.Objects;

/** The one implementation of {@link Call}. */
public final class CallImpl implements Call {

  private final String resource;
  private final Payload request;

  public CallImpl(String resource, Payload request) {
    this.resource = Objects.requireNonNull(resource, "resource == null");
    this.request = request;
  }

  @Override
  public String resource() {
    return resource;
  }

  @Override
  public CallImpl with(String field, Object value) {
    return new CallImpl(resource,
        (request == null ? PayloadImpl.empty() : request).put(field, value));
  }

  @Override
  public CallImpl request(Payload request) {
    return new CallImpl(resource, Objects.requireNonNull(request, "request == null"));
  }

  /** The request template, or null when there is none. */
  public Payload request() {
    return request;
  }

  @Override
  public String toString() {
    return resource + (request == null ? "" : " " + request);
  }
}
