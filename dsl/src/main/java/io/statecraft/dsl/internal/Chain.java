package io.statecraft.dsl.internal;

import io.statecraft.dsl.flow.Flow;
import io.statecraft.dsl.flow.OpenFlow;

/** States wired with {@code next}: an immutable fragment. */
public final class Chain implements OpenFlow, Fragmented {

  private final Fragment fragment;

  Chain(Fragment fragment) {
    this.fragment = fragment;
  }

  /** {@code Steps.graph}. */
  public static Chain graph(Flow flow, Flow... more) {
    Fragment fragment = Fragment.of(flow);
    for (Flow other : more) {
      fragment = fragment.including(Fragment.of(other));
    }
    return new Chain(fragment);
  }

  @Override
  public Fragment fragment() {
    return fragment;
  }

  @Override
  public OpenFlow next(OpenFlow next) {
    return new Chain(fragment.then(Fragment.of(next)));
  }

  @Override
  public Flow next(Flow next) {
    return new Chain(fragment.then(Fragment.of(next)));
  }

  @Override
  public String toString() {
    return "Chain[" + fragment.start().name() + " ... " + fragment.contents().nodes().size()
        + " states]";
  }
}
