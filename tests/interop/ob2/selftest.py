#!/usr/bin/env python3
"""Self-test / experiment record for validate_ob2.py, independent of the Rust server.

Runs a throwaway HTTP server on 127.0.0.1 (random port) that serves Open Badges 2.0
documents in exactly the shapes documented in README.md, then runs
validate_ob2.py (with the same interpreter) against many variants and checks the
verdicts. Each case lives under its own path prefix /c/<case>/.

    $(tests/interop/ob2/setup.sh) tests/interop/ob2/selftest.py [-v] [CASE...]

Ends with the line "N passed, N failed"; exit status 0 iff nothing failed.
"""
import base64
import hashlib
import json
import os
import struct
import subprocess
import sys
import threading
import zlib
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(HERE, "validate_ob2.py")
CTX = "https://w3id.org/openbadges/v2"
LD = "application/ld+json"
EMAIL = "alice@example.org"
SALT = "c1tyb4dg3s-salt"
ISSUED_ON = "2026-01-15T10:00:00Z"  # must not be in the future when the test runs


def identity(email=EMAIL, salt=SALT):
    return "sha256$" + hashlib.sha256((email + salt).encode("utf-8")).hexdigest()


def png_bytes(extra_chunks=()):
    """A tiny 2x2 RGBA PNG; extra_chunks are (type, data) inserted before IEND."""
    w = h = 2
    raw = b"".join(b"\x00" + b"\x1f\x6f\xbf\xff" * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    out = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0))
    out += chunk(b"IDAT", zlib.compress(raw))
    for t, d in extra_chunks:
        out += chunk(t, d)
    return out + chunk(b"IEND", b"")


def baked_png(payload):
    """Bake per the OB Baking spec: iTXt, keyword 'openbadges', uncompressed,
    empty language tag and translated keyword, UTF-8 text = URL or JSON."""
    data = b"openbadges" + b"\x00" + b"\x00" + b"\x00" + b"" + b"\x00" + b"" + b"\x00" + payload.encode("utf-8")
    return png_bytes([(b"iTXt", data)])


class Routes(object):
    def __init__(self):
        self.routes = {}
        self.hits = []
        self.lock = threading.Lock()

    def add(self, path, body, status=200, ctype=LD):
        if not isinstance(body, (bytes, bytearray)):
            body = json.dumps(body, indent=2).encode("utf-8")
        self.routes[path] = (status, ctype, bytes(body))


ROUTES = Routes()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        path = self.path.split("?", 1)[0]
        with ROUTES.lock:
            ROUTES.hits.append((path, self.headers.get("Accept")))
        status, ctype, body = ROUTES.routes.get(
            path, (404, "application/json", b'{"error":"not found"}'))
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def docs(base, case, **kw):
    """The three documents in the passing shape; kw tweaks them."""
    p = "{}/c/{}".format(base, case)
    issuer = {
        "@context": CTX,
        "id": p + "/ob2/issuer",
        "type": "Issuer",
        "name": "CityBadges Test City",
        "url": base + "/",
        "email": "badges@city.example",
    }
    badge = {
        "@context": CTX,
        "id": p + "/ob2/badges/old-town-walk",
        "type": "BadgeClass",
        "name": "Old Town Walk",
        "description": "Visited all checkpoints of the Old Town walk.",
        "image": p + "/ob2/badges/old-town-walk/image.png",
        "criteria": {"narrative": "Check in at all 5 checkpoints of the Old Town walk."},
        "issuer": issuer["id"],
    }
    assertion = {
        "@context": CTX,
        "id": p + "/ob2/assertions/a-1",
        "type": "Assertion",
        "recipient": {"type": "email", "hashed": True, "salt": SALT, "identity": identity()},
        "badge": badge["id"],
        "verification": {"type": "hosted"},
        "issuedOn": ISSUED_ON,
    }
    for name, doc in (("issuer", issuer), ("badge", badge), ("assertion", assertion)):
        for k, v in kw.get(name, {}).items():
            if v is None:
                doc.pop(k, None)
            else:
                doc[k] = v
    return issuer, badge, assertion


