package io.statecraft.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the emulator logs of the requests it answers (captured by {@link RecordedLogs}). */
class EmulatorLoggingTest {

  @org.junit.jupiter.api.extension.RegisterExtension
  static final RawEmulator EMULATOR = new RawEmulator();

  @Test
  void should_log_a_bad_request_at_info_with_its_operation_and_error_code() throws Exception {
    // GIVEN
    try (RecordedLogs.Capture logs = RecordedLogs.capture()) {
      // WHEN
      int status = post("AWSStepFunctions.DescribeExecution", "{\"executionArn\":\"nope\"}");
      // THEN
      assertThat(status).isEqualTo(400);
      // The message is AWS's, whatever its wording: the log line repeats it after the code.
      assertThat(logs.lines()).anySatisfy(line -> assertThat(line)
          .startsWith("INFO DescribeExecution 400 InvalidArn: ").contains("nope"));
    }
  }

  @Test
  void should_log_an_unknown_operation_at_info_under_the_target_it_was_sent() throws Exception {
    // GIVEN
    try (RecordedLogs.Capture logs = RecordedLogs.capture()) {
      // WHEN
      int status = post("Other.Thing", "{}");
      // THEN
      assertThat(status).isEqualTo(400);
      assertThat(logs.lines()).contains("INFO Other.Thing 400"
          + " com.amazon.coral.service#UnknownOperationException: Unknown operation 'Other.Thing'");
    }
  }

  @Test
  void should_log_every_request_at_debug_with_status_and_duration() throws Exception {
    // GIVEN
    try (RecordedLogs.Capture logs = RecordedLogs.capture()) {
      // WHEN
      post("AWSStepFunctions.ListStateMachines", "{}");
      post("AWSStepFunctions.ListStateMachines", "{\"oops\"");
      // THEN
      assertThat(logs.lines()).filteredOn(line -> line.startsWith("DEBUG"))
          .hasSize(2)
          .satisfiesExactly(
              ok -> assertThat(ok).matches("DEBUG ListStateMachines 200 \\d+\\.\\d ms"),
              bad -> assertThat(bad).matches("DEBUG ListStateMachines 400 \\d+\\.\\d ms"));
      assertThat(logs.thrown()).isEmpty();
    }
  }

  /** Posts {@code body} with the target header {@code target}; the HTTP status. */
  private static int post(String target, String body) throws Exception {
    return EMULATOR.post(target, body).statusCode();
  }
}
