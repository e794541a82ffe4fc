package io.statecraft.dsl.internal;

/** Implemented by every flow the DSL creates: the graph it stands for. */
interface Fragmented {

  Fragment fragment();
}
