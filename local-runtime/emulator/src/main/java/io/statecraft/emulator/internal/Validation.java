package io.statecraft.emulator.internal;

import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import io.statecraft.compiler.Asl;
import io.statecraft.compiler.Validator;
import io.statecraft.local.LocalStepFunctions;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * ValidateStateMachineDefinition: the compiler's diagnostics (schema and semantic rules) in AWS's
 * response shape; with severity WARNING also what this emulator cannot run.
 */
public final class Validation {

  private Validation() {}

  /** The answer to {@code request}; {@code runtime} tells what this emulator cannot run. */
  static ObjectNode validate(LocalStepFunctions runtime, JsonNode request) {
    String definition = Wire.required(request, "definition");
    String severity = Wire.optional(request, "severity");
    if (severity != null && !severity.equals("ERROR") && !severity.equals("WARNING")) {
      throw ApiException.validation("1 validation error detected: Value '" + severity
          + "' at 'severity' failed to satisfy constraint: Member must satisfy enum value set:"
          + " [ERROR, WARNING]");
    }
    int max = Wire.maxResults(request, 100, 100);
    List<ObjectNode> found = new ArrayList<>();
    List<Diagnostic> diagnostics = Validator.validate(definition);
    boolean failed = diagnostics.stream().anyMatch(Diagnostic::isError);
    for (Diagnostic d : diagnostics) {
      if (d.isError() || "WARNING".equals(severity)) {
        found.add(diagnostic(d.isError() ? "ERROR" : "WARNING", d));
      }
    }
    if (!failed && "WARNING".equals(severity)) {
      // Valid for AWS, but maybe not runnable here: say so as warnings.
      try {
        runtime.load("validation", Asl.read(definition));
      } catch (InvalidDefinitionException e) {
        e.diagnostics().forEach(d -> found.add(diagnostic("WARNING", d)));
      } catch (IllegalArgumentException e) {
        found.add(diagnostic("WARNING", Diagnostic.warning("RUNTIME_UNSUPPORTED", "",
            e.getMessage())));
      }
    }
    ObjectNode response = Wire.object();
    response.put("result", failed ? "FAIL" : "OK");
    ArrayNode items = response.putArray("diagnostics");
    found.stream().limit(max).forEach(items::add);
    response.put("truncated", found.size() > max);
    return response;
  }

  private static ObjectNode diagnostic(String severity, Diagnostic d) {
    ObjectNode node = Wire.object();
    node.put("severity", severity);
    node.put("code", d.code());
    node.put("message", d.hint() == null ? d.message() : d.message() + " " + d.hint());
    node.put("location", d.pointer().isEmpty() ? "/" : d.pointer());
    return node;
  }
}