def publish(base, case, ctype=LD, assertion_status=200, assertion_body=None, image=True,
            image_ctype="image/png", **kw):
    issuer, badge, assertion = docs(base, case, **kw)
    pre = "/c/{}".format(case)
    ROUTES.add(pre + "/ob2/issuer", issuer, ctype=ctype)
    ROUTES.add(pre + "/ob2/badges/old-town-walk", badge, ctype=ctype)
    ROUTES.add(pre + "/ob2/assertions/a-1",
               assertion if assertion_body is None else assertion_body,
               status=assertion_status, ctype=ctype)
    if image:
        ROUTES.add(pre + "/ob2/badges/old-town-walk/image.png", png_bytes(), ctype=image_ctype)
    ROUTES.add(pre + "/criteria", b"<html>criteria</html>", ctype="text/html")
    return issuer, badge, assertion


def run_validator(args):
    p = subprocess.run([sys.executable, SCRIPT] + args, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=120)
    try:
        out = json.loads(p.stdout.decode("utf-8"))
    except ValueError:
        out = {"_raw_stdout": p.stdout.decode("utf-8", "replace"),
               "_stderr": p.stderr.decode("utf-8", "replace")[-2000:]}
    return p.returncode, out


def main(argv):
    verbose = "-v" in argv
    only = [a for a in argv if not a.startswith("-")]
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = "http://127.0.0.1:{}".format(server.server_address[1])
    tmp = os.environ.get("TMPDIR", "/tmp")
    future = (datetime.now(timezone.utc) + timedelta(hours=6)).strftime("%Y-%m-%dT%H:%M:%SZ")

    def url(case):
        return "{}/c/{}/ob2/assertions/a-1".format(base, case)

    cases = []

    def case(name, args, rc, valid, revoked=False, check=None, setup=None):
        cases.append((name, args, rc, valid, revoked, check, setup))

    def msgs(out):
        return " | ".join(m.get("result", "") for m in out.get("messages", []))

    # 1. Baseline: the documented shapes, application/ld+json.
    case("baseline-ld-json", lambda: [url("base")], 0, True,
         setup=lambda: publish(base, "base"),
         check=lambda o: o["errorCount"] == 0 and o["openBadgesVersion"] == "2.0" and all(
             acc == "application/ld+json, application/json, image/png, image/svg+xml"
             for path, acc in ROUTES.hits if path.startswith("/c/base/ob2/")
             and path != "/c/base/ob2/assertions/a-1"))
    # 2. Same with Content-Type application/json.
    case("content-type-application-json", lambda: [url("json")], 0, True,
         setup=lambda: publish(base, "json", ctype="application/json"))
    # 3. Content-Type is not checked at all for JSON documents.
    case("content-type-text-plain-also-accepted", lambda: [url("txt")], 0, True,
         setup=lambda: publish(base, "txt", ctype="text/plain"))
    # 4. criteria as a URL instead of an embedded object.
    case("criteria-url", lambda: [url("crit")], 0, True,
         setup=lambda: publish(base, "crit", badge={"criteria": base + "/c/crit/criteria"}))
    # 5. Issuer typed "Profile" instead of "Issuer".
    case("issuer-type-profile", lambda: [url("prof")], 0, True,
         setup=lambda: publish(base, "prof", issuer={"type": "Profile"}))
    # 6. Expected recipient email matches the salted hash.
    case("recipient-email-match", lambda: ["--recipient-email", EMAIL, url("rcpt")], 0, True,
         setup=lambda: publish(base, "rcpt"),
         check=lambda o: o["recipientProfile"] == {"email": EMAIL})
    # 7. Expected recipient email does not match.
    case("recipient-email-mismatch", lambda: ["--recipient-email", "bob@example.org", url("rcpt2")],
         1, False, setup=lambda: publish(base, "rcpt2"),
         check=lambda o: "did not match" in msgs(o))
    # 8. Unhashed recipient.
    case("recipient-unhashed", lambda: ["--recipient-email", EMAIL, url("plain")], 0, True,
         setup=lambda: publish(base, "plain", assertion={"recipient": {
             "type": "email", "hashed": False, "identity": EMAIL}}))
    # 9. Image URL answering 404: NOT detected by the validator (it only needs a
    #    response with a Content-Type header).
    case("image-404-not-detected", lambda: [url("img404")], 0, True,
         setup=lambda: publish(base, "img404", image=False))
    # 10. Image host unreachable -> error.
    case("image-unreachable", lambda: [url("imgdown")], 1, False,
         setup=lambda: publish(base, "imgdown", badge={"image": "http://127.0.0.1:9/none.png"}),
         check=lambda o: "Could not fetch image" in msgs(o))
    # 10b. Image served as text/html 200: also accepted (content not inspected).
    case("image-as-html-not-detected", lambda: [url("imghtml")], 0, True,
         setup=lambda: publish(base, "imghtml", image_ctype="text/html"))
    # 10c. BadgeClass image as a data: URI (allowed for BadgeClass.image).
    case("image-data-uri", lambda: [url("imgdata")], 0, True,
         setup=lambda: publish(base, "imgdata", badge={"image": "data:image/png;base64," +
                                                       base64.b64encode(png_bytes()).decode()}))
    # 11. BadgeClass without image -> error (image is required by the validator).
    case("badge-without-image", lambda: [url("noimg")], 1, False,
         setup=lambda: publish(base, "noimg", badge={"image": None}))
    # 12. issuedOn in the future -> error.
    case("issued-on-in-future", lambda: [url("fut")], 1, False,
         setup=lambda: publish(base, "fut", assertion={"issuedOn": future}),
         check=lambda o: "in the future" in msgs(o))
    # 13. Expired assertion -> error.
    case("expired", lambda: [url("exp")], 1, False,
         setup=lambda: publish(base, "exp", assertion={"expires": "2026-01-16T10:00:00Z"}),
         check=lambda o: "expired" in msgs(o))
    # 14. Issuer email missing: NOT detected by openbadges 1.1.2 (EMAIL is missing
    #     from its ValueTypes.PRIMITIVES, so the check is never queued). Serve it anyway.
    case("issuer-without-email-not-detected", lambda: [url("noemail")], 0, True,
         setup=lambda: publish(base, "noemail", issuer={"email": None}))
    # 14b. Wrong `type` on the linked BadgeClass / Issuer: NOT detected either.
    case("linked-node-type-not-checked", lambda: [url("types")], 0, True,
         setup=lambda: publish(base, "types", badge={"type": "Criteria"},
                               issuer={"type": "Evidence"}))
    # 15. Issuer id on another origin (localhost:PORT) than the assertion
    #     (127.0.0.1:PORT) and no verification policy -> error.
    other_origin_issuer = base.replace("127.0.0.1", "localhost") + "/c/origin/ob2/issuer"
    case("assertion-origin-mismatch", lambda: [url("origin")], 1, False,
         setup=lambda: publish(base, "origin", issuer={"id": other_origin_issuer},
                               badge={"issuer": other_origin_issuer}),
         check=lambda o: "not hosted in allowed origins" in msgs(o))
    # 15b. Assertion fetched at URL A declares id B (B serves the same document):
    #      warning "declared its id as", validator re-fetches B; the verdict is about B.
    def setup_idm():
        a = publish(base, "idm", assertion={"id": base + "/c/idm/ob2/assertions/a-1.json"})[2]
        ROUTES.add("/c/idm/ob2/assertions/a-1.json", a)
    case("assertion-id-differs-from-url", lambda: [url("idm")], 0, True, setup=setup_idm,
         check=lambda o: o["warningCount"] == 1 and "declared its id as" in msgs(o)
         and o["validationSubject"] == base + "/c/idm/ob2/assertions/a-1.json")
    # 16. Issuer verification policy with allowedOrigins "127.0.0.1:PORT": rejected,
    #     the validator requires a DNS host name there (no IP, no port).
    case("issuer-allowedOrigins-ip-port-rejected", lambda: [url("allow")], 1, False,
         setup=lambda: publish(base, "allow", issuer={"verification": {
             "type": "VerificationObject",
             "allowedOrigins": base.split("//", 1)[1]}}))
    # 17. Issuer verification policy startsWith: accepted.
    case("issuer-startsWith", lambda: [url("sw")], 0, True,
         setup=lambda: publish(base, "sw", issuer={"verification": {
             "type": "VerificationObject", "startsWith": base + "/c/sw/ob2/assertions/"}}))
    # 18. Revoked, spec style: 410 Gone + stripped body.
    case("revoked-410-stripped-body", lambda: [url("rev410")], 1, False, revoked=True,
         setup=lambda: publish(base, "rev410", assertion_status=410, assertion_body={
             "@context": CTX, "id": url("rev410"), "type": "Assertion",
             "revoked": True, "revocationReason": "Issued in error"}),
         check=lambda o: o["revokedBy"] == "http-410" and o["revocationReason"] == "Issued in error")
    # 19. Revoked: 410 Gone with the FULL assertion + revoked:true. The validator alone
    #     says valid (it ignores both); the script's spec check makes it invalid.
    case("revoked-410-full-body", lambda: [url("rev410full")], 1, False, revoked=True,
         setup=lambda: publish(base, "rev410full", assertion_status=410, assertion={
             "revoked": True, "revocationReason": "Issued in error"}),
         check=lambda o: o["validatorValid"] is True and o["revokedBy"] == "http-410")
    # 20. Revoked: 200 OK with the full assertion + revoked:true.
    case("revoked-200-body-flag", lambda: [url("rev200")], 1, False, revoked=True,
         setup=lambda: publish(base, "rev200", assertion={"revoked": True}),
         check=lambda o: o["validatorValid"] is True and o["revokedBy"] == "body-revoked")
    # 21. Explicit revoked:false is fine.
    case("revoked-false", lambda: [url("notrev")], 0, True,
         setup=lambda: publish(base, "notrev", assertion={"revoked": False}))
    # 22. Without the context override nothing validates (no internet here).
    case("network-context-fails-offline", lambda: ["--network-context", url("net")], 1, False,
         setup=lambda: publish(base, "net"))
    # 23. Baked PNG holding the assertion URL.
    bake_url = os.path.join(tmp, "ob2-selftest-baked-url-{}.png".format(os.getpid()))
    case("baked-png-url", lambda: [bake_url], 0, True,
         setup=lambda: (publish(base, "bakeu"),
                        open(bake_url, "wb").write(baked_png(url("bakeu")))),
         check=lambda o: o["inputKind"] == "baked-png" and o["validationSubject"] == url("bakeu"))
    # 24. Baked PNG holding the assertion JSON (validator re-fetches the hosted id).
    bake_json = os.path.join(tmp, "ob2-selftest-baked-json-{}.png".format(os.getpid()))

    def setup_bake_json():
        a = publish(base, "bakej")[2]
        with open(bake_json, "wb") as fh:
            fh.write(baked_png(json.dumps(a)))
    case("baked-png-json", lambda: [bake_json], 0, True, setup=setup_bake_json,
         check=lambda o: o["validationSubject"] == url("bakej"))
    # 25. Baked PNG of a revoked (410) assertion.
    bake_rev = os.path.join(tmp, "ob2-selftest-baked-rev-{}.png".format(os.getpid()))
    case("baked-png-revoked", lambda: [bake_rev], 1, False, revoked=True,
         setup=lambda: (publish(base, "bakerev", assertion_status=410, assertion_body={
             "@context": CTX, "id": url("bakerev"), "type": "Assertion", "revoked": True}),
             open(bake_rev, "wb").write(baked_png(url("bakerev")))))
    # 25b. Baked SVG (<openbadges:assertion verify="URL">, per the Baking spec).
    bake_svg = os.path.join(tmp, "ob2-selftest-baked-{}.svg".format(os.getpid()))
    case("baked-svg-url", lambda: [bake_svg], 0, True,
         setup=lambda: (publish(base, "bakesvg"), open(bake_svg, "w").write(
             '<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org" '
             'width="2" height="2"><openbadges:assertion verify="{}"></openbadges:assertion>'
             '<rect width="2" height="2" fill="#1f6fbf"/></svg>'.format(url("bakesvg")))),
         check=lambda o: o["inputKind"] == "baked-svg")
    # 26. A PNG without baked data.
    plain_png = os.path.join(tmp, "ob2-selftest-plain-{}.png".format(os.getpid()))
    case("png-without-baked-data", lambda: [plain_png], 1, False,
         setup=lambda: open(plain_png, "wb").write(png_bytes()))
    # 27. The assertion URL itself served as a baked PNG image (image/png).
    case("url-serving-baked-png", lambda: ["{}/c/bakeserve/baked.png".format(base)], 0, True,
         setup=lambda: (publish(base, "bakeserve"), ROUTES.add(
             "/c/bakeserve/baked.png", baked_png(url("bakeserve")), ctype="image/png")))
    # 28. Assertion JSON file on disk.
    json_file = os.path.join(tmp, "ob2-selftest-assertion-{}.json".format(os.getpid()))
    case("json-file", lambda: [json_file], 0, True,
         setup=lambda: open(json_file, "w").write(json.dumps(publish(base, "jfile")[2])))
    # 29. Assertion 404.
    case("assertion-404", lambda: ["{}/c/missing/ob2/assertions/a-1".format(base)], 1, False)
    # 30. Usage errors.
    case("usage-no-args", lambda: [], 2, False)
    case("usage-bad-option", lambda: ["--bogus", url("base")], 2, False)
    case("usage-missing-file", lambda: ["/nonexistent/x.json"], 2, False)

    passed = failed = 0
    for name, args, rc_want, valid_want, revoked_want, check, setup in cases:
        if only and name not in only:
            continue
        if setup:
            setup()
        rc, out = run_validator(args())
        problems = []
        if rc != rc_want:
            problems.append("rc {} != {}".format(rc, rc_want))
        if out.get("valid") is not valid_want:
            problems.append("valid {} != {}".format(out.get("valid"), valid_want))
        if out.get("revoked") is not revoked_want:
            problems.append("revoked {} != {}".format(out.get("revoked"), revoked_want))
        if not problems and check:
            try:
                if not check(out):
                    problems.append("check failed")
            except Exception as e:  # noqa: BLE001
                problems.append("check raised {}: {}".format(type(e).__name__, e))
        if problems:
            failed += 1
            print("FAIL {}: {}".format(name, "; ".join(problems)))
            print("     " + json.dumps(out)[:3000])
        else:
            passed += 1
            print("ok   {}".format(name))
            if verbose:
                print("     " + json.dumps({k: out.get(k) for k in (
                    "valid", "validatorValid", "errorCount", "warningCount", "revoked",
                    "revokedBy")}))
                for m in out.get("messages", []):
                    print("     - [{}] {}: {}".format(m.get("messageLevel"), m.get("name"),
                                                     m.get("result")))
    for f in (bake_url, bake_json, bake_rev, bake_svg, plain_png, json_file):
        try:
            os.remove(f)
        except OSError:
            pass
    server.shutdown()
    print("{} passed, {} failed".format(passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
