package com.example;

import static io.statecraft.dsl.Steps.*;

import io.statecraft.asl.StateMachine;
import io.statecraft.dsl.Workflow;

/** A distributed Map: each item runs as a child execution under a Map Run. */
public final class Scatter implements Workflow {

  @Override
  public StateMachine define() {
    var fanOut = map("Fan out", pass("Each")).distributedExpress();
    return stateMachine().startWith(fanOut.next(succeed("Done"))).build();
  }
}
