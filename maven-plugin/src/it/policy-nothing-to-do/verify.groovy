// Nothing to derive: the goal names the folders it searched and writes nothing.
def log = new File(basedir, 'build.log').text
assert log =~ /\[INFO\] No workflows in .*target.classes \(public classes implementing io.statecraft.dsl.Workflow\)/
assert log =~ /\[INFO\] No \*\.asl\.json in .*src.main.statecraft either: no policy to derive/
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/statecraft').exists()
return true
