package io.statecraft.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.statecraft.compiler.Asl;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.RoutingConfigurationListItem;
import tools.jackson.databind.JsonNode;

class DeployerTest {

  private static final String ROLE = "arn:aws:iam::123456789012:role/orders-sfn";
  private static final String VERSION_1 = FakeStepFunctions.PREFIX + "orders:1";
  private static final String VERSION_2 = FakeStepFunctions.PREFIX + "orders:2";

  private final FakeStepFunctions aws = new FakeStepFunctions();
  private final List<String> log = new ArrayList<>();

  private static JsonNode waitSeconds(int seconds) {
    return Asl.toJson(Asl.read("""
        {"StartAt": "Pause", "States": {
          "Pause": {"Type": "Wait", "Seconds": %d, "Next": "Done"},
          "Done": {"Type": "Succeed"}}}""".formatted(seconds)));
  }

  private Deployer.Deployment deploy(DeployOptions options, JsonNode definition) {
    return new Deployer(aws, options, log::add).deploy("orders", definition);
  }

  /** Deploys {@code definition} as what AWS already has; the calls and log lines are cleared. */
  private void alreadyDeployed(DeployOptions options, JsonNode definition) {
    deploy(options, definition);
    aws.calls.clear();
    log.clear();
  }

  private static DeployOptions options() {
    return DeployOptions.of(ROLE).withVersionDescription("1.0");
  }

  @Test
  void createsAMissingStateMachineAndPublishesItsFirstVersion() {
    Deployer.Deployment result = deploy(options().withTags(Map.of("team", "orders")),
        waitSeconds(5));

    assertThat(result.outcome()).isEqualTo(Deployer.Outcome.CREATED);
    assertThat(result.versionArn()).isEqualTo(VERSION_1);
    FakeStepFunctions.Machine machine = aws.machines.get("orders");
    assertThat(machine.definition).isEqualTo(Asl.prettyJson(waitSeconds(5)));
    assertThat(machine.roleArn).isEqualTo(ROLE);
    assertThat(machine.type).isEqualTo("STANDARD");
    assertThat(machine.tags).containsExactly(Map.entry("team", "orders"));
    assertThat(log).contains("Created orders: " + VERSION_1);
  }

  @Test
  void secondDeployOfTheSameDefinitionMakesNoUpdateAndSaysSo() {
    alreadyDeployed(options().withAlias("live", 100), waitSeconds(5));

    Deployer.Deployment result = deploy(options().withAlias("live", 100), waitSeconds(5));

    assertThat(result.outcome()).isEqualTo(Deployer.Outcome.UNCHANGED);
    assertThat(aws.calls).containsExactly("ListStateMachines", "DescribeStateMachine",
        "ListStateMachineVersions", "DescribeStateMachineAlias");
    assertThat(log).containsExactly("orders is up to date: no update",
        "Alias orders:live is up to date: 100% " + VERSION_1);
  }

  @Test
  void changedDefinitionIsUpdatedAndPublishedAsANewVersion() {
    deploy(options(), waitSeconds(5));

    Deployer.Deployment result = deploy(options(), waitSeconds(10));

    assertThat(result.outcome()).isEqualTo(Deployer.Outcome.UPDATED);
    assertThat(result.versionArn()).isEqualTo(VERSION_2);
    assertThat(aws.machines.get("orders").definition).contains("\"Seconds\": 10");
    assertThat(log).contains("Updated orders (definition): " + VERSION_2);
  }

  @Test
  void dryRunPrintsTheDefinitionDiffAndChangesNothing() {
    alreadyDeployed(options().withAlias("live", 100), waitSeconds(5));

    Deployer.Deployment result = deploy(options().withAlias("live", 100).withDryRun(true),
        waitSeconds(10));

    assertThat(result.outcome()).isEqualTo(Deployer.Outcome.WOULD_UPDATE);
    assertThat(aws.calls).containsExactly("ListStateMachines", "DescribeStateMachine");
    assertThat(log.get(0)).isEqualTo("Would update orders: definition");
    assertThat(log.get(1)).isEqualTo("""
        --- deployed/orders
        +++ local/orders
        @@ -3,7 +3,7 @@
           "States": {
             "Pause": {
               "Type": "Wait",
        -      "Seconds": 5,
        +      "Seconds": 10,
               "Next": "Done"
             },
             "Done": {""");
    assertThat(log.get(2)).isEqualTo("Would point alias orders:live at the new version");
    assertThat(aws.machines.get("orders").definition).contains("\"Seconds\": 5");
  }

