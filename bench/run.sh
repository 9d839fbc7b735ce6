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
#   BENCH_DIR      scratch folder (default: a new folder under ${TMPDIR:-/tmp}), removed at
#                  the end unless BENCH_KEEP=1
#
# Runs on a fresh Debian machine with the Rust toolchain: installs libclang (to build
# RocksDB) and GNU time with apt-get when missing, and Oxigraph's CLI with
# `cargo install oxigraph-cli` (same version as Cargo.lock's oxigraph; about 15 minutes
# the first time) when `oxigraph` is not on PATH. Not run in CI.
#
# What is measured:
#   - extraction: read + extract + map on one core, corpus in memory (examples/extract_bench.rs)
#   - ingest: `entente ingest --quiet` of a generated corpus into a fresh store: wall time
#     and peak RSS (GNU time), quads as `entente export --format nquads` writes them
#     (document graphs and the ontology graph)
#   - Oxigraph: `oxigraph load` (its bulk loader) of that same N-Quads file into a fresh
#     store; ratio = entente's ingest time / Oxigraph's load time
#   - queries: each queries/*.rq on the store of the largest size, `entente query --format
#     json`, process start to exit (store opening included), median of 3 runs
#   - REPL start-to-prompt: bench/repl-startup.sh STORE, when it exists (prints milliseconds)
#
# Disk: about 5 KB of text per article, and the store, the N-Quads and Oxigraph's store of
# the size being measured (each a few times the text): keep ~10 GB free for 100k.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=(${BENCH_SIZES:-10000 100000})
EXTRACT=${BENCH_EXTRACT:-5000}
SEED=${BENCH_SEED:-1}
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

