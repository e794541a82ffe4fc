package io.statecraft.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * A kill -9 in the middle of a load loses no StartExecution that was answered: an emulator in a
 * JVM of its own takes StartExecution calls from many threads, is killed with SIGKILL, and one
 * started on the same directory describes every execution whose ARN was given.
 */
@Timeout(120)
class DataDirectoryCrashTest {

  static final String ROLE = "arn:aws:iam::123456789012:role/local";
  static final String PASS = """
      {"StartAt":"Done","States":{"Done":{"Type":"Pass","End":true}}}""";
  static final String WAIT = """
      {"StartAt":"Sleep","States":{"Sleep":{"Type":"Wait","Seconds":3600,"End":true}}}""";

  @TempDir
  Path dir;

  @Test
  void losesNoAnsweredStartExecutionWhenKilledMidLoad() throws Exception {
    Process server = serve();
    ConcurrentLinkedQueue<String> answered = new ConcurrentLinkedQueue<>();
    String passArn;
    String waitArn;
    try (SfnClient sfn = SfnClients.of(endpoint(server))) {
      passArn = sfn.createStateMachine(b -> b.name("quick").definition(PASS).roleArn(ROLE))
          .stateMachineArn();
      waitArn = sfn.createStateMachine(b -> b.name("slow").definition(WAIT).roleArn(ROLE))
          .stateMachineArn();
      int threads = 16;
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      AtomicBoolean killed = new AtomicBoolean();
      CountDownLatch enough = new CountDownLatch(1);
      for (int t = 0; t < threads; t++) {
        int thread = t;
        pool.execute(() -> {
          // Bounded: at most 2,000 calls per thread; each stops at the first refused call.
          for (int i = 0; i < 2_000 && !killed.get(); i++) {
            String machine = i % 4 == 0 ? waitArn : passArn;
            String name = "t" + thread + "-" + i;
            try {
              answered.add(sfn.startExecution(b -> b.stateMachineArn(machine).name(name)
                  .input("{\"i\":" + name.length() + "}")).executionArn());
            } catch (RuntimeException e) {
              return;
            }
            if (answered.size() >= 1_500) {
              enough.countDown();
            }
          }
        });
      }
      assertThat(enough.await(60, TimeUnit.SECONDS)).as("1,500 executions started").isTrue();
      server.destroyForcibly();
      killed.set(true);
      assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
      pool.shutdown();
      assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(server.exitValue()).as("killed by SIGKILL").isEqualTo(137);

    Process again = serve();
    try (SfnClient sfn = SfnClients.of(endpoint(again))) {
      List<String> missing = new ArrayList<>();
      for (String arn : answered) {
        try {
          var described = sfn.describeExecution(b -> b.executionArn(arn));
          assertThat(described.executionArn()).isEqualTo(arn);
          if (arn.contains(":quick:")) {
            assertThat(described.status()).isIn(ExecutionStatus.SUCCEEDED,
                ExecutionStatus.RUNNING, ExecutionStatus.FAILED);
          }
        } catch (software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException e) {
          missing.add(arn);
        }
      }
      assertThat(missing).as("answered before the kill, unknown after it").isEmpty();
      assertThat(sfn.listExecutions(b -> b.stateMachineArn(passArn).maxResults(1000))
          .executions()).isNotEmpty();
    } finally {
      again.destroyForcibly();
      again.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** The emulator in a JVM of its own on {@link #dir}, with this JVM's class path. */
  private Process serve() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        DataDirectoryServer.class.getName(), dir.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    return process;
  }

  private static URI endpoint(Process server) throws Exception {
    BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(),
        StandardCharsets.UTF_8));
    String line = lines.readLine();
    assertThat(line).as("the server's first line").startsWith("PORT ");
    return URI.create("http://127.0.0.1:" + line.substring("PORT ".length()).trim());
  }
}
