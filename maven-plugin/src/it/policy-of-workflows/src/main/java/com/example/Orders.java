package com.example;

import static io.statecraft.dsl.Steps.*;

import io.statecraft.asl.StateMachine;
import io.statecraft.dsl.Workflow;

/** Calls Lambda and DynamoDB, then fans out in a distributed Map: sfn:policy derives its role. */
public final class Orders implements Workflow {

  @Override
  public StateMachine define() {
    var fanOut = map("Fan out", pass("Each")).distributedExpress();
    return stateMachine()
        .startWith(task("Charge", lambdaInvoke("charge"))
            .next(task("Save", dynamoPutItem("orders", json("{\"id\": {\"S\": \"1\"}}")))
                .next(fanOut.next(succeed("Done")))))
        .build();
  }
}
