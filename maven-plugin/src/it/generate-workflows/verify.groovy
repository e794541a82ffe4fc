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
// A TypedWorkflow also gets the JSON Schemas of its input and output records; others do not.
['input', 'output'].each { kind ->
  def name = "Checkout.${kind}.schema.json"
  assert new File(out, name).text == new File(basedir, "expected/${name}").text
}
assert new File(out, 'Checkout.asl.json').text.contains('"orderId.$": "$.orderId"')
assert !new File(out, 'Greeting.input.schema.json').exists()
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Generated Greeting (com.example.Greeting)')
assert log.contains('[INFO] Generated nightly-report (com.example.Nightly)')
assert log.contains('[INFO] Generated Checkout (com.example.Checkout)')
return true
