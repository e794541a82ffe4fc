// sfn:local named the folder and the property, and served nothing.
def lines = new File(basedir, 'build.log').readLines()
def expected = new File(basedir, 'no-such-s3').path
int failed = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal io.statecraft:sfn-maven-plugin:') }
assert failed >= 0
assert lines[failed].endsWith(':local (default-cli) on project local-refuses-missing-s3-dir: <s3Dir> '
    + expected + ' is not a directory (-Dsfn.local.s3Dir); the emulator was not started -> [Help 1]')
assert !lines.any { it.contains('Step Functions API on') }
return true
