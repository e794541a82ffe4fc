package io.statecraft.local.internal.engine;

/**
 * How Statecraft's own modules (the emulator, through {@code io.statecraft.local.spi}) reach the
 * engine behind the public API's objects, which keep it to themselves. The public API installs
 * the one implementation when it is first used; nothing else may.
 */
public final class Handles {

  /** Unwraps and wraps the public API's objects. */
  public interface Access {
    /** The engine of a {@code LocalStepFunctions}. */
    Engine engine(Object runtime);

    /** The loaded machine of a {@code LocalStateMachine}. */
    Machine machine(Object stateMachine);

    /** The run of a {@code RunningExecution}. */
    io.statecraft.local.internal.kernel.Run run(Object runningExecution);

    /** A {@code RunningExecution} for {@code run} of {@code machine}, started in the background. */
    Object start(Machine machine, io.statecraft.local.internal.kernel.Run run);

    /**
     * A {@code RunningExecution} for {@code run} of {@code machine} as it is, not started: an
     * execution an embedder restored from its own store after it had ended.
     */
    Object ended(Machine machine, io.statecraft.local.internal.kernel.Run run);

    /**
     * A {@code LocalStateMachine}: {@code definition} loaded into {@code runtime} in
     * {@code region}; validated first unless the caller says it {@code validated} it already.
     */
    Object load(Object runtime, String name, io.statecraft.asl.StateMachine definition,
        String region, boolean validated);

    /** A {@code LocalStepFunctions} built by {@code builder} with these embedder's settings. */
    Object build(Object builder, EmbedderSettings settings);

    /**
     * Makes the runtimes {@code builder} builds record their bindings and loads in
     * {@code check}, which reports them, instead of each reporting when it is closed.
     */
    void shareBindingCheck(Object builder,
        io.statecraft.local.internal.tasks.UnusedBindings check);

    /**
     * A {@code RunningExecution} for {@code run}, a resumed execution of {@code machine}: its
     * history replayed on the calling thread, then run in the background.
     */
    Object resume(Machine machine, io.statecraft.local.internal.kernel.Run run);
  }

  /** What an embedder (the emulator) sets that users never do. */
  public record EmbedderSettings(io.statecraft.local.internal.tasks.ChildStarter children,
      java.util.function.Predicate<String> activities, boolean unboundCallbacksSent) {}

  private static volatile Access access;

  private Handles() {}

  /** Called once by the public API. */
  public static void install(Access implementation) {
    if (access != null && access.getClass() != implementation.getClass()) {
      throw new IllegalStateException("the public API's access is already installed");
    }
    access = implementation;
  }

  public static Access access() {
    Access installed = access;
    if (installed == null) {
      throw new IllegalStateException("the local runtime's public API is not loaded");
    }
    return installed;
  }
}
