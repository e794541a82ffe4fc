// Build 2 ran offline from the metadata-free repository: it compiled against every artifact, the
// plugin validated and drew the ASL file, and the project was installed there (not in the
// invoker's repository), which shows that repository was the one used.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] BUILD SUCCESS')
assert log.contains('[INFO] 1 workflow valid')
assert new File(basedir, 'target/statecraft/hello.svg').text.contains('<svg')
assert new File(basedir, 'offline-repo/com/example/consumer-offline/1.0/consumer-offline-1.0.jar').isFile()
assert !new File(localRepositoryPath, 'com/example/consumer-offline').exists()
// The installed POMs name one version of Guava, and ELK's range is excluded wherever it comes in.
def parents = new File(localRepositoryPath, 'io/statecraft/statecraft-parent').listFiles()
    .findAll { it.isDirectory() }
assert parents.size() == 1
def parent = new groovy.xml.XmlSlurper().parse(new File(parents[0], "statecraft-parent-${parents[0].name}.pom"))
def elk = parent.dependencyManagement.dependencies.dependency.findAll {
  it.groupId.text() == 'org.eclipse.elk'
}
assert elk.size() == 3
elk.each { assert it.exclusions.exclusion.artifactId*.text() == ['guava'] }
return true
