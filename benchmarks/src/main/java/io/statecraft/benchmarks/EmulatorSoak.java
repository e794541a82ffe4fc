package io.statecraft.benchmarks;

import io.statecraft.asl.internal.JsonMappers;
import io.statecraft.emulator.StepFunctionsEmulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bounded soak of the Step Functions API emulator over loopback HTTP: N executions of a
 * three-state machine started by C concurrent clients (each with its own keep-alive connection),
 * then every execution is read back with ListExecutions until none runs; reports
 * StartExecution/s, p50/p99/max StartExecution latency, and how many executions ended how.
 * Exits 1 if any execution is missing or did not succeed.
 *
 * <pre>
 * java -cp benchmarks/target/statecraft-benchmarks.jar io.statecraft.benchmarks.EmulatorSoak \
 *     [--executions 10000] [--clients 16]
 * </pre>
 */
public final class EmulatorSoak {

  private static final JsonMapper JSON = JsonMappers.STANDARD;
  private static final String DEFINITION = """
      {"StartAt":"Prepare","States":{
        "Prepare":{"Type":"Pass","Parameters":{"n.$":"$.n","kind":"soak"},"Next":"Even?"},
        "Even?":{"Type":"Choice","Choices":[{"Variable":"$.n","NumericGreaterThan":-1,"Next":"Done"}],
          "Default":"Done"},
        "Done":{"Type":"Pass","End":true}}}""";

  private EmulatorSoak() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    int executions = Integer.parseInt(options.getOrDefault("--executions", "10000"));
    int clients = Integer.parseInt(options.getOrDefault("--clients", "16"));
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.start()) {
      URI endpoint = emulator.endpoint();
      HttpClient setup = HttpClient.newHttpClient();
      String machine = call(setup, endpoint, "CreateStateMachine", Map.of("name", "soak",
          "roleArn", "arn:aws:iam::123456789012:role/soak", "definition", DEFINITION))
          .get("stateMachineArn").asString();
      // Warm-up: JIT and connection set-up, outside the measurement.
      for (int i = 0; i < 500; i++) {
        call(setup, endpoint, "StartExecution", Map.of("stateMachineArn", machine,
            "name", "warm-" + i, "input", "{\"n\":" + i + "}"));
      }
      long[] latencies = new long[executions];
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      List<Future<?>> futures = new ArrayList<>();
      long start = System.nanoTime();
      for (int c = 0; c < clients; c++) {
        int client = c;
        futures.add(pool.submit(() -> {
          HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
          for (int i = client; i < executions; i += clients) {
            long t0 = System.nanoTime();
            call(http, endpoint, "StartExecution", Map.of("stateMachineArn", machine,
                "name", "soak-" + i, "input", "{\"n\":" + i + "}"));
            latencies[i] = System.nanoTime() - t0;
          }
          return null;
        }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
      double startSeconds = (System.nanoTime() - start) / 1e9;
      pool.shutdown();
      Map<String, Integer> statuses = awaitAll(setup, endpoint, machine, executions + 500);
      double allSeconds = (System.nanoTime() - start) / 1e9;
      Arrays.sort(latencies);
      System.out.printf("executions started: %d by %d clients in %.2f s = %.0f StartExecution/s%n",
          executions, clients, startSeconds, executions / startSeconds);
      System.out.printf("StartExecution latency: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
          latencies[executions / 2] / 1e6, latencies[(int) (executions * 0.99)] / 1e6,
          latencies[executions - 1] / 1e6);
      System.out.printf("all %d executions ended after %.2f s (%.0f executions/s end to end):"
          + " %s%n", executions + 500, allSeconds, executions / allSeconds, statuses);
      boolean ok = statuses.getOrDefault("SUCCEEDED", 0) == executions + 500
          && statuses.size() == 1;
      System.out.println(ok ? "none lost, all succeeded" : "LOST OR FAILED EXECUTIONS");
      if (!ok) {
        System.exit(1);
      }
    }
  }

  /** Lists every execution (1,000 a page) until none is RUNNING; counts them by status. */
  private static Map<String, Integer> awaitAll(HttpClient http, URI endpoint, String machine,
      int expected) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (true) {
      Map<String, Integer> statuses = new HashMap<>();
      String token = null;
      do {
        Map<String, Object> request = new HashMap<>(Map.of("stateMachineArn", machine,
            "maxResults", 1000));
        if (token != null) {
          request.put("nextToken", token);
        }
        JsonNode page = call(http, endpoint, "ListExecutions", request);
        for (JsonNode execution : page.get("executions")) {
          statuses.merge(execution.get("status").asString(), 1, Integer::sum);
        }
        token = page.has("nextToken") ? page.get("nextToken").asString() : null;
      } while (token != null);
      int total = statuses.values().stream().mapToInt(Integer::intValue).sum();
      if (!statuses.containsKey("RUNNING") && total >= expected
          || System.nanoTime() > deadline) {
        return statuses;
      }
      Thread.sleep(50);
    }
  }

  static JsonNode call(HttpClient http, URI endpoint, String operation,
      Map<String, ?> body) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/"))
        .header("Content-Type", "application/x-amz-json-1.0")
        .header("X-Amz-Target", "AWSStepFunctions." + operation)
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(operation + " answered " + response.statusCode() + ": "
          + response.body());
    }
    return JSON.readTree(response.body());
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    return options;
  }
}
