package io.statecraft.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Chooses which workflow loaded by {@link StatecraftExtension} a {@code LocalStateMachine}
 * parameter or field receives, when the extension loads several.
 *
 * <pre>{@code
 * @Test
 * void refunds(@WorkflowNamed("Returns") LocalStateMachine returns) { ... }
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD})
public @interface WorkflowNamed {

  /** The workflow's name: {@code Workflow.name()}, or the ASL file's name without extension. */
  String value();
}
