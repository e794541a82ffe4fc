package io.statecraft.maven;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.IamClientBuilder;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.SfnClientBuilder;

/**
 * The Step Functions and IAM clients of {@code sfn:deploy}. Credentials come only from the SDK's
 * default chain (environment, system properties, profile files, SSO, container and instance roles); a
 * profile only chooses which profile that chain reads. Throttling is retried by the SDK's
 * standard retry strategy.
 */
final class Clients {

  private Clients() {}

  /**
   * @param region e.g. {@code eu-west-1}, or null for the default chain's
   * @param profile a profile of {@code ~/.aws/config}, or null for the default one
   * @param endpoint e.g. {@code http://localhost:8083} for a local emulator, or null for AWS
   */
  static SfnClient sfn(String region, String profile, String endpoint) {
    SfnClientBuilder builder = SfnClient.builder()
        .httpClientBuilder(UrlConnectionHttpClient.builder());
    if (profile != null) {
      builder.credentialsProvider(DefaultCredentialsProvider.builder().profileName(profile).build())
          .overrideConfiguration(o -> o.defaultProfileName(profile));
    }
    if (region != null) {
      builder.region(Region.of(region));
    }
    if (endpoint != null) {
      // StartSyncExecution's "sync-" host prefix would make the host unresolvable.
      builder.endpointOverride(URI.create(endpoint)).overrideConfiguration(o -> {
        if (profile != null) {
          o.defaultProfileName(profile);
        }
        o.putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true);
      });
    }
    return builder.build();
  }

  /**
   * The IAM client of {@code sfn:deploy -Dsfn.deploy.createRole}: IAM is a global service, signed
   * for us-east-1 (aws-global) whatever the region of the state machines.
   *
   * @param profile a profile of {@code ~/.aws/config}, or null for the default one
   * @param endpoint another endpoint than IAM's, or null for AWS
   */
  static IamClient iam(String profile, String endpoint) {
    IamClientBuilder builder = IamClient.builder()
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .region(Region.AWS_GLOBAL);
    if (profile != null) {
      builder.credentialsProvider(DefaultCredentialsProvider.builder().profileName(profile).build())
          .overrideConfiguration(o -> o.defaultProfileName(profile));
    }
    if (endpoint != null) {
      builder.endpointOverride(URI.create(endpoint));
    }
    return builder.build();
  }

  /**
   * A client of a local emulator, which checks no signature: fixed placeholder credentials, so
   * that {@code sfn:local} works on machines without any AWS set-up.
   */
  static SfnClient local(URI endpoint) {
    return SfnClient.builder()
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create("local", "local")))
        .endpointOverride(endpoint)
        .overrideConfiguration(o -> o.putAdvancedOption(
            SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
        .build();
  }
}
