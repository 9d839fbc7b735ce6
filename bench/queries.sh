#!/usr/bin/env bash
# Latency of every saved query (queries/*.rq, with its parameter) on a store: `entente query --format json`,
# process start to exit (store opening included): one first run from a cold cache, shown
# beside the figure, then the median of 3 runs (one when it takes over 5 s; each stopped
# after BENCH_QUERY_TIMEOUT seconds, default 120).
#
#   bench/queries.sh STORE [ENTENTE [LABEL]]
#
# Prints one tab-separated line a query: measure, value, target, ✓/✗ (bench/run.sh turns
# them into rows of its table); progress on stderr. Target: ≤ 500 ms each.
set -euo pipefail
store=${1:?usage: bench/queries.sh STORE [ENTENTE [LABEL]]}
cd "$(dirname "$0")/.."
entente=${2:-${CARGO_TARGET_DIR:-target}/release/entente}
label=${3:-$(basename "$store")}
timeout_s=${BENCH_QUERY_TIMEOUT:-120}

ms_now() { date +%s%N | cut -c1-13; }
fmt() { printf "%.0f" "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }

# Each saved query runs with its anchor parameter, as an analyst runs it on a large store:
# an actor (BENCH_ACTOR, default the United States, among the most frequent actors of the
# generated corpus), a day and a document found in the store (the first the indexes give).
actor=${BENCH_ACTOR:-ent:country/USA}
first() { "$entente" --store "$store" query --format tsv -e "$1" 2>/dev/null | sed -n 2p; }
doc=$(first 'SELECT ?doc WHERE { ?doc a dip:Document } LIMIT 1')
day=$(first 'SELECT ?d WHERE { ?e dip:date ?d FILTER(DATATYPE(?d) = xsd:date) } LIMIT 1' | sed 's/^"\([^"]*\)".*/\1/')

for query in queries/*.rq; do
  name=$(basename "$query")
  params=()
  case "$name" in
    actor.rq | meetings.rq | plover-categories.rq) params=(--param "actor=$actor") ;;
    people.rq) params=(--param "affiliation=$actor") ;;
    sanctions-by-target.rq) params=(--param "target=$actor") ;;
    trade-shares.rq) params=(--param "exporter=$actor") ;;
    timeline.rq) params=(--param "date=$day") ;;
    evidence.rq) params=(--param "doc=$doc") ;;
  esac
  shown=${params[1]:-no parameter}
  echo "bench: query $name on $label (load $(cut -d' ' -f1 /proc/loadavg))" >&2
  # The first run reads the store from disk (cold cache); the figure is the median of the
  # three runs after it (fewer when a run takes over 5 s), and the cold one is shown beside it.
  times=()
  status=0
  start=$(ms_now)
  timeout "$timeout_s" "$entente" --store "$store" query --format json "${params[@]}" "$query" >/dev/null 2>&1 || status=$?
  cold=$(($(ms_now) - start))
  for run in 1 2 3; do
    if [ "$status" -ne 0 ]; then break; fi
    start=$(ms_now)
    timeout "$timeout_s" "$entente" --store "$store" query --format json "${params[@]}" "$query" >/dev/null 2>&1 || status=$?
    times+=($(($(ms_now) - start)))
    if [ "${times[0]}" -gt 5000 ]; then break; fi
  done
  if [ "$status" -eq 124 ]; then
    printf '%s\t%s\t%s\t%s\n' "query $name ($shown) on $label" "> ${timeout_s} s (stopped)" "≤ 500 ms" "✗"
    continue
  elif [ "$status" -ne 0 ]; then
    printf '%s\t%s\t%s\t%s\n' "query $name ($shown) on $label" "failed (exit $status)" "≤ 500 ms" "✗"
    continue
  fi
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((${#times[@]} + 1) / 2))p")
  rows=$(timeout "$timeout_s" "$entente" --store "$store" query --format tsv "${params[@]}" "$query" 2>/dev/null | tail -n +2 | wc -l)
  ok=$([ "$median" -le 500 ] && echo "✓" || echo "✗")
  printf '%s\t%s\t%s\t%s\n' "query $name ($shown) on $label, $(fmt "$rows") rows (first, cold run: $(fmt "$cold") ms)" "$(fmt "$median") ms" "≤ 500 ms" "$ok"
done
