package io.statecraft.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Compiles snippets of user code against the DSL: what the types forbid must not compile, and the
 * control snippet, which uses the same harness, must.
 */
class MisuseCompilationTest {

  static Stream<Arguments> misuses() {
    return Stream.of(
        Arguments.of("next after Succeed", "succeed(\"Done\").next(pass(\"More\"))", "next"),
        Arguments.of("next after Fail", "fail(\"Boom\").next(pass(\"More\"))", "next"),
        Arguments.of("next after a chain that ended",
            "pass(\"A\").next(succeed(\"B\")).next(pass(\"C\"))", "next"),
        Arguments.of("retry on Pass", "pass(\"A\").retry(retryOn(States.ALL))", "retry"),
        Arguments.of("catch on Pass", "pass(\"A\").catchAll(succeed(\"B\"))", "catchAll"),
        Arguments.of("retry on Wait",
            "waitFor(\"W\", java.time.Duration.ofSeconds(1)).retry(retryOn(States.ALL))", "retry"),
        Arguments.of("catch on Choice",
            "choice(\"C\").when(path(\"$.a\").isTrue(), succeed(\"B\")).catchAll(succeed(\"D\"))",
            "catchAll"),
        Arguments.of("retry after next",
            "task(\"T\", lambdaInvoke(\"f\")).next(pass(\"B\")).retry(retryOn(States.ALL))",
            "retry"),
        Arguments.of("Choice without a rule used as a flow",
            "stateMachine().startWith(choice(\"C\"))",
            "ChoiceStart cannot be converted to io.statecraft.dsl.flow.Flow"),
        Arguments.of("otherwise before any rule",
            "choice(\"C\").otherwise(succeed(\"B\"))", "otherwise"),
        Arguments.of("a rule after otherwise",
            "choice(\"C\").when(path(\"$.a\").isTrue(), succeed(\"B\")).otherwise(succeed(\"D\"))"
                + ".when(path(\"$.b\").isTrue(), succeed(\"E\"))", "when"),
        Arguments.of("next on a Choice without afterwards",
            "choice(\"C\").when(path(\"$.a\").isTrue(), pass(\"B\")).next(pass(\"D\"))", "next"),
        Arguments.of("JSONata Output after a JSONPath field",
            "task(\"T\", lambdaInvoke(\"f\")).resultPath(\"$.r\").output(jsonata(\"$x\"))",
            "output"),
        Arguments.of("JSONPath ResultPath after a JSONata field",
            "task(\"T\", lambdaInvoke(\"f\")).output(jsonata(\"$x\")).resultPath(\"$.r\")",
            "resultPath"),
        Arguments.of("Parameters on a JSONata Pass",
            "pass(\"P\").output(jsonata(\"$x\")).parameters(payload())", "parameters"),
        Arguments.of("ItemsPath on a JSONata Map",
            "map(\"M\", pass(\"P\")).items(jsonata(\"$x\")).itemsPath(\"$.items\")", "itemsPath"),
        Arguments.of("Arguments on a JSONPath Parallel",
            "parallel(\"P\", pass(\"A\")).inputPath(\"$.a\").arguments(jsonata(\"$x\"))",
            "arguments"),
        Arguments.of("\"InputPath\": null on a JSONata Task",
            "task(\"T\", lambdaInvoke(\"f\")).output(jsonata(\"$x\")).ignoreInput()",
            "ignoreInput"),
        Arguments.of("\"OutputPath\": null on a JSONata Pass",
            "pass(\"P\").output(jsonata(\"$x\")).discardOutput()", "discardOutput"),
        Arguments.of("\"InputPath\": null on a JSONata Map",
            "map(\"M\", pass(\"P\")).items(jsonata(\"$x\")).ignoreInput()", "ignoreInput"),
        Arguments.of("\"OutputPath\": null on a JSONata Parallel",
            "parallel(\"P\", pass(\"A\")).arguments(jsonata(\"$x\")).discardOutput()",
            "discardOutput"),
        Arguments.of("\"InputPath\": null on Fail", "fail(\"F\").ignoreInput()", "ignoreInput"),
        Arguments.of("Parallel without a branch used as a flow",
            "stateMachine().startWith(parallel(\"P\"))",
            "ParallelStart cannot be converted to io.statecraft.dsl.flow.Flow"),
        Arguments.of("catch on a Parallel before its first branch",
            "parallel(\"P\").catchAll(succeed(\"B\"))", "catchAll"),
        Arguments.of("next after a forward reference", "forward().next(pass(\"B\"))", "next"),
        Arguments.of("build before startWith", "stateMachine().build()", "build"),
        Arguments.of("sync on an integration without .sync",
            "snsPublish(\"topic\", \"m\").sync()", "sync"),
        Arguments.of("a string where a state is expected",
            "choice(\"C\").when(path(\"$.a\").isTrue(), \"Next state\")", "when"),
        Arguments.of("a path to a record component that does not exist (renamed)",
            "path(Order::totl)", "totl"),
        Arguments.of("a path to a component of another record",
            "Paths.of(Order::customer).then(Line::sku)", "then"),
        Arguments.of("an item of a component that is not a list",
            "Paths.of(Order::total).at(0)", "at"),
        Arguments.of("a component of a list rather than of its items",
            "Paths.of(Order::lines).then(Line::sku)", "then"),
        Arguments.of("a result selector path into a record other than the result's",
            "task(\"T\", lambdaInvoke(\"f\")).result(Line.class)"
                + ".resultSelector(line -> payload().put(\"t\", line.then(Order::total).path()))",
            "then"),
        Arguments.of("a result selector before the result record is declared",
            "task(\"T\", lambdaInvoke(\"f\"))"
                + ".resultSelector(line -> payload().put(\"t\", line.then(Line::sku).path()))",
            "Payload is not a functional interface"),
        Arguments.of("a result record that is not a record",
            "task(\"T\", lambdaInvoke(\"f\")).result(String.class)", "result"),
        Arguments.of("a timeout read from a text component",
            "task(\"T\", lambdaInvoke(\"f\")).timeoutPath(Paths.of(Customer::email))",
            "timeoutPath"),
        Arguments.of("Map items read from a component that is not a list",
            "map(\"M\", pass(\"P\")).itemsPath(Paths.of(Order::customer))", "itemsPath"),
        Arguments.of("a Wait's seconds read from a text component",
            "waitFor(\"W\", Paths.of(Customer::email))", "waitFor"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("misuses")
  void refusesToCompile(String description, String expression, String symbol) throws IOException {
    List<Diagnostic<? extends JavaFileObject>> errors = compile(expression);

    assertThat(errors).as("%s should not compile", expression).isNotEmpty();
    assertThat(errors).as("%s should fail at %s", expression, symbol)
        .anySatisfy(error -> assertThat(error.getMessage(Locale.ROOT)).contains(symbol));
  }

  @Test
  void compilesTheControlSnippetWithTheSameHarness() throws IOException {
    String control = "stateMachine().startWith(task(\"T\", lambdaInvoke(\"f\"))"
        + ".retry(retryOn(States.ALL)).catchAll(succeed(\"Handled\")).resultPath(\"$.r\")"
        + ".next(choice(\"C\").when(path(\"$.a\").isTrue(), pass(\"B\"))"
        + ".otherwise(pass(\"D\")).afterwards()).next(succeed(\"Done\"))).build()";
    String typed = "choice(\"C\").when(path(Order::total).gt(1), succeed(\"Big\"))"
        + ".when(Paths.of(Order::customer).then(Customer::email).path().isPresent(), pass(\"B\"))"
        + ".when(Paths.of(Order::lines).at(0).then(Line::sku).path().eq(\"x\"), pass(\"S\"))"
        + ".otherwise(pass(\"D\"))";
    String typedFields = "task(\"T\", lambdaInvoke(\"f\")).result(Line.class)"
        + ".resultSelector(line -> payload().put(\"sku\", line.then(Line::sku).path()))"
        + ".next(map(\"M\", pass(\"P\")).itemsPath(Paths.of(Order::lines))"
        + ".maxConcurrencyPath(Paths.of(Order::total)))"
        + ".next(waitFor(\"W\", Paths.of(Order::total)))";

    assertThat(compile(control)).isEmpty();
    assertThat(compile(typed)).isEmpty();
    assertThat(compile(typedFields)).isEmpty();
  }

  private static List<Diagnostic<? extends JavaFileObject>> compile(String expression)
      throws IOException {
    String source = """
        import static io.statecraft.dsl.Steps.*;

        import io.statecraft.dsl.payload.Paths;

        class Snippet {
          record Customer(String email) {}
          record Line(String sku) {}
          record Order(java.math.BigDecimal total, Customer customer, java.util.List<Line> lines) {}

          Object snippet() {
            return %s;
          }
        }
        """.formatted(expression);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    java.nio.file.Path out = java.nio.file.Files.createTempDirectory("snippet");
    try (StandardJavaFileManager files = compiler.getStandardFileManager(null, Locale.ROOT, null)) {
      List<String> options = new ArrayList<>(List.of(
          "-classpath", System.getProperty("java.class.path"), "-d", out.toString(),
          "-proc:none"));
      JavaFileObject unit = new SimpleJavaFileObject(
          URI.create("string:///Snippet.java"), JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return source;
        }
      };
      compiler.getTask(null, files, diagnostics, options, null, List.of(unit)).call();
    }
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .toList();
  }
}
