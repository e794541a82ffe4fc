package io.statecraft.dsl;

import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.StateType;

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
      return copy(f -> {
        f.error = req(error, "error");
        f.errorPath = null;
      });
    }

    @Override
    public FailImpl error(Jsonata error) {
      return copy(QueryLanguage.JSONATA, "Error", f -> {
        f.error = req(error, "error").text();
        f.errorPath = null;
      });
    }

    @Override
    public FailImpl errorPath(JsonPath path) {
      return copy(QueryLanguage.JSONPATH, "ErrorPath", f -> {
        f.errorPath = req(path, "path").text();
        f.error = null;
      });
    }

    @Override
    public FailImpl errorPath(Intrinsic function) {
      return copy(QueryLanguage.JSONPATH, "ErrorPath", f -> {
        f.errorPath = req(function, "function").text();
        f.error = null;
      });
    }

    @Override
    public FailImpl cause(String cause) {
      return copy(f -> {
        f.cause = req(cause, "cause");
        f.causePath = null;
      });
    }

    @Override
    public FailImpl cause(Jsonata cause) {
      return copy(QueryLanguage.JSONATA, "Cause", f -> {
        f.cause = req(cause, "cause").text();
        f.causePath = null;
      });
    }

    @Override
    public FailImpl causePath(JsonPath path) {
      return copy(QueryLanguage.JSONPATH, "CausePath", f -> {
        f.causePath = req(path, "path").text();
        f.cause = null;
      });
    }

    @Override
    public FailImpl causePath(Intrinsic function) {
      return copy(QueryLanguage.JSONPATH, "CausePath", f -> {
        f.causePath = req(function, "function").text();
        f.cause = null;
      });
    }
  }
}
