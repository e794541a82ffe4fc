package io.statecraft.testing.teststate;

import static io.statecraft.testing.StatecraftAssertions.assertThat;

import io.statecraft.local.Execution;
import io.statecraft.local.Json;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.shapes.FieldValidation;
import org.junit.jupiter.api.Test;

/** Handlers and mocks answer only what the service would, when the check is on. */
class TaskResultShapesTest {

  static final String LOAD = """
      {"StartAt": "Load order", "States": {"Load order": {"Type": "Task",
        "Resource": "arn:aws:states:::dynamodb:getItem",
        "Parameters": {"TableName": "orders", "Key": {"id": {"S": "o-1"}}},
        "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Failed"}], "End": true},
        "Failed": {"Type": "Fail"}}}""";

  @Test
  void a_mock_answering_a_member_the_service_lacks_fails_naming_the_nearest_member() {
    try (LocalStepFunctions runtime = LocalStepFunctions.builder()
        .taskResultShapes(FieldValidation.STRICT)
        .task("Load order", (input, ctx) -> Json.parse("{\"Itemz\": {}}")).build()) {
      Execution execution = runtime.load("Orders", LOAD).run("{}");

      assertThat(execution).failed().hasError("Statecraft.InvalidTaskResult");
      org.assertj.core.api.Assertions.assertThat(execution.cause())
          .contains("'Load order'", "Itemz", "Item");
    }
  }

  @Test
  void answers_in_the_services_shape_run_as_before() {
    try (LocalStepFunctions runtime = LocalStepFunctions.builder()
        .taskResultShapes(FieldValidation.STRICT)
        .task("Load order", (input, ctx) -> Json.parse("{\"Item\": {\"id\": {\"S\": \"o-1\"}}}"))
        .build()) {
      assertThat(runtime.load("Orders", LOAD).run("{}")).succeeded();
    }
  }
}
