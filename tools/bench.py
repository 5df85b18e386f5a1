"""`make bench`: how long the build takes and how much memory it needs, and how that grows.

Each row is the median wall time and CPU time (user + system) and the peak resident
memory (the build process's own rusage, from os.wait4) over several `mkdocs build` runs;
the rows of one site size are built in rounds, one build of each per round, and an
overhead is the median of the rounds' ratios:

- real, macros: the site as published (data loading and validation, generated
  tables, page furniture, head metadata), `--strict`;
- real, plain: the same pages and theme with the macros plugin, and so the data
  validation, switched off (pages then show their `{{ ... }}` calls literally);
- real, content: the plain build of the Markdown the macros write (each page as the
  macros leave it, with its front matter): the published content with none of the
  macros machinery, so what the content itself costs MkDocs (more Markdown and HTML
  to convert, index and lay out);
- real, plugin: the content build with the macros plugin switched back on, loading a
  module that defines nothing: what mkdocs-macros itself costs (its imports, and every
  page compiled and rendered as a template). What the macros build costs beyond this
  row is ours: imports, data validation, template compiling, generating, and the
  policy and links written after the build;
- 10x and 100x: a synthetic knowledge base with every cause, body site and
  region copied 9 or 99 times, each copy with its own copy of its cause or region
  page (same prose, tables for the copied entries), in a temporary copy of the project,
  built both ways. Hub pages (causes overview, body map, checklist, sources,
  glossary) stay single and show the whole, larger knowledge base.

The copied pages are left out of the navigation on purpose: Material renders the
whole navigation into every page, which alone would make a site with 100 times
the pages grow with the square of its size (see navigation.prune); this bench
measures the cost of our own machinery as the data grows.

    .venv/bin/python tools/bench.py [--runs 9] [--scale-runs 3] [--scales 10 100]
"""

from __future__ import annotations

import argparse
import functools
import os
import pathlib
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Any

import yaml

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
from macros.front_matter import FRONT_MATTER  # noqa: E402  (how the site reads a page's front matter)
from support.project import copy_project  # noqa: E402  (the same copy the tests build from)

MACRO_ID_CALL = re.compile(r"(\{\{\s*[a-z_]+\(\s*')([a-z0-9-]+)('\s*\)\s*\}\})")
HEADING_ID = re.compile(r"\{ #([a-z0-9-]+) \}")
LINK_TO_ANCHOR = re.compile(r"\]\(([^)#\s]*)#([a-z0-9-]+)\)")


# -- one build ---------------------------------------------------------------


def build_once(project: pathlib.Path, site: pathlib.Path, strict: bool) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak resident MB) of one `mkdocs build` of a project folder."""
    command = [sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(site)]
    if strict:
        command.append("--strict")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output = process.stdout.read() if process.stdout else b""
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"build failed in {project}:\n{output.decode(errors='replace')[-3000:]}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def measure(projects: dict[str, pathlib.Path], runs: int, strict: set[str], work: pathlib.Path) -> dict[str, Any]:
    """Median wall and CPU time and peak memory of each project's builds, in rounds of one build
    each (A, B, C, A, B, C, ...), so that a slower spell of a shared machine falls on every row alike."""
    samples: dict[str, list[tuple[float, float, float]]] = {name: [] for name in projects}
    pages: dict[str, int] = {}
    for run in range(runs):
        for name, project in projects.items():
            site = work / f"site-{project.name}-{run}"
            samples[name].append(build_once(project, site, name in strict))
            pages[name] = sum(1 for _ in site.rglob("index.html"))
            shutil.rmtree(site)
    return {
        name: {
            "seconds": statistics.median(seconds for seconds, _, _ in taken),
            "cpu": statistics.median(cpu for _, cpu, _ in taken),
            "peak_mb": max(peak for _, _, peak in taken),
            "cpu_runs": [cpu for _, cpu, _ in taken],
            "seconds_runs": [seconds for seconds, _, _ in taken],
            "pages": pages[name],
            "runs": runs,
        }
        for name, taken in samples.items()
    }


# -- project copies ----------------------------------------------------------


def without_macros(project: pathlib.Path) -> None:
    """Drop the macros plugin (and with it data loading and validation) from mkdocs.yml."""
    config = project / "mkdocs.yml"
    lines, kept, skipping = config.read_text(encoding="utf-8").splitlines(keepends=True), [], None
    for line in lines:
        indent = len(line) - len(line.lstrip())
        if skipping is not None:
            if line.strip() and indent <= skipping:
                skipping = None
            else:
                continue
        if line.strip() in ("- macros:", "- macros"):
            skipping = indent
            continue
        kept.append(line)
    text = "".join(kept)
    assert "macros" not in text.split("plugins:", 1)[1].split("\n\n", 1)[0], "macros plugin still configured"
    config.write_text(text, encoding="utf-8")


# Records each page's Markdown as the macros leave it (the lowest priority runs last).
RECORDER_HOOK = """
import pathlib
from mkdocs.plugins import event_priority

