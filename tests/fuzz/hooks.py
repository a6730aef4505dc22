"""Schemathesis hooks for tests/fuzz/run.sh (loaded through SCHEMATHESIS_HOOKS).

Two guards, both applied just before each request is sent:

* Every request goes to 127.0.0.1 and nowhere else: anything else stops the run.
* `POST /api/v1/verify` fetches the credential from a `url` field. Generated URLs could name
  hosts off this machine, so any `url` value that could be read as a web address is replaced by
  one on loopback (which the server refuses to fetch: private addresses are not allowed). The
  server also runs with HTTP(S)_PROXY pointing at a closed loopback port, so a fetch that got
  through anyway could not leave the machine.
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit

import schemathesis

ALLOWED_HOST = "127.0.0.1"
LOOPBACK_URL = os.environ.get("CITYBADGES_FUZZ_LOOPBACK_URL", "http://127.0.0.1:9/fuzz")


def _looks_like_address(value: str) -> bool:
    # Deliberately broad: the server's URL parser strips whitespace and control characters,
    # accepts backslashes and any letter case, so judge the folded text.
    folded = "".join(ch for ch in value if ch.isprintable() and not ch.isspace()).lower()
    return any(marker in folded for marker in ("http", "//", "\\\\", ":/", ":\\", "%2f", "%5c", "www", "."))


def _sanitize(body):
    if isinstance(body, dict):
        if "url" in body and isinstance(body["url"], str) and _looks_like_address(body["url"]):
            body["url"] = LOOPBACK_URL
        for key, value in list(body.items()):
            if isinstance(value, (dict, list)):
                _sanitize(value)
    elif isinstance(body, list):
        for item in body:
            _sanitize(item)


def _check_host(url, what):
    host = urlsplit(str(url)).hostname
    if host != ALLOWED_HOST:
        raise RuntimeError(f"refusing {what} {url!r}: the fuzz harness targets {ALLOWED_HOST} only")


@schemathesis.hook
def before_call(context, case, kwargs):
    _check_host(kwargs.get("base_url") or case.operation.schema.get_base_url(), "to send a request to")
    if case.operation.path.endswith("/verify"):
        _sanitize(case.body)


@schemathesis.hook
def after_call(context, case, response):
    # The request that really went out (after redirects were followed, if any).
    _check_host(response.request.url, "the response of a request sent to")
