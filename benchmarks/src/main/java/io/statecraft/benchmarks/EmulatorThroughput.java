package io.statecraft.benchmarks;

import io.statecraft.emulator.StepFunctionsEmulator;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.SdkAdvancedAsyncClientOption;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.crt.AwsCrtAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.model.StartExecutionRequest;
import software.amazon.awssdk.services.sfn.model.StartExecutionResponse;

/**
 * StartExecution throughput of the Step Functions API emulator as an AWS SDK sees it: one
 * {@link SfnAsyncClient} (no retries) starts N executions of a one-state workflow over loopback
 * HTTP, C requests in flight at a time, each request SigV4-signed and each answer read and
 * checked (its execution ARN is the one asked for, its start date is there). Reports
 * StartExecution/s, p50/p99/max latency (sending to answer), after a warm-up that is not measured;
 * then waits until every execution has run and checks through ListExecutions and
 * DescribeExecution that each SUCCEEDED with the workflow's output. Exits 1 if any check failed.
 *
 * <p>The emulator runs in this JVM unless {@code --endpoint} names one already serving (started
 * with {@code --serve PORT}; {@code --server-pid} gives its process, whose CPU per request is
 * then reported too). In this JVM the CPU each
 * side used is reported per request: the emulator's threads (its HTTP server and the runtime's
 * executions), the client's threads (the caller, the HTTP client's event loops), and the rest
 * of the JVM (garbage collection, the JIT compilers), which both share.
 *
 * <p>{@code --http crt} (the default) is the SDK's AWS CRT async HTTP client, {@code --http
 * netty} its Netty one. Either way the SDK completes the calls' futures on the HTTP client's
 * threads ({@code FUTURE_COMPLETION_EXECUTOR} = run in place, as the SDK documents for callbacks
 * that never block) rather than hopping to a pool.
 *
 * <pre>
 * java -cp benchmarks/target/statecraft-benchmarks.jar io.statecraft.benchmarks.EmulatorThroughput \
 *     [--executions 50000] [--concurrency 64] [--warmup 5000] [--http crt|netty] \
 *     [--endpoint http://127.0.0.1:PORT [--server-pid PID] | --serve PORT] [--data-dir DIR]
 * </pre>
 *
 * <p>With {@code --data-dir}, the emulator keeps what it holds in DIR (a fresh directory measures
 * a fresh store): each StartExecution is answered once its record is committed to disk.
 */
public final class EmulatorThroughput {

  private static final String DEFINITION = """
      {"StartAt":"Done","States":{"Done":{"Type":"Pass","Result":{"ok":true},"End":true}}}""";

