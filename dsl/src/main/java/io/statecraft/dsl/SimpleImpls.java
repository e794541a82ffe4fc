package io.statecraft.dsl;

import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.StateType;
import java.util.Objects;

/** Builders of the states whose few language-specific fields are checked at build time. */
final class SimpleImpls {

  private SimpleImpls() {}

  static <T> T req(T value, String name) {
    return Objects.requireNonNull(value, name + " == null");
  }

  static final class WaitImpl extends StateNode implements WaitStep {

    WaitImpl(Fields fields) {
      super(fields);
    }

    @Override
    StateType kind() {
      return StateType.WAIT;
    }

    @Override
    StateNode with(Fields changed) {
      return new WaitImpl(changed);
    }

    @Override
    public WaitImpl comment(String comment) {
      return copy(f -> f.comment = req(comment, "comment"));
    }

    @Override
    public WaitImpl assign(Payload assign) {
      return copy(f -> f.assign = req(assign, "assign"));
    }

    @Override
    public WaitImpl inputPath(String path) {
      return copy(QueryLanguage.JSONPATH, "InputPath", f -> f.inputPath = Paths.of(path));
    }

    @Override
    public WaitImpl outputPath(String path) {
      return copy(QueryLanguage.JSONPATH, "OutputPath", f -> f.outputPath = Paths.of(path));
    }

    @Override
    public WaitImpl ignoreInput() {
      return copy(QueryLanguage.JSONPATH, "InputPath",
          f -> f.inputPath = io.statecraft.asl.Path.NULL);
    }

    @Override
    public WaitImpl discardOutput() {
      return copy(QueryLanguage.JSONPATH, "OutputPath",
          f -> f.outputPath = io.statecraft.asl.Path.NULL);
    }

    @Override
    public WaitImpl output(Payload output) {
      return copy(QueryLanguage.JSONATA, "Output", f -> f.output = req(output, "output"));
    }

    @Override
    public WaitImpl output(Jsonata output) {
      return copy(QueryLanguage.JSONATA, "Output", f -> f.output = req(output, "output"));
    }
  }

  static final class SucceedImpl extends StateNode implements SucceedStep {

    SucceedImpl(Fields fields) {
      super(fields);
    }

    @Override
    StateType kind() {
      return StateType.SUCCEED;
    }

    @Override
    StateNode with(Fields changed) {
      return new SucceedImpl(changed);
    }

    @Override
    public SucceedImpl comment(String comment) {
      return copy(f -> f.comment = req(comment, "comment"));
    }

    @Override
    public SucceedImpl inputPath(String path) {
      return copy(QueryLanguage.JSONPATH, "InputPath", f -> f.inputPath = Paths.of(path));
    }

    @Override
    public SucceedImpl outputPath(String path) {
      return copy(QueryLanguage.JSONPATH, "OutputPath", f -> f.outputPath = Paths.of(path));
    }

    @Override
    public SucceedImpl ignoreInput() {
      return copy(QueryLanguage.JSONPATH, "InputPath",
          f -> f.inputPath = io.statecraft.asl.Path.NULL);
    }

    @Override
    public SucceedImpl discardOutput() {
      return copy(QueryLanguage.JSONPATH, "OutputPath",
          f -> f.outputPath = io.statecraft.asl.Path.NULL);
    }

    @Override
    public SucceedImpl output(Payload output) {
      return copy(QueryLanguage.JSONATA, "Output", f -> f.output = req(output, "output"));
    }

    @Override
    public SucceedImpl output(Jsonata output) {
      return copy(QueryLanguage.JSONATA, "Output", f -> f.output = req(output, "output"));
    }
  }

  static final class FailImpl extends StateNode implements FailStep {

    FailImpl(Fields fields) {
      super(fields);
    }

    @Override
    StateType kind() {
      return StateType.FAIL;
    }

    @Override
    StateNode with(Fields changed) {
      return new FailImpl(changed);
    }

    @Override
    public FailImpl comment(String comment) {
      return copy(f -> f.comment = req(comment, "comment"));
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