@event_priority(-100)
def on_page_markdown(markdown, page, config, files):
    path = pathlib.Path({folder!r}) / page.file.src_uri
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(markdown, encoding="utf-8")
    return markdown
"""


def with_macros_output(macros_project: pathlib.Path, plain_project: pathlib.Path, work: pathlib.Path) -> pathlib.Path:
    """A copy of the plain project whose pages hold what the macros made of them."""
    recorded, hook = work / "macros-output", work / "record_macros_output.py"
    hook.write_text(RECORDER_HOOK.format(folder=str(recorded)), encoding="utf-8")
    recorder = shutil.copytree(macros_project, work / "recorder")
    _add_first(recorder, "hooks", str(hook))
    build_once(recorder, work / "site-recorder", strict=False)
    outputs = sorted(recorded.rglob("*.md"))
    docs = recorder / "docs"
    pages = {path.relative_to(docs) for path in docs.rglob("*.md") if path.relative_to(docs).parts[0] != "data"}
    if {output.relative_to(recorded) for output in outputs} != pages:
        raise SystemExit(f"the recorder hook did not record every page the macros render: {sorted(map(str, pages))}")
    content = shutil.copytree(plain_project, work / f"{macros_project.name}-content")
    for output in outputs:
        page = content / "docs" / output.relative_to(recorded)
        page.write_text(
            front_matter(page.read_text(encoding="utf-8")) + output.read_text(encoding="utf-8"), encoding="utf-8"
        )
    return content


def with_bare_plugin(content_project: pathlib.Path, work: pathlib.Path) -> pathlib.Path:
    """A copy of the content project with the macros plugin on and no macros of ours."""
    bare = shutil.copytree(content_project, work / f"{content_project.name}-plugin")
    (bare / "no_macros.py").write_text('def define_env(env):\n    """Defines nothing."""\n', encoding="utf-8")
    _add_first(bare, "plugins", "macros:\n      module_name: no_macros")
    return bare


def _add_first(project: pathlib.Path, key: str, item: str) -> None:
    """Put `item` first in one of mkdocs.yml's top-level lists (hooks:, plugins:)."""
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert f"\n{key}:\n" in text, f"mkdocs.yml has no {key}: list"
    config.write_text(text.replace(f"\n{key}:\n", f"\n{key}:\n  - {item}\n", 1), encoding="utf-8")


def front_matter(markdown: str) -> str:
    """A page's leading YAML block between '---' lines (as the site reads it), or nothing."""
    match = FRONT_MATTER.match(markdown)
    return match.group(0) if match else ""


def _load(path: pathlib.Path) -> list[dict[str, Any]]:
    return yaml.safe_load(path.read_text(encoding="utf-8")) or []


def _dump(path: pathlib.Path, entries: list[dict[str, Any]]) -> None:
    path.write_text(yaml.safe_dump(entries, sort_keys=False, allow_unicode=True), encoding="utf-8")


def _clone_page_path(page: str, copy: int) -> str:
    path, _, anchor = page.partition("#")
    folder, _, name = path.rpartition("/")
    cloned = f"{folder}/g{copy}-{name}" if folder else f"g{copy}-{name}"
    return f"{cloned}#{anchor}" if anchor else cloned


