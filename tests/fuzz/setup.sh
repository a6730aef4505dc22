#!/usr/bin/env bash
# Create/refresh the virtualenv holding Schemathesis, the API fuzzer that tests/fuzz/run.sh drives.
#
#   tests/fuzz/setup.sh [VENV_DIR]     (default: $CITYBADGES_FUZZ_VENV or
#                                       /var/tmp/citybadges-fuzz-venv)
#
# Idempotent: a stamp file in the venv holds the sha256 of requirements.txt (plus the
# interpreter version); when it matches and `st --version` answers, nothing is installed.
# Concurrent callers are serialised with flock.
# stdout: exactly one line, the venv's python path (the `st` command sits beside it, in the
# same bin/ directory). Everything else -> stderr.
# Bootstrap interpreter: $PYTHON, else python3.11, else python3 (3.11 expected).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REQ="$HERE/requirements.txt"
VENV="${1:-${CITYBADGES_FUZZ_VENV:-/var/tmp/citybadges-fuzz-venv}}"
STAMP="$VENV/.citybadges-fuzz-requirements.sha256"

log() { echo "fuzz-setup: $*" >&2; }

if [ -n "${PYTHON:-}" ]; then
    BOOT="$PYTHON"
elif command -v python3.11 >/dev/null 2>&1; then
    BOOT=python3.11
else
    BOOT=python3
fi

mkdir -p "$(dirname "$VENV")"
exec 9>"$VENV.lock"
if command -v flock >/dev/null 2>&1; then
    flock 9
fi

want="$(sha256sum <"$REQ" | cut -d' ' -f1)"
py="$VENV/bin/python"
st="$VENV/bin/st"
pyver() { "$1" -c 'import sys; print("%d.%d" % sys.version_info[:2])'; }

if [ -x "$py" ] && [ -f "$STAMP" ]; then
    want_full="$want $(pyver "$py" 2>/dev/null || echo none)"
    if [ "$(cat "$STAMP")" = "$want_full" ] && "$st" --version >/dev/null 2>&1; then
        log "up to date ($VENV)"
        echo "$py"
        exit 0
    fi
fi

if [ ! -x "$py" ]; then
    ver="$(pyver "$BOOT")"
    if [ "$ver" != "3.11" ]; then
        log "warning: $BOOT is Python $ver; requirements.txt is pinned for 3.11"
    fi
    log "creating venv $VENV with $BOOT"
    "$BOOT" -m venv "$VENV" >&2
fi

log "installing $REQ"
"$py" -m pip install --disable-pip-version-check --no-input -q -r "$REQ" >&2
"$py" -m pip check --disable-pip-version-check >&2
log "$("$st" --version)"

echo "$want $(pyver "$py")" >"$STAMP"
log "installed into $VENV"
echo "$py"
