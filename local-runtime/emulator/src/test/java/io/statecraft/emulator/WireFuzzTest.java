package io.statecraft.emulator;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Any request to the emulator's AWS JSON 1.0 front, over a real socket: a target header (one of
 * the API's operations or anything else), an Authorization header, and a body of any bytes. The
 * answer is a 200, or a 400 shaped as AWS's ({@code __type} and {@code message} in an
 * {@code application/x-amz-json-1.0} body); never a 500 (SDKs retry it), a dropped connection or
 * an answer that does not come. Replays its corpus in every build; fuzzes with
 * {@code JAZZER_FUZZ=1}.
 */
class WireFuzzTest {

  private static final List<String> OPERATIONS = List.of("CreateStateMachine",
      "UpdateStateMachine", "DescribeStateMachine", "DescribeStateMachineForExecution",
      "ListStateMachines", "DeleteStateMachine", "PublishStateMachineVersion",
      "ListStateMachineVersions", "DeleteStateMachineVersion", "CreateStateMachineAlias",
      "DescribeStateMachineAlias", "UpdateStateMachineAlias", "ListStateMachineAliases",
      "DeleteStateMachineAlias", "ValidateStateMachineDefinition", "StartExecution",
      "StartSyncExecution", "DescribeExecution", "ListExecutions", "GetExecutionHistory",
      "StopExecution", "RedriveExecution", "DescribeMapRun", "ListMapRuns", "UpdateMapRun",
      "CreateActivity", "DescribeActivity", "ListActivities", "DeleteActivity", "GetActivityTask",
      "SendTaskSuccess", "SendTaskFailure", "SendTaskHeartbeat", "TestState", "TagResource",
      "UntagResource", "ListTagsForResource");

  /** How long one answer may take: a StartSyncExecution runs at most the Express limit below. */
  private static final int ANSWER_TIMEOUT_MILLIS = 30_000;

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private static StepFunctionsEmulator emulator;

  @BeforeAll
  static void start() {
    // Short waits, so that no request the fuzzer makes holds a thread for long: a long poll
    // for an activity task, or a synchronous Express execution that waits.
    emulator = StepFunctionsEmulator.builder().activityLongPoll(Duration.ofMillis(50))
        .expressLimit(Duration.ofSeconds(5)).start();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @FuzzTest(maxDuration = "2m")
  @DictionaryFile(resourcePath = "wire.dict")
  void should_answer_any_request_with_a_result_or_an_aws_error(FuzzedDataProvider data)
      throws IOException {
    int form = data.consumeInt(0, 9);
    String target = switch (form) {
      case 0 -> null;
      case 1 -> headerValue(data.consumeString(40));
      case 2 -> "AWSStepFunctions." + headerValue(data.consumeString(40));
      default -> "AWSStepFunctions." + data.pickValue(OPERATIONS);
    };
    String authorization = data.consumeBoolean() ? headerValue(data.consumeString(120)) : null;
    byte[] body = data.consumeRemainingAsBytes();
    Answer answer;
    // The request goes to the emulator on the loopback address, on purpose: not a forged
    // request for Jazzer's server-side request forgery detector to report.
    try (SilentCloseable loopback = BugDetectors.allowNetworkConnections(
        (host, port) -> port == emulator.port())) {
      answer = post(target, authorization, body);
    }
    String shown = "target " + target + ", authorization " + authorization + ", body "
        + abbreviated(new String(body, StandardCharsets.UTF_8)) + "\n  -> " + answer;
    if (answer.status() == 200) {
      return;
    }
    if (answer.status() != 400) {
      throw new AssertionError("not a 200 or an AWS error: " + shown);
    }
    JsonNode error;
    try {
      error = JSON.readTree(answer.body());
    } catch (RuntimeException e) {
      throw new AssertionError("an error whose body is not JSON: " + shown, e);
    }
    if (!error.path("__type").isString() || error.path("__type").asString().isEmpty()
        || !error.path("message").isString()
        || !answer.contentType().equals("application/x-amz-json-1.0")) {
      throw new AssertionError("an error not shaped as AWS's: " + shown);
    }
  }

  /** A header value as a client can send it: no line breaks, ISO-8859-1 characters only. */
  private static String headerValue(String text) {
    StringBuilder value = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      value.append(c >= 0x20 && c != 0x7f && c <= 0xff ? c : '_');
    }
    return value.toString().strip();
  }

  private record Answer(int status, String contentType, String body) {
    @Override
    public String toString() {
      return status + " " + contentType + " " + abbreviated(body);
    }
  }

  /** One request on a connection of its own, and its answer. */
  private static Answer post(String target, String authorization, byte[] body)
      throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), emulator.port())) {
      socket.setSoTimeout(ANSWER_TIMEOUT_MILLIS);
      StringBuilder head = new StringBuilder("POST / HTTP/1.1\r\nHost: localhost\r\n")
          .append("Connection: close\r\nContent-Type: application/x-amz-json-1.0\r\n")
          .append("Content-Length: ").append(body.length).append("\r\n");
      if (target != null) {
        head.append("X-Amz-Target: ").append(target).append("\r\n");
      }
      if (authorization != null) {
        head.append("Authorization: ").append(authorization).append("\r\n");
      }
      head.append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      return read(socket.getInputStream());
    }
  }

  private static Answer read(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    in.transferTo(all);
    String text = all.toString(StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    if (!text.startsWith("HTTP/1.1 ") || end < 0) {
      throw new AssertionError("not an HTTP answer: " + abbreviated(text));
    }
    int status = Integer.parseInt(text.substring(9, 12));
    String contentType = "";
    for (String line : text.substring(0, end).split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
        contentType = line.substring("content-type:".length()).trim();
      }
    }
    return new Answer(status, contentType, text.substring(end + 4));
  }

  private static String abbreviated(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }
}
