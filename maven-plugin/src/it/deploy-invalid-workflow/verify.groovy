// sfn:deploy validated first: the failure names the Java line, and no AWS call was attempted.
def log = new File(basedir, 'build.log').text
def source = new File(basedir, 'src/main/java/com/example/Broken.java').canonicalFile
assert log.contains("${source}:16: /States/Greet: error DSL_DUPLICATE_STATE_NAME:")
assert !log.contains('Cannot call Step Functions')
return true
