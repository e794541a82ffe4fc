package io.statecraft.maven;

import io.statecraft.compiler.Asl;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionDiagnostic;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionResponse;

/**
 * The service's own check of every definition (ValidateStateMachineDefinition), made after
 * Statecraft's and before anything is created or updated: when it refuses one workflow, none is
 * deployed. Only the call's {@code result} (OK or FAIL) decides, as AWS advises; its diagnostics
 * are shown as AWS wrote them. An endpoint that does not answer the call (an older emulator, or
 * credentials without {@code states:ValidateStateMachineDefinition}) leaves Statecraft's checks
 * as the only ones, and the log says so.
 *
 * <pre>{@code
 * new AwsChecks(client, "STANDARD", "AWS", log::info).requireValid(definitions);
 * }</pre>
 */
final class AwsChecks {

  static final String OPERATION = "ValidateStateMachineDefinition";

  /** Answers that mean the endpoint does not check definitions, rather than refusing one. */
  private static final Set<String> NOT_ANSWERED = Set.of("UnknownOperationException",
      "InvalidAction", "UnrecognizedClientException", "AccessDeniedException");

  private final SfnClient client;
  private final String type;
  private final String service;
  private final AwsErrors errors;
  private final Consumer<String> log;

  /**
   * @param type the state machine type the definitions are deployed as
   * @param service who answers, in messages: "AWS" or "Step Functions at <url>"
   */
  AwsChecks(SfnClient client, String type, String service, AwsErrors errors,
      Consumer<String> log) {
    this.client = client;
    this.type = type;
    this.service = service;
    this.errors = errors;
    this.log = log;
  }

  /**
   * Asks the service to validate each definition, all of them before failing.
   *
   * @throws WorkflowException naming every refused workflow with each of the service's
   *     diagnostics, under the headline "AWS refused 1 workflow (ValidateStateMachineDefinition);
   *     no state machine was created or updated"
   * @throws DeployException when the call fails otherwise (the service cannot be reached)
   */
  void requireValid(List<Definitions.Definition> definitions) {
    List<String> problems = new ArrayList<>();
    int refused = 0;
    for (Definitions.Definition definition : definitions) {
      ValidateStateMachineDefinitionResponse answer;
      try {
        answer = client.validateStateMachineDefinition(b -> b
            .definition(Asl.prettyJson(definition.json())).type(type).severity("ERROR"));
      } catch (AwsServiceException e) {
        String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
        if (NOT_ANSWERED.contains(code) || e.statusCode() == 404) {
          log.accept(service + " did not check the definitions (" + OPERATION + ": " + code
              + (code.equals("AccessDeniedException")
                  ? "; allow states:" + OPERATION + " to have every workflow checked by AWS"
                      + " before any is changed" : "")
              + "); Statecraft's checks passed");
          return;
        }
        throw errors.explain(OPERATION, definition.name(), e);
      } catch (SdkException e) {
        throw errors.explain(OPERATION, definition.name(), e);
      }
      if (!"FAIL".equals(answer.resultAsString())) {
        continue;
      }
      refused++;
      String label = definition.workflow().label();
      if (answer.diagnostics().isEmpty()) {
        problems.add(label + ": refused without a diagnostic");
      }
      for (ValidateStateMachineDefinitionDiagnostic diagnostic : answer.diagnostics()) {
        problems.add(label + ": " + describe(diagnostic));
      }
    }
    if (refused > 0) {
      throw new WorkflowException(service + " refused " + WorkflowException.count(refused)
          + " (" + OPERATION + "); " + Deployer.NOTHING_CHANGED, refused, problems);
    }
    log.accept(service + " checked " + WorkflowException.count(definitions.size()) + " ("
        + OPERATION + "): no errors");
  }

  /** {@code /States/Pay: error SCHEMA_VALIDATION_FAILED: <AWS's message>}. */
  private static String describe(ValidateStateMachineDefinitionDiagnostic diagnostic) {
    String location = diagnostic.location() == null || diagnostic.location().isEmpty()
        ? "" : diagnostic.location() + ": ";
    return location + String.valueOf(diagnostic.severityAsString()).toLowerCase(
        java.util.Locale.ROOT) + " " + diagnostic.code() + ": " + diagnostic.message();
  }
}
