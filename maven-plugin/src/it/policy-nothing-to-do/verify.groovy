// Nothing to derive: the goal names the folders it searched and writes nothing.
def log = new File(basedir, 'build.log').text
assert log =~ /\[INFO\] No workflows: no public class implementing io.statecraft.dsl.Workflow in .*target.classes.*no \*\.asl\.json file under src.main.statecraft/
assert log.contains('[INFO] No policy to derive')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/statecraft').exists()
return true
