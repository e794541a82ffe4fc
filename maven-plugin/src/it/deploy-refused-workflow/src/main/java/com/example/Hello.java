package com.example;

import static io.statecraft.dsl.Steps.*;

import io.statecraft.asl.StateMachine;
import io.statecraft.dsl.Workflow;

/** Valid everywhere; each subclass is a workflow named after it. */
public abstract class Hello implements Workflow {

  @Override
  public StateMachine define() {
    return stateMachine()
        .startWith(pass("Hello").next(succeed("Done")))
        .build();
  }
}
