package io.statecraft.testing;

import io.statecraft.local.Execution;
import io.statecraft.local.LocalStepFunctions;
import java.io.PrintStream;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * JUnit 5 support: injects a fresh {@link LocalStepFunctions} into each test method that asks for
 * one, closes it when the test ends, and when a test fails prints the history of every execution
 * it ran.
 *
 * <pre>{@code
 * class OrderFlowTest {
 *   @RegisterExtension
 *   static StatecraftExtension sfn = StatecraftExtension.with(runtime -> runtime
 *       .task("Charge", (input, ctx) -> input));
 *
 *   @Test
 *   void chargesTheOrder(LocalStepFunctions runtime) {
 *     Execution execution = runtime.load(Path.of("order-flow.asl.json")).run("{\"total\": 42}");
 *     assertThat(execution).succeeded().visited("Charge");
 *   }
 * }
 * }</pre>
 *
 * <p>{@code @ExtendWith(StatecraftExtension.class)} gives a runtime with no handlers.
 */
public final class StatecraftExtension implements ParameterResolver, BeforeEachCallback,
    TestWatcher {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(StatecraftExtension.class);

  private final Consumer<LocalStepFunctions.Builder> configuration;
  private final PrintStream out;

  /** A runtime with default settings and no handlers. */
  public StatecraftExtension() {
    this(builder -> { }, System.out);
  }

  private StatecraftExtension(Consumer<LocalStepFunctions.Builder> configuration, PrintStream out) {
    this.configuration = configuration;
    this.out = out;
  }

  /** A runtime configured by {@code configuration} (handlers, clock, seed, ...) for every test. */
  public static StatecraftExtension with(Consumer<LocalStepFunctions.Builder> configuration) {
    return new StatecraftExtension(Objects.requireNonNull(configuration, "configuration == null"),
        System.out);
  }

  /** The same extension printing failed tests' histories to {@code out}. */
  StatecraftExtension printingTo(PrintStream out) {
    return new StatecraftExtension(configuration, out);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    runtime(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
    return parameter.getParameter().getType() == LocalStepFunctions.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
    return runtime(extension).runtime();
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    TestRuntime runtime = context.getStore(NAMESPACE).get(key(context), TestRuntime.class);
    if (runtime == null || runtime.executions().isEmpty()) {
      return;
    }
    StringBuilder report = new StringBuilder("Execution histories of ")
        .append(context.getDisplayName()).append(":\n");
    for (Execution execution : runtime.executions()) {
      report.append(execution).append('\n').append(execution.history());
    }
    out.print(report);
  }

  private TestRuntime runtime(ExtensionContext context) {
    return context.getStore(NAMESPACE).getOrComputeIfAbsent(key(context), k -> {
      List<Execution> executions = new CopyOnWriteArrayList<>();
      LocalStepFunctions.Builder builder = LocalStepFunctions.builder();
      configuration.accept(builder);
      builder.onFinished(executions::add);
      return new TestRuntime(builder.build(), executions);
    }, TestRuntime.class);
  }

  private static String key(ExtensionContext context) {
    return context.getUniqueId();
  }

  /** A test's runtime, closed with the test: no thread of it outlives the test. */
  private record TestRuntime(LocalStepFunctions runtime, List<Execution> executions)
      implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      runtime.close();
    }
  }
}