  @Test
  void dryRunOfANewStateMachineShowsTheWholeDefinitionAsAdded() {
    Deployer.Deployment result = deploy(options().withDryRun(true), waitSeconds(5));

    assertThat(result.outcome()).isEqualTo(Deployer.Outcome.WOULD_CREATE);
    assertThat(aws.machines).isEmpty();
    assertThat(log.get(0)).isEqualTo("Would create orders (STANDARD, role " + ROLE + ")");
    assertThat(log.get(1)).startsWith("--- deployed/orders\n+++ local/orders\n@@ -1,0 +1,13 @@\n+{");
  }

  @Test
  void canaryWeightSplitsTheAliasBetweenTheNewAndThePreviousVersion() {
    deploy(options().withAlias("live", 100), waitSeconds(5));

    deploy(options().withAlias("live", 10), waitSeconds(10));

    assertThat(aws.machines.get("orders").aliases.get("live")).containsExactly(
        route(VERSION_2, 10), route(VERSION_1, 90));
    assertThat(log).contains(
        "Updated alias orders:live: 10% " + VERSION_2 + ", 90% " + VERSION_1);
  }

  @Test
  void promotingACanaryMovesTheWholeAliasWithoutANewVersion() {
    deploy(options().withAlias("live", 100), waitSeconds(5));
    alreadyDeployed(options().withAlias("live", 10), waitSeconds(10));

    deploy(options().withAlias("live", 100), waitSeconds(10));

    assertThat(aws.calls).doesNotContain("UpdateStateMachine", "PublishStateMachineVersion");
    assertThat(aws.machines.get("orders").aliases.get("live")).containsExactly(
        route(VERSION_2, 100));
  }

  @Test
  void existingTagsAreKeptAndOnlyMissingOnesAdded() {
    alreadyDeployed(options().withTags(Map.of("team", "orders")), waitSeconds(5));
    aws.machines.get("orders").tags.put("cost-center", "42");

    deploy(options().withTags(Map.of("team", "orders", "tier", "gold")), waitSeconds(5));

    assertThat(aws.machines.get("orders").tags).containsOnly(Map.entry("team", "orders"),
        Map.entry("cost-center", "42"), Map.entry("tier", "gold"));
    assertThat(aws.calls).doesNotContain("UntagResource", "UpdateStateMachine");
    assertThat(log).contains("Tagged orders: tier");
  }

  @Test
  void loggingAndTracingChangesUpdateTheStateMachineWithoutTouchingTheDefinition() {
    deploy(options(), waitSeconds(5));
    String logGroup = "arn:aws:logs:eu-west-1:123456789012:log-group:orders:*";

    Deployer.Deployment result = deploy(options().withLogging(
        new Logging("ERROR", true, logGroup), true), waitSeconds(5));

    assertThat(result.outcome()).isEqualTo(Deployer.Outcome.UPDATED);
    FakeStepFunctions.Machine machine = aws.machines.get("orders");
    assertThat(machine.logging.levelAsString()).isEqualTo("ERROR");
    assertThat(machine.logging.includeExecutionData()).isTrue();
    assertThat(machine.logging.destinations().get(0).cloudWatchLogsLogGroup().logGroupArn())
        .isEqualTo(logGroup);
    assertThat(machine.tracing.enabled()).isTrue();
    assertThat(log).contains("Updated orders (logging, tracing on): " + VERSION_2);
  }

  @Test
  void loggingLeftOutOfThePomLeavesTheDeployedOneAlone() {
    alreadyDeployed(options().withLogging(new Logging("ALL", false, "arn:aws:logs:x"), null),
        waitSeconds(5));

    Deployer.Deployment result = deploy(options(), waitSeconds(5));

    assertThat(result.outcome()).isEqualTo(Deployer.Outcome.UNCHANGED);
    assertThat(aws.machines.get("orders").logging.levelAsString()).isEqualTo("ALL");
  }

