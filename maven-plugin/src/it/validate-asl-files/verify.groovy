// The build failed on orders/broken.asl.json alone, naming the file, the line and the JSON pointer
// of the transition to a state that does not exist; Alpha and ok.asl.json were valid.
def lines = new File(basedir, 'build.log').readLines()
int failed = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal io.statecraft:sfn-maven-plugin:') }
assert failed >= 0
assert lines[failed].endsWith(':validate (default) on project validate-asl-files: 1 workflow is invalid:')
def file = new File(basedir, 'src/main/statecraft/orders/broken.asl.json').canonicalPath
def problems = lines.subList(failed + 1, lines.findIndexOf(failed) { it == '[ERROR] -> [Help 1]' })
assert problems == [
    "[ERROR] broken (src/main/statecraft/orders/broken.asl.json): ${file}:3: /States: error"
        + ' NO_TERMINAL_STATE: no state here ends the execution: there is no Succeed or Fail state'
        + ' and none has "End": true',
    "[ERROR] broken (src/main/statecraft/orders/broken.asl.json): ${file}:6: /States/Pay/Next:"
        + ' error TRANSITION_UNKNOWN: Next names "Ship", but there is no state of that name (the'
        + ' states here are Pay)']
return true
