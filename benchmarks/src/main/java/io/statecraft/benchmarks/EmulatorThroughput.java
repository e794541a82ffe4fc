package io.statecraft.benchmarks;

import io.statecraft.emulator.StepFunctionsEmulator;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.model.StartExecutionRequest;

/**
 * StartExecution throughput of the Step Functions API emulator as an AWS SDK sees it: one
 * {@link SfnAsyncClient} (Netty, no retries) starts N executions of a one-state workflow over
 * loopback, C requests in flight at a time; reports StartExecution/s and p50/p99/max latency
 * (sending to response), after a warm-up that is not measured. Exits 1 if any request failed.
 *
 * <pre>
 * java -cp benchmarks/target/statecraft-benchmarks.jar io.statecraft.benchmarks.EmulatorThroughput \
 *     [--executions 50000] [--concurrency 64] [--warmup 5000] [--data-dir DIR]
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
    int executions = Integer.parseInt(options.getOrDefault("--executions", "50000"));
    int concurrency = Integer.parseInt(options.getOrDefault("--concurrency", "64"));
    int warmup = Integer.parseInt(options.getOrDefault("--warmup", "5000"));
    SdkAsyncHttpClient http = NettyNioAsyncHttpClient.builder()
        .maxConcurrency(concurrency)
        .connectionAcquisitionTimeout(Duration.ofMinutes(1))
        .build();
    String dataDir = options.get("--data-dir");
    StepFunctionsEmulator.Builder builder = StepFunctionsEmulator.builder();
    if (dataDir != null) {
      builder.dataDir(java.nio.file.Path.of(dataDir));
    }
    try (StepFunctionsEmulator emulator = builder.start();
        http;
        SfnAsyncClient sfn = SfnAsyncClient.builder()
            .endpointOverride(emulator.endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(
                AwsBasicCredentials.create("local", "local")))
            .httpClient(http)
            .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
            .build()) {
      String machine = sfn.createStateMachine(r -> r.name("throughput").definition(DEFINITION)
          .roleArn("arn:aws:iam::123456789012:role/bench")).join().stateMachineArn();
      run(sfn, machine, "warm-", warmup, concurrency);
      long start = System.nanoTime();
      Result result = run(sfn, machine, "run-", executions, concurrency);
      double seconds = (System.nanoTime() - start) / 1e9;
      long[] latencies = result.latencies();
      Arrays.sort(latencies);
      System.out.printf("%d StartExecution by SfnAsyncClient (Netty), %d in flight, in %.2f s"
          + " = %.0f StartExecution/s (%s)%n", executions, concurrency, seconds,
          executions / seconds, dataDir == null ? "in memory" : "data directory " + dataDir);
      System.out.printf("latency: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
          latencies[executions / 2] / 1e6, latencies[(int) (executions * 0.99)] / 1e6,
          latencies[executions - 1] / 1e6);
      if (result.failures() > 0) {
        System.out.println(result.failures() + " requests failed, the first: "
            + result.firstFailure());
        System.exit(1);
      }
    }
  }

  private record Result(long[] latencies, int failures, Throwable firstFailure) {}

  /** Starts {@code count} executions, at most {@code concurrency} at a time; waits for all. */
  private static Result run(SfnAsyncClient sfn, String machine, String prefix, int count,
      int concurrency) throws InterruptedException {
    long[] latencies = new long[count];
    Semaphore inFlight = new Semaphore(concurrency);
    AtomicInteger failures = new AtomicInteger();
    AtomicReference<Throwable> first = new AtomicReference<>();
    for (int i = 0; i < count; i++) {
      inFlight.acquire();
      int index = i;
      long sent = System.nanoTime();
      CompletableFuture<?> call = sfn.startExecution(StartExecutionRequest.builder()
          .stateMachineArn(machine).name(prefix + i).input("{\"n\":" + i + "}").build());
      call.whenComplete((response, error) -> {
        latencies[index] = System.nanoTime() - sent;
        if (error != null) {
          failures.incrementAndGet();
          first.compareAndSet(null, error);
        }
        inFlight.release();
      });
    }
    inFlight.acquire(concurrency);
    return new Result(latencies, failures.get(), first.get());
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    return options;
  }
}
