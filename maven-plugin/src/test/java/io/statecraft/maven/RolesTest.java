package io.statecraft.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statecraft.compiler.Asl;
import io.statecraft.compiler.policy.PolicyOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RolesTest {

  private static final String FUNCTION = "arn:aws:lambda:eu-west-1:123456789012:function:charge";

  private final FakeStepFunctions aws = new FakeStepFunctions();
  private final FakeIam iam = new FakeIam();
  private final List<String> log = new ArrayList<>();
  private final List<Long> sleeps = new ArrayList<>();

  private static DeployOptions options() {
    return DeployOptions.of("unused").withCreatedRoles(Roles.DEFAULT_PATTERN)
        .withVersionDescription("1.0");
  }

  private List<Deployer.Deployment> deploy(DeployOptions options,
      Definitions.Definition... definitions) {
    Roles roles = new Roles(iam, options, PolicyOptions.defaults().withRegion("eu-west-1"),
        log::add, sleeps::add);
    return new Deployer(aws, options, roles, log::add).deployAll(List.of(definitions));
  }

  private static JsonNode invokesLambda() {
    return Asl.toJson(Asl.read("""
        {"StartAt": "Charge", "States": {"Charge": {"Type": "Task",
          "Resource": "arn:aws:states:::lambda:invoke",
          "Parameters": {"FunctionName": "%s", "Payload.$": "$"}, "End": true}}}"""
        .formatted(FUNCTION)));
  }

  private static JsonNode waits() {
    return Asl.toJson(Asl.read("""
        {"StartAt": "Pause", "States": {"Pause": {"Type": "Wait", "Seconds": 1, "End": true}}}"""));
  }

  private static Definitions.Definition definition(String name, JsonNode json) {
    return new Definitions.Definition(new CompiledWorkflow(name, "com.example." + name,
        Asl.fromJson(json), List.of()), json);
  }

  @Test
  void createsARoleStepFunctionsMayAssumeWithTheDerivedPolicyAndRunsTheMachineAsIt() {
    deploy(options(), definition("charge", invokesLambda()));

    assertThat(iam.calls).containsExactly("GetRole", "CreateRole", "PutRolePolicy");
    assertThat(iam.roles.get("charge-statecraft")).isEqualTo(Roles.TRUST);
    String policy = iam.policies.get("charge-statecraft").get(Roles.POLICY_NAME);
    assertThat(policy).contains("\"lambda:InvokeFunction\"").contains(FUNCTION);
    assertThat(aws.machines.get("charge").roleArn)
        .isEqualTo(FakeIam.PREFIX + "charge-statecraft");
    assertThat(log).contains("Created role charge-statecraft for charge: " + FakeIam.PREFIX
        + "charge-statecraft");
  }

  @Test
  void aWorkflowThatCallsNoServiceGetsARoleWithoutAnInlinePolicy() {
    deploy(options(), definition("pause", waits()));

    assertThat(iam.roles).containsOnlyKeys("pause-statecraft");
    assertThat(iam.policies).isEmpty();
    assertThat(iam.calls).containsExactly("GetRole", "CreateRole");
    assertThat(aws.machines.get("pause").roleArn).isEqualTo(FakeIam.PREFIX + "pause-statecraft");
  }

  @Test
  void aSecondDeployReadsTheRoleAndChangesNothing() {
    deploy(options(), definition("charge", invokesLambda()));
    iam.calls.clear();
    log.clear();

    List<Deployer.Deployment> results = deploy(options(), definition("charge", invokesLambda()));

    assertThat(iam.calls).containsExactly("GetRole", "GetRolePolicy");
    assertThat(results.get(0).outcome()).isEqualTo(Deployer.Outcome.UNCHANGED);
    assertThat(log).contains("Role charge-statecraft is up to date",
        "charge is up to date: no update");
  }

  @Test
  void aRoleThatNoLongerTrustsStepFunctionsIsMadeToAndAStalePolicyIsRemoved() {
    iam.roles.put("pause-statecraft", "{\"Version\":\"2012-10-17\",\"Statement\":[]}");
    iam.policies.put("pause-statecraft", new java.util.LinkedHashMap<>(
        Map.of(Roles.POLICY_NAME, "{\"Version\":\"2012-10-17\",\"Statement\":[{}]}")));

    deploy(options(), definition("pause", waits()));

    assertThat(iam.calls).containsExactly("GetRole", "GetRolePolicy", "UpdateAssumeRolePolicy",
        "DeleteRolePolicy");
    assertThat(iam.roles.get("pause-statecraft")).isEqualTo(Roles.TRUST);
    assertThat(iam.policies.get("pause-statecraft")).isEmpty();
  }

  @Test
  void dryRunSaysWhichRolesItWouldCreateAndChangesNothing() {
    deploy(options().withDryRun(true), definition("charge", invokesLambda()));

    assertThat(iam.calls).containsExactly("GetRole");
    assertThat(iam.roles).isEmpty();
    assertThat(aws.machines).isEmpty();
    assertThat(log.get(1)).startsWith("Would create role charge-statecraft for charge (trusted"
        + " by states.amazonaws.com) with inline policy statecraft-least-privilege:\n{")
        .contains("lambda:InvokeFunction");
    assertThat(log).contains(
        "Would create charge (STANDARD, role charge-statecraft (to be created))");
  }

  @Test
  void anIamRefusalNamesTheWorkflowAndIamAndNoStateMachineIsChanged() {
    iam.failOn("PutRolePolicy", "MalformedPolicyDocument", "Policy document should not specify"
        + " a principal.", 400);

    assertThatThrownBy(() -> deploy(options(), definition("charge", invokesLambda()),
        definition("pause", waits())))
        .isInstanceOf(DeployException.class)
        .hasMessage("IAM refused PutRolePolicy of role charge-statecraft for charge:"
            + " MalformedPolicyDocument: Policy document should not specify a principal"
            + " (request id req-2). Check the policy sfn:policy derives for charge\n"
            + "Already changed: created role charge-statecraft.\n"
            + "Not attempted: charge, pause.");
    assertThat(aws.machines).isEmpty();
  }

  @Test
  void accessDeniedSaysWhichPermissionTheCredentialsNeed() {
    iam.failOn("CreateRole", "AccessDenied", "User: ci is not authorized to perform:"
        + " iam:CreateRole", 403);

    assertThatThrownBy(() -> deploy(options(), definition("charge", invokesLambda())))
        .hasMessageStartingWith("IAM refused CreateRole of role charge-statecraft for charge:"
            + " AccessDenied: User: ci is not authorized to perform: iam:CreateRole (request id"
            + " req-2). The credentials found by the SDK's default chain need iam:CreateRole on"
            + " role charge-statecraft, or give <roleArn>")
        .hasMessageEndingWith("No state machine or role was created or updated.\n"
            + "Not attempted: charge.");
  }

  @Test
  void aRoleNameIamWouldRefuseStopsTheDeployBeforeAnyCall() {
    String longName = "a".repeat(60);

    assertThatThrownBy(() -> deploy(options(), definition(longName, waits())))
        .isInstanceOf(WorkflowException.class)
        .hasMessageContaining("role name " + longName + "-statecraft is not one IAM accepts");
    assertThat(iam.calls).isEmpty();
  }

  @Test
  void roleArnAndCreateRoleTogetherAreRefused() {
    assertThatThrownBy(() -> new DeployOptions("arn:aws:iam::123456789012:role/x", "STANDARD",
        null, null, new java.util.TreeMap<>(), null, null, 100, false, Roles.DEFAULT_PATTERN))
        .isInstanceOf(WorkflowException.class)
        .hasMessageStartingWith("<roleArn> and <createRole> both name the role");
  }

  @Test
  void aNewRoleStepFunctionsCannotAssumeYetIsWaitedForWhileIamPropagatesIt() {
    aws.failOn("CreateStateMachine", "AccessDeniedException", "Neither the global service"
        + " principal states.amazonaws.com, nor the regional one is authorized to assume the"
        + " provided role.", 400, 2);

    deploy(options(), definition("charge", invokesLambda()));

    assertThat(sleeps).containsExactly(2_000L, 4_000L);
    assertThat(aws.machines.get("charge").roleArn)
        .isEqualTo(FakeIam.PREFIX + "charge-statecraft");
    assertThat(log).contains("Step Functions cannot assume the new role of charge while IAM"
        + " propagates it; calling again in 2 s");
  }

  @Test
  void anExistingRoleStepFunctionsCannotAssumeIsNotWaitedFor() {
    deploy(options(), definition("charge", invokesLambda()));
    aws.machines.clear();
    aws.failOn("CreateStateMachine", "AccessDeniedException", "Neither the global service"
        + " principal states.amazonaws.com, nor the regional one is authorized to assume the"
        + " provided role.", 400);

    assertThatThrownBy(() -> deploy(options(), definition("charge", invokesLambda())))
        .hasMessageContaining("Step Functions cannot assume the role that sfn:deploy created"
            + " (<roleName> {name}-statecraft)");
    assertThat(sleeps).isEmpty();
  }

  @Test
  void theRoleNamePatternIsConfigurable() {
    deploy(options().withCreatedRoles("sfn-{name}"), definition("pause", waits()));

    assertThat(iam.roles).containsOnlyKeys("sfn-pause");
  }
}
