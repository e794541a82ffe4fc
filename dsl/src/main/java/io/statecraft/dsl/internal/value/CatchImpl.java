package io.statecraft.dsl.internal.value;

import io.statecraft.asl.Catcher;
import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.value.Path;
import io.statecraft.dsl.error.Catch;
import io.statecraft.dsl.payload.JsonPath;
import io.statecraft.dsl.payload.Jsonata;
import io.statecraft.dsl.payload.Payload;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * The one implementation of {@link Catch}: a {@link Catcher} without its handler yet.
 *
 * @param resultPath {@code ResultPath}, or null when absent or discarded
 * @param resultDiscarded whether {@code "ResultPath": null} is set
 * @param output {@code Output}: a {@link Payload} or a {@link Jsonata} expression, or null
 */
public record CatchImpl(List<String> errors, String resultPath, boolean resultDiscarded,
    Object output, Payload assign, String comment) implements Catch {

  public static CatchImpl on(String... errors) {
    return new CatchImpl(ErrorLists.check(errors), null, false, null, null, null);
  }

  /** The implementation behind a catcher the user passed in. */
  public static CatchImpl of(Catch spec) {
    return Values.impl(spec, CatchImpl.class, "catchers");
  }

  @Override
  public CatchImpl resultPath(String path) {
    new JsonPath(path);
    return new CatchImpl(errors, path, false, output, assign, comment);
  }

  @Override
  public CatchImpl discardResult() {
    return new CatchImpl(errors, null, true, output, assign, comment);
  }

  @Override
  public CatchImpl output(Payload output) {
    return new CatchImpl(errors, resultPath, resultDiscarded,
        Objects.requireNonNull(output, "output"), assign, comment);
  }

  @Override
  public CatchImpl output(Jsonata output) {
    return new CatchImpl(errors, resultPath, resultDiscarded,
        Objects.requireNonNull(output, "output"), assign, comment);
  }

  @Override
  public CatchImpl assign(Payload assign) {
    return new CatchImpl(errors, resultPath, resultDiscarded, output,
        Objects.requireNonNull(assign, "assign == null"), comment);
  }

  @Override
  public CatchImpl comment(String comment) {
    return new CatchImpl(errors, resultPath, resultDiscarded, output, assign,
        Objects.requireNonNull(comment, "comment == null"));
  }

  public boolean usesJsonPathFields() {
    return resultPath != null || resultDiscarded;
  }

  public boolean usesJsonataFields() {
    return output != null;
  }

  public Catcher toModel(String next, QueryLanguage language, String pointer,
      List<String> problems) {
    Path path = resultDiscarded ? Path.NULL : resultPath == null ? null : Path.of(resultPath);
    JsonNode renderedOutput =
        output == null
            ? null
            : PayloadImpl.renderValue(output, language, pointer + "/Output", problems);
    JsonNode renderedAssign = assign == null
        ? null
        : PayloadImpl.of(assign).render(language, pointer + "/Assign", problems);
    return new Catcher(errors, next, path, renderedOutput, renderedAssign, comment);
  }
}
