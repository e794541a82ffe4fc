package com.example;

import static io.statecraft.dsl.Steps.*;

import io.statecraft.asl.StateMachine;
import io.statecraft.dsl.Workflow;

/** Served next to the distributed Map. */
public final class Greeting implements Workflow {

  @Override
  public StateMachine define() {
    return stateMachine().startWith(succeed("Hello")).build();
  }
}
