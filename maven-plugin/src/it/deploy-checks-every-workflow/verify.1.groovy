// Build 1: Statecraft's checks refused the fourth workflow, the ASL file delta.asl.json, before
// any call; the emulator holds nothing.
def lines = new File(basedir, 'build.log').readLines()
int failed = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal io.statecraft:sfn-maven-plugin:') }
assert failed >= 0
assert lines[failed].endsWith(":deploy (default-cli) on project deploy-checks-every-workflow:"
    + " Statecraft's checks refused 1 workflow; no state machine was created or updated:")
assert lines[failed + 1] == ('[ERROR] delta (src/main/statecraft/delta.asl.json) with'
    + ' <definitionSubstitutions> applied: /States/Pause/Seconds: error NUMBER_EXPECTED: Seconds'
    + ' must be a number, not the string "soon"')
assert lines[failed + 2] == '[ERROR] -> [Help 1]'
def names = evaluate(new File(basedir, 'StateMachines.groovy'))
assert names(context.emulator) == []
return true
