package com.example;

import static io.statecraft.dsl.Steps.*;

import io.statecraft.asl.StateMachine;
import io.statecraft.dsl.Workflow;

/** Two states named "Greet": the SARIF log must point at the second one, line 16. */
public final class Broken implements Workflow {

  @Override
  public StateMachine define() {
    return stateMachine()
        .startWith(pass("Greet")
            .next(
                pass("Greet")
                    .next(succeed("Done"))))
        .build();
  }
}