  private EmulatorThroughput() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    if (options.containsKey("--serve")) {
      serve(emulator(options).port(Integer.parseInt(options.get("--serve"))));
      return;
    }
    int executions = Integer.parseInt(options.getOrDefault("--executions", "50000"));
    int concurrency = Integer.parseInt(options.getOrDefault("--concurrency", "64"));
    int warmup = Integer.parseInt(options.getOrDefault("--warmup", "5000"));
    String httpName = options.getOrDefault("--http", "crt");
    String endpoint = options.get("--endpoint");
    StepFunctionsEmulator emulator = endpoint == null ? emulator(options).start() : null;
    URI uri = emulator == null ? URI.create(endpoint) : emulator.endpoint();
    boolean failed;
    try (SdkAsyncHttpClient http = http(httpName, concurrency);
        SfnAsyncClient sfn = client(uri, http)) {
      // A name of its own: an emulator serving several runs keeps the executions of each.
      String machine = sfn.createStateMachine(r -> r.name("throughput-" + System.currentTimeMillis())
          .definition(DEFINITION).roleArn("arn:aws:iam::123456789012:role/bench")).join()
          .stateMachineArn();
      Calls warm = run(sfn, machine, "warm-", warmup, concurrency);
      CpuUse before = CpuUse.now();
      Duration serverBefore = serverCpu(options.get("--server-pid"));
      long start = System.nanoTime();
      Calls calls = run(sfn, machine, "run-", executions, concurrency);
      double seconds = (System.nanoTime() - start) / 1e9;
      CpuUse used = CpuUse.now().minus(before);
      Duration serverUsed = serverCpu(options.get("--server-pid")).minus(serverBefore);
      long[] latencies = calls.latencies();
      Arrays.sort(latencies);
      System.out.printf("%d StartExecution by SfnAsyncClient (%s), %d in flight, to the emulator"
          + " %s, in %.2f s = %.0f StartExecution/s%n", executions, httpName, concurrency,
          emulator == null ? "in another JVM at " + uri : "in this JVM", seconds,
          executions / seconds);
      System.out.println(options.containsKey("--data-dir")
          ? "the emulator keeps its state in " + options.get("--data-dir") : "in memory");
      System.out.printf("latency: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
          latencies[executions / 2] / 1e6, latencies[(int) (executions * 0.99)] / 1e6,
          latencies[executions - 1] / 1e6);
      System.out.println(used.perRequest(executions, emulator != null));
      if (options.containsKey("--server-pid")) {
        System.out.printf("CPU per request in the emulator's JVM (pid %s): %.0f µs%n",
            options.get("--server-pid"), serverUsed.toNanos() / 1e3 / executions);
      }
      failed = report("warm-up", warm) | report("measured run", calls)
          | !Outcomes.check(sfn, machine, warmup + executions, Duration.ofMinutes(2));
    } finally {
      if (emulator != null) {
        emulator.close();
      }
    }
    if (failed) {
      System.exit(1);
    }
  }

  /** The CPU the process {@code pid} has used (user and system), or zero without a pid. */
  private static Duration serverCpu(String pid) {
    if (pid == null) {
      return Duration.ZERO;
    }
    return ProcessHandle.of(Long.parseLong(pid)).orElseThrow(() -> new IllegalArgumentException(
        "--server-pid " + pid + ": no such process")).info().totalCpuDuration()
        .orElseThrow(() -> new IllegalArgumentException("--server-pid " + pid
            + ": its CPU time cannot be read"));
  }

  /** The SDK's async HTTP client named {@code name}, with a connection for each call in flight. */
  private static SdkAsyncHttpClient http(String name, int concurrency) {
    return switch (name) {
      case "crt" -> AwsCrtAsyncHttpClient.builder()
          .maxConcurrency(concurrency)
          .connectionAcquisitionTimeout(Duration.ofMinutes(1))
          .build();
      case "netty" -> NettyNioAsyncHttpClient.builder()
          .maxConcurrency(concurrency)
          .connectionAcquisitionTimeout(Duration.ofMinutes(1))
          .build();
      default -> throw new IllegalArgumentException("--http must be crt or netty, was " + name);
    };
  }

  private static SfnAsyncClient client(URI endpoint, SdkAsyncHttpClient http) {
    return SfnAsyncClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create("local", "local")))
        .httpClient(http)
        // The completion only records a latency and frees a slot: no hop to another thread.
        .asyncConfiguration(c -> c.advancedOption(
            SdkAdvancedAsyncClientOption.FUTURE_COMPLETION_EXECUTOR, Runnable::run))
        .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }

  /** What {@link #run} saw: each call's latency, and the calls whose answer was wrong. */
  private record Calls(long[] latencies, int failures, String firstFailure) {}

  private static boolean report(String what, Calls calls) {
    if (calls.failures() == 0) {
      return false;
    }
    System.out.println(what + ": " + calls.failures() + " calls failed, the first: "
        + calls.firstFailure());
    return true;
  }

  /**
   * Starts {@code count} executions named {@code prefix + i}, at most {@code concurrency} at a
   * time; waits for every answer and checks it.
   */
  private static Calls run(SfnAsyncClient sfn, String machine, String prefix, int count,
      int concurrency) throws InterruptedException {
    String executionPrefix = machine.replace(":stateMachine:", ":execution:") + ":" + prefix;
    long[] latencies = new long[count];
    Semaphore inFlight = new Semaphore(concurrency);
    AtomicInteger failures = new AtomicInteger();
    AtomicReference<String> first = new AtomicReference<>();
    for (int i = 0; i < count; i++) {
      inFlight.acquire();
      int index = i;
      long sent = System.nanoTime();
      sfn.startExecution(StartExecutionRequest.builder()
          .stateMachineArn(machine).name(prefix + i).input("{\"n\":" + i + "}").build())
          .whenComplete((response, error) -> {
            latencies[index] = System.nanoTime() - sent;
            String wrong = error != null ? error.toString()
                : wrong(response, executionPrefix + index);
            if (wrong != null) {
              failures.incrementAndGet();
              first.compareAndSet(null, wrong);
            }
            inFlight.release();
          });
    }
    inFlight.acquire(concurrency);
    return new Calls(latencies, failures.get(), first.get());
  }

  /** What is wrong with an answer to StartExecution, or null. */
  private static String wrong(StartExecutionResponse response, String expectedArn) {
    if (!expectedArn.equals(response.executionArn())) {
      return "executionArn " + response.executionArn() + ", expected " + expectedArn;
    }
    if (response.startDate() == null) {
      return "no startDate for " + expectedArn;
    }
    return null;
  }

  /** Serves the emulator {@code builder} makes until stopped; then prints the CPU the JVM used. */
  private static void serve(StepFunctionsEmulator.Builder builder) throws InterruptedException {
    StepFunctionsEmulator emulator = builder.start();
    CpuUse start = CpuUse.now();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println(CpuUse.now().minus(start).total("emulator, since it started serving"));
      emulator.close();
      stopped.countDown();
    }));
    System.out.println("serving " + emulator.endpoint() + " until stopped (Ctrl-C, kill)");
    stopped.await();
  }

  /** The emulator the options ask for: in memory, or keeping its state in {@code --data-dir}. */
  private static StepFunctionsEmulator.Builder emulator(Map<String, String> options) {
    StepFunctionsEmulator.Builder builder = StepFunctionsEmulator.builder();
    if (options.containsKey("--data-dir")) {
      builder.dataDir(java.nio.file.Path.of(options.get("--data-dir")));
    }
    return builder;
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    return options;
  }
}
