package io.statecraft.dsl.internal;

import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.StateType;
import io.statecraft.dsl.flow.PassStep;
import io.statecraft.dsl.payload.Payload;

/**
 * The one implementation of the Pass builder interfaces: its own fields here, those it shares with
 * other kinds in {@link StepImpl}.
 */
public final class PassImpl extends StepImpl<PassImpl> implements PassStep {

  PassImpl(Fields fields) {
    super(fields, StateType.PASS, PassImpl::new);
  }

  /** {@code Steps.pass}. */
  public static PassImpl create(String name) {
    return new PassImpl(StateNode.start(name));
  }

  @Override
  public PassImpl result(Payload result) {
    return copy(QueryLanguage.JSONPATH, "Result", f -> f.result = req(result, "result"));
  }
}
