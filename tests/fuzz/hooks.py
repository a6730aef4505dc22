"""Schemathesis hooks for tests/fuzz/run.sh (loaded through SCHEMATHESIS_HOOKS).

Two guards, both applied just before each request is sent:

* Every request goes to 127.0.0.1 and nowhere else: anything else stops the run.
* `POST /api/v1/verify` fetches the credential from a `url` field. Generated URLs could name
  hosts off this machine, so no generated `url` is ever sent: a schema-valid (positive) case
  asks for the server's own credential (read from its database, not fetched) or a credential
  of this server that does not exist (404); a schema-violating (negative) case whose `url`
  could be read as a web address gets an address on a closed loopback port, longer than the
  document allows (so the case still violates the schema; the server refuses it before any
  fetch, and would not fetch a loopback address anyway). The server
  also runs with HTTP(S)_PROXY pointing at a closed loopback port, so a fetch that got through
  anyway could not leave the machine.

Then, for schema-valid cases only, what the API document states in words because no schema can
(see the operations' descriptions) is made true, so that the positive-data check judges what
the document does say: names that must exist (the city's topics and neighbourhoods, the
organization's badges), an award's `valid_until` in the future, a session that ends after it
starts, an age range in order, the search parameters that need each other (lat with lng; a
point for `radius_km` and `sort=nearest`), and a VC-API credential to sign that does not name
another issuer. Schema-valid award batches are cut to a few awards (a full one is a load test). Now and then the verify routes get a genuine credential the server signed, so
the proof, issuer and status checks run too. Schema-violating cases are never touched (beyond
the `url` guard): each must stay the rejection it was generated as.
"""

from __future__ import annotations

import copy
import json
import os
import random
from datetime import datetime, timedelta
from urllib.parse import urlsplit

import schemathesis

ALLOWED_HOST = "127.0.0.1"
# Files prepare.py leaves in the run's folder: a credential the server signed, its address, and
# the names that exist (topics, neighbourhoods, the organization's badges).
_DIR = os.environ.get("CITYBADGES_FUZZ_DIR", "")
_DEAD_URL = "http://127.0.0.1:9/fuzz"
_MAX_BATCH = 25
# The longest `url` the document allows.
_MAX_URL = 2000


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
_NAMES = json.loads(_read("names.json") or "{}")
_TOPICS = _NAMES.get("topics") or []
_HOODS = _NAMES.get("hoods") or []
_BADGES = _NAMES.get("badges") or []
_RNG = random.Random(os.environ.get("CITYBADGES_FUZZ_SEED", "0"))


def _looks_like_address(value: str) -> bool:
    # Deliberately broad: the server's URL parser strips whitespace and control characters,
    # accepts backslashes and any letter case, so judge the folded text.
    folded = "".join(ch for ch in value if ch.isprintable() and not ch.isspace()).lower()
    return any(marker in folded for marker in ("http", "//", "\\\\", ":/", ":\\", "%2f", "%5c", "www", "."))


def _is_positive(case) -> bool:
    meta = getattr(case, "meta", None)
    return meta is not None and meta.generation.mode.is_positive


def _guard_url(body, positive):
    # Only the top-level field is fetched (the body allows no other fields); a `url` inside a
    # credential (the issuer's home page) is signed data and never fetched.
    if not isinstance(body, dict) or not isinstance(body.get("url"), str):
        return
    if positive:
        if _CRED_URL and _RNG.random() < 0.8:
            body["url"] = _CRED_URL
        elif _CRED_URL:
            body["url"] = _CRED_URL.rsplit("/", 1)[0] + "/00000000-0000-0000-0000-000000000000"
        else:
            body["url"] = f"http://{ALLOWED_HOST}/credentials/none"
    elif _looks_like_address(body["url"]):
        # Still a schema-violating case (Schemathesis judges what is sent): longer than the
        # document allows, which the server refuses before fetching anything.
        body["url"] = _DEAD_URL + "/" + "x" * _MAX_URL


def _real_credential(body, key):
    if _CRED is not None and isinstance(body, dict) and key in body and _RNG.random() < 0.3:
        body[key] = copy.deepcopy(_CRED)


def _check_host(url, what):
    host = urlsplit(str(url)).hostname
    if host != ALLOWED_HOST:
        raise RuntimeError(f"refusing {what} {url!r}: the fuzz harness targets {ALLOWED_HOST} only")


