// sfn:local printed the endpoint, the web console's address and the ARN of each workflow it created, the JSONata one included.
def log = new File(basedir, 'build.log').text
assert log =~ /\[INFO\] Step Functions API on http:\/\/127\.0\.0\.1:\d+/
assert log =~ /\[INFO\] Web console on http:\/\/127\.0\.0\.1:\d+\//
assert log.contains('[INFO]   arn:aws:states:us-east-1:123456789012:stateMachine:Greeting')
assert log.contains('[INFO]   arn:aws:states:us-east-1:123456789012:stateMachine:Countdown')
return true
