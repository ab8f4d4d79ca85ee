#!/usr/bin/env bash
# Provisions what the test suite needs (PostgreSQL from Debian packages, started on a free port in a temporary folder),
# runs the whole suite, and prints the plain total "N passed, N failed" as its last line.
# Usage: bash scripts/test.sh [extra dotnet test arguments, e.g. --filter Category=Api]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '[test] %s\n' "$*" >&2; }
die() { printf '[test] FAILED: %s\n' "$*" >&2; echo "0 passed, 1 failed"; exit 1; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=0
apt_install() {
  if [ "$apt_updated" = 0 ]; then
    log "apt-get update"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null || die "apt-get update failed"
    apt_updated=1
  fi
  log "apt-get install $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null \
    || die "apt-get install $* failed"
}

# --- PostgreSQL ------------------------------------------------------------------------------------------------------
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
if [ -z "$(pg_bin)" ] || [ ! -x "$(pg_bin)/initdb" ]; then
  apt_install postgresql
fi
PG_BIN="$(pg_bin)"
[ -x "$PG_BIN/initdb" ] || die "PostgreSQL initdb not found after install"

free_port() { node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();})"; }

work="$(mktemp -d /tmp/lda-hub-test.XXXXXX)"
chmod 755 "$work" # the postgres user must reach its data folder inside
pg_port="$(free_port)"
pg_user=postgres
run_pg() { if [ "$(id -u)" = 0 ]; then runuser -u "$pg_user" -- "$@"; else "$@"; fi; }

pids=()
cleanup() {
  local code=$?
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [ -f "$work/pg/data/postmaster.pid" ]; then
    run_pg "$PG_BIN/pg_ctl" -D "$work/pg/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
  exit "$code"
}
trap cleanup EXIT

mkdir -p "$work/pg/sock" "$work/results"
[ "$(id -u)" = 0 ] && chown -R "$pg_user" "$work/pg"
log "starting PostgreSQL on 127.0.0.1:$pg_port"
run_pg "$PG_BIN/initdb" -D "$work/pg/data" -U postgres --auth=trust -E UTF8 --no-sync >"$work/initdb.log" 2>&1 \
  || { cat "$work/initdb.log" >&2; die "initdb failed"; }
run_pg "$PG_BIN/pg_ctl" -D "$work/pg/data" -l "$work/pg/log" -w -t 60 \
  -o "-p $pg_port -c listen_addresses=127.0.0.1 -k $work/pg/sock -c fsync=off -c max_connections=200" start >/dev/null \
  || { cat "$work/pg/log" >&2; die "PostgreSQL did not start"; }
export HUB_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres;Include Error Detail=true"

# --- Chromium, for the console's browser tests (Playwright drives Debian's build; it never downloads one) ------------
if [ ! -x /usr/bin/chromium ]; then
  apt_install chromium
fi
[ -x /usr/bin/chromium ] || die "chromium not found after install"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# Screenshots of every console page the browser tests visit stay here after the run (TestResults/ is git-ignored).
export HUB_TEST_RESULTS="$root/TestResults"

