"""Every word the site's own parts show comes from the data: proved by a pseudo-localised build.

A scratch copy of the project has every reader-facing string in its data (every `Text`
field of docs/data/*.yml, wording.yml included) pseudo-localised, as a translation would
replace it: each letter becomes an accented one ("Call" becomes "Çàĺĺ"), so the words still
read, and a word left in plain ASCII letters did not come from the data. Built with --strict, no generated component and no part of our theme (the
review line, the notice, the header's help link, the footer line, the palette toggle, the
breadcrumb's name, the search panel's way on, the "Page not found" page) may show a word
outside the brackets, in its text or in the names it gives screen readers. Words that
are the pages' own (their titles and summaries, which components link or repeat) are the
content, not the interface, and are set aside; so are Material's own words, which its
language files translate.
"""

from __future__ import annotations

import re
import types
import typing

import pytest
import yaml
from bs4 import BeautifulSoup
from pydantic import AfterValidator, BaseModel

from macros import components
from macros.front_matter import front_matter
from macros.knowledge import FILES
from macros.wording import Wording, plain_words
from support.fixtures import build_site
from support.project import ROOT, copy_project, mkdocs_config

PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
ACCENTED = "àƀçđèƒĝĥìĵķĺɱñòþǫŕšţùṽŵẋýžÀɃÇĐÈƑĜĤÌĴĶĹḾÑÒÞǪŔŠŢÙṼŴẊÝŽ"
PSEUDO = str.maketrans(PLAIN, ACCENTED)
# Placeholders ("{count}") are filled in by name, so they stay as they are.
PLACEHOLDER = re.compile(r"(\{\w+\})")
ADDRESS = re.compile(r"https?://\S+")
PLAIN_WORD = re.compile(r"\b[A-Za-z]{2,}\b")


def pseudo_text(text: str) -> str:
    return "".join(part if PLACEHOLDER.fullmatch(part) else part.translate(PSEUDO) for part in PLACEHOLDER.split(text))


# What our theme adds to Material's page (overrides/): each must show only translated words.
THEME_PARTS = ".page-review, .site-notice, .header-help, .md-copyright__highlight, .search-way-on, .md-path"
NAMED = ("aria-label", "title", "alt", "placeholder")


def is_text(metadata) -> bool:
    return any(isinstance(item, AfterValidator) and item.func is plain_words for item in metadata)


def pseudo(value, annotation, metadata=()):
    """The value with every Text string in it wrapped, walking the model's types."""
    if value is None:
        return None
    if typing.get_origin(annotation) is typing.Annotated:
        base, *more = typing.get_args(annotation)
        return pseudo(value, base, (*metadata, *more))
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        return pseudo(value, options[0], metadata) if len(options) == 1 else value
    if isinstance(value, str):
        return pseudo_text(value) if is_text(metadata) else value
    if origin is list:
        (item,) = typing.get_args(annotation)
        return [pseudo(v, item) for v in value]
    if origin is dict:
        _, item = typing.get_args(annotation)
        return {k: pseudo(v, item) for k, v in value.items()}
    if isinstance(annotation, type) and issubclass(annotation, BaseModel) and isinstance(value, dict):
        fields = annotation.model_fields
        return {
            k: pseudo(v, fields[k].annotation, tuple(fields[k].metadata)) if k in fields else v
            for k, v in value.items()
        }
    return value


def pseudo_localise(project) -> None:
    data = project / "docs" / "data"
    for stem, model in FILES.items():
        path = data / f"{stem}.yml"
        entries = yaml.safe_load(path.read_text(encoding="utf-8"))
        path.write_text(yaml.safe_dump([pseudo(e, model) for e in entries], allow_unicode=True), encoding="utf-8")
    path = data / "wording.yml"
    path.write_text(
        yaml.safe_dump(pseudo(yaml.safe_load(path.read_text(encoding="utf-8")), Wording), allow_unicode=True),
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def pseudo_site(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("pseudo"))
    pseudo_localise(project)
    site = project / "built"
    result = build_site(project, site)
    assert result.returncode == 0, result.stdout + result.stderr
    return site


def nav_titles(nav) -> set[str]:
    """The titles mkdocs.yml gives the navigation's sections and pages."""
    found = set()
    for item in nav:
        if isinstance(item, dict):
            for title, value in item.items():
                found.add(title)
                if isinstance(value, list):
                    found |= nav_titles(value)
    return found


def page_words() -> list[str]:
    """The pages' own titles and summaries, and the navigation's titles (per language, like the
    pages: mkdocs.yml), longest first (they contain one another)."""
    found = nav_titles(mkdocs_config()["nav"])
    for path in (ROOT / "docs").rglob("*.md"):
        meta = front_matter(path.read_text(encoding="utf-8"))
        found |= {" ".join(str(meta[key]).split()) for key in ("title", "summary") if meta.get(key)}
    return sorted({normal(words) for words in found}, key=len, reverse=True)


def normal(text: str) -> str:
    """Words only, one space apart: markup splits text in different places in a title and a link."""
    return " ".join(re.sub(r"[^\w]+", " ", ADDRESS.sub(" ", text)).split())


def untranslated(text: str, own: list[str]) -> list[str]:
    """The plain-letter words left in a text once the pages' own words are taken out."""
    text = f" {normal(text)} "
    for words in own:
        text = text.replace(f" {words} ", " ")
    return PLAIN_WORD.findall(text)


def test_no_generated_or_theme_word_escapes_the_data(pseudo_site):
    own = page_words()
    parts = f"{components.selectors()}, {THEME_PARTS}, [data-palette-option]"
    problems, checked = [], 0
    pages = sorted(pseudo_site.rglob("*.html"))
    assert len(pages) > 30
    for html_file in pages:
        soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
        chosen = soup.select(parts)
        if html_file.name == "404.html":
            chosen.append(soup.select_one("article"))
        for part in chosen:
            checked += 1
            texts = [part.get_text(" ")]
            # A glossary term's tooltip (abbr title) is the glossary's, content like the pages.
            nodes = [node for node in [part, *part.find_all(True)] if node.name != "abbr"]
            texts += [node[name] for node in nodes for name in NAMED if node.get(name)]
            for text in texts:
                left = untranslated(text, own)
                if left:
                    where = html_file.relative_to(pseudo_site).as_posix()
                    problems.append(f"{where}: {part.name}.{'.'.join(part.get('class', []))}: {' '.join(left[:8])}")
    assert checked > 300
    assert not problems, "\n".join(sorted(set(problems))[:40])


def test_the_pseudo_localised_dates_come_from_the_data(pseudo_site, kb):
    soup = BeautifulSoup((pseudo_site / "about" / "index.html").read_text(encoding="utf-8"), "html.parser")
    written = soup.select_one(".page-review time").get_text()
    assert any(pseudo_text(month) in written for month in kb.words.locale.months), written