  @Test
  void changingTheTypeOfADeployedStateMachineIsRefusedBeforeAnyWrite() {
    alreadyDeployed(options(), waitSeconds(5));
    DeployOptions express = new DeployOptions(ROLE, "EXPRESS", null, null, new TreeMap<>(),
        null, null, 100, false, null);

    assertThatThrownBy(() -> deploy(express, waitSeconds(10)))
        .isInstanceOf(DeployException.class)
        .hasMessage("orders is deployed as STANDARD but <type> is EXPRESS; AWS cannot change the"
            + " type of a state machine: keep <type>STANDARD</type> or deploy under a new name");
    assertThat(aws.calls).containsExactly("ListStateMachines", "DescribeStateMachine");
  }

  @Test
  void aRoleStepFunctionsCannotAssumeIsExplainedWithTheTrustPolicy() {
    aws.failOn("CreateStateMachine", "AccessDeniedException", "Neither the global service"
        + " principal states.amazonaws.com, nor the regional one is authorized to assume the"
        + " provided role.", 400);

    assertThatThrownBy(() -> deploy(options(), waitSeconds(5)))
        .isInstanceOf(DeployException.class)
        .hasMessage("AWS refused CreateStateMachine for orders: AccessDeniedException: Neither"
            + " the global service principal states.amazonaws.com, nor the regional one is"
            + " authorized to assume the provided role (request id req-1). Step Functions cannot"
            + " assume the role in <roleArn> (" + ROLE + "): check that the role exists and that"
            + " its trust policy allows states.amazonaws.com");
  }

  @Test
  void accessDeniedNamesTheOperationAndThePassRolePermission() {
    aws.failOn("CreateStateMachine", "AccessDeniedException", "User:"
        + " arn:aws:iam::123456789012:user/ci is not authorized to perform:"
        + " states:CreateStateMachine", 400);

    assertThatThrownBy(() -> deploy(options(), waitSeconds(5)))
        .hasMessage("AWS refused CreateStateMachine for orders: AccessDeniedException: User:"
            + " arn:aws:iam::123456789012:user/ci is not authorized to perform:"
            + " states:CreateStateMachine (request id req-1). The credentials found by the SDK's"
            + " default chain need states:CreateStateMachine and iam:PassRole on " + ROLE);
  }

  @Test
  void throttlingThatOutlastsTheSdkRetriesSaysToDeployAgain() {
    aws.failOn("ListStateMachines", "ThrottlingException", "Rate exceeded", 400);

    assertThatThrownBy(() -> deploy(options(), waitSeconds(5)))
        .isInstanceOf(DeployException.class)
        .hasMessage("AWS refused ListStateMachines for orders: ThrottlingException: Rate exceeded"
            + " (request id req-1). The SDK's retries did not get through; deploy again in a"
            + " moment");
    assertThat(aws.machines).isEmpty();
  }

  @Test
  void aDefinitionAwsRefusesIsSaidToBeRefusedByAwsNotByStatecraftsChecks() {
    aws.failOn("CreateStateMachine", "InvalidDefinition", "Invalid State Machine Definition:"
        + " 'SCHEMA_VALIDATION_FAILED: Value is not a valid resource ARN at /States/Pause'", 400);

    assertThatThrownBy(() -> deploy(options(), waitSeconds(5)))
        .hasMessage("AWS refused CreateStateMachine for orders: InvalidDefinition: Invalid State"
            + " Machine Definition: 'SCHEMA_VALIDATION_FAILED: Value is not a valid resource ARN"
            + " at /States/Pause' (request id req-1). Statecraft's checks had accepted this"
            + " definition");
  }

