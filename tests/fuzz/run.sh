#!/usr/bin/env bash
# Fuzz the JSON API with Schemathesis against a running server, on both storage shapes.
#
#   tests/fuzz/run.sh BINARY [SHAPE...]      SHAPE: sqlite, postgres (default: both)
#
# For each shape: serve the demo city from BINARY on a free 127.0.0.1 port (SQLite embedded, or
# a fresh PostgreSQL database + Redis under a unique key prefix), wait for /healthz, create an
# API token for a demo organization's administrator and sign that administrator in (for the
# session-only route), then let Schemathesis generate requests from /api/openapi.json and check
# every answer: no 5xx, documented status codes, content types, headers and response schemas,
# 405 for undocumented methods, invalid input rejected, valid input accepted, auth enforced.
# Afterwards the server is stopped, the database dropped and the Redis keys deleted (trap).
#
# Bounded: at most $CITYBADGES_FUZZ_MAX_EXAMPLES generated cases per operation and phase
# (default 30), and each shape's Schemathesis run is stopped after $CITYBADGES_FUZZ_BUDGET
# seconds (default 90; about 35 s are needed on 2 cores, so both shapes take ~75 s in all). A
# run cut short still reports what it found, and fails the harness only for what it found,
# unless CITYBADGES_FUZZ_STRICT_BUDGET=1. An operation goes on being tested after its first
# failure, so that every distinct failure is reported (CITYBADGES_FUZZ_FIRST_FAILURE=1: stop).
#
# Other settings: CITYBADGES_FUZZ_SEED (reproduce a run; printed), CITYBADGES_FUZZ_CHECKS (comma
# list, default below), CITYBADGES_FUZZ_PHASES (default examples,coverage,fuzzing,stateful),
# CITYBADGES_FUZZ_WORKERS (default 2), CITYBADGES_FUZZ_EXTRA_ARGS (more `st run` options, split
# on spaces, e.g. "--include-path-regex /awards" or "--baseline FILE"), CITYBADGES_FUZZ_OUT
# (where logs and reports go; default a new /tmp/citybadges-fuzz.XXXXXX, kept),
# CITYBADGES_FUZZ_VENV (see setup.sh).
# PostgreSQL: 127.0.0.1:5432, user postgres, trust auth; Redis: $REDIS_URL or redis://127.0.0.1:6379.
# Nothing but 127.0.0.1 is contacted: hooks.py refuses any other target, and the server's own
# outgoing fetches (verification by URL) go to a closed loopback proxy.
#
# Exit status: 0 when every shape ran and Schemathesis found nothing; 1 otherwise.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
say() { printf '[fuzz] %s\n' "$*"; }
die() { say "FATAL: $*" >&2; exit 1; }

