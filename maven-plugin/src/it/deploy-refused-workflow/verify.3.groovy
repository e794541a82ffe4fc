// Build 3: the emulator refused Scatter after Gamma had been updated; the message says who
// refused, what had changed and what was not attempted.
def lines = new File(basedir, 'build.log').readLines()
int failed = lines.findLastIndexOf { it.startsWith('[ERROR] Failed to execute goal io.statecraft:sfn-maven-plugin:') }
assert failed >= 0
String line = lines[failed]
assert line =~ /:deploy \(default-cli\) on project deploy-refused-workflow: Step Functions at http:\/\/127\.0\.0\.1:\d+ refused /
String refusal = line.substring(line.indexOf(' refused ') + 1)
assert refusal.startsWith("refused CreateStateMachine for Scatter: InvalidDefinition: Invalid State"
    + " Machine Definition: 'RUN_UNSUPPORTED: State 'Fan out' uses a distributed Map, ")
assert refusal.contains(" at /States/Fan out/ItemProcessor/ProcessorConfig/Mode' (request id ")
assert refusal.endsWith("). Statecraft's checks had accepted this definition")
assert lines[failed + 1] == '[ERROR] Already changed: updated Gamma.'
assert lines[failed + 2] == '[ERROR] Not attempted: Zeta.'
assert lines[failed + 3] == '[ERROR] -> [Help 1]'
return true
