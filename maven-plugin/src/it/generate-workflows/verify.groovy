// sfn:generate wrote the definition and both diagrams of each workflow, named after Workflow.name().
def out = new File(basedir, 'target/statecraft')
['Greeting', 'nightly-report'].each { name ->
  ['.asl.json', '.mmd', '.svg'].each { suffix ->
    def file = new File(out, name + suffix)
    assert file.isFile() : "missing ${file}"
    assert file.length() > 0 : "empty ${file}"
  }
}
assert !new File(out, 'NotAWorkflow.asl.json').exists()
assert new File(out, 'Greeting.asl.json').text == new File(basedir, 'expected/Greeting.asl.json').text
assert new File(out, 'Greeting.mmd').text.startsWith('flowchart TD')
assert new File(out, 'Greeting.svg').text.contains('<svg')
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Generated Greeting (com.example.Greeting)')
assert log.contains('[INFO] Generated nightly-report (com.example.Nightly)')
return true
