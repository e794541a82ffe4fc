// sfn:local checked every workflow against the local runtime, which runs distributed Maps, and
// created both in the emulator.
def log = new File(basedir, 'build.log').text
assert log =~ /\[INFO\] Step Functions API on http:\/\/127\.0\.0\.1:\d+/
assert log.contains('[INFO]   arn:aws:states:us-east-1:123456789012:stateMachine:Scatter')
assert log.contains('[INFO]   arn:aws:states:us-east-1:123456789012:stateMachine:Greeting')
assert !log.contains('RUN_UNSUPPORTED')
return true
