package io.statecraft.dsl;

import io.statecraft.asl.ProcessorConfig;
import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.StateType;
import java.time.Duration;

/** The one implementation of the three Pass builder interfaces (generated from one list). */
@SuppressWarnings("unused")
final class PassImpl extends StateNode
    implements PassStep, JsonPathPass, JsonataPass {

  PassImpl(Fields fields) {
    super(fields);
  }

  @Override
  StateType kind() {
    return StateType.PASS;
  }

  @Override
  StateNode with(Fields changed) {
    return new PassImpl(changed);
  }

  private static <T> T req(T value, String name) {
    return java.util.Objects.requireNonNull(value, name + " == null");
  }

  @Override
  public PassImpl comment(String comment) {
    return copy(f -> f.comment = req(comment, "comment"));
  }

  @Override
  public PassImpl assign(Payload assign) {
    return copy(f -> f.assign = req(assign, "assign"));
  }

  @Override
  public PassImpl inputPath(String path) {
    return copy(QueryLanguage.JSONPATH, "InputPath", f -> f.inputPath = Paths.of(path));
  }

  @Override
  public PassImpl parameters(Payload parameters) {
    return copy(QueryLanguage.JSONPATH, "Parameters",
        f -> f.parameters = req(parameters, "parameters"));
  }

  @Override
  public PassImpl result(Payload result) {
    return copy(QueryLanguage.JSONPATH, "Result", f -> f.result = req(result, "result"));
  }

  @Override
  public PassImpl resultPath(String path) {
    return copy(QueryLanguage.JSONPATH, "ResultPath", f -> f.resultPath = Paths.of(path));
  }

  @Override
  public PassImpl discardResult() {
    return copy(QueryLanguage.JSONPATH, "ResultPath",
        f -> f.resultPath = io.statecraft.asl.Path.NULL);
  }

  @Override
  public PassImpl outputPath(String path) {
    return copy(QueryLanguage.JSONPATH, "OutputPath", f -> f.outputPath = Paths.of(path));
  }

  @Override
  public PassImpl ignoreInput() {
    return copy(QueryLanguage.JSONPATH, "InputPath",
        f -> f.inputPath = io.statecraft.asl.Path.NULL);
  }

  @Override
  public PassImpl discardOutput() {
    return copy(QueryLanguage.JSONPATH, "OutputPath",
        f -> f.outputPath = io.statecraft.asl.Path.NULL);
  }

  @Override
  public PassImpl output(Payload output) {
    return copy(QueryLanguage.JSONATA, "Output", f -> f.output = req(output, "output"));
  }

  @Override
  public PassImpl output(Jsonata output) {
    return copy(QueryLanguage.JSONATA, "Output", f -> f.output = req(output, "output"));
  }
}
