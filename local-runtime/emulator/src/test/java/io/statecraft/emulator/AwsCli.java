package io.statecraft.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of {@code aws stepfunctions ARGS... --endpoint-url EMULATOR --output json} with fake
 * credentials: its exit code, stdout and stderr. Tests check {@link #installed()} first and skip
 * with a message when the CLI is absent.
 *
 * <pre>{@code
 * AwsCli run = AwsCli.run(API.emulator().endpoint(), "list-state-machines");
 * assertThat(run.exitCode()).as(run.err()).isZero();
 * }</pre>
 */
record AwsCli(int exitCode, String out, String err) {

  /** Whether the {@code aws} command runs here. */
  static boolean installed() {
    return PythonClientsTest.available("aws", "--version");
  }

  static AwsCli run(URI endpoint, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("aws", "stepfunctions"));
    command.addAll(List.of(args));
    command.addAll(List.of("--endpoint-url", endpoint.toString(), "--output", "json"));
    Path stderr = Files.createTempFile("aws-cli", ".err");
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(stderr.toFile());
    // StartSyncExecution and TestState prefix the host with "sync-", which 127.0.0.1 is not.
    builder.environment().putAll(Map.of("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE",
        "AWS_SECRET_ACCESS_KEY", "fake", "AWS_DEFAULT_REGION", "us-east-1",
        "AWS_DISABLE_HOST_PREFIX_INJECTION", "true"));
    Process process = builder.start();
    String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("aws CLI finished").isTrue();
    String errors = Files.readString(stderr);
    Files.delete(stderr);
    return new AwsCli(process.exitValue(), stdout, errors);
  }
}
