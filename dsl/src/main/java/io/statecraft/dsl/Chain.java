package io.statecraft.dsl;

/** States wired with {@code next}: an immutable fragment. */
final class Chain implements OpenFlow, Fragmented {

  private final Fragment fragment;

  Chain(Fragment fragment) {
    this.fragment = fragment;
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
    return "Chain[" + fragment.start().name() + " ... " + fragment.nodes().size() + " states]";
  }
}