def scale_up(project: pathlib.Path, factor: int) -> None:
    """Copy every cause, body site and region (factor - 1) times, each with its own page copy."""
    data, docs = project / "docs" / "data", project / "docs"
    causes, sites, regions = _load(data / "causes.yml"), _load(data / "sites.yml"), _load(data / "regions.yml")
    entry_pages = {entry["page"].partition("#")[0] for entry in causes + regions}
    texts = {page: (docs / page).read_text(encoding="utf-8") for page in entry_pages}
    site_ids = {site["id"] for site in sites}
    ids = {entry["id"] for entry in causes + sites + regions}
    names = {page.rpartition("/")[2] for page in entry_pages}
    new_causes, new_sites, new_regions = list(causes), list(sites), list(regions)
    for copy in range(1, factor):
        rename = {old: f"{old}-g{copy}" for old in ids}
        for region in regions:
            common = [{**link, "site": rename.get(link["site"], link["site"])} for link in region.get("common", [])]
            clone = {**region, "id": rename[region["id"]], "page": _clone_page_path(region["page"], copy)}
            new_regions.append({**clone, "common": common} if common else clone)
        for site in sites:
            clone = {**site, "id": rename[site["id"]], "region": rename[site["region"]]}
            if site.get("page"):
                clone["page"] = _clone_page_path(site["page"], copy)
            new_sites.append(clone)
        for cause in causes:
            links = [{**link, "site": rename.get(link["site"], link["site"])} for link in cause.get("sites", [])]
            new_causes.append(
                {
                    **cause,
                    "id": rename[cause["id"]],
                    "name": f"{cause['name']} ({copy})",
                    "page": _clone_page_path(cause["page"], copy),
                    "sites": links,
                }
            )
        for page, text in texts.items():
            text = MACRO_ID_CALL.sub(functools.partial(_renamed_call, rename), text)
            text = HEADING_ID.sub(functools.partial(_renamed_heading, rename, site_ids), text)
            text = LINK_TO_ANCHOR.sub(functools.partial(_link_to_copy, site_ids=site_ids, names=names, copy=copy), text)
            text = re.sub(r"^title: (.*)$", rf"title: \1 ({copy})", text, count=1, flags=re.M)
            (docs / _clone_page_path(page, copy)).write_text(text, encoding="utf-8")
    _draw_copies(project, [site["id"] for site in sites], factor)
    _dump(data / "causes.yml", new_causes)
    _dump(data / "sites.yml", new_sites)
    _dump(data / "regions.yml", new_regions)


def _renamed_call(rename: dict[str, str], match: re.Match[str]) -> str:
    """A macro call about an entry calls it about the entry's copy."""
    return match.group(1) + rename.get(match.group(2), match.group(2)) + match.group(3)


def _renamed_heading(rename: dict[str, str], site_ids: set[str], match: re.Match[str]) -> str:
    """A body site's heading anchor becomes its copy's."""
    anchor = match.group(1)
    return "{ #" + (rename[anchor] if anchor in site_ids else anchor) + " }"


def _link_to_copy(match: re.Match[str], site_ids: set[str], names: set[str], copy: int) -> str:
    """A link to a body site's section leads to the same section of the same copy."""
    path, anchor = match.group(1), match.group(2)
    folder, slash, name = path.rpartition("/")
    if anchor in site_ids:
        anchor = f"{anchor}-g{copy}"
        if name in names:
            path = f"{folder}{slash}g{copy}-{name}"
    return f"]({path}#{anchor})"


def _draw_copies(project: pathlib.Path, site_ids: list[str], factor: int) -> None:
    """The body map draws every body site (docs/data/body_map.yml): each copy of the catalogue
    gets its own copies of the drawings (drawings.yml, and their words in wording.yml), on which
    its sites take their originals' places."""
    data = project / "docs" / "data"
    drawings, places = _load(data / "drawings.yml"), _load(data / "body_map.yml")
    wording = yaml.safe_load((data / "wording.yml").read_text(encoding="utf-8"))
    drawing_words = wording["bodymap"]["drawings"]
    new_drawings, new_places = list(drawings), list(places)
    for copy in range(1, factor):
        for drawing in drawings:
            new_drawings.append({**drawing, "id": f"{drawing['id']}-g{copy}"})
            drawing_words[f"{drawing['id']}-g{copy}"] = drawing_words[drawing["id"]]
        for place in places:
            if place["id"] in site_ids:
                new_places.append({**place, "id": f"{place['id']}-g{copy}", "drawing": f"{place['drawing']}-g{copy}"})
    _dump(data / "drawings.yml", new_drawings)
    _dump(data / "body_map.yml", new_places)
    (data / "wording.yml").write_text(yaml.safe_dump(wording, allow_unicode=True, sort_keys=False), encoding="utf-8")


# -- report ------------------------------------------------------------------


def paired_ratio(a: dict[str, Any], b: dict[str, Any], runs: str = "cpu_runs") -> float:
    """The median of a's time over b's, round by round: each pair ran back to back, so a drift
    in the machine's speed over the bench moves both sides of a pair alike."""
    return float(statistics.median(x / y for x, y in zip(a[runs], b[runs], strict=True)))


OVERHEAD_TARGET = 0.25  # the real site's macros build: at most +25 % CPU over the plain build
GROWTH_TARGET = 1.2  # CPU per page at 100x: at most 1.2 x that at 10x (linear growth)
MEMORY_TARGET = 2.0  # peak memory at 100x: at most 2 x the plain build's


