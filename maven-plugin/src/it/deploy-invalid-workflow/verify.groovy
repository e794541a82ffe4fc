// sfn:deploy validated first: the failure says Statecraft's checks refused the workflow, names the
// Java line, and no AWS call was attempted.
def log = new File(basedir, 'build.log').text
def source = new File(basedir, 'src/main/java/com/example/Broken.java').canonicalFile
assert log.contains(" on project deploy-invalid-workflow: Statecraft's checks refused 1 workflow;"
    + " no state machine was created or updated:\n[ERROR] Broken (com.example.Broken): ${source}:17:"
    + " /States/Greet: error DSL_DUPLICATE_STATE_NAME:")
assert !log.contains('Cannot call Step Functions')
return true
