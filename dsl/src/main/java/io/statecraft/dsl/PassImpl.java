package io.statecraft.dsl;

import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.StateType;
import io.statecraft.dsl.payload.Payload;

/**
 * The one implementation of the Pass builder interfaces: its own fields here, those it shares with
 * other kinds in {@link StepImpl}.
 */
final class PassImpl extends StepImpl<PassImpl>
    implements PassStep, JsonPathPass, JsonataPass {

  PassImpl(Fields fields) {
    super(fields, StateType.PASS, PassImpl::new);
  }

  @Override
  public PassImpl result(Payload result) {
    return copy(QueryLanguage.JSONPATH, "Result", f -> f.result = req(result, "result"));
  }
}
