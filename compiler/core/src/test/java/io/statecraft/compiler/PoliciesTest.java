package io.statecraft.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.compiler.policy.PolicyNote;
import io.statecraft.compiler.policy.PolicyOptions;
import io.statecraft.compiler.policy.PolicyStatement;
import io.statecraft.compiler.policy.StateMachinePolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class PoliciesTest {

  private static StateMachinePolicy policy(String states) {
    return Policies.of(Asl.read("{\"StartAt\": \"A\", \"States\": {" + states + "}}"));
  }

  private static StateMachinePolicy jsonata(String states) {
    return Policies.of(Asl.read("{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"A\","
        + " \"States\": {" + states + "}}"));
  }

  private static PolicyStatement only(StateMachinePolicy policy) {
    assertThat(policy.statements()).hasSize(1);
    return policy.statements().get(0);
  }

  @Test
  void aJsonataArgumentsExpressionWidensEveryFieldAndTheWarningNamesIt() {
    StateMachinePolicy policy = jsonata("\"A\": {\"Type\": \"Task\","
        + " \"Resource\": \"arn:aws:states:::lambda:invoke\","
        + " \"Arguments\": \"{% $states.input.call %}\", \"End\": true}");
    assertThat(only(policy).resources()).containsExactly("arn:aws:lambda:*:*:function:*");
    assertThat(policy.warnings()).extracting(PolicyNote::pointer, PolicyNote::state)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/States/A/Arguments", "A"));
    assertThat(policy.warnings().get(0).message()).startsWith("Arguments is computed at run time");
  }

  @Test
  void aJsonataFieldExpressionWidensOnlyThatField() {
    StateMachinePolicy policy = jsonata("\"A\": {\"Type\": \"Task\","
        + " \"Resource\": \"arn:aws:states:::aws-sdk:s3:putObject\","
        + " \"Arguments\": {\"Bucket\": \"out\", \"Key\": \"{% $states.input.k %}\","
        + " \"Body\": \"x\"}, \"End\": true}");
    assertThat(only(policy).actions()).containsExactly("s3:PutObject");
    assertThat(only(policy).resources()).containsExactly("arn:aws:s3:::out/*");
    assertThat(policy.warnings()).singleElement().extracting(PolicyNote::pointer)
        .isEqualTo("/States/A/Arguments/Key");
  }

  @Test
  void placeholdersStayAsWrittenAndTheirPartitionIsUsed() {
    StateMachinePolicy policy = policy("\"A\": {\"Type\": \"Task\","
        + " \"Resource\": \"arn:${AWS::Partition}:states:::dynamodb:updateItem\","
        + " \"Parameters\": {\"TableName\": \"${Table}\", \"Key\": {}}, \"Next\": \"B\"},"
        + " \"B\": {\"Type\": \"Task\", \"Resource\": \"arn:aws-cn:states:::dynamodb:deleteItem\","
        + " \"Parameters\": {\"TableName\": \"orders\", \"Key\": {}}, \"End\": true}");
    assertThat(policy.statements()).extracting(PolicyStatement::resources).containsExactly(
        List.of("${Table}"), List.of("arn:aws-cn:dynamodb:*:*:table/orders"));
    assertThat(policy.warnings()).isEmpty();
  }

  @Test
  void aResourceKnownOnlyAtDeployTimeGetsAWarningAndNoStatement() {
    StateMachinePolicy policy = policy("\"A\": {\"Type\": \"Task\","
        + " \"Resource\": \"${DDBUpdateItem}\", \"End\": true}");
    assertThat(policy.statements()).isEmpty();
    assertThat(policy.warnings()).singleElement().satisfies(warning -> {
      assertThat(warning.pointer()).isEqualTo("/States/A/Resource");
      assertThat(warning.message()).contains("known only at deploy time", "substitute it");
    });
  }

  @Test
  void sdkCallsUseTheServicesIamPrefixAndActionNames() {
    StateMachinePolicy policy = policy("\"A\": {\"Type\": \"Task\","
        + " \"Resource\": \"arn:aws:states:::aws-sdk:sfn:describeExecution\","
        + " \"Parameters\": {\"ExecutionArn.$\": \"$.arn\"}, \"Next\": \"B\"},"
        + " \"B\": {\"Type\": \"Task\","
        + " \"Resource\": \"arn:aws:states:::aws-sdk:cloudwatchlogs:createLogStream\","
        + " \"Parameters\": {\"LogGroupName\": \"g\", \"LogStreamName\": \"s\"}, \"Next\": \"C\"},"
        + " \"C\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::aws-sdk:s3:headObject\","
        + " \"Parameters\": {\"Bucket\": \"b\", \"Key\": \"k\"}, \"End\": true}");
    assertThat(policy.statements()).extracting(PolicyStatement::actions).containsExactly(
        List.of("states:DescribeExecution"), List.of("logs:CreateLogStream"),
        List.of("s3:GetObject"));
    assertThat(policy.statements().get(0).resources())
        .containsExactly("arn:aws:states:*:*:execution:*");
    assertThat(policy.statements().get(2).resources()).containsExactly("arn:aws:s3:::b/k");
  }

  @Test
  void ecsWithoutNamedRolesMayPassAnyRoleOnlyToEcsTasks() {
    StateMachinePolicy policy = policy("\"A\": {\"Type\": \"Task\","
        + " \"Resource\": \"arn:aws:states:::ecs:runTask.waitForTaskToken\","
        + " \"Parameters\": {\"TaskDefinition\": \"arn:aws:ecs:eu-west-1:111122223333:"
        + "task-definition/report\"}, \"End\": true}");
    assertThat(policy.statements()).extracting(PolicyStatement::sid)
        .containsExactly("EcsRunTask", "IamPassRole");
    assertThat(policy.statements().get(0).resources()).containsExactly(
        "arn:aws:ecs:eu-west-1:111122223333:task-definition/report:*");
    PolicyStatement pass = policy.statements().get(1);
    assertThat(pass.resources()).containsExactly("arn:aws:iam::*:role/*");
    assertThat(pass.condition()).containsEntry("StringEquals",
        java.util.Map.of("iam:PassedToService", List.of("ecs-tasks.amazonaws.com")));
    assertThat(policy.warnings()).singleElement().extracting(PolicyNote::message)
        .asString().contains("iam:PassRole");
  }

  @Test
  void anIntegrationWithoutADocumentedPolicyHereIsAllowedByItsApiNameWithAWarning() {
    StateMachinePolicy policy = policy("\"A\": {\"Type\": \"Task\","
        + " \"Resource\": \"arn:aws:states:::sagemaker:createTrainingJob.sync\","
        + " \"Parameters\": {\"TrainingJobName\": \"t\"}, \"End\": true}");
    assertThat(only(policy).actions()).containsExactly("sagemaker:CreateTrainingJob");
    assertThat(only(policy).resources()).containsExactly("*");
    assertThat(policy.warnings()).singleElement().extracting(PolicyNote::message).asString()
        .contains(".sync", "IAM policies for sagemaker");
  }

  @Test
  void activitiesAndStatesWithoutCallsNeedNoStatement() {
    StateMachinePolicy policy = policy("\"A\": {\"Type\": \"Task\","
        + " \"Resource\": \"arn:aws:states:us-east-1:123456789012:activity:review\","
        + " \"Next\": \"B\"}, \"B\": {\"Type\": \"Pass\", \"End\": true}");
    assertThat(policy.statements()).isEmpty();
    assertThat(policy.warnings()).isEmpty();
    assertThat(policy.notes()).singleElement().extracting(PolicyNote::message).asString()
        .contains("needs no permission");
    assertThat(policy.toText()).contains("No permissions needed");
  }

  @Test
  void httpTasksWithAComputedEndpointLoseOnlyThatCondition() {
    StateMachinePolicy policy = Policies.of(Asl.read("{\"StartAt\": \"A\", \"States\": {"
        + "\"A\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::http:invoke\","
        + " \"Parameters\": {\"ApiEndpoint.$\": \"$.url\", \"Method\": \"GET\","
        + " \"InvocationConfig\": {\"ConnectionArn\": \"arn:aws:events:us-east-1:123456789012:"
        + "connection/private/abc\"}}, \"End\": true}}}"),
        PolicyOptions.defaults().withStateMachineName("fetch"));
    PolicyStatement invoke = policy.statements().get(0);
    assertThat(invoke.resources()).containsExactly("arn:aws:states:*:*:stateMachine:fetch");
    assertThat(invoke.condition()).containsOnlyKeys("StringEquals");
    assertThat(policy.statements().get(2).resources()).containsExactly(
        "arn:aws:secretsmanager:us-east-1:123456789012:secret:events!connection/private/*");
    assertThat(policy.warnings()).singleElement().extracting(PolicyNote::pointer)
        .isEqualTo("/States/A/Parameters/ApiEndpoint.$");
  }

  @Test
  void theSameDefinitionGivesTheSameBytes() {
    String states = "\"A\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::sns:publish\","
        + " \"Parameters\": {\"TopicArn\": \"arn:aws:sns:us-east-1:123456789012:t\","
        + " \"Message\": \"m\"}, \"End\": true}";
    assertThat(policy(states).toJson()).isEqualTo(policy(states).toJson())
        .startsWith("{\n  \"Version\": \"2012-10-17\",").endsWith("}\n");
  }
}