if ! compgen -G "/usr/lib/llvm-*/lib/libclang*.so*" >/dev/null && ! compgen -G "/usr/lib/*/libclang*.so*" >/dev/null; then
  say "installing libclang-dev (RocksDB's bindings need it)"
  apt_install libclang-dev
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
cleanup() {
  if [ "${BENCH_KEEP:-}" = 1 ]; then say "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
# Copies, so that another build in a shared target folder cannot swap them mid-run.
cp "$TARGET/release/entente" "$TARGET/release/examples/generate" "$TARGET/release/examples/extract_bench" "$WORK/bin/"
ENTENTE="$WORK/bin/entente"
GENERATE="$WORK/bin/generate"
EXTRACT_BENCH="$WORK/bin/extract_bench"

# --- helpers -------------------------------------------------------------------------------

ROWS=()
# row MEASURE VALUE [TARGET [OK]]
row() { ROWS+=("| $1 | $2 | ${3:-} | ${4:-} |"); }

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
row "extraction, articles/s per core ($(fmt "$(kv articles "$result")") articles, $(fmt "$(kv sentences "$result")") sentences)" \
  "$(fmt "$a_per_s")" "≥ 2,000" "$(check "$a_per_s" '>=' 2000)"
row "extraction, sentences/s per core" "$(fmt "$(kv sentences_per_s "$result")")"
row "extraction, quads per article (mapped, no store)" "$(calc "$(kv quads "$result") / $(kv articles "$result")" | xargs printf '%.1f')"

# --- end-to-end ingest, Oxigraph's loader, queries ---------------------------------------------

declare -A INGEST_SECONDS
largest=${SIZES[${#SIZES[@]}-1]}
for size in "${SIZES[@]}"; do
  label=$(fmt "$size")
  corpus="$WORK/corpus-$size"
  store="$WORK/store-$size"
  say "$label articles: generating"
  "$GENERATE" --out "$corpus" --articles "$size" --seed "$SEED" 2>/dev/null
  text_mb=$(du -sm "$corpus" | cut -f1)

  say "$label articles: entente ingest"
  status=0
  timed "$WORK/time.txt" "$ENTENTE" --store "$store" ingest --quiet "$corpus" 2>"$WORK/ingest.err" || status=$?
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

  say "$label articles: exporting N-Quads"
  "$ENTENTE" --store "$store" export --format nquads --output "$WORK/all.nq"
  quads=$(wc -l <"$WORK/all.nq")

  say "$label articles: oxigraph load of the same $(fmt "$quads") quads"
  timed "$WORK/time.txt" "$OXIGRAPH" load --location "$WORK/oxigraph-$size" --file "$WORK/all.nq" >/dev/null 2>"$WORK/oxigraph.err" ||
    { say "oxigraph load failed:"; tail -5 "$WORK/oxigraph.err" >&2; }
  read -r ox_seconds ox_rss_kb <"$WORK/time.txt"
  rm -rf "$WORK/all.nq" "$WORK/oxigraph-$size"

  rss_mb=$(calc "$rss_kb / 1024" | xargs printf '%.0f')
  ratio=$(calc "$seconds / $ox_seconds" | xargs printf '%.2f')
  row "ingest $label: wall time ($text_mb MB of text → $store_mb MB store)" "${seconds} s"
  row "ingest $label: articles/s (documents stored: $(fmt "${documents:-0}"))" "$(fmt "$(calc "$size / $seconds")")"
  row "ingest $label: quads/s ($(fmt "$quads") quads, ontology graph included)" "$(fmt "$(calc "$quads / $seconds")")"
  row "ingest $label: quads per article (document graphs)" "$(calc "${doc_quads:-0} / $size" | xargs printf '%.1f')"
  row "ingest $label: peak RSS" "$(fmt "$rss_mb") MB" "≤ 2,048 MB" "$(check "$rss_mb" '<=' 2048)"
  row "oxigraph load $label: wall time, peak RSS" "${ox_seconds} s, $(fmt "$(calc "$ox_rss_kb / 1024")") MB"
  row "ingest $label: entente / oxigraph time" "$ratio" "≤ 1.3" "$(check "$ratio" '<=' 1.3)"

  if [ "$size" = "$largest" ]; then
    for query in queries/*.rq; do
      name=$(basename "$query")
      params=()
      case "$name" in
        actor.rq) params=(--param actor=ent:country/USA) ;;
      esac
      say "$label articles: query $name"
      times=()
      for _ in 1 2 3; do
        start=$(ms_now)
        "$ENTENTE" --store "$store" query --format json "${params[@]}" "$query" >/dev/null
        times+=($(($(ms_now) - start)))
      done
      median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
      rows=$("$ENTENTE" --store "$store" query --format tsv "${params[@]}" "$query" | tail -n +2 | wc -l)
      row "query $name on $label (${rows} rows)" "$median ms" "≤ 500 ms" "$(check "$median" '<=' 500)"
    done
    # REPL start-to-prompt: written separately (bench/repl-startup.sh STORE prints milliseconds).
    if [ -f bench/repl-startup.sh ]; then
      say "REPL start-to-prompt"
      repl=$(bash bench/repl-startup.sh "$store" | tail -1)
      row "REPL start-to-prompt (bench/repl-startup.sh, $label store)" "$repl ms"
    else
      row "REPL start-to-prompt (bench/repl-startup.sh)" "n/a"
    fi
  fi
  rm -rf "$store"
done

if [ "${#SIZES[@]}" -ge 2 ]; then
  first=${SIZES[0]}
  growth=$(calc "${INGEST_SECONDS[$largest]} / ${INGEST_SECONDS[$first]}" | xargs printf '%.2f')
  limit=$(calc "1.1 * $largest / $first" | xargs printf '%.4g')
  row "growth: time($(fmt "$largest")) / time($(fmt "$first"))" "$growth" "≤ $limit" "$(check "$growth" '<=' "$limit")"
fi

# --- the table -------------------------------------------------------------------------------

echo
echo "entente $(git describe --always --dirty 2>/dev/null || echo '?') · $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')) · $(free -g | awk '/^Mem:/ {print $2}') GB · seed $SEED · $(date -u +%Y-%m-%d)"
echo
echo "| measure | value | target | |"
echo "|---|---|---|---|"
printf '%s\n' "${ROWS[@]}"
