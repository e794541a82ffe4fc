package io.statecraft.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The web console's HTTP answers, below any browser: its status codes, its escaping, and the AWS
 * JSON API it leaves as it was.
 */
class ConsoleHttpTest {

  @RegisterExtension
  static final RawEmulator EMULATOR = new RawEmulator();

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void answersAnUnknownPathWith404AndAPageNamingIt() throws Exception {
    HttpResponse<String> page = get("/console/nowhere?x=1");

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(page.body()).contains("No console page at /console/nowhere");
  }

  @Test
  void answersTheJsonEndpointsErrorsInJson() throws Exception {
    HttpResponse<String> answer = get("/console/api/execution?arn="
        + encode("arn:aws:states:us-east-1:123456789012:execution:None:gone"));

    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValue("application/json; charset=utf-8");
    assertThat(answer.body()).contains("ExecutionDoesNotExist");
  }

  @Test
  void asksForTheArnWhenAnExecutionPageHasNone() throws Exception {
    HttpResponse<String> page = get("/console/execution");

    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("/console/execution?arn=EXECUTION_ARN");
  }

  @Test
  void refusesAnUnknownStatusNamingTheKnownOnes() throws Exception {
    HttpResponse<String> page = get("/?status=%3Cb%3EDONE");

    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("Unknown execution status &#39;&lt;b&gt;DONE&#39;")
        .contains("RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED, PENDING_REDRIVE")
        .doesNotContain("<b>DONE");
  }

  @Test
  void answersAnUnknownStateMachineFilterWith404() throws Exception {
    HttpResponse<String> page = get("/?machine="
        + encode("arn:aws:states:us-east-1:123456789012:stateMachine:Nowhere"));

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("State Machine Does Not Exist: &#39;arn:aws:states:"
        + "us-east-1:123456789012:stateMachine:Nowhere&#39;");
  }

  @Test
  void leavesTheJsonApiToRequestsWithATarget() throws Exception {
    HttpResponse<String> get = http.send(HttpRequest.newBuilder(uri("/"))
        .header("X-Amz-Target", "AWSStepFunctions.ListStateMachines").GET().build(),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> post = EMULATOR.call("ListStateMachines", "{}");

    assertThat(get.statusCode()).isEqualTo(400);
    assertThat(get.body()).contains("UnknownOperationException");
    assertThat(post.statusCode()).isEqualTo(200);
    assertThat(post.body()).contains("stateMachines");
  }

  @Test
  void escapesInputsAndOutputsInTheExecutionPageAndItsReport() throws Exception {
    try (SfnClient sfn = SfnClients.of(EMULATOR.emulator().endpoint())) {
      String machine = sfn.createStateMachine(b -> b.name("Echo")
          .roleArn("arn:aws:iam::123456789012:role/console")
          .definition("{\"StartAt\":\"<i>Echo</i>\",\"States\":{\"<i>Echo</i>\":"
              + "{\"Type\":\"Pass\",\"End\":true}}}")).stateMachineArn();
      String execution = sfn.startExecution(b -> b.stateMachineArn(machine).name("echo")
          .input("{\"text\":\"<script>alert(1)</script>\"}")).executionArn();
      SfnClients.awaitEnd(sfn, execution);

      HttpResponse<String> page = get("/console/execution?arn=" + encode(execution));
      HttpResponse<String> report = get("/console/report?arn=" + encode(execution));

      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
          .doesNotContain("<script>alert(1)");
      assertThat(report.statusCode()).isEqualTo(200);
      assertThat(report.body()).contains("&lt;i&gt;Echo&lt;/i&gt;").doesNotContain("<i>Echo")
          .doesNotContain("<script>alert(1)");
    }
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(String path) {
    return EMULATOR.emulator().endpoint().resolve(path);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
