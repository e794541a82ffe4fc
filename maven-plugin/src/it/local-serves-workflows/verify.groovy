// sfn:local printed the endpoint and the ARN of each workflow it created.
def log = new File(basedir, 'build.log').text
assert log =~ /\[INFO\] Step Functions API on http:\/\/127\.0\.0\.1:\d+/
assert log.contains('[INFO]   arn:aws:states:us-east-1:123456789012:stateMachine:Greeting')
return true
