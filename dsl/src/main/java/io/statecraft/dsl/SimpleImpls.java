package io.statecraft.dsl;

import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.StateType;
import io.statecraft.dsl.payload.Intrinsic;
import io.statecraft.dsl.payload.JsonPath;
import io.statecraft.dsl.payload.Jsonata;
import java.util.function.Consumer;

/** Builders of the states whose few language-specific fields are checked at build time. */
final class SimpleImpls {

  private SimpleImpls() {}

  static final class WaitImpl extends StepImpl<WaitImpl> implements WaitStep {

    WaitImpl(Fields fields) {
      super(fields, StateType.WAIT, WaitImpl::new);
    }
  }

  static final class SucceedImpl extends StepImpl<SucceedImpl> implements SucceedStep {

    SucceedImpl(Fields fields) {
      super(fields, StateType.SUCCEED, SucceedImpl::new);
    }
  }

  static final class FailImpl extends StepImpl<FailImpl> implements FailStep {

    FailImpl(Fields fields) {
      super(fields, StateType.FAIL, FailImpl::new);
    }

    @Override
    public FailImpl error(String error) {
      return errorAndCause(null, null, f -> f.error(req(error, "error"), null));
    }

    @Override
    public FailImpl error(Jsonata error) {
      return errorAndCause(QueryLanguage.JSONATA, "Error",
          f -> f.error(req(error, "error").text(), null));
    }

    @Override
    public FailImpl errorPath(JsonPath path) {
      return errorAndCause(QueryLanguage.JSONPATH, "ErrorPath",
          f -> f.error(null, req(path, "path").text()));
    }

    @Override
    public FailImpl errorPath(Intrinsic function) {
      return errorAndCause(QueryLanguage.JSONPATH, "ErrorPath",
          f -> f.error(null, req(function, "function").text()));
    }

    @Override
    public FailImpl cause(String cause) {
      return errorAndCause(null, null, f -> f.cause(req(cause, "cause"), null));
    }

    @Override
    public FailImpl cause(Jsonata cause) {
      return errorAndCause(QueryLanguage.JSONATA, "Cause",
          f -> f.cause(req(cause, "cause").text(), null));
    }

    @Override
    public FailImpl causePath(JsonPath path) {
      return errorAndCause(QueryLanguage.JSONPATH, "CausePath",
          f -> f.cause(null, req(path, "path").text()));
    }

    @Override
    public FailImpl causePath(Intrinsic function) {
      return errorAndCause(QueryLanguage.JSONPATH, "CausePath",
          f -> f.cause(null, req(function, "function").text()));
    }

    /** A copy with {@code change} applied; a {@code field} of only {@code language}, unless null. */
    private FailImpl errorAndCause(QueryLanguage language, String field, Consumer<Fields> change) {
      return language == null ? copy(change) : copy(language, field, change);
    }
  }
}
