"""`make serve` survives a mistake the build would stop on, and shows it where the page would be.

The preview runs with MACROS_ON_ERROR_FAIL=false (the Makefile): a page's mistake becomes
that page (macros/mistakes.py), a mistake in the data becomes every page, and the rest of
the site keeps being served, so an editor sees the message and the fix in the browser.
`make build` and `make check` still stop on the same mistakes (test_editor_errors.py).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
from bs4 import BeautifulSoup

from macros import mistakes
from support.project import copy_project

PREVIEW = {"MACROS_ON_ERROR_FAIL": "false", "CONTENT_SECURITY_POLICY": "false", "NO_MKDOCS_2_WARNING": "1"}
ANCHOR_FIX = "add a space: write { #anchor }, not {#anchor}"


def break_a_page(project) -> None:
    page = project / "docs" / "causes" / "medicines.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("## Which medicines?", "## Which medicines? {#which-medicines}", 1), encoding="utf-8")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def fetch(url: str) -> str:
    """The page's article as text."""
    with urllib.request.urlopen(url, timeout=5) as response:
        return article_text(response.read().decode("utf-8"))


def article_text(html: str) -> str:
    return BeautifulSoup(html, "html.parser").select_one("article").get_text(" ")


@pytest.fixture
def served(tmp_path):
    """`mkdocs serve` as `make serve` runs it, on a scratch copy with a broken page; yields its
    address once it answers (within a minute), and stops it after the test."""
    project = copy_project(tmp_path / "project")
    break_a_page(project)
    port = free_port()
    address = f"http://127.0.0.1:{port}/"
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--no-livereload", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project,
        env={**os.environ, "SITE_URL": address, **PREVIEW},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while True:
        assert server.poll() is None, f"mkdocs serve stopped: {server.stderr.read() if server.stderr else ''}"
        try:
            fetch(address)
            break
        except OSError:
            assert time.monotonic() < deadline, "mkdocs serve did not answer within a minute"
            time.sleep(0.2)  # polling a server that is still building: there is nothing to wait on
    yield address
    server.terminate()
    server.wait(timeout=10)


def test_the_preview_keeps_serving_and_shows_a_pages_mistake_in_the_page(served):
    broken = fetch(served + "causes/medicines/")
    assert mistakes.HEADING in broken and ANCHOR_FIX in broken
    other = fetch(served + "causes/stress-and-anxiety/")
    assert mistakes.HEADING not in other and other.count(" ") > 200, "the other pages are whole"


def test_a_data_mistake_is_shown_on_every_page_of_the_preview(tmp_path):
    project = copy_project(tmp_path / "project")
    causes = project / "docs" / "data" / "causes.yml"
    causes.write_text(causes.read_text(encoding="utf-8").replace("nhs-twitching", "nhs-twiching", 1), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(tmp_path / "site")],
        cwd=project,
        env={**os.environ, **PREVIEW},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "did you mean 'nhs-twitching'?" in result.stderr, "the terminal says it too"
    for page in ("index.html", "causes/index.html", "body-sites/feet/index.html"):
        text = article_text((tmp_path / "site" / page).read_text(encoding="utf-8"))
        assert mistakes.HEADING in text and "did you mean 'nhs-twitching'?" in text, page
