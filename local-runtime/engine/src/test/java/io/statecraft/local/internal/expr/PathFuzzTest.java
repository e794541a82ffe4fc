package io.statecraft.local.internal.expr;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.statecraft.asl.internal.JsonMappers;
import io.statecraft.compiler.fuzz.FuzzInputs;
import tools.jackson.databind.JsonNode;

/**
 * Any text compiled as the runtime compiles a path, and what compiles read from a fixed document:
 * compiling either succeeds or throws {@link IllegalArgumentException} with the reason, and reading
 * either gives a value or throws {@link PathExpr.NoMatch}, which every caller turns into AWS's
 * States.Runtime. Replays its corpus in every build; fuzzes with {@code JAZZER_FUZZ=1}.
 */
class PathFuzzTest {

  private static final JsonNode DOCUMENT = JsonMappers.STRICT.readTree("""
      {"s": "a,b", "n": 3, "f": -1.5, "t": true, "z": null, "e": "",
       "a": [1, "x", [2, 3], {"k": 1}, null], "o": {"k": 1, "l": [true], "": {"x": []}},
       "arr": [], "deep": {"a": {"b": {"c": [{"d": 1}, {"d": 2}]}}}}""");

  @FuzzTest(maxDuration = "2m")
  @DictionaryFile(resourcePath = "paths.dict")
  void should_read_a_value_or_say_the_path_selects_nothing(byte[] bytes) {
    String text = FuzzInputs.text(bytes);
    if (FuzzInputs.tooDeep(text)) {
      return;
    }
    PathExpr path;
    try {
      path = PathExpr.compile(text);
    } catch (IllegalArgumentException e) {
      return;
    }
    path.isDefinite();
    path.normalized();
    if (path.isVariable() || path.isContext()) {
      return;
    }
    try {
      if (path.read(DOCUMENT) == null) {
        throw new AssertionError("neither a value nor NoMatch for " + text);
      }
    } catch (PathExpr.NoMatch e) {
      // AWS's States.Runtime for the field that holds the path.
    }
  }
}
