package io.statecraft.emulator;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An emulator on a free port for tests that speak its wire protocol below any SDK: started before
 * the first test of a class, closed after the last.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final RawEmulator EMULATOR = new RawEmulator();
 * HttpResponse<String> response = EMULATOR.call("ListStateMachines", "{}");
 * }</pre>
 */
public final class RawEmulator implements BeforeAllCallback, AfterAllCallback {

  private final HttpClient http = HttpClient.newHttpClient();
  private StepFunctionsEmulator emulator;

  @Override
  public void beforeAll(ExtensionContext context) {
    emulator = StepFunctionsEmulator.start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    emulator.close();
  }

  public StepFunctionsEmulator emulator() {
    return emulator;
  }

  /** Operation {@code operation} ({@code AWSStepFunctions.} prefixed) called with {@code body}. */
  public HttpResponse<String> call(String operation, String body)
      throws IOException, InterruptedException {
    return post("AWSStepFunctions." + operation, body);
  }

  /** A POST of {@code body} with the target header {@code target} (none when null). */
  public HttpResponse<String> post(String target, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(emulator.endpoint().resolve("/"))
        .header("Content-Type", "application/x-amz-json-1.0")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (target != null) {
      request.header("X-Amz-Target", target);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
