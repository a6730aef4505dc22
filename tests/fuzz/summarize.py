"""Summarize one Schemathesis run of tests/fuzz/run.sh from its reports.

    summarize.py [--quiet] [--all] REPORT_DIR

Reads the JSON report (verdict, counts) and the NDJSON event stream (every request and every
check), and prints each distinct failure once: the check that failed, the operation, the status
that came back, what the check said, how many generated cases hit it, and a curl command that
reproduces the first of them (credentials shown as $TOKEN / $SESSION). Distinct means: same
operation, check and status, and the same problem `detail` once generated values, characters
and numbers are blanked out (for content types: the same received type; for undeclared
methods: the same method).
--quiet prints nothing. --all lists every group (default: the first 60).
Exit status: 0 when the run completed (or was cut short) with no failure and no error, 1 otherwise.
"""

from __future__ import annotations

import base64
import glob
import json
import os
import re
import shlex
import sys
from collections import OrderedDict

SKIP_HEADERS = {"user-agent", "accept-encoding", "accept", "connection", "content-length", "x-schemathesis-testcaseid"}


def newest(pattern: str) -> str | None:
    files = sorted(glob.glob(pattern), key=os.path.getmtime)
    return files[-1] if files else None


def decode(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, dict) and "$base64" in value:
        raw = base64.b64decode(value["$base64"])
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("latin-1")
    if isinstance(value, (dict, list)):
        return json.dumps(value)
    return str(value)


