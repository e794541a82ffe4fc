package com.example;

import static io.statecraft.dsl.Steps.*;

import io.statecraft.asl.StateMachine;
import io.statecraft.dsl.Workflow;
import java.time.Duration;

/** Deployed under a name of its own rather than the class name. */
public final class Nightly implements Workflow {

  @Override
  public String name() {
    return "nightly-report";
  }

  @Override
  public StateMachine define() {
    return stateMachine()
        .startWith(waitFor("Pause", Duration.ofSeconds(5)).next(succeed("Done")))
        .build();
  }
}
