package com.example;

import static io.statecraft.dsl.Steps.*;

import io.statecraft.asl.StateMachine;
import io.statecraft.dsl.Workflow;

/** Two states named "Greet", the second after a wait: the build fails, pointing at line 17. */
public final class Broken implements Workflow {

  @Override
  public StateMachine define() {
    return stateMachine()
        .comment("Greets twice under one name")
        .startWith(pass("Greet")
            .next(waitFor("Pause", java.time.Duration.ofSeconds(1))
                .next(pass("Greet").next(succeed("Done")))))
        .build();
  }
}
