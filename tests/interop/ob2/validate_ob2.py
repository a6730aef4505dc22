#!/usr/bin/env python3
"""Run the 1EdTech Open Badges 2.0 validator (PyPI `openbadges` 1.1.2) on one badge.

Usage:
    validate_ob2.py [--recipient-email EMAIL] [--recipient-profile JSON]
                    [--network-context] [--include-graph]
                    <assertion-url | assertion.json | baked.png | baked.svg>

Prints exactly ONE JSON object on stdout:
    {"valid": bool, "errorCount": n, "warningCount": n, "messages": [...],
     "revoked": bool, ...extra keys...}
Exit status: 0 iff valid, 1 otherwise (also on an internal failure), 2 on usage errors.

What the script adds around openbadges.verify():
  * JSON-LD context: the validator resolves "https://w3id.org/openbadges/v2" over
    the network through requests. This machine has no internet access, so by
    default every requests call for that URL (or its redirect target
    https://openbadgespec.org/v2/context.json) is answered in-process with the
    context bundled inside the validator (openbadges_context.OPENBADGES_CONTEXT_V2_DICT),
    which is identical to the published context.json.
    --network-context disables this and lets the validator fetch the context itself.
  * Interpreter: if started by a python without openbadges (e.g. plain `python`),
    the script re-executes itself with $CITYBADGES_OB2_VENV/bin/python (default
    /var/tmp/citybadges-ob2-venv) when that exists; run setup.sh first.
  * Loopback: 127.0.0.1/localhost/::1 are added to NO_PROXY so a proxy in the
    environment never intercepts requests to the test server. The validator itself
    does not refuse loopback URLs.
  * Caching: the validator is called with use_cache=False and cache_backend=None,
    so requests-cache is never used (every document is fetched fresh).
  * Revocation: openbadges 1.1.2 does NOT check revocation of hosted assertions
    (it ignores the HTTP status and the `revoked` property; it only checks
    RevocationLists for signed badges). Per the OB 2.0 spec ("Revoking Hosted
    Assertions": 410 Gone, or a body with revoked: true => revoked and invalid),
    the script re-fetches the hosted assertion URL the validator verified
    (report.validationSubject) and sets revoked=true / valid=false itself.
    "revokedBy" tells who decided: "validator", "http-410", "body-revoked" or null.
"""
import json
import os
import sys

USAGE = ("usage: validate_ob2.py [--recipient-email EMAIL] [--recipient-profile JSON] "
         "[--network-context] [--include-graph] <assertion-url|assertion.json|baked.png|baked.svg>")

CONTEXT_URLS = (
    "https://w3id.org/openbadges/v2",
    "http://w3id.org/openbadges/v2",
    "https://openbadgespec.org/v2/context.json",
)

ACCEPT = "application/ld+json, application/json"
FETCH_TIMEOUT = 20
DEFAULT_VENV = "/var/tmp/citybadges-ob2-venv"


def emit(obj, code):
    sys.stdout.write(json.dumps(obj, sort_keys=True) + "\n")
    sys.stdout.flush()
    sys.exit(code)


def failure(message, code=1, **extra):
    out = {"valid": False, "errorCount": 1, "warningCount": 0, "revoked": False,
           "revokedBy": None, "messages": [{"messageLevel": "ERROR", "result": message,
                                           "name": "VALIDATE_OB2_SCRIPT", "success": False}]}
    out.update(extra)
    emit(out, code)


