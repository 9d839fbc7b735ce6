#!/usr/bin/env bash
# The benchmarks of issue 6, printed as one table (Markdown) on stdout; progress on stderr.
#
#   bench/run.sh                              extraction on 5,000 articles; ingest of 10k and 100k
#   BENCH_SIZES="1000 5000" bench/run.sh      smaller corpora (the last size gets the query rows)
#
# Settings (environment):
#   BENCH_SIZES    corpus sizes for end-to-end ingest, ascending (default "10000 100000")
#   BENCH_EXTRACT  articles for the extraction-only throughput (default 5000)
#   BENCH_SEED     seed of the generated corpora (default 1)
#   BENCH_QUERY_TIMEOUT  seconds after which a query is stopped and reported as such (default 120)
#   BENCH_MIN_FREE_GB    disk to leave free: a size that would not is skipped, and says so (default 6)
#   BENCH_DIR      scratch folder (default: a new folder under ${TMPDIR:-/tmp}), removed at
#                  the end unless BENCH_KEEP=1
#
# Runs on a fresh Debian machine with the Rust toolchain: installs libclang (to build
# RocksDB) and GNU time with apt-get when missing, and Oxigraph's CLI with
# `cargo install oxigraph-cli` (same version as Cargo.lock's oxigraph; about 15 minutes
# the first time) when `oxigraph` is not on PATH. Not run in CI.
#
# What is measured:
#   - extraction: read + extract + map on one thread, corpus in memory (examples/extract_bench.rs),
#     per second of the CPU time it used (what one core does, whatever else the machine
#     runs) and per second of wall time
#   - ingest: `entente ingest --quiet` of a generated corpus into a fresh store: wall time
#     and peak RSS (GNU time); quads are those of the document graphs (its summary line)
#   - Oxigraph: `oxigraph load` (its bulk loader, default atomic mode) of the same quads
#     (the document graphs as N-Quads, written by `extract_bench --nquads` before the
#     ingest and held zstd-compressed) into a fresh store; ratio = entente's ingest time /
#     Oxigraph's load time
#   - optimize: `entente optimize` (RocksDB's full compaction) of the store of the largest
#     size, timed on its own: the ingest and Oxigraph's load both leave their files unmerged
#   - queries: bench/queries.sh on that store once optimized (each queries/*.rq, process
#     start to exit: the first run, cold, then the median of 3)
#   - REPL start-to-prompt: bench/repl-startup.sh on that store (median)
#   - the load average is shown next to the timings: the machine may be shared
#
# Disk: one size at a time, and one store at a time (entente's, then Oxigraph's): a store
# takes ~180 bytes a quad once compacted (1.2 GB for 10k articles), but more than twice
# that while it is loaded, so ~30 GB at the peak for 100k generated articles (~660 quads
# each). A size that would leave less than BENCH_MIN_FREE_GB free is skipped, and a load
# that brings the free space below it is stopped; the table says so.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=(${BENCH_SIZES:-10000 100000})
EXTRACT=${BENCH_EXTRACT:-5000}
SEED=${BENCH_SEED:-1}
MIN_FREE_GB=${BENCH_MIN_FREE_GB:-6}
export BENCH_QUERY_TIMEOUT=${BENCH_QUERY_TIMEOUT:-120}
TARGET=${CARGO_TARGET_DIR:-target}

say() { echo "bench: $*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then
    as_root apt-get update -qq
    apt_updated=1
  fi
  as_root apt-get install -y -qq "$@" >/dev/null
}

# --- tools ---------------------------------------------------------------------------------

