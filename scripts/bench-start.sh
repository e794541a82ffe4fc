#!/usr/bin/env bash
# Wall-clock time of two short statecraft commands, JVM start included: `run` of the tiny workload
# and `validate` of the ASL corpus, through the launcher (DIR/statecraft) and through
# `java -jar DIR/statecraft.jar`. Each: one warm-up, then N runs, all variants interleaved so that a
# change in the machine's load touches them alike; prints min, median and max in milliseconds.
# Several DIRs compare builds (a DIR with a jar alone, an older build say, is timed through
# java -jar only). Build first: mvn -B -q package -DskipTests -pl cli -am
# Usage: scripts/bench-start.sh [N] [DIR...]   (N defaults to 11, DIR to cli/target; no spaces)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-11}
shift || true
dirs=("$@")
[[ ${#dirs[@]} -gt 0 ]] || dirs=(cli/target)
tiny=../shared/bench/workloads/tiny.asl.json
corpus=../shared/asl-corpus

variants=()
for dir in "${dirs[@]}"; do
  variants+=(
    "$dir java -jar run|java -jar $dir/statecraft.jar run $tiny --input {}"
    "$dir java -jar validate|java -jar $dir/statecraft.jar validate $corpus"
  )
  if [[ -x $dir/statecraft ]]; then
    variants+=(
      "$dir launcher run|$dir/statecraft run $tiny --input {}"
      "$dir launcher validate|$dir/statecraft validate $corpus"
    )
  fi
done

# Milliseconds that one command took (its output and exit code are not the point: validate exits
# 1, the corpus holds invalid definitions on purpose).
millis() {
  local start end
  start=$(date +%s%N)
  $1 >/dev/null 2>&1 || true
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 ))"
}

declare -A times
for variant in "${variants[@]}"; do
  millis "${variant#*|}" >/dev/null   # warm-up: the file cache, and the launcher's archive
done
for ((i = 0; i < runs; i++)); do
  for variant in "${variants[@]}"; do
    times[${variant%%|*}]+="$(millis "${variant#*|}") "
  done
done
printf '%-40s %7s %7s %7s   (ms, %d runs; load average before: %s)\n' variant min median max \
    "$runs" "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
for variant in "${variants[@]}"; do
  name=${variant%%|*}
  read -r -a sorted <<<"$(tr ' ' '\n' <<<"${times[$name]}" | grep . | sort -n | tr '\n' ' ')"
  printf '%-40s %7s %7s %7s\n' "$name" "${sorted[0]}" "${sorted[$((runs / 2))]}" \
      "${sorted[$((runs - 1))]}"
done
