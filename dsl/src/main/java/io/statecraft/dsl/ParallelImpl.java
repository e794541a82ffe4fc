package io.statecraft.dsl;

import io.statecraft.asl.ProcessorConfig;
import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.StateType;
import java.time.Duration;

/** The one implementation of the three Parallel builder interfaces (generated from one list). */
@SuppressWarnings("unused")
final class ParallelImpl extends StateNode
    implements ParallelStart, ParallelStep, JsonPathParallel, JsonataParallel {

  ParallelImpl(Fields fields) {
    super(fields);
  }

  @Override
  StateType kind() {
    return StateType.PARALLEL;
  }

  @Override
  StateNode with(Fields changed) {
    return new ParallelImpl(changed);
  }

  private static <T> T req(T value, String name) {
    return java.util.Objects.requireNonNull(value, name + " == null");
  }

  @Override
  public ParallelImpl comment(String comment) {
    return copy(f -> f.comment = req(comment, "comment"));
  }

  @Override
  public ParallelImpl branch(Flow branch) {
    Fragment.of(branch);
    return copy(f -> f.branches = Fields.append(f.branches, new Fields.BranchSpec(branch, null)));
  }

  @Override
  public ParallelImpl branch(String comment, Flow branch) {
    req(comment, "comment");
    Fragment.of(branch);
    return copy(
        f -> f.branches = Fields.append(f.branches, new Fields.BranchSpec(branch, comment)));
  }

  @Override
  public ParallelImpl assign(Payload assign) {
    return copy(f -> f.assign = req(assign, "assign"));
  }

  @Override
  public ParallelImpl retry(Retry retry) {
    return copy(f -> f.retries = Fields.append(f.retries, req(retry, "retry")));
  }

  @Override
  public ParallelImpl catchAll(Flow handler) {
    return copy(f -> f.catches = StateNode.withCatch(f, Catch.on(Steps.States.ALL), handler));
  }

  @Override
  public ParallelImpl catching(Catch errors, Flow handler) {
    return copy(f -> f.catches = StateNode.withCatch(f, errors, handler));
  }

  @Override
  public ParallelImpl inputPath(String path) {
    return copy(QueryLanguage.JSONPATH, "InputPath", f -> f.inputPath = Paths.of(path));
  }

  @Override
  public ParallelImpl parameters(Payload parameters) {
    return copy(QueryLanguage.JSONPATH, "Parameters",
        f -> f.parameters = req(parameters, "parameters"));
  }

  @Override
  public ParallelImpl resultSelector(Payload selector) {
    return copy(QueryLanguage.JSONPATH, "ResultSelector",
        f -> f.resultSelector = req(selector, "selector"));
  }

  @Override
  public ParallelImpl resultPath(String path) {
    return copy(QueryLanguage.JSONPATH, "ResultPath", f -> f.resultPath = Paths.of(path));
  }

  @Override
  public ParallelImpl discardResult() {
    return copy(QueryLanguage.JSONPATH, "ResultPath",
        f -> f.resultPath = io.statecraft.asl.Path.NULL);
  }

  @Override
  public ParallelImpl outputPath(String path) {
    return copy(QueryLanguage.JSONPATH, "OutputPath", f -> f.outputPath = Paths.of(path));
  }

  @Override
  public ParallelImpl ignoreInput() {
    return copy(QueryLanguage.JSONPATH, "InputPath",
        f -> f.inputPath = io.statecraft.asl.Path.NULL);
  }

  @Override
  public ParallelImpl discardOutput() {
    return copy(QueryLanguage.JSONPATH, "OutputPath",
        f -> f.outputPath = io.statecraft.asl.Path.NULL);
  }

  @Override
  public ParallelImpl arguments(Payload arguments) {
    return copy(QueryLanguage.JSONATA, "Arguments", f -> f.arguments = req(arguments, "arguments"));
  }

  @Override
  public ParallelImpl arguments(Jsonata arguments) {
    return copy(QueryLanguage.JSONATA, "Arguments", f -> f.arguments = req(arguments, "arguments"));
  }

  @Override
  public ParallelImpl output(Payload output) {
    return copy(QueryLanguage.JSONATA, "Output", f -> f.output = req(output, "output"));
  }

  @Override
  public ParallelImpl output(Jsonata output) {
    return copy(QueryLanguage.JSONATA, "Output", f -> f.output = req(output, "output"));
  }
}
