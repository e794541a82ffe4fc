package com.example;

import static io.statecraft.dsl.Steps.*;

import io.statecraft.asl.StateMachine;
import io.statecraft.dsl.Workflow;

/** Valid only with a number for ${GammaPause}: the pom's default, "soon", is refused. */
public final class Gamma implements Workflow {

  @Override
  public StateMachine define() {
    return stateMachine()
        .startWith(waitFor("Pause", "${GammaPause}").next(succeed("Done")))
        .build();
  }
}
