// Build 2: the endpoint's ValidateStateMachineDefinition refused delta; the failure says so, with
// the service's own diagnostic, and the emulator still holds nothing.
def lines = new File(basedir, 'build.log').readLines()
int failed = lines.findLastIndexOf { it.startsWith('[ERROR] Failed to execute goal io.statecraft:sfn-maven-plugin:') }
assert failed >= 0
assert lines[failed].endsWith(":deploy (default-cli) on project deploy-checks-every-workflow:"
    + " Step Functions at ${context.aws.endpoint()} refused 1 workflow"
    + " (ValidateStateMachineDefinition); no state machine was created or updated:")
assert lines[failed + 1] == ('[ERROR] delta (src/main/statecraft/delta.asl.json): /States/Pause:'
    + ' error SCHEMA_VALIDATION_FAILED: Value is not a valid resource ARN')
def names = evaluate(new File(basedir, 'StateMachines.groovy'))
assert names(context.emulator) == []
return true