  @Test
  void deployingEveryWorkflowCreatesThemInOrder() {
    List<Deployer.Deployment> results = new Deployer(aws, options(), log::add).deployAll(List.of(
        definition("alpha", waitSeconds(1)), definition("beta", waitSeconds(2))));

    assertThat(results).extracting(Deployer.Deployment::name, Deployer.Deployment::outcome)
        .containsExactly(tuple("alpha", Deployer.Outcome.CREATED),
            tuple("beta", Deployer.Outcome.CREATED));
    assertThat(aws.machines).containsOnlyKeys("alpha", "beta");
  }

  @Test
  void aWorkflowThatCannotBeDeployedAsConfiguredStopsEveryWorkflowBeforeAnyChange() {
    aws.machines.put("beta", express(waitSeconds(2)));
    aws.machines.put("gamma", express(waitSeconds(3)));

    assertThatThrownBy(() -> new Deployer(aws, options(), log::add).deployAll(List.of(
        definition("alpha", waitSeconds(1)), definition("beta", waitSeconds(2)),
        definition("gamma", waitSeconds(3)))))
        .isInstanceOf(WorkflowException.class)
        .hasMessage("Statecraft's checks refused 2 workflows; no state machine was created or"
            + " updated:\n"
            + "beta is deployed as EXPRESS but <type> is STANDARD; AWS cannot change the type of a"
            + " state machine: keep <type>EXPRESS</type> or deploy under a new name\n"
            + "gamma is deployed as EXPRESS but <type> is STANDARD; AWS cannot change the type of"
            + " a state machine: keep <type>EXPRESS</type> or deploy under a new name");
    assertThat(aws.calls).containsOnly("ValidateStateMachineDefinition", "ListStateMachines",
        "DescribeStateMachine");
    assertThat(aws.machines).containsOnlyKeys("beta", "gamma");
  }

  @Test
  void should_create_nothing_when_aws_validation_refuses_the_fourth_of_five_workflows() {
    // GIVEN AWS's own check refuses what Statecraft's accepted
    aws.refuseDefinitionsContaining("\"Seconds\": 4", "SCHEMA_VALIDATION_FAILED", "/States/Pause",
        "These fields are required: [Next]");
    aws.machines.put("beta", standard(waitSeconds(1)));

    // WHEN
    assertThatThrownBy(() -> new Deployer(aws, options(), log::add).deployAll(List.of(
        definition("alpha", waitSeconds(1)), definition("beta", waitSeconds(2)),
        definition("gamma", waitSeconds(3)), definition("delta", waitSeconds(4)),
        definition("epsilon", waitSeconds(5)))))

        // THEN the refusal names the workflow, the service and its words, and nothing changed
        .isInstanceOf(WorkflowException.class)
        .hasMessage("AWS refused 1 workflow (ValidateStateMachineDefinition); no state machine"
            + " was created or updated:\n"
            + "delta (com.example.delta): /States/Pause: error SCHEMA_VALIDATION_FAILED: These"
            + " fields are required: [Next]");
    assertThat(aws.calls).containsOnly("ValidateStateMachineDefinition");
    assertThat(aws.machines).containsOnlyKeys("beta");
    assertThat(aws.machines.get("beta").definition).isEqualTo(Asl.prettyJson(waitSeconds(1)));
  }

  @Test
  void should_deploy_after_statecraft_checks_alone_when_the_endpoint_does_not_validate() {
    aws.failOn("ValidateStateMachineDefinition", "UnknownOperationException", "", 400);

    new Deployer(aws, options(), log::add).deployAll(List.of(definition("alpha", waitSeconds(1)),
        definition("beta", waitSeconds(2))));

    assertThat(aws.machines).containsOnlyKeys("alpha", "beta");
    assertThat(log.get(0)).isEqualTo("AWS did not check the definitions"
        + " (ValidateStateMachineDefinition: UnknownOperationException); Statecraft's checks"
        + " passed");
  }

  @Test
  void should_say_how_to_have_aws_check_when_the_credentials_may_not_validate() {
    aws.failOn("ValidateStateMachineDefinition", "AccessDeniedException", "User: ci is not"
        + " authorized to perform: states:ValidateStateMachineDefinition", 400);

    new Deployer(aws, options(), log::add).deployAll(List.of(definition("alpha", waitSeconds(1))));

    assertThat(aws.machines).containsOnlyKeys("alpha");
    assertThat(log.get(0)).contains("allow states:ValidateStateMachineDefinition");
  }