def _existing(values, known, limit=None):
    """Known names in place of generated ones: as many as were generated (distinct, at most all)."""
    if not isinstance(values, list) or not known:
        return values
    count = min(len(values), len(known), limit if limit is not None else len(values))
    return _RNG.sample(known, count)


def _time(value):
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _activity(body):
    if not isinstance(body, dict):
        return
    body["topics"] = _existing(body.get("topics"), _TOPICS)
    body["badges"] = _existing(body.get("badges"), _BADGES)
    if isinstance(body.get("neighbourhood"), str) and body["neighbourhood"] not in _HOODS and _HOODS:
        body["neighbourhood"] = _RNG.choice(_HOODS)
    lo, hi = body.get("age_min"), body.get("age_max")
    if isinstance(lo, (int, float)) and isinstance(hi, (int, float)) and lo > hi:
        body["age_min"], body["age_max"] = hi, lo
    for session in body.get("sessions") or []:
        if not isinstance(session, dict):
            continue
        start, end = _time(session.get("starts_at")), _time(session.get("ends_at"))
        if start is None or end is None or end <= start:
            session["starts_at"] = "2031-03-01T16:00:00Z"
            session["ends_at"] = "2031-03-01T18:00:00Z"


def _award(award):
    if not isinstance(award, dict):
        return
    if _BADGES and award.get("achievement") not in _BADGES:
        award["achievement"] = _RNG.choice(_BADGES)
    if award.get("valid_until") is not None:
        award["valid_until"] = (datetime.now().astimezone() + timedelta(days=400)).isoformat(timespec="seconds")
    if award.get("recipient_user_id") is not None:
        # Account ids are not known here: the other way to name a recipient.
        award["recipient_user_id"] = None
        award["recipient_email"] = "fuzz-recipient@example.org"


def _search(query):
    if not isinstance(query, dict):
        return
    if ("lat" in query) != ("lng" in query):
        query.setdefault("lat", 41.88)
        query.setdefault("lng", -87.63)
    point = "lat" in query
    near = query.get("near")
    if isinstance(near, str) and near.strip() and near.strip() not in _HOODS and not point and _HOODS:
        query["near"] = _RNG.choice(_HOODS)
    placed = point or bool(isinstance(query.get("near"), str) and query["near"].strip())
    if not placed and (query.get("radius_km") is not None or query.get("sort") == "nearest") and _HOODS:
        query["near"] = _RNG.choice(_HOODS)


def _issue(body):
    if not isinstance(body, dict):
        return
    if _CRED is not None and "credential" in body and _RNG.random() < 0.3:
        body["credential"] = {k: copy.deepcopy(v) for k, v in _CRED.items() if k not in ("proof", "id")}
    credential = body.get("credential")
    if isinstance(credential, dict):
        credential.pop("issuer", None)


@schemathesis.hook
def before_call(context, case, kwargs):
    _check_host(kwargs.get("base_url") or case.operation.schema.get_base_url(), "to send a request to")
    path = case.operation.path
    positive = _is_positive(case)
    # Generated values may be shared between cases: change copies only.
    if isinstance(case.body, (dict, list)):
        case.body = copy.deepcopy(case.body)
    if isinstance(case.query, dict):
        case.query = copy.deepcopy(case.query)
    if path == "/api/v1/verify":
        if positive:
            _real_credential(case.body, "credential")
        _guard_url(case.body, positive)
    if not positive:
        return
    if path == "/credentials/verify":
        _real_credential(case.body, "verifiableCredential")
    elif path == "/credentials/issue":
        _issue(case.body)
    elif path == "/api/v1/orgs/{slug}/activities" and case.method.upper() == "POST":
        _activity(case.body)
    elif path == "/api/v1/orgs/{slug}/awards":
        _award(case.body)
    elif path == "/api/v1/orgs/{slug}/awards/batch" and isinstance(case.body, dict):
        awards = case.body.get("awards")
        if isinstance(awards, list):
            # Signing thousands of credentials is a load test (BENCHMARKS.md), longer than the
            # request timeout in a debug build: schema-valid batches are cut to a few awards.
            del awards[_MAX_BATCH:]
            for award in awards:
                _award(award)
    elif path == "/api/v1/search":
        _search(case.query)


@schemathesis.hook
def after_call(context, case, response):
    # The request that really went out (after redirects were followed, if any).
    _check_host(response.request.url, "the response of a request sent to")
