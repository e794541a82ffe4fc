package com.example;

import static io.statecraft.dsl.Steps.*;

import io.statecraft.asl.StateMachine;
import io.statecraft.dsl.Workflow;

/** A JSONPath workflow, served next to the JSONata one. */
public final class Greeting implements Workflow {

  @Override
  public StateMachine define() {
    return stateMachine()
        .startWith(pass("Greet").result(json("{\"greeting\":\"hello\"}")).next(succeed("Done")))
        .build();
  }
}
