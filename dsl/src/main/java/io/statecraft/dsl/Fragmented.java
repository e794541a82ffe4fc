package io.statecraft.dsl;

/** Implemented by every flow the DSL creates: the graph it stands for. */
interface Fragmented {

  Fragment fragment();
}