[ $# -ge 1 ] || die "usage: $0 BINARY [sqlite|postgres ...]"
BIN="$(realpath "$1")"; shift
[ -x "$BIN" ] || die "$BIN is not an executable"
SHAPES=("$@")
[ ${#SHAPES[@]} -gt 0 ] || SHAPES=(sqlite postgres)
for s in "${SHAPES[@]}"; do
    case "$s" in sqlite|postgres) ;; *) die "unknown shape '$s' (sqlite or postgres)";; esac
done

MAX_EXAMPLES="${CITYBADGES_FUZZ_MAX_EXAMPLES:-30}"
CONTINUE=()
[ "${CITYBADGES_FUZZ_FIRST_FAILURE:-0}" = 1 ] || CONTINUE=(--continue-on-failure)
BUDGET="${CITYBADGES_FUZZ_BUDGET:-90}"
WORKERS="${CITYBADGES_FUZZ_WORKERS:-2}"
PHASES="${CITYBADGES_FUZZ_PHASES:-examples,coverage,fuzzing,stateful}"
CHECKS="${CITYBADGES_FUZZ_CHECKS:-not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,response_headers_conformance,unsupported_method,negative_data_rejection,positive_data_acceptance,missing_required_header,ignored_auth,use_after_free,ensure_resource_availability}"
SEED="${CITYBADGES_FUZZ_SEED:-$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')}"
PG_ADMIN=(psql -h 127.0.0.1 -p 5432 -U postgres -d postgres -v ON_ERROR_STOP=1 -q -X)
REDIS="${REDIS_URL:-redis://127.0.0.1:6379}"
case "$REDIS" in redis://127.0.0.1:*|redis://localhost:*) ;; *) die "REDIS_URL must be on 127.0.0.1 (got $REDIS)";; esac

OUT="${CITYBADGES_FUZZ_OUT:-$(mktemp -d /tmp/citybadges-fuzz.XXXXXX)}"
mkdir -p "$OUT"
OUT="$(realpath "$OUT")"

PY="$(bash "$HERE/setup.sh")"
ST="$(dirname "$PY")/st"
say "schemathesis: $("$ST" --version); seed $SEED; at most $MAX_EXAMPLES cases per operation; ${BUDGET}s per shape; output in $OUT"

# --- what each shape leaves behind, undone by the trap -------------------------------------------
SERVER_PID=""
DB_NAME=""
KEY_PREFIX=""

stop_server() {
    if [ -n "$SERVER_PID" ]; then
        kill "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
        SERVER_PID=""
    fi
}

cleanup_shape() {
    stop_server
    if [ -n "$DB_NAME" ]; then
        "${PG_ADMIN[@]}" -c "DROP DATABASE IF EXISTS \"$DB_NAME\" WITH (FORCE)" >/dev/null 2>&1 \
            || say "warning: could not drop database $DB_NAME" >&2
        DB_NAME=""
    fi
    if [ -n "$KEY_PREFIX" ]; then
        redis-cli -u "$REDIS" --scan --pattern "${KEY_PREFIX}*" 2>/dev/null \
            | xargs -r -n 500 redis-cli -u "$REDIS" DEL >/dev/null 2>&1 || true
        KEY_PREFIX=""
    fi
}
trap cleanup_shape EXIT
trap 'exit 130' INT TERM

free_port() {
    "$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# The server's environment: nothing inherited that would point it elsewhere, and outgoing
# fetches (badge verification by URL) forced through a closed loopback port.
SERVER_ENV=(
    -u DATABASE_URL -u REDIS_URL -u SMTP_URL -u MEILI_URL -u MEILI_MASTER_KEY
    -u CITYBADGES_MODE -u CITYBADGES_SEARCH__BACKEND -u NO_PROXY -u no_proxy
    HTTP_PROXY=http://127.0.0.1:9 HTTPS_PROXY=http://127.0.0.1:9 ALL_PROXY=http://127.0.0.1:9
    http_proxy=http://127.0.0.1:9 https_proxy=http://127.0.0.1:9 all_proxy=http://127.0.0.1:9
    # The fuzzer calls the verify routes far more often than a person: keep them out of 429s.
    CITYBADGES_RATE_LIMITS__VERIFY_PER_MINUTE=1000000
    CITYBADGES_SEARCH__REFRESH_MINUTES=0
    CITYBADGES_LOG_FORMAT=json RUST_LOG=info
)

# start_server SHAPE DIR PORT [VAR=VALUE...]: serve in the background (SERVER_PID), wait for /healthz.
start_server() {
    local shape=$1 dir=$2 port=$3; shift 3
    env "${SERVER_ENV[@]}" "$@" "$BIN" serve --demo --bind "127.0.0.1:$port" --data-dir "$dir/data" \
        >>"$dir/server.log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 450); do
        if curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$port/healthz" 2>/dev/null; then return 0; fi
        kill -0 "$SERVER_PID" 2>/dev/null || break
        sleep 0.2
    done
    say "[$shape] the server did not answer /healthz within 90 s; its log ends with:"
    tail -n 30 "$dir/server.log" | sed 's/^/    /'
    return 1
}

declare -A RESULT DURATION
OVERALL=0

run_shape() {
    local shape=$1 dir="$OUT/$1" port base extra=() started
    started=$(date +%s)
    rm -rf "$dir"; mkdir -p "$dir/data" "$dir/report"
    if [ "$shape" = postgres ]; then
        pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1 || { say "PostgreSQL is not reachable on 127.0.0.1:5432"; return 2; }
        redis-cli -u "$REDIS" ping >/dev/null 2>&1 || { say "Redis is not reachable at $REDIS"; return 2; }
        local tag; tag="$(date +%s)_$$_$RANDOM"
        DB_NAME="citybadges_fuzz_$tag"
        "${PG_ADMIN[@]}" -c "CREATE DATABASE \"$DB_NAME\"" || { DB_NAME=""; say "could not create a database"; return 2; }
        KEY_PREFIX="cbfuzz:$tag:"
        extra=(DATABASE_URL="postgres://postgres@127.0.0.1:5432/$DB_NAME" REDIS_URL="$REDIS"
               CITYBADGES_CACHE__KEY_PREFIX="$KEY_PREFIX")
    fi
    port="$(free_port)"
    base="http://127.0.0.1:$port"
    say "[$shape] seeding and serving the demo city at $base (log: $dir/server.log)"
    start_server "$shape" "$dir" "$port" "${extra[@]}" || return 2

    # The organization to act for, and an API token for its administrator. The server then
    # restarts with POST /credentials/issue (W3C VC-API, off by default) turned on for that
    # organization and the same token, so that route is fuzzed past its 404 too.
    local org token
    org="$(curl -fsS "$base/api/v1/organizations?per_page=1" | "$PY" -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["slug"])')" \
        || { say "[$shape] could not read an organization"; return 2; }
    token="$(env "${SERVER_ENV[@]}" "${extra[@]}" "$BIN" token create --org "$org" \
        --user "admin@$org.demo.citybadges.org" --name fuzz --data-dir "$dir/data" 2>"$dir/token.err")" \
        || { say "[$shape] token create failed:"; sed 's/^/    /' "$dir/token.err"; return 2; }
    stop_server
    start_server "$shape" "$dir" "$port" "${extra[@]}" \
        CITYBADGES_CREDENTIALS__VC_API_TOKEN="$token" CITYBADGES_CREDENTIALS__VC_API_ISSUER="$org" || return 2
    "$PY" "$HERE/prepare.py" "$base" "$token" "$org" "$dir/schemathesis.toml" \
        || { say "[$shape] could not prepare the run"; return 2; }
    say "[$shape] ready after $(( $(date +%s) - started ))s; fuzzing as $org's administrator"

    local rc=0 fuzz_started; fuzz_started=$(date +%s)
    # st runs in the shape's folder so nothing (e.g. .hypothesis) lands in the work tree.
    ( cd "$dir" && SCHEMATHESIS_HOOKS="$HERE/hooks.py" CITYBADGES_FUZZ_DIR="$dir" CITYBADGES_FUZZ_SEED="$SEED" \
        timeout --signal=INT --kill-after=20 "$BUDGET" \
        "$ST" --config-file "$dir/schemathesis.toml" run "$base/api/openapi.json" \
            --checks "$CHECKS" --phases "$PHASES" \
            --max-examples "$MAX_EXAMPLES" --workers "$WORKERS" --seed "$SEED" \
            --generation-database none --suppress-health-check all \
            --report junit,ndjson,json --report-dir "$dir/report" \
            --no-color --output-truncate false --output-sanitize false \
            "${CONTINUE[@]}" ${CITYBADGES_FUZZ_EXTRA_ARGS:-} \
    ) >"$dir/schemathesis.log" 2>&1 || rc=$?
    local took=$(( $(date +%s) - fuzz_started ))
    # The console report, from its summary on (every failure, with curl, is in the summary below
    # and in full in $dir/schemathesis.log).
    sed -n '/^=* SUMMARY =*$/,$p' "$dir/schemathesis.log" | sed 's/^/    /'
    if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
        say "[$shape] the ${BUDGET}s budget ran out after ${took}s; the run was cut short"
        if [ "${CITYBADGES_FUZZ_STRICT_BUDGET:-0}" = 1 ]; then
            rc=1
        elif "$PY" "$HERE/summarize.py" --quiet "$dir/report"; then
            rc=0
        else
            rc=1
        fi
    elif [ "$rc" != 0 ] && [ "$rc" != 1 ]; then
        say "[$shape] schemathesis stopped with status $rc:"
        tail -n 30 "$dir/schemathesis.log" | sed 's/^/    /'
        rc=1
    fi
    DURATION[$shape]="$took"
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
        say "[$shape] the server died during the run; its log ends with:"
        tail -n 30 "$dir/server.log" | sed 's/^/    /'
        rc=1
    fi
    # Errors the server logged (internal errors are also 5xx answers, which fail the run above).
    "$PY" - "$dir/server.log" <<'PYEOF' || true
import collections, json, sys
seen = collections.Counter()
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    try:
        e = json.loads(line)
    except ValueError:
        continue
    if e.get("level") == "ERROR":
        f = e.get("fields", {})
        seen[f"{e.get('target')}: {f.get('message', '')} {f.get('error', '')}".strip()] += 1
if seen:
    print("[fuzz]   the server logged errors:")
    for msg, n in seen.most_common(20):
        print(f"      {n:5d} x {msg[:300]}")
PYEOF
    return "$rc"
}

for shape in "${SHAPES[@]}"; do
    rc=0
    run_shape "$shape" || rc=$?
    cleanup_shape
    case "$rc" in
        0) RESULT[$shape]=passed ;;
        2) RESULT[$shape]="could not run"; OVERALL=1 ;;
        *) RESULT[$shape]=FAILED; OVERALL=1 ;;
    esac
done

say "summary (seed $SEED, reports in $OUT):"
passed=0 failed=0
for shape in "${SHAPES[@]}"; do
    say "  $shape: ${RESULT[$shape]}${DURATION[$shape]:+ (fuzzing ${DURATION[$shape]}s)}"
    if [ -d "$OUT/$shape/report" ]; then "$PY" "$HERE/summarize.py" "$OUT/$shape/report" | sed 's/^/      /' || true; fi
    if [ "${RESULT[$shape]}" = passed ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
echo "fuzz: $passed passed, $failed failed"
exit "$OVERALL"
