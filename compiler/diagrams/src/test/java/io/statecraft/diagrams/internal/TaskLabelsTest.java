package io.statecraft.diagrams.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.asl.StateMachine;
import io.statecraft.asl.TaskState;
import io.statecraft.compiler.Asl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskLabelsTest {

  @ParameterizedTest(name = "{0} with {1} reads \"{2}\"")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      arn:aws:states:::lambda:invoke | {"FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:charge-card"} | Lambda · charge-card
      arn:aws:states:::lambda:invoke | {"FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:charge-card:$LATEST"} | Lambda · charge-card
      arn:aws:states:::lambda:invoke | {"FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:charge-card:prod"} | Lambda · charge-card:prod
      arn:aws:states:::lambda:invoke | {"FunctionName": "${ChargeCardFunction.Arn}"} | Lambda · ChargeCardFunction
      arn:aws:states:::lambda:invoke | {"FunctionName.$": "$.function"} | Lambda · $.function
      arn:aws:states:::lambda:invoke.waitForTaskToken | {"FunctionName": "approve"} | Lambda · approve (wait for token)
      arn:aws:lambda:us-east-1:123456789012:function:charge-card | {} | Lambda · charge-card
      arn:aws:states:::dynamodb:putItem | {} | DynamoDB · PutItem
      arn:aws:states:::sqs:sendMessage.waitForTaskToken | {} | SQS · SendMessage (wait for token)
      arn:aws:states:::states:startExecution.sync:2 | {} | Step Functions · StartExecution (sync)
      arn:aws:states:::aws-sdk:s3:getObject | {} | aws-sdk: s3 · GetObject
      arn:aws:states:us-east-1:123456789012:activity:review | {} | Activity · review
      arn:${AWS::Partition}:states:::sns:publish | {} | SNS · Publish
      arn:aws:states:::glue:startJobRun.sync | {} | Glue · StartJobRun (sync)
      ${ProcessFunctionArn} | {} | ProcessFunctionArn
      arn:aws:states:::futureservice:doThing | {} | futureservice · DoThing
      """)
  void namesServiceAndActionFromTheResource(String resource, String parameters, String label) {
    assertThat(TaskLabels.describe(task(resource, parameters))).isEqualTo(label);
  }

  @ParameterizedTest(name = "{0} reads \"{1}\"")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      {"Fn::GetAtt":["ChargeCard","Arn"]} | ChargeCard
      {"Ref":"ChargeCardArn"} | ChargeCardArn
      `{"Fn::Sub":"arn:${AWS::Partition}:states:::dynamodb:getItem"}` | DynamoDB · GetItem
      `{"Fn::Join":[":",["arn",{"Ref":"AWS::Partition"},"states","","","sqs","sendMessage"]]}` | SQS · SendMessage
      """)
  void readsCloudFormationIntrinsicsAsTheArnTheyStandFor(String resource, String label) {
    assertThat(TaskLabels.describe(task(resource, "{}"))).isEqualTo(label);
  }

  /** A Task read from ASL text, so the test goes through the same reader users do. */
  private static TaskState task(String resource, String parameters) {
    String resourceJson = resource.startsWith("{") ? resource : "\"" + resource + "\"";
    StateMachine machine = Asl.read("{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\","
        + "\"Resource\":" + resourceJson + ",\"Parameters\":" + parameters + ",\"End\":true}}}");
    return (TaskState) machine.states().get("T");
  }
}
