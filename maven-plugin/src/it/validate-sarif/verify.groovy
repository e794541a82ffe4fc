// sfn:validate failed, and still wrote a SARIF log with the Java and the ASL problems located.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('2 workflows are invalid:')
def sarifFile = new File(basedir, 'target/statecraft/statecraft.sarif')
assert sarifFile.isFile()
def sarif = new JsonSlurper().parse(sarifFile)
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
assert run.tool.driver.name == 'Statecraft'
assert run.tool.driver.rules.find { it.id == 'TRANSITION_UNKNOWN' }.defaultConfiguration.level == 'error'

def java = run.results.find { it.ruleId == 'DSL_DUPLICATE_STATE_NAME' }
def javaLocation = java.locations[0].physicalLocation
assert javaLocation.artifactLocation.uriBaseId == '%SRCROOT%'
assert javaLocation.artifactLocation.uri.endsWith('validate-sarif/src/main/java/com/example/Broken.java')
assert javaLocation.region.startLine == 16

def asl = run.results.find { it.ruleId == 'TRANSITION_UNKNOWN' }
def aslLocation = asl.locations[0].physicalLocation
assert aslLocation.artifactLocation.uri.endsWith('validate-sarif/src/main/statecraft/bad.asl.json')
assert aslLocation.region.startLine == 7
assert aslLocation.region.startColumn == 7
return true
