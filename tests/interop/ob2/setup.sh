#!/usr/bin/env bash
# Create/refresh the virtualenv holding the Open Badges 2.0 validator.
#
#   tests/interop/ob2/setup.sh [VENV_DIR]     (default: $CITYBADGES_OB2_VENV or
#                                              /var/tmp/citybadges-ob2-venv)
#
# Idempotent: a stamp file in the venv holds the sha256 of requirements.txt (plus
# the interpreter version); when it matches and `import openbadges` works,
# nothing is installed. Concurrent callers are serialised with flock.
# stdout: exactly one line, the venv's python path. Everything else -> stderr.
# Bootstrap interpreter: $PYTHON, else python3.11, else python3 (must be 3.11).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REQ="$HERE/requirements.txt"
VENV="${1:-${CITYBADGES_OB2_VENV:-/var/tmp/citybadges-ob2-venv}}"
STAMP="$VENV/.citybadges-ob2-requirements.sha256"

log() { echo "ob2-setup: $*" >&2; }

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

want="$(cat "$REQ" | sha256sum | cut -d' ' -f1)"
py="$VENV/bin/python"

if [ -x "$py" ] && [ -f "$STAMP" ]; then
    want_full="$want $("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null || echo none)"
    if [ "$(cat "$STAMP")" = "$want_full" ] && "$py" -c 'import openbadges, aiosmtpd' >/dev/null 2>&1; then
        log "up to date ($VENV)"
        echo "$py"
        exit 0
    fi
fi

if [ ! -x "$py" ]; then
    ver="$("$BOOT" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
    if [ "$ver" != "3.11" ]; then
        log "warning: $BOOT is Python $ver; requirements.txt is pinned for 3.11"
    fi
    log "creating venv $VENV with $BOOT"
    "$BOOT" -m venv "$VENV" >&2
fi

log "installing $REQ (--no-deps: openbadges 1.1.2's own pins do not work on 3.11)"
"$py" -m pip install --disable-pip-version-check --no-input -q --no-deps -r "$REQ" >&2
"$py" -c 'import openbadges, openbadges_bakery, aiosmtpd; from openbadges.verifier.openbadges_context import OPENBADGES_CONTEXT_V2_DICT' >&2

echo "$want $("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])')" >"$STAMP"
log "installed into $VENV"
echo "$py"