# clang-sys loads libclang.so or libclang-N.so; libclang-cpp.so (on some bare machines) is
# another library and does not count.
has_libclang() {
  local dir
  for dir in /usr/lib/llvm-*/lib /usr/lib/*-linux-gnu /usr/lib64 /usr/lib; do
    if compgen -G "$dir/libclang.so*" >/dev/null || compgen -G "$dir/libclang-[0-9]*.so*" >/dev/null; then
      return 0
    fi
  done
  return 1
}
if ! has_libclang; then
  say "installing libclang-dev (RocksDB's bindings need it)"
  apt_install libclang-dev
fi
if ! command -v zstd >/dev/null; then
  say "installing zstd (to hold the N-Quads compressed)"
  apt_install zstd
fi
if [ ! -x /usr/bin/time ]; then
  say "installing GNU time (for peak RSS)"
  apt_install time
fi
OXIGRAPH=$(command -v oxigraph || true)
if [ -z "$OXIGRAPH" ] && [ -x "$HOME/.cargo/bin/oxigraph" ]; then
  OXIGRAPH="$HOME/.cargo/bin/oxigraph"
fi
if [ -z "$OXIGRAPH" ]; then
  version=$(grep -A1 '^name = "oxigraph"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')
  say "installing oxigraph-cli $version with cargo install (builds RocksDB: about 15 minutes)"
  cargo install oxigraph-cli --locked --version "$version" --no-default-features --quiet
  OXIGRAPH="$HOME/.cargo/bin/oxigraph"
fi

say "building entente and the examples (release)"
cargo build --release --quiet --bin entente --example generate --example extract_bench

WORK=${BENCH_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/entente-bench.XXXXXX")}
mkdir -p "$WORK/bin"
ROWS=()
HEADER="entente $(git describe --always --dirty 2>/dev/null || echo '?') · $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')) · $(free -g | awk '/^Mem:/ {print $2}') GB · load $(cut -d' ' -f1-3 /proc/loadavg) at start · seed $SEED · $(date -u +%Y-%m-%d)"
# The table, printed at exit whatever happens (an interrupted run shows what it measured).
finish() {
  echo
  echo "$HEADER"
  echo
  echo "| measure | value | target | |"
  echo "|---|---|---|---|"
  if [ "${#ROWS[@]}" -gt 0 ]; then printf '%s\n' "${ROWS[@]}"; fi
  if [ "${BENCH_KEEP:-}" = 1 ]; then say "kept $WORK"; else rm -rf "$WORK"; fi
}
trap finish EXIT
# Copies, so that another build in a shared target folder cannot swap them mid-run.
cp "$TARGET/release/entente" "$TARGET/release/examples/generate" "$TARGET/release/examples/extract_bench" "$WORK/bin/"
ENTENTE="$WORK/bin/entente"
GENERATE="$WORK/bin/generate"
EXTRACT_BENCH="$WORK/bin/extract_bench"

# --- helpers -------------------------------------------------------------------------------

# row MEASURE VALUE [TARGET [OK]]: a line of the table, also shown at once on stderr.
row() {
  ROWS+=("| $1 | $2 | ${3:-} | ${4:-} |")
  say "$1: $2 ${4:-}"
}

# calc EXPR: floating-point arithmetic with awk.
calc() { awk "BEGIN { printf \"%s\", $1 }"; }
# check VALUE OP LIMIT: ✓ or ✗.
check() { awk "BEGIN { print (($1) $2 ($3)) ? \"✓\" : \"✗\" }"; }
# fmt N: an integer with thousands separators.
fmt() { printf "%.0f" "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }
# timed OUT CMD…: runs CMD with GNU time; OUT gets "seconds max_rss_kb".
timed() {
  local out=$1
  shift
  /usr/bin/time -f "%e %M" -o "$out" "$@"
}
ms_now() { date +%s%N | cut -c1-13; }
# kv KEY LINE: the value of KEY= in a line of key=value pairs.
kv() { echo "$2" | tr ' ' '\n' | sed -n "s/^$1=//p"; }

# --- extraction throughput -------------------------------------------------------------------

say "extraction: generating $EXTRACT articles"
"$GENERATE" --out "$WORK/extract-corpus" --articles "$EXTRACT" --seed "$SEED" 2>/dev/null
say "extraction: timing read + extract + map on one core"
result=$("$EXTRACT_BENCH" "$WORK/extract-corpus" --rounds 3)
rm -rf "$WORK/extract-corpus"
a_per_s=$(kv articles_per_s "$result")
a_per_cpu_s=$(kv articles_per_cpu_s "$result")
row "extraction, articles per second of CPU, one thread ($(fmt "$(kv articles "$result")") articles, $(fmt "$(kv sentences "$result")") sentences)" \
  "$(fmt "$a_per_cpu_s")" "≥ 2,000" "$(check "$a_per_cpu_s" '>=' 2000)"
row "extraction, sentences per second of CPU" "$(fmt "$(kv sentences_per_cpu_s "$result")")"
row "extraction, articles/s of wall time on one thread (load $(cut -d' ' -f1 /proc/loadavg))" "$(fmt "$a_per_s")"
row "extraction, quads per article (mapped, no store)" "$(calc "$(kv quads "$result") / $(kv articles "$result")" | xargs printf '%.1f')"

# --- end-to-end ingest, Oxigraph's loader, queries ---------------------------------------------

# free_gb: free space, in GB, of the file system holding the scratch folder.
free_gb() { df -Pk "$WORK" | awk 'NR == 2 { printf "%.1f", $4 / 1048576 }'; }

# need_gb N: the disk a corpus of N articles needs at its peak: a store while it is loaded
# (~180 bytes a quad once compacted, but files sorted and not yet merged, and compaction's
# own output, take more than twice that on the way: 11 GB were seen for 60% of 50k
# articles), the corpus and its compressed N-Quads; at the ~660 quads an article of the
# generated corpus.
need_gb() { calc "$1 * 660 * 450 / 1e9 + $1 * 6e3 / 1e9 + $1 * 660 * 10 / 1e9" | xargs printf '%.1f'; }

# guarded OUT CMD…: `timed`, but the command is stopped (and 1 returned, with a message)
# when the free disk drops below MIN_FREE_GB: the disk may be shared.
guarded() {
  local out=$1
  shift
  timed "$out" "$@" &
  local pid=$! status=0
  while kill -0 "$pid" 2>/dev/null; do
    if awk "BEGIN { exit !($(free_gb) < $MIN_FREE_GB) }"; then
      say "less than $MIN_FREE_GB GB of disk left: stopping $1"
      kill_tree "$pid"
      wait "$pid" || true
      DISK_STOPPED=1
      return 1
    fi
    sleep 2
  done
  wait "$pid" || status=$?
  return "$status"
}
DISK_STOPPED=0
# kill_tree PID: stops a process and all its descendants, deepest first.
kill_tree() {
  local child
  for child in $(pgrep -P "$1" || true); do kill_tree "$child"; done
  kill "$1" 2>/dev/null || true
}

# Sizes that fit on the disk, leaving MIN_FREE_GB free; the others are reported as skipped.
RUN_SIZES=()
for size in "${SIZES[@]}"; do
  need=$(need_gb "$size")
  free=$(free_gb)
  if awk "BEGIN { exit !($free - $need < $MIN_FREE_GB) }"; then
    row "ingest $(fmt "$size")" "skipped: needs about $need GB of disk, $free GB free (keeping $MIN_FREE_GB GB)" "" "✗"
  else
    RUN_SIZES+=("$size")
  fi
done

declare -A INGEST_SECONDS
largest=${RUN_SIZES[${#RUN_SIZES[@]}-1]:-}
for size in "${RUN_SIZES[@]}"; do
  label=$(fmt "$size")
  corpus="$WORK/corpus-$size"
  store="$WORK/store-$size"
  say "$label articles: generating"
  "$GENERATE" --out "$corpus" --articles "$size" --seed "$SEED" 2>/dev/null
  text_mb=$(du -sm "$corpus" | cut -f1)
  say "$label articles: writing their N-Quads (compressed) for Oxigraph's loader"
  "$EXTRACT_BENCH" "$corpus" --nquads - 2>/dev/null | zstd -q -1 -T1 >"$WORK/all.nq.zst"

  say "$label articles: entente ingest (load $(cut -d' ' -f1 /proc/loadavg))"
  status=0
  guarded "$WORK/time.txt" "$ENTENTE" --store "$store" ingest --quiet "$corpus" 2>"$WORK/ingest.err" || status=$?
  if [ "$DISK_STOPPED" = 1 ]; then
    row "ingest $label" "stopped: less than $MIN_FREE_GB GB of disk left ($(du -sm "$store" | cut -f1) MB store)" "" "✗"
    rm -rf "$corpus" "$store" "$WORK/all.nq.zst"
    break
  fi
  rm -rf "$corpus"
  if [ "$status" -ne 0 ]; then
    say "ingest exited with $status:"
    tail -5 "$WORK/ingest.err" >&2
  fi
  read -r seconds rss_kb <"$WORK/time.txt"
  summary=$(grep '^entente: stored ' "$WORK/ingest.err" | tail -1)
  documents=$(echo "$summary" | sed -n 's/^entente: stored \([0-9]*\) document.*/\1/p')
  doc_quads=$(echo "$summary" | sed -n 's/.*: \([0-9]*\) triples,.*/\1/p')
  store_mb=$(du -sm "$store" | cut -f1)
  INGEST_SECONDS[$size]=$seconds
  rss_mb=$(calc "$rss_kb / 1024" | xargs printf '%.0f')
  row "ingest $label: wall time ($text_mb MB of text → $store_mb MB store; load $(cut -d' ' -f1 /proc/loadavg) after)" "${seconds} s"
  row "ingest $label: articles/s (documents stored: $(fmt "${documents:-0}"))" "$(fmt "$(calc "$size / $seconds")")"
  row "ingest $label: quads/s ($(fmt "${doc_quads:-0}") quads in document graphs)" "$(fmt "$(calc "${doc_quads:-0} / $seconds")")"
  row "ingest $label: quads per article" "$(calc "${doc_quads:-0} / $size" | xargs printf '%.1f')"
  row "ingest $label: peak RSS" "$(fmt "$rss_mb") MB" "≤ 2,048 MB" "$(check "$rss_mb" '<=' 2048)"

  if [ "$size" = "$largest" ]; then
    # A bulk load leaves its files unmerged: `entente optimize` merges them, as
    # `oxigraph optimize` does for Oxigraph's loader, before the read-heavy part.
    say "$label articles: entente optimize (load $(cut -d' ' -f1 /proc/loadavg))"
    guarded "$WORK/time.txt" "$ENTENTE" --store "$store" optimize >/dev/null 2>"$WORK/optimize.err" ||
      { say "optimize failed:"; tail -5 "$WORK/optimize.err" >&2; }
    read -r opt_seconds _ <"$WORK/time.txt"
    row "optimize $label: wall time ($store_mb MB store → $(du -sm "$store" | cut -f1) MB; load $(cut -d' ' -f1 /proc/loadavg) after)" "${opt_seconds} s"
    bash bench/queries.sh "$store" "$ENTENTE" "$label" >"$WORK/queries.txt" || true
    while IFS=$'\t' read -r measure value target ok; do
      row "$measure" "$value" "$target" "$ok"
    done <"$WORK/queries.txt"
    # REPL start-to-prompt: its last line is the figure.
    say "REPL start-to-prompt"
    repl=$(bash bench/repl-startup.sh "$store" 2>/dev/null | tail -1 || true)
    if [[ "$repl" =~ ^[0-9.]+$ ]]; then repl="$repl ms"; fi
    row "REPL start-to-prompt (bench/repl-startup.sh, $label store, median)" "${repl:-failed}"
  fi
  rm -rf "$store"

  # Oxigraph's bulk loader (its default, atomic mode) on the same quads, read from a pipe
  # (zstd decompresses on the side: a few percent of one core).
  quads=$(zstd -dc "$WORK/all.nq.zst" | wc -l)
  say "$label articles: oxigraph load of the same $(fmt "$quads") quads (load $(cut -d' ' -f1 /proc/loadavg))"
  guarded "$WORK/time.txt" bash -c "zstd -dc '$WORK/all.nq.zst' | '$OXIGRAPH' load --location '$WORK/oxigraph-$size' --format nq" >/dev/null 2>"$WORK/oxigraph.err" ||
    { say "oxigraph load failed:"; tail -5 "$WORK/oxigraph.err" >&2; }
  if [ "$DISK_STOPPED" = 1 ]; then
    row "oxigraph load $label" "stopped: less than $MIN_FREE_GB GB of disk left" "" "✗"
    rm -rf "$WORK/all.nq.zst" "$WORK/oxigraph-$size"
    break
  fi
  read -r ox_seconds ox_rss_kb <"$WORK/time.txt"
  ox_mb=$(du -sm "$WORK/oxigraph-$size" | cut -f1)
  rm -rf "$WORK/all.nq.zst" "$WORK/oxigraph-$size"
  ratio=$(calc "$seconds / $ox_seconds" | xargs printf '%.2f')
  row "oxigraph load $label: wall time, quads/s, peak RSS ($ox_mb MB store; load $(cut -d' ' -f1 /proc/loadavg) after)" "${ox_seconds} s, $(fmt "$(calc "$quads / $ox_seconds")"), $(fmt "$(calc "$ox_rss_kb / 1024")") MB"
  row "ingest $label: entente / oxigraph time" "$ratio" "≤ 1.3" "$(check "$ratio" '<=' 1.3)"
done

if [ "${#RUN_SIZES[@]}" -ge 2 ]; then
  first=${RUN_SIZES[0]}
  growth=$(calc "${INGEST_SECONDS[$largest]} / ${INGEST_SECONDS[$first]}" | xargs printf '%.2f')
  limit=$(calc "1.1 * $largest / $first" | xargs printf '%.4g')
  row "growth: time($(fmt "$largest")) / time($(fmt "$first"))" "$growth" "≤ $limit" "$(check "$growth" '<=' "$limit")"
fi
