package io.statecraft.dsl.internal;

import io.statecraft.asl.ErrorNames;
import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.StateType;
import io.statecraft.asl.value.Path;
import io.statecraft.dsl.error.Catch;
import io.statecraft.dsl.error.Retry;
import io.statecraft.dsl.flow.Flow;
import io.statecraft.dsl.internal.value.CatchImpl;
import io.statecraft.dsl.internal.value.Paths;
import io.statecraft.dsl.internal.value.RetryImpl;
import io.statecraft.dsl.payload.Jsonata;
import io.statecraft.dsl.payload.Payload;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The fluent methods several kinds of state share, written once. Each builder class extends it
 * with itself as {@code S}, so an inherited method returns that class, which implements all of its
 * kind's builder interfaces (a {@code PassStep} is also a {@code JsonPathPass} and a
 * {@code JsonataPass}); the interfaces decide which of these methods a user sees (a Wait builder
 * has no {@code retry}, a JSONata one no {@code inputPath}).
 *
 * <pre>{@code
 * final class PassImpl extends StepImpl<PassImpl> implements PassStep {
 *   PassImpl(Fields fields) {
 *     super(fields, StateType.PASS, PassImpl::new);
 *   }
 *   ...
 * }
 * }</pre>
 */
abstract class StepImpl<S extends StepImpl<S>> extends StateNode {

  private final StateType kind;
  private final Function<Fields, S> rebuild;

  /** {@code rebuild} makes a builder of the same class over changed fields. */
  StepImpl(Fields fields, StateType kind, Function<Fields, S> rebuild) {
    super(fields);
    this.kind = kind;
    this.rebuild = rebuild;
  }

  @Override
  final StateType kind() {
    return kind;
  }

  static <T> T req(T value, String name) {
    return Objects.requireNonNull(value, name + " == null");
  }

  /** A copy of this builder with {@code change} applied to its fields. */
  final S copy(Consumer<Fields> change) {
    Fields changed = fields.clone();
    change.accept(changed);
    return rebuild.apply(changed);
  }

  /** Like {@link #copy}, for a field only {@code language} has. */
  final S copy(QueryLanguage language, String field, Consumer<Fields> change) {
    return copy(changed -> {
      changed.use(language, field);
      change.accept(changed);
    });
  }

  public final S comment(String comment) {
    return copy(f -> f.comment = req(comment, "comment"));
  }

  public final S assign(Payload assign) {
    return copy(f -> f.assign = req(assign, "assign"));
  }

  public final S retry(Retry retry) {
    return copy(f -> f.retries = Fields.append(f.retries, RetryImpl.of(req(retry, "retry"))));
  }

  public final S catchAll(Flow handler) {
    return catching(CatchImpl.on(ErrorNames.ALL), handler);
  }

  public final S catching(Catch errors, Flow handler) {
    return copy(f -> f.catches = StateNode.withCatch(f, errors, handler));
  }

  public final S inputPath(String path) {
    return copy(QueryLanguage.JSONPATH, "InputPath", f -> f.inputPath = Paths.of(path));
  }

  public final S ignoreInput() {
    return copy(QueryLanguage.JSONPATH, "InputPath", f -> f.inputPath = Path.NULL);
  }

  public final S parameters(Payload parameters) {
    return copy(QueryLanguage.JSONPATH, "Parameters",
        f -> f.parameters = req(parameters, "parameters"));
  }

  public final S resultSelector(Payload selector) {
    return copy(QueryLanguage.JSONPATH, "ResultSelector",
        f -> f.resultSelector = req(selector, "selector"));
  }

  public final S resultPath(String path) {
    return copy(QueryLanguage.JSONPATH, "ResultPath", f -> f.resultPath = Paths.of(path));
  }

  public final S discardResult() {
    return copy(QueryLanguage.JSONPATH, "ResultPath", f -> f.resultPath = Path.NULL);
  }

  public final S outputPath(String path) {
    return copy(QueryLanguage.JSONPATH, "OutputPath", f -> f.outputPath = Paths.of(path));
  }

  public final S discardOutput() {
    return copy(QueryLanguage.JSONPATH, "OutputPath", f -> f.outputPath = Path.NULL);
  }

  public final S output(Payload output) {
    return copy(QueryLanguage.JSONATA, "Output", f -> f.output = req(output, "output"));
  }

  public final S output(Jsonata output) {
    return copy(QueryLanguage.JSONATA, "Output", f -> f.output = req(output, "output"));
  }
}
