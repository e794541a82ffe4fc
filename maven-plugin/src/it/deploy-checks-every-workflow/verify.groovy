// Build 3: the endpoint checked all five, then each was created, the Java ones and the ASL files
// alike.
// build.log holds the three builds' output: look after build 2's.
def text = new File(basedir, 'build.log').text
def log = text.substring(text.lastIndexOf('verify.2.groovy'))
assert log.contains("[INFO] Step Functions at ${context.aws.endpoint()} checked 5 workflows"
    + ' (ValidateStateMachineDefinition): no errors')
['Alpha', 'Beta', 'Gamma', 'delta', 'epsilon'].each { name ->
  assert log.contains("[INFO] Created ${name}: arn:aws:states:us-east-1:123456789012:stateMachine:${name}:1")
}
def names = evaluate(new File(basedir, 'StateMachines.groovy'))
try {
  assert names(context.emulator) == ['Alpha', 'Beta', 'Gamma', 'delta', 'epsilon']
} finally {
  context.aws.close()
  context.emulator.close()
}
return true