  @Test
  void should_log_that_aws_checked_every_workflow() {
    new Deployer(aws, options(), log::add).deployAll(List.of(definition("alpha", waitSeconds(1)),
        definition("beta", waitSeconds(2))));

    assertThat(log.get(0)).isEqualTo(
        "AWS checked 2 workflows (ValidateStateMachineDefinition): no errors");
    assertThat(aws.calls.subList(0, 2)).containsOnly("ValidateStateMachineDefinition");
  }

  @Test
  void aRefusalHalfWaySaysWhatWasAlreadyChangedAndWhatWasNotAttempted() {
    aws.failOn("CreateStateMachine gamma", "InvalidDefinition", "Invalid State Machine"
        + " Definition: 'MISSING_TRANSITION_TARGET: Missing 'Next' target: Nowhere at"
        + " /States/Pause/Next'", 400);
    Deployer deployer = new Deployer(aws, options().withAlias("live", 100)
        .withTags(Map.of("team", "orders")), log::add);

    assertThatThrownBy(() -> deployer.deployAll(List.of(definition("alpha", waitSeconds(1)),
        definition("beta", waitSeconds(2)), definition("gamma", waitSeconds(3)),
        definition("delta", waitSeconds(4)), definition("epsilon", waitSeconds(5)))))
        .isInstanceOf(DeployException.class)
        .hasMessage("AWS refused CreateStateMachine for gamma: InvalidDefinition: Invalid State"
            + " Machine Definition: 'MISSING_TRANSITION_TARGET: Missing 'Next' target: Nowhere"
            + " at /States/Pause/Next' (request id req-1). Statecraft's checks had accepted this"
            + " definition\n"
            + "Already changed: created alpha, created alias alpha:live, created beta, created"
            + " alias beta:live.\n"
            + "Not attempted: delta, epsilon.");
    assertThat(aws.machines).containsOnlyKeys("alpha", "beta");
  }

  @Test
  void aRefusalBeforeAnyChangeSaysThatNothingWasChanged() {
    aws.failOn("ListStateMachines", "AccessDeniedException", "User: ci is not authorized to"
        + " perform: states:ListStateMachines", 400);

    assertThatThrownBy(() -> new Deployer(aws, options(), log::add).deployAll(List.of(
        definition("alpha", waitSeconds(1)), definition("beta", waitSeconds(2)))))
        .hasMessageEndingWith("need states:ListStateMachines\nNo state machine was created or"
            + " updated.");
  }

  @Test
  void namesTheEndpointThatRefusedWhenItIsNotAws() {
    try (SfnClient local = Clients.local(URI.create("http://127.0.0.1:8083"))) {
      assertThat(AwsErrors.service(local)).isEqualTo("Step Functions at http://127.0.0.1:8083");
    }
    try (SfnClient remote = Clients.sfn("eu-west-1", null, null)) {
      assertThat(AwsErrors.service(remote)).isEqualTo("AWS");
    }
    assertThat(AwsErrors.service(aws)).isEqualTo("AWS");
  }

  private static Definitions.Definition definition(String name, JsonNode json) {
    return new Definitions.Definition(new CompiledWorkflow(name, "com.example." + name,
        Asl.fromJson(json), List.of()), json);
  }

  private static FakeStepFunctions.Machine standard(JsonNode definition) {
    FakeStepFunctions.Machine machine = express(definition);
    machine.type = "STANDARD";
    return machine;
  }

  private static FakeStepFunctions.Machine express(JsonNode definition) {
    FakeStepFunctions.Machine machine = new FakeStepFunctions.Machine();
    machine.definition = Asl.prettyJson(definition);
    machine.roleArn = ROLE;
    machine.type = "EXPRESS";
    return machine;
  }

  private static RoutingConfigurationListItem route(String version, int weight) {
    return RoutingConfigurationListItem.builder().stateMachineVersionArn(version).weight(weight)
        .build();
  }
}