def parse_args(argv):
    opts = {"email": [], "profile": None, "network_context": False, "include_graph": False}
    rest = []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a in ("-h", "--help"):
            failure(USAGE, 2)
        elif a == "--recipient-email":
            if i + 1 >= len(argv):
                failure(USAGE, 2)
            opts["email"].append(argv[i + 1])
            i += 2
            continue
        elif a.startswith("--recipient-email="):
            opts["email"].append(a.split("=", 1)[1])
        elif a == "--recipient-profile":
            if i + 1 >= len(argv):
                failure(USAGE, 2)
            opts["profile"] = argv[i + 1]
            i += 2
            continue
        elif a.startswith("--recipient-profile="):
            opts["profile"] = a.split("=", 1)[1]
        elif a == "--network-context":
            opts["network_context"] = True
        elif a == "--include-graph":
            opts["include_graph"] = True
        elif a.startswith("--"):
            failure("unknown option {}; {}".format(a, USAGE), 2)
        else:
            rest.append(a)
        i += 1
    if len(rest) != 1:
        failure(USAGE, 2)
    profile = None
    if opts["profile"] is not None:
        try:
            profile = json.loads(opts["profile"])
        except ValueError as e:
            failure("--recipient-profile is not JSON: {}".format(e), 2)
        if not isinstance(profile, dict):
            failure("--recipient-profile must be a JSON object", 2)
    if opts["email"]:
        profile = dict(profile or {})
        emails = profile.get("email", [])
        emails = emails if isinstance(emails, list) else [emails]
        profile["email"] = emails + opts["email"]
    return rest[0], profile, opts


def ensure_no_proxy_for_loopback():
    hosts = ["127.0.0.1", "localhost", "::1"]
    for var in ("NO_PROXY", "no_proxy"):
        cur = [h.strip() for h in os.environ.get(var, "").split(",") if h.strip()]
        os.environ[var] = ",".join(cur + [h for h in hosts if h not in cur])


def install_context_override(context_dict):
    """Answer requests for the OB v2 JSON-LD context from the bundled copy."""
    import requests
    from requests.adapters import HTTPAdapter
    from requests.structures import CaseInsensitiveDict

    body = json.dumps(context_dict).encode("utf-8")
    original_send = HTTPAdapter.send

    def send(self, request, *args, **kwargs):
        url = request.url.split("#", 1)[0]
        if url.rstrip("/") in CONTEXT_URLS:
            resp = requests.Response()
            resp.status_code = 200
            resp.reason = "OK"
            resp.headers = CaseInsensitiveDict({"Content-Type": "application/ld+json",
                                                "Content-Length": str(len(body))})
            resp._content = body
            resp.encoding = "utf-8"
            resp.url = request.url
            resp.request = request
            resp.connection = self
            return resp
        return original_send(self, request, *args, **kwargs)

    HTTPAdapter.send = send


def read_input(target):
    """Return (badge_input for openbadges.verify, input_kind)."""
    from openbadges.verifier.tasks.utils import is_url
    if is_url(target):
        return target, "url"
    if not os.path.isfile(target):
        failure("input is neither an http(s) URL nor an existing file: {}".format(target), 2)
    with open(target, "rb") as fh:
        head = fh.read(8)
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        kind = "baked-png"
    else:
        with open(target, "rb") as fh:
            text = fh.read().decode("utf-8", "replace").lstrip()
        if text.startswith("<") and "<svg" in text[:2000]:
            kind = "baked-svg"
        else:
            return text, "json"
    # Baked image: unbake it here and hand the validator the extracted string (URL,
    # JSON or JWS) -- exactly what openbadges.verify(file) does internally, minus two
    # validator bugs on Python 3: it crashes (py2-only `e.message`) on an image without
    # baked data, and the SVG unbaker returns the verify URL as bytes, which the
    # validator then rejects ("only URL, JSON, or JWS input implemented so far").
    from openbadges_bakery import unbake
    try:
        with open(target, "rb") as fh:
            data = unbake(fh)
    except Exception as e:  # noqa: BLE001
        failure("could not read baked data from {}: {}: {}".format(target, type(e).__name__, e),
                1, inputKind=kind)
    if isinstance(data, bytes):
        data = data.decode("utf-8")
    if not data or not data.strip():
        failure("no Open Badges data (PNG iTXt 'openbadges' / SVG openbadges:assertion) in {}".format(
            target), 1, inputKind=kind)
    return data.strip(), kind


def hosted_revocation_check(url):
    """Spec check the validator does not do: 410 Gone or revoked:true => revoked."""
    import requests
    info = {"checkedUrl": url, "httpStatus": None, "revokedBy": None, "revocationReason": None}
    try:
        r = requests.get(url, headers={"Accept": ACCEPT}, timeout=FETCH_TIMEOUT)
    except Exception as e:  # noqa: BLE001
        info["fetchError"] = "{}: {}".format(type(e).__name__, e)
        return info
    info["httpStatus"] = r.status_code
    info["contentType"] = r.headers.get("Content-Type")
    body = None
    try:
        body = r.json()
    except ValueError:
        pass
    if isinstance(body, dict):
        if body.get("revocationReason") is not None:
            info["revocationReason"] = body.get("revocationReason")
        rv = body.get("revoked")
        if rv is True or (isinstance(rv, str) and rv.lower() == "true"):
            info["revokedBy"] = "body-revoked"
    if r.status_code == 410:
        info["revokedBy"] = "http-410"
    return info


