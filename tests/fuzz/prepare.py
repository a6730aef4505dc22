"""Prepare one fuzzing run against a served demo city (called by tests/fuzz/run.sh).

    prepare.py BASE_URL TOKEN ORG OUT_TOML

Signs in as the organization's demo administrator (for the session-only route), reads real
identifiers (organization, activity and badge slugs, award ids) so that generated requests reach
past the 404s, and writes the Schemathesis configuration. Only BASE_URL (127.0.0.1) is contacted.
"""

from __future__ import annotations

import json
import os
import re
import sys
from urllib.parse import urlsplit

import requests

DEMO_PASSWORD = os.environ.get("CITYBADGES_FUZZ_DEMO_PASSWORD", "citybadges-demo")


def log(msg: str) -> None:
    print(f"fuzz-prepare: {msg}", file=sys.stderr)


def get(s: requests.Session, url: str, **kw) -> dict:
    r = s.get(url, timeout=30, allow_redirects=False, **kw)
    r.raise_for_status()
    return r.json()


def sign_in(base: str, email: str) -> str | None:
    """The cb_session cookie of a signed-in demo administrator, or None (logged, not fatal)."""
    s = requests.Session()
    page = s.get(f"{base}/login", timeout=30, allow_redirects=False)
    m = re.search(r'name="csrf_token"\s+value="([^"]+)"', page.text) or re.search(
        r'value="([^"]+)"\s+name="csrf_token"', page.text
    )
    if not m:
        log("no csrf_token on /login; the session-only route is fuzzed without a session")
        return None
    r = s.post(
        f"{base}/login",
        data={"csrf_token": m.group(1), "email": email, "password": DEMO_PASSWORD},
        timeout=30,
        allow_redirects=False,
    )
    sid = s.cookies.get("cb_session")
    if r.status_code != 303 or not sid:
        log(f"sign-in as {email} answered {r.status_code}; fuzzing without a session")
        return None
    return sid


def toml_str(v: str) -> str:
    return json.dumps(v)  # a JSON string is a valid TOML basic string


def toml_list(values) -> str:
    return "[" + ", ".join(toml_str(str(v)) for v in values) + "]"


