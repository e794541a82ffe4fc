package io.statecraft.emulator;

import io.statecraft.emulator.internal.Wire;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.InspectionData;
import software.amazon.awssdk.services.sfn.model.InspectionErrorDetails;
import software.amazon.awssdk.services.sfn.model.MockInput;
import software.amazon.awssdk.services.sfn.model.SfnException;
import software.amazon.awssdk.services.sfn.model.TestStateConfiguration;
import software.amazon.awssdk.services.sfn.model.TestStateRequest;
import software.amazon.awssdk.services.sfn.model.TestStateResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One TestState call recorded against AWS (a file of {@code test-state/recorded/}), replayed
 * through the AWS SDK: the request sent as {@link TestStateRequest}, the answer compared with
 * what AWS answered. The recording's account, region and partition tokens become the emulator's
 * on both sides, and the Lambda function's name a valid one (a Resource ARN with {@code <} in
 * it is no ARN); other tokens stay as opaque text in the request (see {@link RecordedJson}).
 *
 * <pre>{@code
 * RecordedTestState recorded = RecordedTestState.all().get(0);
 * List<String> differences = recorded.replay(sfn);   // empty: the emulator answers as AWS did
 * }</pre>
 */
final class RecordedTestState {

  static final Path DIRECTORY = Path.of("src/test/resources/test-state/recorded");
  /** The emulator's defaults, standing in for the recording's account and region. */
  static final String ACCOUNT = "123456789012";
  static final String REGION = "us-east-1";

  /** The JSON-text members of {@code inspectionData}. */
  private static final List<String> TEXT_FIELDS = List.of("input", "afterArguments",
      "afterInputPath", "afterParameters", "result", "afterResultSelector", "afterResultPath",
      "variables", "afterItemsPath", "afterItemSelector", "afterItemBatcher", "afterItemsPointer");

  private final String name;
  private final JsonNode recording;

  private RecordedTestState(String name, JsonNode recording) {
    this.name = name;
    this.recording = recording;
  }

