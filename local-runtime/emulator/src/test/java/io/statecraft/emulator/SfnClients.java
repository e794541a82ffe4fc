package io.statecraft.emulator;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/** The AWS SDK v2 client as a user points it at the emulator. */
final class SfnClients {

  private SfnClients() {}

  static SfnClient of(URI endpoint) {
    return of(endpoint, Region.US_EAST_1);
  }

  /** A client of {@code region}: its requests are signed for that region. */
  static SfnClient of(URI endpoint, Region region) {
    return SfnClient.builder()
        .endpointOverride(endpoint)
        .region(region)
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create("AKIDEXAMPLE", "fake-secret")))
        .httpClient(UrlConnectionHttpClient.builder()
            .socketTimeout(Duration.ofSeconds(70)).build())
        // StartSyncExecution's model prefixes the host with "sync-", which 127.0.0.1 is not.
        .overrideConfiguration(o -> o.putAdvancedOption(
            SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
        .build();
  }

  /**
   * Polls DescribeExecution until the execution exists and has left RUNNING (at most 10 s): a
   * child execution exists once its parent's task has started it, a moment after the parent.
   */
  static DescribeExecutionResponse awaitEnd(SfnClient sfn, String executionArn) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (true) {
      DescribeExecutionResponse described;
      try {
        described = sfn.describeExecution(b -> b.executionArn(executionArn));
      } catch (software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        described = null;
      }
      if (described != null && (described.status() != ExecutionStatus.RUNNING
          || System.nanoTime() > deadline)) {
        return described;
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return described;
      }
    }
  }
}
