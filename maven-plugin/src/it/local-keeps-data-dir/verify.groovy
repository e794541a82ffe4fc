// Each sfn:local named the data directory in its first line, and kept its state in its one file.
def data = new File(basedir, 'sfn-data')
assert new File(data, 'statecraft.mv.db').isFile()
def log = new File(basedir, 'build.log').text
assert log =~ /\[INFO\] Step Functions API on http:\/\/127\.0\.0\.1:\d+; data kept in /
assert log.contains('; data kept in ' + data.canonicalPath) || log.contains('; data kept in ' + data.absolutePath)
assert log.contains('[INFO]   arn:aws:states:us-east-1:123456789012:stateMachine:Greeting')
return true
