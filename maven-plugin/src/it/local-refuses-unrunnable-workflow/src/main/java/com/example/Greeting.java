package com.example;

import static io.statecraft.dsl.Steps.*;

import io.statecraft.asl.StateMachine;
import io.statecraft.dsl.Workflow;

/** Runnable locally; still not served, because another workflow of the build is not. */
public final class Greeting implements Workflow {

  @Override
  public StateMachine define() {
    return stateMachine().startWith(succeed("Hello")).build();
  }
}
