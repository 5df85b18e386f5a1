"""`make audit`: Lighthouse scores of a few key pages, mobile and desktop, median of three runs.

Builds the site for a local address, serves it gzipped on 127.0.0.1 (as the
tests and GitHub Pages do), and runs the pinned Lighthouse (tools/audit/
node_modules) against the system Chromium (CHROME_PATH). Prints one table row
per page and preset, and under it every non-performance audit that did not
pass. A measurement, not a test: it always exits 0 unless something breaks.

    .venv/bin/python tools/audit/audit.py [--runs 3] [--pages PATH ...] [--presets mobile desktop]
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from support.browser import chromium_path  # noqa: E402
from support.server import serve  # noqa: E402

LIGHTHOUSE = ROOT / "tools" / "audit" / "node_modules" / ".bin" / "lighthouse"
PAGES = ["", "causes/stress-and-anxiety/", "body-sites/hips-and-legs/", "help/when-to-get-help/"]
PRESETS = ["mobile", "desktop"]
SEARCH_INDEX = "search/search_index.json"
BUDGET_BYTES = 80_000
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --no-first-run"


def build(site_dir: pathlib.Path, site_url: str) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": site_url}
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site_dir)],
        cwd=ROOT,
        env=env,
        check=True,
    )


def lighthouse(url: str, preset: str, out: pathlib.Path, chrome: str) -> dict[str, Any]:
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={out}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={CHROME_FLAGS}",
    ]
    if preset == "desktop":
        command.append("--preset=desktop")
    subprocess.run(command, env={**os.environ, "CHROME_PATH": chrome}, check=True)
    report: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return report


def figures(report: dict[str, Any]) -> dict[str, float]:
    audits = report["audits"]
    row = {name: round(report["categories"][name]["score"] * 100) for name in CATEGORIES}
    row["FCP ms"] = audits["first-contentful-paint"]["numericValue"]
    row["LCP ms"] = audits["largest-contentful-paint"]["numericValue"]
    row["TBT ms"] = audits["total-blocking-time"]["numericValue"]
    row["CLS"] = audits["cumulative-layout-shift"]["numericValue"]
    row["bytes"] = audits["total-byte-weight"]["numericValue"]
    # The first-load budget: total byte weight without the search index (the worker counts).
    index = sum(
        item["totalBytes"]
        for item in audits["total-byte-weight"]["details"]["items"]
        if item["url"].endswith(SEARCH_INDEX)
    )
    row["budget bytes"] = row["bytes"] - index
    return row


def failing(report: dict[str, Any]) -> list[str]:
    """Audits that count towards a non-performance score and did not fully pass."""
    found = []
    for name in CATEGORIES[1:]:
        for ref in report["categories"][name]["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref.get("weight", 0) > 0 and audit.get("score") is not None and audit["score"] < 1:
                found.append(f"{name}: {ref['id']} ({audit['title']})")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pages", nargs="*", default=PAGES)
    parser.add_argument("--presets", nargs="*", default=PRESETS, choices=PRESETS)
    args = parser.parse_args()
    chrome = os.environ.get("CHROME_PATH") or chromium_path()
    if not chrome:
        print("No Chromium found: install Debian's chromium or set CHROME_PATH.", file=sys.stderr)
        return 2
    if not LIGHTHOUSE.exists():
        print("Lighthouse is not installed: run `npm ci` in tools/audit (make audit does).", file=sys.stderr)
        return 2

    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        site = pathlib.Path(tmp) / "site"
        site.mkdir()
        server, base = serve(site)
        try:
            build(site, base)
            rows: list[tuple[str, str, dict[str, float]]] = []
            problems: dict[str, set[str]] = {}
            for page in args.pages:
                for preset in args.presets:
                    runs = []
                    for run in range(args.runs):
                        report = lighthouse(base + page, preset, pathlib.Path(tmp) / f"report-{run}.json", chrome)
                        runs.append(figures(report))
                        for problem in failing(report):
                            problems.setdefault(problem, set()).add(f"/{page} {preset}")
                    median = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
                    rows.append((f"/{page}", preset, median))
                    print(f"  measured /{page} {preset}", file=sys.stderr)
        finally:
            server.shutdown()

    header = (
        f"{'page':<30} {'preset':<8} {'perf':>4} {'a11y':>4} {'b-p':>4} {'seo':>4} {'FCP ms':>7} {'LCP ms':>7}"
        f" {'TBT ms':>7} {'CLS':>6} {'KB':>6} {'budget KB':>9}"
    )
    version = subprocess.run([str(LIGHTHOUSE), "--version"], capture_output=True, text=True).stdout.strip()
    print(f"\nLighthouse {version}, {pathlib.Path(chrome).name}, median of {args.runs} run(s) per row\n")
    print(header)
    print("-" * len(header))
    for page, preset, m in rows:
        print(
            f"{page:<30} {preset:<8} {m['performance']:>4.0f} {m['accessibility']:>4.0f} {m['best-practices']:>4.0f}"
            f" {m['seo']:>4.0f} {m['FCP ms']:>7.0f} {m['LCP ms']:>7.0f} {m['TBT ms']:>7.0f} {m['CLS']:>6.3f}"
            f" {m['bytes'] / 1000:>6.1f} {m['budget bytes'] / 1000:>9.1f}"
        )
    perfect = sum(all(m[name] == 100 for name in CATEGORIES) for _, _, m in rows)
    home = [m["budget bytes"] for page, _, m in rows if page == "/"]
    print(f"\n{perfect} of {len(rows)} rows score 100 in all four categories.")
    if home:
        print(
            f"Home page first load (total byte weight without the search index): {max(home):,.0f} B"
            f" (budget {BUDGET_BYTES:,} B)."
        )
    if problems:
        print("\nAudits not passed (accessibility, best practices, SEO):")
        for problem, where in sorted(problems.items()):
            print(f"  {problem}: {', '.join(sorted(where))}")
    print(f"\n{len(rows) * args.runs} Lighthouse runs in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
