// Build 1: sfn:help named every goal and, with -Ddetail, every parameter and its user property.
def log = new File(basedir, 'build.log').text
['deploy', 'diagram', 'generate', 'help', 'import', 'local', 'validate'].each { goal ->
  assert log.contains("sfn:${goal}\n") : "sfn:${goal} not listed"
}
['definitionsDirectory', 'outputDirectory', 'skip', 'failOnWarning', 'roleArn', 'type',
 'definitionSubstitutions', 'alias', 'canaryWeight', 'dryRun', 'endpoint', 'region', 'profile',
 'tags', 'workflows', 'port', 'mockConfig', 's3Dir', 'wait', 'createWorkflows', 'file',
 'packageName', 'className'].each { parameter ->
  assert log =~ /(?m)^    ${parameter}( \(|$)/ : "${parameter} not listed"
}
['sfn.definitionsDirectory', 'sfn.validate.failOnWarning', 'sfn.dryRun', 'sfn.local.port']
    .each { property -> assert log.contains("User property: ${property}") }
return true
