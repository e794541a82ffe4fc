// Build 3: Gamma was updated; the emulator, which runs distributed Maps, took Scatter; Zeta, left
// out of build 2, was created too.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Updated Gamma')
['Scatter', 'Zeta'].each { name ->
  assert log.contains("[INFO] Created ${name}: arn:aws:states:us-east-1:123456789012:stateMachine:${name}:1")
}
return true
