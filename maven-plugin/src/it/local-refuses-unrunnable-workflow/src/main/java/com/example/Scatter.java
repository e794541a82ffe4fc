package com.example;

import static io.statecraft.dsl.Steps.*;

import io.statecraft.asl.StateMachine;
import io.statecraft.dsl.Workflow;

/** Valid for AWS, but its distributed Map runs child executions, which the local runtime does not. */
public final class Scatter implements Workflow {

  @Override
  public StateMachine define() {
    var fanOut = map("Fan out", pass("Each")).distributedExpress();
    return stateMachine().startWith(fanOut.next(succeed("Done"))).build();
  }
}
