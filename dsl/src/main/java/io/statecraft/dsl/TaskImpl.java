package io.statecraft.dsl;

import io.statecraft.asl.ProcessorConfig;
import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.StateType;
import java.time.Duration;

/** The one implementation of the three Task builder interfaces (generated from one list). */
@SuppressWarnings("unused")
final class TaskImpl extends StateNode
    implements TaskStep, JsonPathTask, JsonataTask {

  TaskImpl(Fields fields) {
    super(fields);
  }

  @Override
  StateType kind() {
    return StateType.TASK;
  }

  @Override
  StateNode with(Fields changed) {
    return new TaskImpl(changed);
  }

  private static <T> T req(T value, String name) {
    return java.util.Objects.requireNonNull(value, name + " == null");
  }

  @Override
  public TaskImpl comment(String comment) {
    return copy(f -> f.comment = req(comment, "comment"));
  }

  @Override
  public TaskImpl credentials(Payload credentials) {
    return copy(f -> f.credentials = req(credentials, "credentials"));
  }

  @Override
  public TaskImpl timeout(Duration timeout) {
    return copy(f -> f.timeout = Numbers.seconds(timeout, "timeout"));
  }

  @Override
  public TaskImpl timeout(String expression) {
    return copy(f -> f.timeout = Numbers.expression(expression, "timeout"));
  }

  @Override
  public TaskImpl heartbeat(Duration heartbeat) {
    return copy(f -> f.heartbeat = Numbers.seconds(heartbeat, "heartbeat"));
  }

  @Override
  public TaskImpl heartbeat(String expression) {
    return copy(f -> f.heartbeat = Numbers.expression(expression, "heartbeat"));
  }

  @Override
  public TaskImpl assign(Payload assign) {
    return copy(f -> f.assign = req(assign, "assign"));
  }

  @Override
  public TaskImpl retry(Retry retry) {
    return copy(f -> f.retries = Fields.append(f.retries, req(retry, "retry")));
  }

  @Override
  public TaskImpl catchAll(Flow handler) {
    return copy(f -> f.catches = StateNode.withCatch(f, Catch.on(Steps.States.ALL), handler));
  }

  @Override
  public TaskImpl catching(Catch errors, Flow handler) {
    return copy(f -> f.catches = StateNode.withCatch(f, errors, handler));
  }

  @Override
  public TaskImpl inputPath(String path) {
    return copy(QueryLanguage.JSONPATH, "InputPath", f -> f.inputPath = Paths.of(path));
  }

  @Override
  public TaskImpl resultPath(String path) {
    return copy(QueryLanguage.JSONPATH, "ResultPath", f -> f.resultPath = Paths.of(path));
  }

  @Override
  public TaskImpl discardResult() {
    return copy(QueryLanguage.JSONPATH, "ResultPath",
        f -> f.resultPath = io.statecraft.asl.Path.NULL);
  }

  @Override
  public TaskImpl resultSelector(Payload selector) {
    return copy(QueryLanguage.JSONPATH, "ResultSelector",
        f -> f.resultSelector = req(selector, "selector"));
  }

  @Override
  public TaskImpl outputPath(String path) {
    return copy(QueryLanguage.JSONPATH, "OutputPath", f -> f.outputPath = Paths.of(path));
  }

  @Override
  public TaskImpl ignoreInput() {
    return copy(QueryLanguage.JSONPATH, "InputPath",
        f -> f.inputPath = io.statecraft.asl.Path.NULL);
  }

  @Override
  public TaskImpl discardOutput() {
    return copy(QueryLanguage.JSONPATH, "OutputPath",
        f -> f.outputPath = io.statecraft.asl.Path.NULL);
  }

  @Override
  public TaskImpl timeoutPath(String path) {
    return copy(QueryLanguage.JSONPATH, "TimeoutSecondsPath",
        f -> f.timeoutPath = Paths.text(path));
  }

  @Override
  public TaskImpl heartbeatPath(String path) {
    return copy(QueryLanguage.JSONPATH, "HeartbeatSecondsPath",
        f -> f.heartbeatPath = Paths.text(path));
  }

  @Override
  public TaskImpl output(Payload output) {
    return copy(QueryLanguage.JSONATA, "Output", f -> f.output = req(output, "output"));
  }

  @Override
  public TaskImpl output(Jsonata output) {
    return copy(QueryLanguage.JSONATA, "Output", f -> f.output = req(output, "output"));
  }
}
