package io.statecraft.testing;

import static io.statecraft.dsl.Steps.activity;
import static io.statecraft.dsl.Steps.lambdaInvoke;
import static io.statecraft.dsl.Steps.map;
import static io.statecraft.dsl.Steps.parallel;
import static io.statecraft.dsl.Steps.path;
import static io.statecraft.dsl.Steps.stateMachine;
import static io.statecraft.dsl.Steps.succeed;
import static io.statecraft.dsl.Steps.task;

import io.statecraft.asl.StateMachine;
import io.statecraft.dsl.Workflow;
import io.statecraft.dsl.flow.JsonPathTask;

/**
 * A fixture workflow as users write them: a constructor parameter (the table's name), a Task in
 * a Parallel branch and one in a Map processor, and an activity whose ARN is a placeholder.
 */
public final class Orders implements Workflow {

  /** The Task state tests bind by object. */
  public static final JsonPathTask CHARGE = task("Charge card", lambdaInvoke("charge"))
      .resultSelector(io.statecraft.dsl.Steps.payload().put("charged", path("$.Payload.charged")))
      .resultPath("$.charge");

  private final String table;

  public Orders(String table) {
    this.table = table;
  }

  @Override
  public StateMachine define() {
    return stateMachine()
        .startWith(CHARGE
            .next(parallel("Fulfil",
                task("Save order", lambdaInvoke("save-" + table)).resultPath("$.saved"),
                map("Each item", task("Reserve item", lambdaInvoke("reserve")))
                    .itemsPath("$.items").resultPath("$.reserved")).resultPath("$.fulfilment"))
            .next(task("Approve", activity("${ApprovalActivityArn}")).resultPath("$.approval")
                .next(succeed("Done"))))
        .build();
  }
}
