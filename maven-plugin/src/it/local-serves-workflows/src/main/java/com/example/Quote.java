package com.example;

import static io.statecraft.dsl.Steps.*;

import io.statecraft.asl.StateMachine;
import io.statecraft.dsl.Workflow;

/** Prices an order in JSONata: a variable for the subtotal, a Choice on it, an Output that reads both. */
public final class Quote implements Workflow {

  @Override
  public StateMachine define() {
    var summarize = pass("Summarize")
        .output(payload()
            .put("total", jsonata("$total"))
            .put("lines", jsonata("$count($states.input.items)")))
        .next(succeed("Done"));
    return stateMachine().jsonata()
        .startWith(pass("Price")
            .assign(payload().put("subtotal", jsonata("$sum($states.input.items.(price * qty))")))
            .next(choice("Discount?")
                .when(rule(jsonata("$subtotal > 100"))
                    .assign(payload().put("total", jsonata("$subtotal * 0.9"))), summarize)
                .otherwise(pass("Full price")
                    .assign(payload().put("total", jsonata("$subtotal")))
                    .next(summarize))))
        .build();
  }
}
