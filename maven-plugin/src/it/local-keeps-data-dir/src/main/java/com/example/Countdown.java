package com.example;

import static io.statecraft.dsl.Steps.*;

import io.statecraft.asl.StateMachine;
import io.statecraft.dsl.Workflow;

/** A JSONata workflow: its pause and its output are expressions over the input. */
public final class Countdown implements Workflow {

  @Override
  public StateMachine define() {
    return stateMachine().jsonata()
        .startWith(waitFor("Pause", jsonata("$states.input.seconds"))
            .next(pass("Announce").output(jsonata("{'done': true, 'after': $states.input.seconds}"))
                .next(succeed("Done"))))
        .build();
  }
}
