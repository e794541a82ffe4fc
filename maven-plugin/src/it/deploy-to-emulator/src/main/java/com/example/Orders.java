package com.example;

import static io.statecraft.dsl.Steps.*;

import io.statecraft.asl.StateMachine;
import io.statecraft.dsl.Workflow;

/** Its pause comes from the pom's definitionSubstitutions, so executions can change it. */
public final class Orders implements Workflow {

  @Override
  public StateMachine define() {
    return stateMachine()
        .startWith(waitFor("Pause", "${PauseSeconds}").next(succeed("Done")))
        .build();
  }
}