def targets(by_key: dict[tuple[int, str], dict[str, Any]]) -> list[str]:
    """One line per target the rows can speak to: the figure, the limit, met or not."""

    def per_page(scale: int) -> float:
        return float(by_key[(scale, "macros")]["cpu"] / by_key[(scale, "macros")]["pages"])

    lines = []
    overhead = paired_ratio(by_key[(1, "macros")], by_key[(1, "plain")]) - 1
    lines.append(
        (
            "overhead, real site (CPU)",
            f"{overhead * 100:+.0f}%",
            f"<= +{OVERHEAD_TARGET * 100:.0f}%",
            overhead <= OVERHEAD_TARGET,
        )
    )
    if (10, "macros") in by_key and (100, "macros") in by_key:
        growth = per_page(100) / per_page(10)
        lines.append(("CPU per page, 100x / 10x", f"{growth:.2f}x", f"<= {GROWTH_TARGET}x", growth <= GROWTH_TARGET))
        memory = by_key[(100, "macros")]["peak_mb"] / by_key[(100, "plain")]["peak_mb"]
        lines.append(
            ("peak memory, 100x macros / plain", f"{memory:.2f}x", f"<= {MEMORY_TARGET}x", memory <= MEMORY_TARGET)
        )
    return [
        f"{name:<34} {figure:>7}  target {limit:<8} {'met' if met else 'NOT MET'}" for name, figure, limit, met in lines
    ]


def overhead_parts(by_key: dict[tuple[int, str], dict[str, Any]]) -> list[str]:
    """The real site's overhead in three steps, each a ratio of one row to the one before."""
    steps = [
        ("content", "plain", "the published content itself"),
        ("plugin", "content", "mkdocs-macros itself, with no macros"),
        ("macros", "plugin", "our macros, data and build steps"),
    ]
    return [
        f"  {(paired_ratio(by_key[(1, a)], by_key[(1, b)]) - 1) * 100:+4.0f}%  {a} / {b}: {what}"
        for a, b, what in steps
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="builds per row of the real site")
    parser.add_argument("--scale-runs", type=int, default=3, help="builds per row of the 10x site (100x: 1)")
    parser.add_argument("--scales", type=int, nargs="*", default=[10, 100])
    args = parser.parse_args()

    rows = []
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(tmp)
        source = copy_project(work / "source")  # one snapshot: others' edits meanwhile do not count
        for scale in [1, *args.scales]:
            runs = args.runs if scale == 1 else (args.scale_runs if scale <= 10 else 1)
            full = shutil.copytree(source, work / f"x{scale}-macros")
            if scale > 1:
                scale_up(full, scale)
            plain = shutil.copytree(full, work / f"x{scale}-plain")
            without_macros(plain)
            projects = {"macros": full, "plain": plain}
            if scale == 1:
                projects["content"] = with_macros_output(full, plain, work)
                projects["plugin"] = with_bare_plugin(projects["content"], work)
            results = measure(projects, runs, {"macros"} if scale == 1 else set(), work)
            for variant, result in results.items():
                rows.append((scale, variant, result))
                print(f"  {scale}x {variant}: {result['seconds']:.2f} s, {result['peak_mb']:.0f} MB", file=sys.stderr)

    base = {variant: result for scale, variant, result in rows if scale == 1}
    by_key = {(scale, variant): result for scale, variant, result in rows}
    print(
        f"\nmkdocs build: median wall and CPU time, peak memory ({os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f})\n"
    )
    header = (
        f"{'site':<5} {'variant':<7} {'pages':>5} {'runs':>4} {'wall s':>7} {'CPU s':>7} {'CPU ms/page':>11}"
        f" {'peak MB':>7} {'CPU vs 1x':>9} {'overhead (CPU)':>14} {'overhead (wall)':>15}"
    )
    print(header)
    print("-" * len(header))
    for scale, variant, result in rows:
        growth = result["cpu"] / base[variant]["cpu"]
        cpu_overhead = wall_overhead = ""
        if variant != "plain":
            plain_result = by_key[(scale, "plain")]
            cpu_overhead = f"{(paired_ratio(result, plain_result) - 1) * 100:+.0f}%"
            wall_overhead = f"{(paired_ratio(result, plain_result, 'seconds_runs') - 1) * 100:+.0f}%"
        print(
            f"{str(scale) + 'x':<5} {variant:<7} {result['pages']:>5} {result['runs']:>4} {result['seconds']:>7.2f}"
            f" {result['cpu']:>7.2f} {result['cpu'] / result['pages'] * 1000:>11.1f} {result['peak_mb']:>7.0f}"
            f" {growth:>8.1f}x {cpu_overhead:>14} {wall_overhead:>15}"
        )
    print(
        "\noverhead = build / plain build - 1, the median of the rounds' ratios;"
        " CPU time is the steadier figure on a shared machine."
        "\n'CPU vs 1x' against 10x / 100x the data shows the growth.\n"
    )
    for line in targets(by_key):
        print(line)
    print("The real site's overhead, step by step:")
    for line in overhead_parts(by_key):
        print(line)
    print(f"bench took {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
