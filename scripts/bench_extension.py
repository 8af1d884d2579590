#!/usr/bin/env python3
"""What the extension costs a webmail page: main-thread script time on a long Gmail-like thread.

Loads a generated conversation of N messages at https://mail.google.com (served locally),
lets the page churn (message bodies change in batches, as Gmail's own rendering does), and reads the
renderer's ScriptDuration from DevTools with the extension loaded and without it. The content
script parses and asks the worker only when the open message changes; the figure shows what
the debounced observer and the parser cost on top of the page's own work.

    .venv/bin/python scripts/bench_extension.py [--messages 200] [--mutations 400] [--runs 3]

Needs /usr/bin/chromium and the venv's playwright. No API is needed: the extension points at a
closed port, so the figures are the page-side cost alone.
"""

from __future__ import annotations

import argparse
import html
import socket
import statistics
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
EXTENSION = ROOT / "extension"
CHROMIUM = "/usr/bin/chromium"
URL = "https://mail.google.com/mail/u/0/#inbox/FMfcgzBenchThread"


def thread_page(messages: int) -> str:
    """A conversation of `messages` expanded messages, in Gmail's structure, plus a churn hook."""
    items = []
    for n in range(messages):
        body = " ".join(f"Paragraph {n}.{k}: notes on the pipeline review." for k in range(8))
        items.append(
            f'<div role="listitem" class="h7"><div class="adn ads" '
            f'data-message-id="#msg-f:{1_000_000 + n}">'
            f'<div class="gE"><span class="gD" email="person{n}@bench.example" '
            f'name="Person {n}">Person {n}</span>'
            f'<span class="g3" title="Mon, Nov 16, 2026, 9:42 AM">9:42 AM</span></div>'
            f'<div class="ii gt"><div class="a3s aiL"><p>{html.escape(body)}</p></div></div>'
            f"</div></div>"
        )
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>Bench</title></head><body>"
        "<div role='main'><div class='ha'><h2 class='hP'>A long thread</h2></div>"
        f"<div class='a98 iY'><div role='list'>{''.join(items)}</div></div></div>"
        "<script>window.churn = (count, gap) => new Promise((done) => {"
        "  const bodies = document.querySelectorAll('.a3s'); let i = 0;"
        "  const step = () => { for (let k = 0; k < 10 && i < count; k += 1, i += 1) {"
        "    const p = document.createElement('p'); p.textContent = 'update ' + i;"
        "    bodies[i % bodies.length].append(p); }"
        "    if (i < count) setTimeout(step, gap); else setTimeout(done, 600); };"
        "  step(); });</script></body></html>"
    )


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def script_ms(session) -> float:
    metrics = {m["name"]: m["value"] for m in session.send("Performance.getMetrics")["metrics"]}
    return metrics["ScriptDuration"] * 1000


def one_run(playwright, with_extension: bool, page_html: str, mutations: int, gap: int) -> float:
    args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
    if with_extension:
        args += [f"--disable-extensions-except={EXTENSION}", f"--load-extension={EXTENSION}"]
    with tempfile.TemporaryDirectory() as profile:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True, args=args
        )
        try:
            context.route(
                "https://mail.google.com/**",
                lambda route: route.fulfill(body=page_html, content_type="text/html"),
            )
            if with_extension:
                worker = context.service_workers[0] if context.service_workers else None
                worker = worker or context.wait_for_event("serviceworker")
                settings = {
                    "version": 1,
                    "apiUrl": f"http://127.0.0.1:{closed_port()}",
                    "token": "rb_bench",
                    "mode": "auto",
                }
                worker.evaluate("s => chrome.storage.local.set({settings: s})", settings)
            page = context.new_page()
            session = context.new_cdp_session(page)
            session.send("Performance.enable")
            page.goto(URL)
            page.wait_for_timeout(800)
            before = script_ms(session)
            page.evaluate("([n, gap]) => window.churn(n, gap)", [mutations, gap])
            return script_ms(session) - before
        finally:
            context.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=200)
    parser.add_argument("--mutations", type=int, default=400)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--gap-ms",
        type=int,
        default=10,
        help="pause between batches of 10 updates; above 150 every batch triggers a parse",
    )
    args = parser.parse_args()
    page_html = thread_page(args.messages)
    with sync_playwright() as playwright:
        results = {}
        for label, with_extension in (("without extension", False), ("with extension", True)):
            runs = [
                one_run(playwright, with_extension, page_html, args.mutations, args.gap_ms)
                for _ in range(args.runs)
            ]
            results[label] = statistics.median(runs)
            shown = ", ".join(f"{r:.1f}" for r in runs)
            print(f"{label:>18}: median {results[label]:7.1f} ms script time  (runs: {shown})")
    extra = results["with extension"] - results["without extension"]
    print(
        f"thread of {args.messages} messages, {args.mutations} DOM updates "
        f"in batches of 10 every {args.gap_ms} ms: "
        f"the extension adds {extra:.1f} ms of script time "
        f"({extra / args.mutations:.3f} ms per update)"
    )


if __name__ == "__main__":
    main()
