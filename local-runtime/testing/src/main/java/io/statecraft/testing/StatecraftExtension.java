package io.statecraft.testing;

import io.statecraft.dsl.Workflow;
import io.statecraft.local.Execution;
import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.internal.engine.Workflows;
import io.statecraft.local.spi.SharedBindingCheck;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * JUnit 5 support: gives each test a fresh {@link LocalStepFunctions} with the workflows it
 * tests already loaded, injected into test method parameters and into the test instance's fields
 * of type {@code LocalStepFunctions} or {@link LocalStateMachine}; closes the runtime when the
 * test ends, and when a test fails prints the history of every execution it ran.
 *
 * <pre>{@code
 * class OrderFulfillmentTest {
 *   @RegisterExtension
 *   static StatecraftExtension sfn = StatecraftExtension
 *       .with(runtime -> runtime.substitute("QueueUrl", "https://sqs.local/orders"))
 *       .workflow(OrderFulfillment.class, "orders-table");     // constructor arguments
 *
 *   LocalStateMachine orders;                                  // injected before each test
 *
 *   @Test
 *   void declinedCardEndsTheOrder() {
 *     Execution execution = orders
 *         .withTask("Charge card", (input, ctx) -> { throw new TaskFailure("Card.Declined", "no"); })
 *         .run("{\"total\": 42}");
 *     assertThat(execution).failed().hasError("Card.Declined");
 *   }
 *
 *   @Test
 *   void happyPathFromAMockFile(LocalStateMachine orders) {
 *     assertThat(orders.withMockedResponses(Path.of("MockConfigFile.json"), "HappyPath")
 *         .run("{\"total\": 42}")).succeeded();
 *   }
 * }
 * }</pre>
 *
 * <p>Handlers a test binds with {@code withTask}/{@code withResource}/{@code withMockedResponses}
 * belong to the handle it made, so nothing carries over to the next test. Handlers bound on the
 * runtime for every test ({@link #with}) are checked once all the class's tests ran: one that
 * matched no Task state of any workflow loaded fails the class, naming the nearest names. With
 * several workflows, a {@code LocalStateMachine} parameter or field is chosen by name with
 * {@link WorkflowNamed}. {@code @ExtendWith(StatecraftExtension.class)} gives a runtime with no
 * handlers and no workflow.
 *
 * <p>A workflow class is made and its {@code define()} called once, by the first test that needs
 * it; the definition, an immutable value, is loaded into each test's runtime from then on. A
 * definition that fails to build fails every test that loads it.
 */
public final class StatecraftExtension implements ParameterResolver, BeforeEachCallback,
    AfterAllCallback, TestWatcher {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(StatecraftExtension.class);

  private final Consumer<LocalStepFunctions.Builder> configuration;
  private final List<Function<LocalStepFunctions, LocalStateMachine>> workflows;
  private final PrintStream out;

  /** A runtime with default settings, no handlers and no workflow. */
  public StatecraftExtension() {
    this(builder -> { }, List.of(), System.out);
  }

  private StatecraftExtension(Consumer<LocalStepFunctions.Builder> configuration,
      List<Function<LocalStepFunctions, LocalStateMachine>> workflows, PrintStream out) {
    this.configuration = configuration;
    this.workflows = workflows;
    this.out = out;
  }

  /** A runtime configured by {@code configuration} (handlers, clock, seed, ...) for every test. */
  public static StatecraftExtension with(Consumer<LocalStepFunctions.Builder> configuration) {
    return new StatecraftExtension(Objects.requireNonNull(configuration, "configuration == null"),
        List.of(), System.out);
  }

  /**
   * This extension also loading, for each test, the workflow class {@code type} made by its
   * public constructor that takes {@code constructorArguments}.
   */
  public StatecraftExtension workflow(Class<? extends Workflow> type,
      Object... constructorArguments) {
    Objects.requireNonNull(type, "type == null");
    Object[] arguments = constructorArguments.clone();
    return loading(DefinedOnce.of(() -> Workflows.instantiate(type, arguments))::load);
  }

  /** This extension also loading {@code workflow}'s machine for each test. */
  public StatecraftExtension workflow(Workflow workflow) {
    Objects.requireNonNull(workflow, "workflow == null");
    return loading(DefinedOnce.of(() -> workflow)::load);
  }

  /** This extension also loading the ASL file {@code aslFile} for each test. */
  public StatecraftExtension workflow(Path aslFile) {
    Objects.requireNonNull(aslFile, "aslFile == null");
    return loading(runtime -> runtime.load(aslFile));
  }

  private StatecraftExtension loading(Function<LocalStepFunctions, LocalStateMachine> load) {
    List<Function<LocalStepFunctions, LocalStateMachine>> all = new ArrayList<>(workflows);
    all.add(load);
    return new StatecraftExtension(configuration, List.copyOf(all), out);
  }

  /** The same extension printing failed tests' histories to {@code out}. */
  StatecraftExtension printingTo(PrintStream out) {
    return new StatecraftExtension(configuration, workflows, out);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    TestRuntime runtime = runtime(context);
    context.getTestInstance().ifPresent(instance -> Injection.fields(instance, runtime));
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
    Class<?> type = parameter.getParameter().getType();
    return type == LocalStepFunctions.class || type == LocalStateMachine.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
    return Injection.value(parameter.getParameter(), runtime(extension));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    SharedBindingCheck check = context.getStore(NAMESPACE).get(SharedBindingCheck.class,
        SharedBindingCheck.class);
    if (check != null) {
      check.report();
    }
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
      LocalStepFunctions.Builder builder = LocalStepFunctions.builder();
      configuration.accept(builder);
      bindingCheck(context).attach(builder);
      return TestRuntime.start(builder, workflows);
    }, TestRuntime.class);
  }

  /** The check of the runtime-wide bindings over every test of the class. */
  private static SharedBindingCheck bindingCheck(ExtensionContext context) {
    ExtensionContext classContext = context.getTestMethod().isPresent()
        ? context.getParent().orElse(context) : context;
    return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(SharedBindingCheck.class,
        type -> new SharedBindingCheck(), SharedBindingCheck.class);
  }

  private static String key(ExtensionContext context) {
    return context.getUniqueId();
  }
}
