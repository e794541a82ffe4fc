package com.example;

import static io.statecraft.dsl.Steps.*;

import io.statecraft.asl.StateMachine;
import io.statecraft.dsl.Workflow;

/** Found by sfn:generate because it implements Workflow. */
public final class Greeting implements Workflow {

  @Override
  public StateMachine define() {
    return stateMachine()
        .comment("Says hello")
        .startWith(pass("Greet").result(json("{\"greeting\":\"hello\"}")).resultPath("$.out")
            .next(succeed("Done")))
        .build();
  }
}
