// A closure giving the sorted names of the state machines in an emulator, listed with the AWS SDK,
// for the hook scripts: def names = evaluate(new File(basedir, 'StateMachines.groovy'))
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient
import software.amazon.awssdk.regions.Region
import software.amazon.awssdk.services.sfn.SfnClient

return { emulator ->
  SfnClient client = SfnClient.builder()
      .httpClientBuilder(UrlConnectionHttpClient.builder())
      .region(Region.US_EAST_1)
      .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create('it', 'it')))
      .endpointOverride(emulator.endpoint())
      .build()
  try {
    return client.listStateMachines().stateMachines()*.name().sort()
  } finally {
    client.close()
  }
}
