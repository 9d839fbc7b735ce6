#!/usr/bin/env bash
# Load throughput to a SPARQL server next to the embedded store's, as one Markdown table
# on stdout (progress on stderr).
#
#   bench/remote.sh                      2,000 generated articles
#   BENCH_ARTICLES=10000 bench/remote.sh
#
# Settings (environment):
#   BENCH_ARTICLES  articles in the generated corpus (default 2000)
#   BENCH_SEED      seed of the generated corpus (default 1)
#   BENCH_DIR       scratch folder (default: a new folder under ${TMPDIR:-/tmp}), removed at
#                   the end unless BENCH_KEEP=1
#
# What is measured (wall time, process start to exit, one run each, fresh targets):
#   - embedded: `entente ingest --quiet CORPUS` into a new store
#   - Virtuoso, Graph Store PUT: the same into a Virtuoso started here on 127.0.0.1 with its
#     own configuration in the scratch folder (Debian's virtuoso-opensource, installed with
#     apt-get when missing), through /sparql-graph-crud-auth with Digest authentication
#   - Virtuoso, SPARQL Update: the same into a second fresh database, with no graph store
#     (DROP SILENT GRAPH + INSERT DATA through /sparql-auth)
#   - Virtuoso, again: the first ingest repeated (every graph replaced by itself)
# Extraction runs in every row: the figures are articles/s of the whole command, so the
# difference between rows is the cost of writing. Not run in CI.
set -euo pipefail
cd "$(dirname "$0")/.."

ARTICLES=${BENCH_ARTICLES:-2000}
SEED=${BENCH_SEED:-1}
TARGET=${CARGO_TARGET_DIR:-target}

say() { echo "bench: $*" >&2; }

if ! command -v virtuoso-t >/dev/null; then
  say "virtuoso-t is missing; installing virtuoso-opensource with apt-get"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq virtuoso-opensource >/dev/null
fi

cargo build --release --quiet --bin entente --example generate
ENTENTE="$TARGET/release/entente"

WORK=${BENCH_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/entente-remote-bench.XXXXXX")}
mkdir -p "$WORK"
VIRTUOSO_PID=""
cleanup() {
  if [ -n "$VIRTUOSO_PID" ]; then kill "$VIRTUOSO_PID" 2>/dev/null || true; wait "$VIRTUOSO_PID" 2>/dev/null || true; fi
  if [ "${BENCH_KEEP:-0}" != 1 ]; then rm -rf "$WORK"; fi
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# Starts a fresh Virtuoso in $1 and sets HTTP_PORT and VIRTUOSO_PID.
start_virtuoso() {
  local dir=$1
  if [ -n "$VIRTUOSO_PID" ]; then kill "$VIRTUOSO_PID"; wait "$VIRTUOSO_PID" 2>/dev/null || true; fi
  mkdir -p "$dir"
  local sql_port; sql_port=$(free_port)
  HTTP_PORT=$(free_port)
  cat >"$dir/virtuoso.ini" <<INI
[Database]
DatabaseFile = $dir/virtuoso.db
ErrorLogFile = $dir/virtuoso.log
LockFile = $dir/virtuoso.lck
TransactionFile = $dir/virtuoso.trx
xa_persistent_file = $dir/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = $dir/virtuoso-temp.db
TransactionFile = $dir/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:$sql_port
DisableUnixSocket = 1
CaseMode = 2
NumberOfBuffers = 170000
MaxDirtyBuffers = 130000
DirsAllowed = .
[HTTPServer]
ServerPort = 127.0.0.1:$HTTP_PORT
ServerRoot = $dir
ServerThreads = 10
MaxClientConnections = 10
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 600
INI
  (cd "$dir" && exec virtuoso-t +foreground +configfile "$dir/virtuoso.ini" >/dev/null 2>&1) &
  VIRTUOSO_PID=$!
  for _ in $(seq 1 300); do
    if curl -fs -o /dev/null "http://127.0.0.1:$HTTP_PORT/sparql?query=ASK%7B%7D"; then return; fi
    sleep 0.2
  done
  say "Virtuoso did not start; see $dir/virtuoso.log"
  exit 1
}

say "generating $ARTICLES articles (seed $SEED)"
"$TARGET/release/examples/generate" --out "$WORK/corpus" --articles "$ARTICLES" --seed "$SEED" >/dev/null

# Runs an ingest, prints "seconds<TAB>summary".
timed_ingest() {
  local start end summary
  start=$(date +%s.%N)
  summary=$("$@" ingest --quiet "$WORK/corpus" 2>&1 | grep 'stored' | sed 's/^entente: //')
  end=$(date +%s.%N)
  printf '%s\t%s\n' "$(echo "$end - $start" | bc)" "$summary"
}

row() {
  local name=$1 result=$2
  local seconds=${result%%$'\t'*} summary=${result#*$'\t'}
  printf '| %s | %.1f | %.0f | %s |\n' "$name" "$seconds" "$(echo "$ARTICLES / $seconds" | bc -l)" "$summary"
}

echo "| target | seconds | articles/s | summary |"
echo "|---|---:|---:|---|"

say "embedded store"
row "embedded store (RocksDB)" "$(timed_ingest "$ENTENTE" --store "$WORK/store")"

export ENTENTE_PASSWORD=dba
say "Virtuoso, Graph Store PUT"
start_virtuoso "$WORK/virtuoso-gsp"
GSP=("$ENTENTE" --endpoint "http://127.0.0.1:$HTTP_PORT/sparql-auth"
  --graph-store "http://127.0.0.1:$HTTP_PORT/sparql-graph-crud-auth" --user dba)
row "Virtuoso 7.2, Graph Store PUT" "$(timed_ingest "${GSP[@]}")"
say "Virtuoso, Graph Store PUT, again"
row "Virtuoso 7.2, Graph Store PUT, again (all replaced)" "$(timed_ingest "${GSP[@]}")"

say "Virtuoso, SPARQL Update"
start_virtuoso "$WORK/virtuoso-update"
row "Virtuoso 7.2, SPARQL Update (DROP + INSERT DATA)" \
  "$(timed_ingest "$ENTENTE" --endpoint "http://127.0.0.1:$HTTP_PORT/sparql-auth" --user dba)"
say "done ($(nproc) cores; entente sends 4 requests at a time)"
