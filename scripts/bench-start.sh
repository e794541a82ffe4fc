#!/usr/bin/env bash
# Wall-clock time of two short statecraft commands, JVM start included: `run` of the tiny workload
# and `validate` of the ASL corpus, through the launcher (cli/target/statecraft) and through
# `java -jar cli/target/statecraft.jar`. Each: one warm-up, then N runs, interleaved so that a
# change in the machine's load touches every variant alike; prints min, median and max.
# Build first: mvn -B -q package -DskipTests -pl cli -am
# Usage: scripts/bench-start.sh [N] [JAR_DIR]   (N defaults to 11, JAR_DIR to cli/target; no
# spaces in JAR_DIR)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-11}
dir=${2:-cli/target}
tiny=../shared/bench/workloads/tiny.asl.json
corpus=../shared/asl-corpus

variants=(
  "java -jar run|java -jar $dir/statecraft.jar run $tiny --input {}"
  "java -jar validate|java -jar $dir/statecraft.jar validate $corpus"
)
# A folder with a jar alone (an older build, say) is timed through java -jar only.
if [[ -x $dir/statecraft ]]; then
  variants+=(
    "launcher run|$dir/statecraft run $tiny --input {}"
    "launcher validate|$dir/statecraft validate $corpus"
  )
fi

# Seconds, as a decimal, that one command took (its output and exit code are not the point:
# validate exits 1, the corpus holds invalid definitions on purpose).
seconds() {
  local start end
  start=$(date +%s%N)
  $1 >/dev/null 2>&1 || true
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 ))"
}

declare -A times
for variant in "${variants[@]}"; do
  seconds "${variant#*|}" >/dev/null   # warm-up: the file cache, and the launcher's archive
done
for ((i = 0; i < runs; i++)); do
  for variant in "${variants[@]}"; do
    times[${variant%%|*}]+="$(seconds "${variant#*|}") "
  done
done
printf '%-20s %8s %8s %8s   (ms, %d runs, load: %s)\n' variant min median max "$runs" \
    "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
for variant in "${variants[@]}"; do
  name=${variant%%|*}
  read -r -a sorted <<<"$(tr ' ' '\n' <<<"${times[$name]}" | grep . | sort -n | tr '\n' ' ')"
  printf '%-20s %8s %8s %8s\n' "$name" "${sorted[0]}" "${sorted[$((runs / 2))]}" \
      "${sorted[$((runs - 1))]}"
done
