#!/usr/bin/env bash
# Time from start to the first prompt of the interactive session. A benchmark, not a test:
# it prints one summary line (median, min and max over RUNS starts, after one warm-up), then
# the median in milliseconds alone on the last line, and never fails on a number.
#
#   bench/repl-startup.sh               a fresh store of the dev corpus, 20 starts
#   bench/repl-startup.sh STORE [RUNS]  an existing store (bench/run.sh passes its own)
#   bench/repl-startup.sh RUNS          the dev corpus, RUNS starts
#   ENTENTE_DEV_CORPUS=DIR bench/repl-startup.sh   another folder of articles (*.txt)
#
# Each start runs in a pseudo-terminal (Python's pty module), as a person's would; the clock
# stops when "entente> " appears, then Ctrl-D ends the session. Target: ≤ 150 ms on the dev
# corpus.
set -euo pipefail
store=""
runs=20
if [ "$#" -gt 0 ] && [[ "$1" =~ ^[0-9]+$ ]]; then
  runs="$1"
elif [ "$#" -gt 0 ]; then
  [ -d "$1" ] || { echo "repl-startup: no store folder $1" >&2; exit 1; }
  store="$(cd "$1" && pwd)"
  runs="${2:-20}"
fi
cd "$(dirname "$0")/.."
corpus="${ENTENTE_DEV_CORPUS:-../shared/corpus/dev}"

cargo build --release --quiet
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A private copy: other builds sharing target/ cannot swap the binary mid-run.
cp "${CARGO_TARGET_DIR:-target}/release/entente" "$work/entente"
if [ -z "$store" ]; then
  shopt -s nullglob
  articles=("$corpus"/*.txt)
  if [ "${#articles[@]}" -eq 0 ]; then
    echo "repl-startup: no articles in $corpus" >&2
    exit 1
  fi
  store="$work/store"
  "$work/entente" --store "$store" ingest --quiet "${articles[@]}" 2>/dev/null || true
fi

python3 - "$work" "$store" "$runs" <<'PY'
import os, pty, select, statistics, sys, time

work, store, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
binary = os.path.join(work, "entente")
env = dict(os.environ, TERM="xterm", NO_COLOR="1", ENTENTE_HISTORY="")

def start_to_prompt():
    started = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(work)
        os.execve(binary, [binary, "--store", store], env)
    seen, elapsed = b"", None
    while elapsed is None:
        ready, _, _ = select.select([fd], [], [], 60)
        if not ready:
            raise SystemExit("repl-startup: no prompt within 60 s")
        seen += os.read(fd, 65536)
        if b"entente> " in seen:
            elapsed = (time.perf_counter() - started) * 1000
    os.write(fd, b"\x04")
    try:
        while os.read(fd, 65536):
            pass
    except OSError:
        pass
    os.waitpid(pid, 0)
    os.close(fd)
    return elapsed

start_to_prompt()  # warm-up: page cache, store files
times = [start_to_prompt() for _ in range(runs)]
median = statistics.median(times)
print(f"start to prompt: {median:.1f} ms median "
      f"(min {min(times):.1f}, max {max(times):.1f}, {runs} runs)")
print(f"{median:.0f}")
PY
