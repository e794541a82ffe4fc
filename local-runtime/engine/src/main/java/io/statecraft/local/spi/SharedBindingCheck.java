package io.statecraft.local.spi;

import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.internal.engine.Handles;
import io.statecraft.local.internal.tasks.UnusedBindings;
import java.util.Objects;

/**
 * One check of runtime-wide bindings over many runtimes built from the same configuration, for a
 * host that builds a runtime per test (the JUnit extension): a handler bound by state name or
 * resource is reported only if it matched no Task state of any workflow any of them loaded,
 * instead of by each runtime when it is closed.
 *
 * <pre>{@code
 * SharedBindingCheck check = new SharedBindingCheck();
 * try (LocalStepFunctions first = check.attach(configured()).build()) { ... }
 * try (LocalStepFunctions second = check.attach(configured()).build()) { ... }
 * check.report();   // IllegalStateException naming a binding neither runtime used
 * }</pre>
 */
public final class SharedBindingCheck {

  private final UnusedBindings unused = new UnusedBindings();

  /** {@code builder}, whose runtimes now record into this check; returned for chaining. */
  public LocalStepFunctions.Builder attach(LocalStepFunctions.Builder builder) {
    Handles.access().shareBindingCheck(Objects.requireNonNull(builder, "builder == null"), unused);
    return builder;
  }

  /**
   * Throws {@link IllegalStateException} naming each handler bound by state name or resource that
   * matched no Task state of the workflows the attached runtimes loaded, with the nearest names.
   */
  public void report() {
    unused.report();
  }
}
