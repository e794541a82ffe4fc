package io.statecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.asl.internal.JsonMappers;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Timeout(30)
class ServeCommandTest {

  @TempDir Path dir;

  @Test
  void servesTheStepFunctionsApiUntilStopped() throws Exception {
    Server server = serve("--port", "0");

    HttpResponse<String> response = post(server.endpoint(), "ListStateMachines", "{}");
    server.command().stop.countDown();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"stateMachines\":[]}");
    assertThat(server.exit().get()).isZero();
    assertThat(server.out().toString()).startsWith("Step Functions API on " + server.endpoint()
        + "; each request in the region of its signature (us-east-1 when unsigned), account"
        + " 123456789012; state in memory,"
        + " no data directory; mocks none; log level info" + System.lineSeparator()
        + "Web console on " + server.endpoint() + "/" + System.lineSeparator());
  }

  @Test
  void should_name_the_mock_file_and_log_level_when_it_starts() throws Exception {
    // GIVEN
    Path mocks = Files.writeString(dir.resolve("MockConfigFile.json"),
        "{\"StateMachines\":{},\"MockedResponses\":{}}");
    // WHEN
    Server server = serve("--port", "0", "--mock-config", mocks.toString(), "--log-level",
        "debug");
    server.command().stop.countDown();
    // THEN
    assertThat(server.exit().get()).isZero();
    assertThat(server.out().toString()).contains("; mocks from " + mocks + "; log level debug");
  }

  @Test
  void should_print_its_usage_when_asked_for_help() {
    // WHEN
    String help = CommandLineRun.succeeds("serve", "--help");
    // THEN
    assertThat(help).startsWith("Usage: statecraft serve")
        .contains("--port=PORT", "--mock-config=FILE", "--log-level=LEVEL", "--s3-dir=DIR",
            "-h, --help");
  }

  @Test
  void should_refuse_an_unknown_log_level_as_a_usage_error() {
    String err = CommandLineRun.failsWith(2, "serve", "--log-level", "loud");
    assertThat(err).contains("--log-level must be one of off, error, info, debug, was loud");
  }

  @Test
  void makesArnsInTheAccountOfAccountId() throws Exception {
    Server server = serve("--port", "0", "--account-id", "111122223333");

    HttpResponse<String> created = create(server.endpoint(), "Orders", "x");
    server.command().stop.countDown();

    assertThat(field(created, "stateMachineArn"))
        .isEqualTo("arn:aws:states:us-east-1:111122223333:stateMachine:Orders");
    assertThat(server.exit().get()).isZero();
  }

  @Test
  void refusesAnAccountIdThatIsNotTwelveDigitsAsAUsageError() {
    String err = CommandLineRun.failsWith(2, "serve", "--account-id", "1234");
    assertThat(err).contains("--account-id must be 12 digits, was 1234");
  }

  @Test
  void refusesAPortOutOfRangeAsAUsageError() {
    String err = CommandLineRun.failsWith(2, "serve", "--port", "70000");
    assertThat(err).contains("--port must be in 0..65535, was 70000");
  }

  @Test
  void refusesAMissingMockFileAsAUsageError() {
    String err = CommandLineRun.failsWith(2, "serve", "--mock-config", dir.resolve("nope.json")
        .toString());
    assertThat(err).contains("--mock-config: no such file:");
  }

  @Test
  void reportsAnInvalidMockFileAndExitsOne() throws Exception {
    Path file = Files.writeString(dir.resolve("MockConfigFile.json"), "{\"StateMachines\":{}}");
    String err = CommandLineRun.failsWith(1, "serve", "--port", "0", "--mock-config",
        file.toString());
    assertThat(err).isEqualTo("statecraft serve: " + file
        + " at /MockedResponses: missing, an object is required" + System.lineSeparator());
  }

  @Test
  void substitutesPlaceholdersInDefinitionsItIsSent() throws Exception {
    Server server = serve("--port", "0", "--substitute", "Table=orders");

    HttpResponse<String> substituted = create(server.endpoint(), "Known", "${Table}");
    HttpResponse<String> missing = create(server.endpoint(), "Unknown", "${Stage}");
    server.command().stop.countDown();

    assertThat(substituted.statusCode()).isEqualTo(200);
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("InvalidDefinition")
        .contains("placeholder ${Stage} in state 'P' has no value");
    assertThat(server.exit().get()).isZero();
  }

  @Test
  void runsDistributedMapsOverItemsInTheS3Folder() throws Exception {
    Path s3 = dir.resolve("s3");
    Files.createDirectories(s3.resolve("in"));
    Files.writeString(s3.resolve("in/items.json"), "[1, 2]");
    Server server = serve("--port", "0", "--s3-dir", s3.toString());

    String machine = field(post(server.endpoint(), "CreateStateMachine", JSON.writeValueAsString(
        Map.of("name", "orders", "roleArn", "arn:aws:iam::123456789012:role/r",
            "definition", ORDERS))), "stateMachineArn");
    String execution = field(post(server.endpoint(), "StartExecution",
        "{\"stateMachineArn\":\"" + machine + "\"}"), "executionArn");
    JsonNode described = awaitEnd(server.endpoint(), execution);
    HttpResponse<String> mapRuns = post(server.endpoint(), "ListMapRuns",
        "{\"executionArn\":\"" + execution + "\"}");
    server.command().stop.countDown();

    assertThat(described.path("status").asString()).isEqualTo("SUCCEEDED");
    assertThat(described.path("output").asString()).isEqualTo("[1,2]");
    assertThat(mapRuns.body()).contains(":mapRun:orders/Orders:");
    assertThat(server.out().toString()).contains("; S3 in " + s3 + ";");
    assertThat(server.exit().get()).isZero();
  }

  @Test
  void refusesAMissingS3FolderAsAUsageErrorNamingIt() {
    Path missing = dir.resolve("no-such-s3");
    String err = CommandLineRun.failsWith(2, "serve", "--port", "0", "--s3-dir",
        missing.toString());
    assertThat(err).startsWith("--s3-dir: no such directory: " + missing)
        .doesNotContain("Exception");
  }

  @Test
  void keepsWhatItHoldsInTheDataDirectoryForTheNextServe() throws Exception {
    Path data = dir.resolve("data");
    Server first = serve("--port", "0", "--data-dir", data.toString());
    String machine = field(create(first.endpoint(), "Kept", "x"), "stateMachineArn");
    String execution = field(post(first.endpoint(), "StartExecution",
        "{\"stateMachineArn\":\"" + machine + "\",\"name\":\"run-1\"}"), "executionArn");
    JsonNode ended = awaitEnd(first.endpoint(), execution);
    first.command().stop.countDown();
    assertThat(first.exit().get()).isZero();
    assertThat(first.out().toString()).contains("; data kept in " + data.toAbsolutePath() + ";");

    Server second = serve("--port", "0", "--data-dir", data.toString());
    JsonNode again = JSON.readTree(post(second.endpoint(), "DescribeExecution",
        "{\"executionArn\":\"" + execution + "\"}").body());
    second.command().stop.countDown();

    assertThat(again).isEqualTo(ended);
    assertThat(second.exit().get()).isZero();
  }

  @Test
  void refusesADataDirectoryThatIsAFileNamingIt() throws Exception {
    Path file = Files.writeString(dir.resolve("file"), "x");
    String err = CommandLineRun.failsWith(1, "serve", "--port", "0", "--data-dir",
        file.toString());
    assertThat(err).isEqualTo("statecraft serve: data directory " + file + " is a file, not a"
        + " directory: give a directory (it is created when missing)" + System.lineSeparator());
  }

  private static final JsonMapper JSON = JsonMappers.STANDARD;

  private static final String ORDERS = """
      {"StartAt":"Process","States":{"Process":{"Type":"Map","Label":"Orders",
        "ItemReader":{"Resource":"arn:aws:states:::s3:getObject",
          "ReaderConfig":{"InputType":"JSON"},"Parameters":{"Bucket":"in","Key":"items.json"}},
        "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
          "StartAt":"Work","States":{"Work":{"Type":"Pass","End":true}}},
        "End":true}}}""";

  private static String field(HttpResponse<String> response, String name) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).path(name).asString();
  }

  /** Polls DescribeExecution until the execution has left RUNNING; its last description. */
  private static JsonNode awaitEnd(String endpoint, String execution) throws Exception {
    while (true) {
      JsonNode described = JSON.readTree(post(endpoint, "DescribeExecution",
          "{\"executionArn\":\"" + execution + "\"}").body());
      if (!described.path("status").asString().equals("RUNNING")) {
        return described;
      }
      Thread.sleep(5);
    }
  }

  /** A serve command running on its own thread with {@code args}, and where it serves. */
  private record Server(ServeCommand command, StringWriter out, CompletableFuture<Integer> exit,
      String endpoint) {}

  private static Server serve(String... args) {
    ServeCommand command = new ServeCommand();
    StringWriter out = new StringWriter();
    CommandLine line = new CommandLine(command).setOut(new PrintWriter(out, true));
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> line.execute(args));
    return new Server(command, out, exit, endpoint(out, exit));
  }

  /** The endpoint the command prints once it serves. */
  private static String endpoint(StringWriter out, CompletableFuture<Integer> exit) {
    Matcher endpoint = Pattern.compile("http://127\\.0\\.0\\.1:\\d+").matcher("");
    while (!endpoint.reset(out.toString()).find()) {
      assertThat(exit).isNotDone();
      Thread.onSpinWait();
    }
    return endpoint.group();
  }

  private static HttpResponse<String> create(String endpoint, String name, String placeholder)
      throws Exception {
    String definition = "{\\\"StartAt\\\":\\\"P\\\",\\\"States\\\":{\\\"P\\\":"
        + "{\\\"Type\\\":\\\"Pass\\\",\\\"Result\\\":\\\"" + placeholder
        + "\\\",\\\"End\\\":true}}}";
    return post(endpoint, "CreateStateMachine", "{\"name\":\"" + name
        + "\",\"roleArn\":\"arn:aws:iam::123456789012:role/r\",\"definition\":\""
        + definition + "\"}");
  }

  /** Calls the API action {@code action} with {@code body}, as an AWS SDK does. */
  private static HttpResponse<String> post(String endpoint, String action, String body)
      throws Exception {
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(endpoint + "/"))
            .header("X-Amz-Target", "AWSStepFunctions." + action)
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
