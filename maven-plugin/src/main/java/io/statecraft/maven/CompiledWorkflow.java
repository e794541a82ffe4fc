package io.statecraft.maven;

import io.statecraft.asl.StateMachine;
import io.statecraft.asl.diagnostic.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * One workflow of the project, defined and validated.
 *
 * @param name the state machine name ({@code Workflow.name()}), also the base of its file names
 * @param className the implementing class
 * @param machine the definition
 * @param warnings what the validator remarked on without refusing the definition
 */
record CompiledWorkflow(String name, String className, StateMachine machine,
    List<Diagnostic> warnings) {

  CompiledWorkflow {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(className, "className == null");
    Objects.requireNonNull(machine, "machine == null");
    warnings = List.copyOf(warnings);
  }

  /** How messages name the workflow: {@code Orders (com.example.Orders)}. */
  String label() {
    return label(name, className);
  }

  static String label(String name, String className) {
    return name + " (" + className + ")";
  }
}
