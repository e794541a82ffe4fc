// Build 1: Statecraft's checks refused Gamma before any call, and said that nothing changed.
def lines = new File(basedir, 'build.log').readLines()
int failed = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal io.statecraft:sfn-maven-plugin:') }
assert failed >= 0
assert lines[failed].endsWith(':deploy (default-cli) on project deploy-refused-workflow:'
    + " Statecraft's checks refused 1 workflow; no state machine was created or updated:")
assert lines[failed + 1] == ('[ERROR] Gamma (com.example.Gamma) with <definitionSubstitutions>'
    + ' applied: /States/Pause/Seconds: error NUMBER_EXPECTED: Seconds must be a number, not the'
    + ' string "soon"')
assert lines[failed + 2] == '[ERROR] -> [Help 1]'
return true
