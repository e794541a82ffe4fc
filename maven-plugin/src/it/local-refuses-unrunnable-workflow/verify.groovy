// sfn:local checked every workflow against the local runtime before starting anything: one
// [ERROR] line per problem, naming the workflow, the JSON pointer (which names the state) and the
// runtime's reason; no emulator, no state machine.
def lines = new File(basedir, 'build.log').readLines()
int failed = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal io.statecraft:sfn-maven-plugin:') }
assert failed >= 0
assert lines[failed].endsWith(':local (default-cli) on project local-refuses-unrunnable-workflow:'
    + ' The local runtime cannot run 1 workflow; the emulator was not started:')
assert lines[failed + 1].startsWith('[ERROR] Scatter (com.example.Scatter):'
    + ' /States/Fan out/ItemProcessor/ProcessorConfig/Mode: error RUN_UNSUPPORTED:'
    + " State 'Fan out' uses a distributed Map, which the local runtime does not run")
assert lines[failed + 2] == '[ERROR] -> [Help 1]'
assert !lines.any { it.contains('Step Functions API on') || it.contains('arn:aws:states:') }
return true
