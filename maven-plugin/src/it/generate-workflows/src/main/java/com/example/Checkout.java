package com.example;

import static io.statecraft.dsl.Steps.*;

import io.statecraft.asl.StateMachine;
import io.statecraft.dsl.TypedWorkflow;

/** A typed workflow: sfn:generate writes the schemas of Order and Receipt beside its ASL. */
public final class Checkout implements TypedWorkflow<Order, Receipt> {

  @Override
  public StateMachine define() {
    return stateMachine()
        .startWith(pass("Pay").parameters(payload()
                .put("orderId", path(Order::orderId))
                .put("paid", true))
            .next(succeed("Done")))
        .build();
  }
}