  /** Every recorded case, by file name. */
  static List<RecordedTestState> all() {
    try (Stream<Path> files = Files.list(DIRECTORY)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted()
          .map(RecordedTestState::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static RecordedTestState read(Path file) {
    try {
      String text = Files.readString(file)
          .replace("arn:<partition>:", "arn:aws:")
          .replace("<region>", REGION)
          .replace("111111111111", ACCOUNT)
          .replace("<lambda_function_name>", "recorded-function");
      String name = file.getFileName().toString().replaceFirst("\\.json$", "");
      return new RecordedTestState(name, Wire.MAPPER.readTree(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file's name without {@code .json}. */
  String name() {
    return name;
  }

  /** Sends the request through {@code sfn}; the differences from AWS's answer, none if alike. */
  List<String> replay(SfnClient sfn) {
    RecordedJson match = new RecordedJson();
    TestStateResponse response;
    try {
      response = sfn.testState(request());
    } catch (SfnException e) {
      return compareError(match, e);
    }
    if (recording.has("expectedError")) {
      return List.of("AWS refused with " + Wire.MAPPER.writeValueAsString(
          recording.get("expectedError")) + ", emulator answered " + asJson(response));
    }
    return compareResponse(match, recording.get("expected"), response);
  }

  private List<String> compareError(RecordedJson match, SfnException e) {
    JsonNode wanted = recording.get("expectedError");
    String code = e.awsErrorDetails().errorCode();
    String message = e.awsErrorDetails().errorMessage();
    if (wanted == null) {
      return List.of("AWS answered " + Wire.MAPPER.writeValueAsString(recording.get("expected"))
          + ", emulator refused with " + code + ": " + message);
    }
    ObjectNode actual = Wire.object().put("code", code).put("message", message);
    if (wanted.has("httpStatus")) {
      actual.put("httpStatus", e.statusCode());
    }
    return match.compare("error", wanted, actual);
  }

  private static List<String> compareResponse(RecordedJson match, JsonNode expected,
      TestStateResponse response) {
    ObjectNode actual = asJson(response);
    List<String> differences = new ArrayList<>();
    for (String member : List.of("status", "error", "cause", "nextState")) {
      differences.addAll(compareMember(match, member, expected.get(member), actual.get(member)));
    }
    differences.addAll(compareText(match, "output", expected.get("output"),
        actual.get("output")));
    JsonNode wantedData = expected.path("inspectionData");
    JsonNode data = actual.path("inspectionData");
    if (wantedData.isMissingNode() != data.isMissingNode()) {
      differences.add("inspectionData: AWS " + (wantedData.isMissingNode() ? "(absent)"
          : wantedData) + ", emulator " + (data.isMissingNode() ? "(absent)" : data));
      return differences;
    }
    for (String field : unionOfNames(wantedData, data)) {
      String at = "inspectionData." + field;
      differences.addAll(TEXT_FIELDS.contains(field)
          ? compareText(match, at, wantedData.get(field), data.get(field))
          : compareMember(match, at, wantedData.get(field), data.get(field)));
    }
    return differences;
  }

  private static List<String> compareMember(RecordedJson match, String path, JsonNode expected,
      JsonNode actual) {
    if (expected == null || actual == null) {
      return expected == actual ? List.of()
          : List.of(path + ": AWS " + (expected == null ? "(absent)" : expected) + ", emulator "
              + (actual == null ? "(absent)" : actual));
    }
    return match.compare(path, expected, actual);
  }

  private static List<String> compareText(RecordedJson match, String path, JsonNode expected,
      JsonNode actual) {
    if (expected == null || actual == null) {
      return compareMember(match, path, expected, actual);
    }
    return match.compareText(path, expected, actual.asString());
  }

  private static List<String> unionOfNames(JsonNode a, JsonNode b) {
    java.util.Set<String> names = new java.util.TreeSet<>(a.propertyNames());
    names.addAll(b.propertyNames());
    return List.copyOf(names);
  }

  /** The recorded request as the SDK sends it. */
  TestStateRequest request() {
    JsonNode r = recording.get("request");
    TestStateRequest.Builder builder = TestStateRequest.builder()
        .definition(text(r, "definition"))
        .roleArn(text(r, "roleArn"))
        .input(text(r, "input"))
        .inspectionLevel(text(r, "inspectionLevel"))
        .variables(text(r, "variables"))
        .stateName(text(r, "stateName"))
        .context(text(r, "context"));
    if (r.has("revealSecrets")) {
      builder.revealSecrets(r.get("revealSecrets").asBoolean());
    }
    if (r.has("mock")) {
      builder.mock(mock(r.get("mock")));
    }
    if (r.has("stateConfiguration")) {
      builder.stateConfiguration(configuration(r.get("stateConfiguration")));
    }
    return builder.build();
  }

  private static MockInput mock(JsonNode mock) {
    MockInput.Builder builder = MockInput.builder().result(text(mock, "result"))
        .fieldValidationMode(text(mock, "fieldValidationMode"));
    JsonNode error = mock.get("errorOutput");
    if (error != null) {
      builder.errorOutput(e -> e.error(text(error, "error")).cause(text(error, "cause")));
    }
    return builder.build();
  }

  private static TestStateConfiguration configuration(JsonNode c) {
    return TestStateConfiguration.builder()
        .retrierRetryCount(c.has("retrierRetryCount") ? c.get("retrierRetryCount").asInt() : null)
        .errorCausedByState(text(c, "errorCausedByState"))
        .mapIterationFailureCount(c.has("mapIterationFailureCount")
            ? c.get("mapIterationFailureCount").asInt() : null)
        .mapItemReaderData(text(c, "mapItemReaderData"))
        .build();
  }

  private static String text(JsonNode node, String member) {
    JsonNode value = node.get(member);
    return value == null || value.isNull() ? null : value.asString();
  }

  /** The SDK's response as the wire had it: JSON texts as strings, absent members left out. */
  static ObjectNode asJson(TestStateResponse response) {
    ObjectNode json = Wire.object();
    json.put("status", response.statusAsString());
    putIfPresent(json, "output", response.output());
    putIfPresent(json, "error", response.error());
    putIfPresent(json, "cause", response.cause());
    putIfPresent(json, "nextState", response.nextState());
    InspectionData data = response.inspectionData();
    if (data != null) {
      json.set("inspectionData", asJson(data));
    }
    return json;
  }

  private static ObjectNode asJson(InspectionData data) {
    ObjectNode json = Wire.object();
    for (String field : TEXT_FIELDS) {
      putIfPresent(json, field, data.getValueForField(field, String.class).orElse(null));
    }
    if (data.maxConcurrency() != null) {
      json.put("maxConcurrency", data.maxConcurrency());
    }
    if (data.toleratedFailureCount() != null) {
      json.put("toleratedFailureCount", data.toleratedFailureCount());
    }
    if (data.toleratedFailurePercentage() != null) {
      json.put("toleratedFailurePercentage", data.toleratedFailurePercentage());
    }
    InspectionErrorDetails details = data.errorDetails();
    if (details != null) {
      ObjectNode errorDetails = json.putObject("errorDetails");
      putIfPresent(errorDetails, "catchIndex", details.catchIndex());
      putIfPresent(errorDetails, "retryIndex", details.retryIndex());
      putIfPresent(errorDetails, "retryBackoffIntervalSeconds",
          details.retryBackoffIntervalSeconds());
    }
    // An HTTP Task's TRACE data; no recording has it, so its presence alone is a difference.
    if (data.request() != null) {
      json.put("request", data.request().toString());
    }
    if (data.response() != null) {
      json.put("response", data.response().toString());
    }
    return json;
  }

  private static void putIfPresent(ObjectNode json, String member, String value) {
    if (value != null) {
      json.put(member, value);
    }
  }

  private static void putIfPresent(ObjectNode json, String member, Integer value) {
    if (value != null) {
      json.put(member, value);
    }
  }
}
