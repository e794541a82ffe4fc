// Build 2: the three selected workflows were created.
def log = new File(basedir, 'build.log').text
['Alpha', 'Beta', 'Gamma'].each { name ->
  assert log.contains("[INFO] Created ${name}: arn:aws:states:us-east-1:123456789012:stateMachine:${name}:1")
}
return true
