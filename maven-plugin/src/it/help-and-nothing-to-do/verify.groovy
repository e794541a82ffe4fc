// Build 2: each goal said that it found no workflow, where it looked and how to look elsewhere;
// sfn:deploy said it deployed nothing.
def log = new File(basedir, 'build.log').text
def nothing = '[INFO] No workflows: no public class implementing io.statecraft.dsl.Workflow in' +
    ' target/classes (it does not exist: compile first, e.g. mvn compile sfn:%s), and no' +
    ' *.asl.json file under src/main/statecraft (set <definitionsDirectory> or' +
    ' -Dsfn.definitionsDirectory to read ASL files from another folder)'
['validate', 'generate', 'diagram', 'deploy'].each { goal ->
  assert log.contains(String.format(nothing, goal)) : "sfn:${goal} did not say where it looked"
}
assert log.contains('[INFO] Nothing deployed')
assert log.contains('[INFO] BUILD SUCCESS')
return true
