#!/bin/sh
# Tests the statecraft launcher (cli/target/statecraft) on a copy of it and the jar: arguments and
# exit codes pass through, the class-data sharing archive is made when missing, kept while fresh,
# made again when the jar is newer or the java differs, and a command runs when the archive cannot
# be written or is damaged. Usage: launcher-test.sh TARGET_DIR (the cli module's target folder).
set -u
target=$(cd -- "$1" && pwd -P) || exit 2
work=$(mktemp -d "${TMPDIR:-/tmp}/statecraft-launcher-test.XXXXXX") || exit 2
trap 'rm -rf -- "$work"' EXIT
failures=0

fail() {
  echo "launcher test FAILED: $*" >&2
  failures=$((failures + 1))
}

# expect NAME CODE EXPECTED_OUT -- COMMAND...: runs COMMAND; checks its exit code and stdout.
expect() {
  name=$1 code=$2 expected=$3
  shift 4
  actual=$("$@" 2>"$work/stderr")
  actual_code=$?
  [ "$actual_code" -eq "$code" ] \
      || fail "$name: exit code $actual_code, expected $code; stderr: $(cat "$work/stderr")"
  [ "$actual" = "$expected" ] || fail "$name: printed
$actual
expected
$expected"
}

archives() {
  ls "$1" | grep -c '^statecraft-.*\.jsa$'
}

app=$work/app
mkdir "$app"
cp "$target/statecraft" "$target/statecraft.jar" "$app/"
chmod +x "$app/statecraft"
cat > "$work/tiny.asl.json" <<'JSON'
{"StartAt": "Hello",
 "States": {"Hello": {"Type": "Pass", "Result": {"hello": "world"}, "End": true}}}
JSON
cat > "$work/fails.asl.json" <<'JSON'
{"StartAt": "No", "States": {"No": {"Type": "Fail", "Error": "E", "Cause": "c"}}}
JSON
tiny="status: SUCCEEDED
output: {\"hello\":\"world\"}
path: Hello"

# A missing archive is made, next to the jar, and the command prints only its own output.
expect "first run" 0 "$tiny" -- "$app/statecraft" run "$work/tiny.asl.json" --input '{}'
[ "$(archives "$app")" -eq 1 ] \
    || fail "first run: expected one archive next to the jar, found: $(ls "$app")"
archive=$(ls "$app"/statecraft-*.jsa)
cp -p "$archive" "$work/archive.before"

# A fresh archive is used as it is.
expect "second run" 0 "$tiny" -- "$app/statecraft" run "$work/tiny.asl.json"
cmp -s "$archive" "$work/archive.before" && [ ! "$archive" -nt "$work/archive.before" ] \
    || fail "second run: the fresh archive was made again"

# Arguments (one with spaces) and exit codes pass through.
expect "input with spaces" 0 "status: SUCCEEDED
output: {\"hello\":\"world\"}
path: Hello" -- "$app/statecraft" run "$work/tiny.asl.json" --input '{"a": "b c"}'
expect "failed execution" 1 "status: FAILED
error: E
cause: c
path: No" -- "$app/statecraft" run "$work/fails.asl.json"
expect "usage error" 2 "" -- "$app/statecraft" run
expect "serve's help" 0 "$("$app/statecraft" serve --help)" -- "$app/statecraft" serve --help

# An archive older than the jar (a rebuilt jar) is made again.
sleep 1
touch "$app/statecraft.jar"
expect "stale archive" 0 "$tiny" -- "$app/statecraft" run "$work/tiny.asl.json"
[ "$app/statecraft.jar" -nt "$archive" ] && fail "stale archive: not made again"

# Another java (here: a script standing in for one) gets its own archive.
mkdir -p "$work/jdk/bin"
real_java=${JAVA_HOME:+$JAVA_HOME/bin/java}
real_java=${real_java:-$(command -v java)}
printf '#!/bin/sh\nexec "%s" "$@"\n' "$real_java" > "$work/jdk/bin/java"
chmod +x "$work/jdk/bin/java"
expect "other java" 0 "$tiny" -- \
    env JAVA_HOME="$work/jdk" "$app/statecraft" run "$work/tiny.asl.json"
[ "$(archives "$app")" -eq 2 ] || fail "other java: expected a second archive, found: $(ls "$app")"

# A damaged archive is turned down by the JVM without a word on standard output.
for damaged in "$app"/statecraft-*.jsa; do
  echo "not an archive" > "$damaged"
done
expect "damaged archive" 0 "$tiny" -- "$app/statecraft" run "$work/tiny.asl.json"

# Where the archive cannot be written, the command runs without it.
expect "unwritable archive folder" 0 "$tiny" -- \
    env STATECRAFT_CDS_DIR=/dev/null/statecraft "$app/statecraft" run "$work/tiny.asl.json"
expect "archive off" 0 "$tiny" -- env STATECRAFT_CDS=off "$app/statecraft" run "$work/tiny.asl.json"

# Through a symbolic link, the launcher still finds its jar; java -jar works without it.
mkdir "$work/bin"
ln -s "$app/statecraft" "$work/bin/statecraft"
expect "symbolic link" 0 "$tiny" -- "$work/bin/statecraft" run "$work/tiny.asl.json"
expect "java -jar" 0 "$tiny" -- "$real_java" -jar "$app/statecraft.jar" run "$work/tiny.asl.json"

if [ "$failures" -ne 0 ]; then
  echo "launcher test: $failures failed" >&2
  exit 1
fi
echo "launcher test: all passed"
