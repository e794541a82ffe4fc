package com.example;

import static io.statecraft.dsl.Steps.*;

import io.statecraft.asl.StateMachine;
import io.statecraft.dsl.Workflow;

public final class Alpha implements Workflow {

  @Override
  public StateMachine define() {
    return stateMachine().startWith(succeed("Done")).build();
  }
}
