def log = new File(basedir, 'build.log').text
assert log.contains('<roleArn> and <createRole> both name the role executions run as')
assert context.iam.actions().isEmpty()
return true
