"""Schemathesis hooks for tests/fuzz/run.sh (loaded through SCHEMATHESIS_HOOKS).

Two guards, both applied just before each request is sent:

* Every request goes to 127.0.0.1 and nowhere else: anything else stops the run.
* `POST /api/v1/verify` fetches the credential from a `url` field. Generated URLs could name
  hosts off this machine, so a `url` value that could be read as a web address is replaced by
  one on loopback: the server's own credential (read from its database, not fetched) or a
  closed port (which the server refuses to fetch: private addresses are not allowed). The
  server also runs with HTTP(S)_PROXY pointing at a closed loopback port, so a fetch that got
  through anyway could not leave the machine.

It also swaps, now and then, the generated credential for a real one the server signed, and
gives award requests that name no recipient a valid one half the time (the document cannot say
"exactly one of recipient_email and recipient_user_id", so generated awards rarely get that far).
"""

from __future__ import annotations

import copy
import json
import os
import random
from urllib.parse import urlsplit

import schemathesis

ALLOWED_HOST = "127.0.0.1"
# Files prepare.py leaves in the run's folder: a credential the server signed, and its address.
_DIR = os.environ.get("CITYBADGES_FUZZ_DIR", "")
_DEAD_URL = "http://127.0.0.1:9/fuzz"


def _read(name):
    try:
        with open(os.path.join(_DIR, name), encoding="utf-8") as f:
            return f.read().strip()
    except OSError:
        return None


_CRED_URL = _read("credential_url.txt")
_CRED = json.loads(_read("credential.json") or "null")
if _CRED_URL and urlsplit(_CRED_URL).hostname != ALLOWED_HOST:
    _CRED_URL = None
_RNG = random.Random(os.environ.get("CITYBADGES_FUZZ_SEED", "0"))


def _looks_like_address(value: str) -> bool:
    # Deliberately broad: the server's URL parser strips whitespace and control characters,
    # accepts backslashes and any letter case, so judge the folded text.
    folded = "".join(ch for ch in value if ch.isprintable() and not ch.isspace()).lower()
    return any(marker in folded for marker in ("http", "//", "\\\\", ":/", ":\\", "%2f", "%5c", "www", "."))


def _safe_url():
    return _CRED_URL if _CRED_URL and _RNG.random() < 0.5 else _DEAD_URL


def _sanitize(body):
    # Only the top-level field is fetched (the body allows no other fields); a `url` inside a
    # credential (the issuer's home page) is signed data and never fetched.
    if isinstance(body, dict) and isinstance(body.get("url"), str) and _looks_like_address(body["url"]):
        body["url"] = _safe_url()


def _real_credential(body, key):
    # Now and then verify a genuine credential, so the proof, issuer and status checks run too.
    if _CRED is not None and isinstance(body, dict) and key in body and _RNG.random() < 0.3:
        body[key] = copy.deepcopy(_CRED)


def _check_host(url, what):
    host = urlsplit(str(url)).hostname
    if host != ALLOWED_HOST:
        raise RuntimeError(f"refusing {what} {url!r}: the fuzz harness targets {ALLOWED_HOST} only")


def _add_recipient(award):
    if isinstance(award, dict) and award.get("recipient_email") is None \
            and award.get("recipient_user_id") is None and _RNG.random() < 0.5:
        award["recipient_email"] = "fuzz-recipient@example.org"
        award.pop("recipient_user_id", None)


@schemathesis.hook
def before_call(context, case, kwargs):
    _check_host(kwargs.get("base_url") or case.operation.schema.get_base_url(), "to send a request to")
    path = case.operation.path
    if path == "/api/v1/verify":
        _real_credential(case.body, "credential")
    elif path == "/credentials/verify":
        _real_credential(case.body, "verifiableCredential")
    elif path == "/api/v1/orgs/{slug}/awards":
        _add_recipient(case.body)
    elif path == "/api/v1/orgs/{slug}/awards/batch" and isinstance(case.body, dict):
        awards = case.body.get("awards")
        for award in awards if isinstance(awards, list) else []:
            _add_recipient(award)
    if path == "/api/v1/verify":
        _sanitize(case.body)


@schemathesis.hook
def after_call(context, case, response):
    # The request that really went out (after redirects were followed, if any).
    _check_host(response.request.url, "the response of a request sent to")