# --- Azurite (Azure Blob), s3rver (S3) and oidc-provider (OpenID Connect), from npm ----------------------------------
servers="$root/tests/servers"
if [ ! -x "$servers/node_modules/.bin/azurite-blob" ] || [ ! -x "$servers/node_modules/.bin/s3rver" ] \
  || [ ! -f "$servers/node_modules/oidc-provider/package.json" ]; then
  log "npm ci (test servers)"
  (cd "$servers" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || die "npm ci in tests/servers failed"
fi

wait_port() { # port name log
  for _ in $(seq 1 100); do
    if node -e "require('net').connect($1,'127.0.0.1').on('connect',()=>process.exit(0)).on('error',()=>process.exit(1))"; then return 0; fi
    sleep 0.2
  done
  cat "$3" >&2 || true; die "$2 did not open port $1"
}

azurite_port="$(free_port)"
mkdir -p "$work/azurite"
log "starting Azurite on 127.0.0.1:$azurite_port"
"$servers/node_modules/.bin/azurite-blob" --loose --skipApiVersionCheck --disableTelemetry --blobHost 127.0.0.1 \
  --blobPort "$azurite_port" -l "$work/azurite" >"$work/azurite.log" 2>&1 &
pids+=($!)
wait_port "$azurite_port" Azurite "$work/azurite.log"
# The account name and key are Azurite's public, documented development credentials, not a secret.
export HUB_TEST_AZURITE="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$azurite_port/devstoreaccount1;"

s3_port="$(free_port)"
mkdir -p "$work/s3"
log "starting s3rver on 127.0.0.1:$s3_port"
"$servers/node_modules/.bin/s3rver" -d "$work/s3" -a 127.0.0.1 -p "$s3_port" --silent >"$work/s3rver.log" 2>&1 &
pids+=($!)
wait_port "$s3_port" s3rver "$work/s3rver.log"
export HUB_TEST_S3="127.0.0.1:$s3_port"

oidc_port="$(free_port)"
log "starting oidc-provider on 127.0.0.1:$oidc_port"
node "$servers/oidc/server.mjs" "$oidc_port" >"$work/oidc.log" 2>&1 &
pids+=($!)
wait_port "$oidc_port" oidc-provider "$work/oidc.log"
export HUB_TEST_OIDC="http://127.0.0.1:$oidc_port"

# --- Deployment files (compose resolved without a daemon; docker-compose from Debian when no compose is there) ---------
log "validating deploy/"
bash "$root/scripts/validate-deploy.sh" >&2 || die "deploy/ does not validate (scripts/validate-deploy.sh)"

# --- The suite -------------------------------------------------------------------------------------------------------
# Build once, then run each test project with its own TRX file (projects sharing one run would share a file name).
log "dotnet build"
dotnet build Hub.sln -nologo -v q 2>&1 | tee "$work/dotnet-build.log" | grep -E "error|Warn|warn" || true
[ "${PIPESTATUS[0]}" = 0 ] || die "the build failed (see the errors above)"

status=0
for project in tests/*/*.Tests.csproj; do
  name="$(basename "$project" .csproj)"
  log "dotnet test $name"
  set +e
  dotnet test "$project" --no-build --logger "trx;LogFileName=$name.trx" --results-directory "$work/results" "$@" 2>&1 \
    | tee "$work/$name.log" | grep -vE '^\s*$'
  code=${PIPESTATUS[0]}
  set -e
  [ "$code" = 0 ] || status=$code
done

passed=0; failed=0; pg_ran=0
for trx in "$work"/results/*.trx; do
  [ -f "$trx" ] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1 || true)"
  p="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  f="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  n="$(grep -oE '<UnitTestResult [^>]*testName="[^"]*Postgres[^"]*"[^>]*outcome="Passed"' "$trx" | wc -l || true)"
  pg_ran=$((pg_ran + n))
done
log "tests that ran against the real PostgreSQL and passed: $pg_ran"
[ -d "$HUB_TEST_RESULTS/screenshots" ] && log "console screenshots: $HUB_TEST_RESULTS/screenshots"

# --- Benchmark smoke (issue 8) ---------------------------------------------------------------------------------------
# Every scenario of bench/Hub.Bench at its --quick size, and each micro-benchmark once: it proves they run and prints
# their JSON lines; no figure is compared with anything (this machine is shared; PERFORMANCE.md holds the real runs).
# Only on the whole suite: a run narrowed by a filter is somebody iterating on tests.
if [ $# -eq 0 ] && [ "${HUB_SKIP_BENCH_SMOKE:-0}" != 1 ]; then
  log "benchmark smoke: dotnet build -c Release bench"
  if dotnet build bench/Hub.Bench/Hub.Bench.csproj -c Release -nologo -v q >"$work/bench-build.log" 2>&1 \
    && dotnet build bench/Hub.Bench.Micro/Hub.Bench.Micro.csproj -c Release -nologo -v q >>"$work/bench-build.log" 2>&1; then
    for run in "ingest" "ingest --db postgres" "memory" "propagation" "match" "timeline"; do
      log "benchmark smoke: $run --quick"
      # shellcheck disable=SC2086 # the scenario and its options are words on purpose
      if HUB_BENCH_POSTGRES="$HUB_TEST_POSTGRES" dotnet run -c Release --no-build --project bench/Hub.Bench -- $run --quick \
        >"$work/bench.log" 2>&1; then
        tail -n 1 "$work/bench.log" >&2
      else
        tail -n 30 "$work/bench.log" >&2; log "benchmark smoke FAILED: $run"; failed=$((failed + 1)); status=1
      fi
    done
    log "benchmark smoke: micro-benchmarks, one iteration each"
    if (cd bench/Hub.Bench.Micro && dotnet run -c Release --no-build -- --filter '*' --job dry --inProcess >"$work/micro.log" 2>&1); then
      grep -E "^\| " "$work/micro.log" >&2 || true
    else
      tail -n 30 "$work/micro.log" >&2; log "benchmark smoke FAILED: micro-benchmarks"; failed=$((failed + 1)); status=1
    fi
  else
    tail -n 30 "$work/bench-build.log" >&2; log "benchmark smoke FAILED: the bench build"; failed=$((failed + 1)); status=1
  fi
fi

if [ "$status" != 0 ] && [ "$failed" = 0 ]; then failed=1; log "dotnet test exited with $status"; fi
echo "$passed passed, $failed failed"
exit "$status"