def curl(request: dict) -> str:
    parts = ["curl", "-sS", "-i", "-X", request.get("method", "GET")]
    for name, values in (request.get("headers") or {}).items():
        if name.lower() in SKIP_HEADERS:
            continue
        for v in values if isinstance(values, list) else [values]:
            if name.lower() == "authorization" and str(v).startswith("Bearer cbt_"):
                v = "Bearer $TOKEN"
            elif name.lower() == "cookie" and "cb_session=" in str(v):
                v = re.sub(r"cb_session=[^;]+", "cb_session=$SESSION", str(v))
            parts += ["-H", f"{name}: {v}"]
    body = decode(request.get("body"))
    if body is not None:
        parts += ["--data-binary", body]
    parts.append(request.get("uri", "?"))
    # Keep $TOKEN / $SESSION expandable: double-quote the words that carry them.
    out = []
    for p in parts:
        if "$TOKEN" in p or "$SESSION" in p:
            out.append('"' + p.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`") + '"')
        else:
            out.append(shlex.quote(p))
    return " ".join(out)


def normalize(text: str) -> str:
    """A response's `detail` with the generated parts blanked: values, characters, numbers."""
    text = " ".join((text or "").strip().splitlines()[:2])
    text = re.sub(r"U\+[0-9A-Fa-f]{4,6}", "U+…", text)
    text = re.sub(r"`[^`]*`|'[^']*'|\"[^\"]*\"", "…", text)
    text = re.sub(r"invalid type: .*", "invalid type …", text)
    text = re.sub(r" at line \d+ column \d+", "", text)
    return re.sub(r"\d+", "N", text)[:160]


def detail_of(body: str) -> str:
    try:
        doc = json.loads(body)
    except ValueError:
        return body[:80]
    return str(doc.get("detail", "")) if isinstance(doc, dict) else body[:80]


def main(argv: list[str]) -> int:
    quiet = "--quiet" in argv
    show_all = "--all" in argv
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    report_dir = args[0]
    say = (lambda *a: None) if quiet else print

    verdict_file = newest(os.path.join(report_dir, "json-*.json"))
    events_file = newest(os.path.join(report_dir, "ndjson-*.ndjson"))
    verdict = json.load(open(verdict_file, encoding="utf-8")) if verdict_file else None

    groups: "OrderedDict[tuple, dict]" = OrderedDict()
    requests_sent = 0
    if events_file:
        with open(events_file, encoding="utf-8") as f:
            for line in f:
                try:
                    event = json.loads(line)
                except json.JSONDecodeError:
                    continue  # the last line of a run that was cut short
                finished = event.get("ScenarioFinished")
                if not finished:
                    continue
                rec = finished.get("recorder") or {}
                interactions = rec.get("interactions") or {}
                requests_sent += len(interactions)
                for case_id, checks in (rec.get("checks") or {}).items():
                    for check in checks:
                        info = check.get("failure_info")
                        if check.get("status") != "failure" or not info:
                            continue
                        failure = info.get("failure") or {}
                        inter = interactions.get(case_id) or {}
                        status = (inter.get("response") or {}).get("status_code")
                        op = failure.get("operation") or rec.get("label", "?")
                        code = failure.get("code")
                        body = decode((inter.get("response") or {}).get("content")) or ""
                        message = failure.get("message") or ""
                        ctype = ((inter.get("response") or {}).get("headers") or {}).get("content-type") or ["-"]
                        method = (inter.get("request") or {}).get("method", "?")
                        if code == "ST204":  # one root cause: per status and content type, all operations
                            key = ("*", code, status, ctype[0])
                        elif code == "ST105":  # likewise: per status and received content type
                            key = ("*", code, status, message.splitlines()[0] if message else "")
                        else:  # per operation, status and kind of answer
                            key = (op, code, status, normalize(detail_of(body)))
                        g = groups.get(key)
                        if g is None:
                            groups[key] = g = {
                                "count": 0,
                                "title": failure.get("title", check.get("name")),
                                "message": (failure.get("message") or "").strip(),
                                "curl": curl(inter["request"]) if inter.get("request") else None,
                                "phase": finished.get("phase"),
                                "detail": detail_of(body)[:160],
                                "ops": set(),
                            }
                        g["count"] += 1
                        g["ops"].add(f"{method} {op.split(' ', 1)[-1]}" if code == "ST204" else op)

    if verdict:
        tc = verdict.get("test_cases") or {}
        say(
            f"schemathesis: {verdict.get('stop_reason')}, {verdict.get('running_time', 0):.0f}s, "
            f"{tc.get('generated', 0)} cases generated, {requests_sent} requests recorded, "
            f"{len(groups)} distinct failures, {sum(e['count'] for e in verdict.get('errors', []))} errors"
        )
        for e in verdict.get("errors", []):
            say(f"  error: {e['title']} (x{e['count']})")
    else:
        say(f"schemathesis wrote no verdict (cut short?); {requests_sent} requests recorded, {len(groups)} distinct failures")

    by_code: dict[str, int] = {}
    for (_, code, _, _), g in groups.items():
        by_code[code] = by_code.get(code, 0) + 1
    if groups:
        say("distinct failures by check: " + ", ".join(f"{c} x{n}" for c, n in sorted(by_code.items())))
    for i, ((op, code, status, _), g) in enumerate(groups.items()):
        if i == 60 and not show_all:
            say(f"... and {len(groups) - 60} more (summarize.py --all {report_dir})")
            break
        if op == "*":
            ops = sorted(g["ops"])
            shown = ", ".join(ops[:6]) + (f", … ({len(ops)} in all)" if len(ops) > 6 else "")
            say(f"- {code} {g['title']}: {status} from {len(ops)} operation(s) ({g['count']} cases)")
            say(f"    {' / '.join(l for l in g['message'].splitlines()[:2] if l.strip())}")
            say(f"    where: {shown}")
        else:
            say(f"- {code} {g['title']}: {op} -> {status} ({g['count']} cases, {g['phase']})")
            say(f"    {' / '.join(l for l in g['message'].splitlines()[:3] if l.strip())}")
            if g["detail"]:
                say(f"    detail: {g['detail']}")
        if g["curl"]:
            say(f"    e.g. {g['curl'][:1500]}")

    errors = verdict.get("errors", []) if verdict else []
    return 0 if not groups and not errors else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