def main() -> int:
    base, token, org, out = sys.argv[1:5]
    assert urlsplit(base).hostname == "127.0.0.1", base
    s = requests.Session()
    auth = {"Authorization": f"Bearer {token}"}

    orgs = [o["slug"] for o in get(s, f"{base}/api/v1/organizations?per_page=100")["items"]]
    detail = get(s, f"{base}/api/v1/organizations/{org}")
    badges = [b["slug"] for b in detail.get("badges", [])]
    activities = [a["slug"] for a in get(s, f"{base}/api/v1/orgs/{org}/activities?per_page=100", headers=auth)["items"]]
    # Two awards of our own (mail goes to the data dir's outbox), so award routes see real ids.
    for n in range(2 if badges else 0):
        r = s.post(
            f"{base}/api/v1/orgs/{org}/awards",
            json={"achievement": badges[0], "recipient_email": f"fuzz-recipient-{n}@example.org"},
            headers=auth,
            timeout=60,
            allow_redirects=False,
        )
        if r.status_code != 201:
            log(f"could not create an award ({r.status_code}): {r.text[:300]}")
    award_list = get(s, f"{base}/api/v1/orgs/{org}/awards?per_page=100", headers=auth)["items"]
    awards = [a["id"] for a in award_list]
    # A real signed credential and its address, for hooks.py to hand to the verify routes now
    # and then (ours are resolved in process: nothing is fetched from the network).
    out_dir = os.path.dirname(os.path.abspath(out))
    if award_list:
        cred_url = award_list[0]["links"]["credential"]
        assert urlsplit(cred_url).hostname == "127.0.0.1", cred_url
        r = s.get(cred_url, headers={"Accept": "application/vc+ld+json"}, timeout=30, allow_redirects=False)
        if r.ok:
            with open(os.path.join(out_dir, "credential.json"), "w", encoding="utf-8") as f:
                f.write(r.text)
            with open(os.path.join(out_dir, "credential_url.txt"), "w", encoding="utf-8") as f:
                f.write(cred_url)
        else:
            log(f"could not read the credential at {cred_url} ({r.status_code})")
    # The organization's published activities, for the public activity route.
    public = [a["slug"] for a in get(s, f"{base}/api/v1/activities?organization={org}&per_page=100")["items"]]
    city = get(s, f"{base}/api/v1/city")
    topics = [t["slug"] for t in city.get("topics", []) if isinstance(t, dict) and "slug" in t]
    hoods = [n["slug"] for n in city.get("neighbourhoods", []) if isinstance(n, dict) and "slug" in n]
    session = sign_in(base, f"admin@{org}.demo.citybadges.org")
    # The names that exist, for hooks.py to use where the document says a value must name one.
    with open(os.path.join(out_dir, "names.json"), "w", encoding="utf-8") as f:
        json.dump({"topics": topics, "hoods": hoods, "badges": badges}, f)

    # Real values are drawn part of the time only, so random ones (404s, bad input) stay fuzzed.
    dictionaries = {
        "token_org": [org],
        "orgs": orgs or [org],
        "activities": activities or ["none"],
        "public_activities": public or ["none"],
        "emails": ["fuzz-recipient@example.org", f"admin@{org}.demo.citybadges.org"],
        # Replays (200) and conflicts (409) happen when a key comes back.
        "idempotency_keys": ["fuzz-key-1", "fuzz-key-2", "k"],
        "badges": badges or ["none"],
        "awards": awards or ["none"],
        "topics": topics or ["none"],
        "hoods": hoods or ["none"],
    }
    log(
        f"org {org}: {len(orgs)} organizations, {len(activities)} activities ({len(public)} published), {len(badges)} badges, "
        f"{len(awards)} awards; session: {'yes' if session else 'no'}"
    )

    lines = [
        "# Written by tests/fuzz/prepare.py for one run; not a checked-in file.",
        "max-redirects = 0",
        "request-timeout = 20",
        "",
        "[generation]",
        # No NUL bytes: header values and URLs cannot carry them, and they only add noise.
        "allow-x00 = false",
        "",
        "[auth.openapi.bearer]",
        f"bearer = {toml_str(token)}",
    ]
    if session:
        lines += ["", "[auth.openapi.session]", f"api_key = {toml_str(session)}"]
    for name, values in dictionaries.items():
        lines += ["", f"[dictionaries.{name}]", f"values = {toml_list(values)}"]

    def bind(path_regex: str, params: dict[str, tuple[str, float]]) -> None:
        nonlocal lines
        lines += ["", "[[operations]]", f"include-path-regex = {toml_str(path_regex)}", "[operations.parameters]"]
        for key, (dic, p) in params.items():
            lines.append(f"{toml_str(key)} = {{ dictionary = {toml_str(dic)}, probability = {p} }}")

    bind(r"^/api/v1/orgs/\{slug\}(/activities|/issuer-keys.*)?$", {"path.slug": ("token_org", 0.7)})
    bind(r"^/api/v1/orgs/\{slug\}/awards$", {"path.slug": ("token_org", 0.7), "body.achievement": ("badges", 0.6), "body.recipient_email": ("emails", 0.6), "header.Idempotency-Key": ("idempotency_keys", 0.6)})
    bind(r"^/api/v1/orgs/\{slug\}/awards/batch$", {"path.slug": ("token_org", 0.7), "body.awards[*].achievement": ("badges", 0.6), "body.awards[*].recipient_email": ("emails", 0.6), "header.Idempotency-Key": ("idempotency_keys", 0.6)})
    bind(r"^/api/v1/orgs/\{slug\}/awards/\{id\}", {"path.slug": ("token_org", 0.7), "path.id": ("awards", 0.6)})
    bind(r"^/api/v1/organizations/\{slug\}$", {"path.slug": ("orgs", 0.6)})
    bind(r"^/api/v1/organizations/\{org\}/activities/\{slug\}$", {"path.org": ("token_org", 0.7), "path.slug": ("public_activities", 0.7)})
    bind(r"^/api/v1/organizations/\{org\}/badges/\{slug\}$", {"path.org": ("token_org", 0.6), "path.slug": ("badges", 0.6)})
    bind(r"^/api/v1/(search|activities)$", {"query.topic": ("topics", 0.4), "query.neighbourhood": ("hoods", 0.4)})

    # The VC-API routes answer 422 with a verdict on the credential itself: not valid (its proof,
    # issuer, dates…) or not signable as JSON-LD (its @context, terms…). No schema can foresee
    # that, and it is not a refusal of the request's shape, so for these two operations 422 also
    # counts as accepting schema-valid data (hooks.py sends genuine credentials now and then, so
    # the 200/201 paths run too).
    # Issuing refuses, with 400 and every reason, a credential the VC data model forbids (the
    # VC-API's "invalid input"): also a verdict on the credential, not on the request's shape.
    # A body over the server's size limit is refused with 413 before its shape is read (it is
    # documented on every route that reads a body): a rejection like 400 or 422.
    lines += [
        "",
        "[checks.negative_data_rejection]",
        'expected-statuses = ["400", "401", "403", "404", "405", "406", "409", "413", "415", "422", "428", "429", "5xx"]',
    ]
    lines += [
        "",
        "[[operations]]",
        'include-path-regex = "^/credentials/verify$"',
        "[operations.checks.positive_data_acceptance]",
        'expected-statuses = ["2xx", "3xx", "401", "403", "404", "409", "422", "429", "5xx"]',
        "",
        "[[operations]]",
        'include-path-regex = "^/credentials/issue$"',
        "[operations.checks.positive_data_acceptance]",
        'expected-statuses = ["2xx", "3xx", "400", "401", "403", "404", "409", "422", "429", "5xx"]',
    ]

    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
