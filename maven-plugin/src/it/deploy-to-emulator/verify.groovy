// Each deploy's log, in build order, against the emulator sfn:local started.
def log = new File(basedir, 'build.log').text
def arn = 'arn:aws:states:us-east-1:123456789012:stateMachine:Orders'
def expected = [
    "[INFO] Step Functions API on http://127.0.0.1:",
    // first: created, published and aliased
    "[INFO] Created Orders: ${arn}:1",
    "[INFO] Created alias Orders:live: 100% ${arn}:1",
    // again: nothing changed, nothing updated
    "[INFO] Orders is up to date: no update",
    "[INFO] Alias Orders:live is up to date: 100% ${arn}:1",
    // dry run of a change: the diff, nothing changed
    "[INFO] Would update Orders: definition",
    "-      \"Seconds\": 5,",
    "+      \"Seconds\": 10,",
    "[INFO] Would point alias Orders:live at the new version",
    // the change as a canary: version 2 gets 10 %
    "[INFO] Updated Orders (definition): ${arn}:2",
    "[INFO] Updated alias Orders:live: 10% ${arn}:2, 90% ${arn}:1",
]
int from = 0
expected.each { line ->
  int at = log.indexOf(line.toString(), from)
  assert at >= 0 : "not found after offset ${from}: ${line}"
  from = at + line.length()
}
assert !log.contains('UpdateStateMachine for Orders failed')
return true
