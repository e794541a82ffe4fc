// The deployed JSONata workflow runs on the emulator, started and read with the AWS SDK: the
// variables set by a Pass and a Choice rule reach the Output, as on AWS.
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient
import software.amazon.awssdk.regions.Region
import software.amazon.awssdk.services.sfn.SfnClient
import software.amazon.awssdk.services.sfn.model.ExecutionStatus

def log = new File(basedir, 'build.log').text
def arn = 'arn:aws:states:us-east-1:123456789012:stateMachine:Quote'
assert log.contains("[INFO] Created Quote: ${arn}")

SfnClient client = SfnClient.builder()
    .httpClientBuilder(UrlConnectionHttpClient.builder())
    .region(Region.US_EAST_1)
    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create('it', 'it')))
    .endpointOverride(context.emulator.endpoint())
    .build()
try {
  def started = client.startExecution { it.stateMachineArn(arn).name('big-order')
      .input('{"items":[{"price":60,"qty":2},{"price":30,"qty":1}]}') }
  def execution = client.describeExecution { it.executionArn(started.executionArn()) }
  for (int i = 0; i < 100 && execution.status() == ExecutionStatus.RUNNING; i++) {
    Thread.sleep(50)
    execution = client.describeExecution { it.executionArn(started.executionArn()) }
  }
  assert execution.status() == ExecutionStatus.SUCCEEDED
  assert execution.output() == '{"total":135,"lines":2}'
} finally {
  client.close()
  context.emulator.close()
}
return true
