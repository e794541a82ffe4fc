package io.statecraft.dsl;

import io.statecraft.asl.Catcher;
import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.value.Path;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Which errors a {@code Catch} entry matches and how the error output is placed: with
 * {@link #resultPath} in JSONPath states, with {@link #output} (and {@link #assign}) in JSONata
 * states. The handler is given where the catcher is attached. Immutable.
 *
 * <pre>{@code
 * task("Charge card", lambdaInvoke("charge"))
 *     .catching(errors("Payment.Declined").resultPath("$.error"), notifyCustomer)
 *     .catchAll(refund);
 * }</pre>
 */
public final class Catch {

  private final List<String> errors;
  private final String resultPath;
  private final boolean discardResult;
  private final Object output;
  private final Payload assign;
  private final String comment;

  private Catch(List<String> errors, String resultPath, boolean discardResult, Object output,
      Payload assign, String comment) {
    this.errors = errors;
    this.resultPath = resultPath;
    this.discardResult = discardResult;
    this.output = output;
    this.assign = assign;
    this.comment = comment;
  }

  static Catch on(String... errors) {
    return new Catch(ErrorNames.check(errors), null, false, null, null, null);
  }

  /** {@code ResultPath} (JSONPath states): where the error output goes in the state input. */
  public Catch resultPath(String path) {
    new JsonPath(path);
    return new Catch(errors, path, false, output, assign, comment);
  }

  /** {@code "ResultPath": null} (JSONPath states): the handler gets the state input unchanged. */
  public Catch discardResult() {
    return new Catch(errors, null, true, output, assign, comment);
  }

  /** {@code Output} (JSONata states): the handler's input, computed from the error output. */
  public Catch output(Payload output) {
    return new Catch(errors, resultPath, discardResult, Objects.requireNonNull(output, "output"),
        assign, comment);
  }

  /**
   * {@code Output} (JSONata states) as one expression, e.g.
   * {@code jsonata("$states.errorOutput")}.
   */
  public Catch output(Jsonata output) {
    return new Catch(errors, resultPath, discardResult, Objects.requireNonNull(output, "output"),
        assign, comment);
  }

  /** {@code Assign}: variables to set when this catcher is taken. */
  public Catch assign(Payload assign) {
    return new Catch(errors, resultPath, discardResult, output,
        Objects.requireNonNull(assign, "assign == null"), comment);
  }

  /** {@code Comment} of this catcher. */
  public Catch comment(String comment) {
    return new Catch(errors, resultPath, discardResult, output, assign,
        Objects.requireNonNull(comment, "comment == null"));
  }

  boolean usesJsonPathFields() {
    return resultPath != null || discardResult;
  }

  boolean usesJsonataFields() {
    return output != null;
  }

  Catcher toModel(String next, QueryLanguage language, String pointer, List<String> problems) {
    Path path = discardResult ? Path.NULL : resultPath == null ? null : Path.of(resultPath);
    JsonNode renderedOutput =
        output == null
            ? null
            : Payload.renderValue(output, language, pointer + "/Output", problems);
    JsonNode renderedAssign =
        assign == null ? null : assign.render(language, pointer + "/Assign", problems);
    return new Catcher(errors, next, path, renderedOutput, renderedAssign, comment);
  }
}
