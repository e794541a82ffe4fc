// The build failed before writing anything, naming the Java file and line of the second "Greet".
def log = new File(basedir, 'build.log').text
def source = new File(basedir, 'src/main/java/com/example/Broken.java').canonicalFile
assert log.contains('1 workflow is invalid:')
assert log.contains('Broken (com.example.Broken):')
assert log.contains("${source}:16: /States/Greet: error DSL_DUPLICATE_STATE_NAME: State name 'Greet' is already used")
assert !new File(basedir, 'target/statecraft/Broken.asl.json').exists()
return true
