#!/usr/bin/env bash
# Time from start to the first prompt of the interactive session, on a store holding the
# dev corpus (../shared/corpus/dev/*.txt). A benchmark, not a test: it prints milliseconds
# (median, min and max over RUNS starts, after one warm-up) and never fails on a number.
#
#   bench/repl-startup.sh [RUNS]      RUNS defaults to 20
#   ENTENTE_DEV_CORPUS=DIR bench/repl-startup.sh   another folder of articles
#
# Each start runs in a pseudo-terminal (Python's pty module), as a person's would; the clock
# stops when "entente> " appears, then Ctrl-D ends the session. Target: ≤ 150 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-20}"
corpus="${ENTENTE_DEV_CORPUS:-../shared/corpus/dev}"

cargo build --release --quiet
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A private copy: other builds sharing target/ cannot swap the binary mid-run.
cp target/release/entente "$work/entente"
shopt -s nullglob
articles=("$corpus"/*.txt)
if [ "${#articles[@]}" -eq 0 ]; then
  echo "repl-startup: no articles in $corpus" >&2
  exit 1
fi
"$work/entente" --store "$work/store" ingest --quiet "${articles[@]}" || true

python3 - "$work" "$runs" <<'PY'
import os, pty, select, statistics, sys, time

work, runs = sys.argv[1], int(sys.argv[2])
binary, store = os.path.join(work, "entente"), os.path.join(work, "store")
env = dict(os.environ, TERM="xterm", NO_COLOR="1", ENTENTE_HISTORY="")

def start_to_prompt():
    started = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(work)
        os.execve(binary, [binary, "--store", store], env)
    seen, elapsed = b"", None
    while elapsed is None:
        ready, _, _ = select.select([fd], [], [], 10)
        if not ready:
            raise SystemExit("repl-startup: no prompt within 10 s")
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
print(f"start to prompt: {statistics.median(times):.1f} ms median "
      f"(min {min(times):.1f}, max {max(times):.1f}, {runs} runs)")
PY
