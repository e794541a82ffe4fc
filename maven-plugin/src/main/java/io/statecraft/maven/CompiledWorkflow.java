package io.statecraft.maven;

import io.statecraft.asl.StateMachine;
import io.statecraft.asl.diagnostic.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One workflow of the project, defined and validated: a class of the project's or an
 * {@code *.asl.json} file.
 *
 * @param name the state machine name ({@code Workflow.name()}, or the file's base name), also
 *     the base of its output file names
 * @param origin where it was defined: the implementing class, or the ASL file's path
 * @param machine the definition
 * @param warnings what the validator remarked on without refusing the definition
 * @param schemas the JSON Schemas written beside the ASL, by file name: the input and output
 *     records of a {@code TypedWorkflow}; none for other workflows and ASL files
 */
record CompiledWorkflow(String name, String origin, StateMachine machine,
    List<Diagnostic> warnings, Map<String, String> schemas) {

  CompiledWorkflow {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(origin, "origin == null");
    Objects.requireNonNull(machine, "machine == null");
    warnings = List.copyOf(warnings);
    // Kept in the order given (input, then output), so files are written and listed so.
    schemas = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(schemas));
  }

  /** A workflow without schemas. */
  CompiledWorkflow(String name, String origin, StateMachine machine, List<Diagnostic> warnings) {
    this(name, origin, machine, warnings, Map.of());
  }

  /**
   * How messages name the workflow: {@code Orders (com.example.Orders)},
   * {@code refund (src/main/statecraft/refund.asl.json)}.
   */
  String label() {
    return label(name, origin);
  }

  static String label(String name, String origin) {
    return name + " (" + origin + ")";
  }
}