def reexec_in_venv(argv):
    """Started by a python without openbadges: re-run with the venv's python if
    setup.sh has created it ($CITYBADGES_OB2_VENV or /var/tmp/citybadges-ob2-venv)."""
    venv = os.environ.get("CITYBADGES_OB2_VENV", DEFAULT_VENV)
    py = os.path.join(venv, "bin", "python")
    if os.environ.get("CITYBADGES_OB2_REEXEC") or not os.access(py, os.X_OK):
        return
    if os.path.realpath(sys.prefix) == os.path.realpath(venv):
        return
    os.environ["CITYBADGES_OB2_REEXEC"] = "1"
    sys.stdout.flush()
    os.execv(py, [py, os.path.abspath(__file__)] + list(argv))


def main(argv):
    target, profile, opts = parse_args(argv)
    ensure_no_proxy_for_loopback()

    try:
        import openbadges
        from openbadges.verifier.openbadges_context import OPENBADGES_CONTEXT_V2_DICT
    except Exception as e:  # noqa: BLE001
        reexec_in_venv(argv)
        failure("cannot import openbadges with {} (run tests/interop/ob2/setup.sh and use the "
                "python it prints): {}: {}".format(sys.executable, type(e).__name__, e))

    if not opts["network_context"]:
        install_context_override(OPENBADGES_CONTEXT_V2_DICT)

    badge_input, kind = read_input(target)
    try:
        result = openbadges.verify(badge_input, recipient_profile=profile,
                                   use_cache=False, cache_backend=None)
    except Exception as e:  # noqa: BLE001
        import traceback
        failure("validator crashed: {}: {}".format(type(e).__name__, e), 1,
                inputKind=kind, traceback=traceback.format_exc())

    report = result.get("report", {})
    messages = list(report.get("messages", []))
    error_count = int(report.get("errorCount", 0))
    warning_count = int(report.get("warningCount", 0))
    valid = bool(report.get("valid"))

    revoked_by = None
    revocation_reason = None
    # Validator's own revocation verdict (RevocationList check for signed badges).
    for m in messages:
        if m.get("name") == "VERIFY_SIGNED_ASSERTION_NOT_REVOKED" and not m.get("success", True):
            revoked_by = "validator"
            revocation_reason = m.get("result")

    subject = report.get("validationSubject")
    revocation = None
    from openbadges.verifier.tasks.utils import is_url
    if isinstance(subject, str) and is_url(subject):
        revocation = hosted_revocation_check(subject)
        if revoked_by is None and revocation.get("revokedBy"):
            revoked_by = revocation["revokedBy"]
            revocation_reason = revocation.get("revocationReason")
            messages.append({
                "messageLevel": "ERROR", "name": "VALIDATE_OB2_SCRIPT_HOSTED_REVOCATION",
                "success": False,
                "result": "Hosted assertion {} is revoked ({}; HTTP {}){}".format(
                    subject, revoked_by, revocation.get("httpStatus"),
                    ": " + str(revocation_reason) if revocation_reason else ""),
            })
            error_count += 1
            valid = False

    out = {
        "valid": valid,
        "errorCount": error_count,
        "warningCount": warning_count,
        "messages": messages,
        "revoked": revoked_by is not None,
        "revokedBy": revoked_by,
        "revocationReason": revocation_reason,
        "validatorValid": bool(report.get("valid")),
        "validationSubject": subject,
        "openBadgesVersion": report.get("openBadgesVersion"),
        "recipientProfile": report.get("recipientProfile"),
        "inputKind": kind,
        "hostedCheck": revocation,
    }
    if opts["include_graph"]:
        out["graph"] = result.get("graph")
    emit(out, 0 if valid else 1)


if __name__ == "__main__":
    main(sys.argv[1:])
