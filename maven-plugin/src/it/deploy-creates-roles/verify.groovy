// Build 4: nothing changed, in IAM or Step Functions; the state machines run as their roles.
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient
import software.amazon.awssdk.regions.Region
import software.amazon.awssdk.services.sfn.SfnClient

def text = new File(basedir, 'build.log').text
def log = text.substring(text.lastIndexOf('verify.3.groovy'))
try {
  assert log.contains('[INFO] Role notify-statecraft is up to date')
  assert log.contains('[INFO] notify is up to date: no update')
  assert log.contains('[INFO] wait is up to date: no update')
  assert !log.contains('Created role')
  SfnClient client = SfnClient.builder()
      .httpClientBuilder(UrlConnectionHttpClient.builder())
      .region(Region.US_EAST_1)
      .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create('it', 'it')))
      .endpointOverride(context.emulator.endpoint())
      .build()
  try {
    def arn = 'arn:aws:states:us-east-1:123456789012:stateMachine:notify'
    assert client.describeStateMachine { it.stateMachineArn(arn) }.roleArn() ==
        'arn:aws:iam::123456789012:role/notify-statecraft'
  } finally {
    client.close()
  }
} finally {
  context.iam.close()
  context.emulator.close()
}
return true
