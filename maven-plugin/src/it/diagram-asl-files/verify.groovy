// sfn:diagram drew the plain ASL file of src/main/statecraft.
def out = new File(basedir, 'target/statecraft')
assert new File(out, 'hello.mmd').text.startsWith('flowchart TD')
assert new File(out, 'hello.svg').text.contains('<svg')
assert new File(basedir, 'build.log').text.contains('[INFO] Diagrams of hello in ')
return true
