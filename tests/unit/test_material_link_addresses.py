"""macros/material/link_addresses.py: every <link> and every body-map link is written with its absolute
address."""

from __future__ import annotations

from macros.material.link_addresses import absolute_links, page_address, write_absolute_links

SITE = "https://someone.github.io/twitching-site/"


def test_a_built_file_maps_to_the_address_it_is_served_at():
    assert page_address(SITE, "index.html") == SITE
    assert page_address(SITE, "causes/stress-and-anxiety/index.html") == SITE + "causes/stress-and-anxiety/"
    assert page_address(SITE, "404.html") == SITE + "404.html"
    assert page_address(SITE.rstrip("/"), "about/index.html") == SITE + "about/"


def test_relative_and_root_relative_links_resolve_against_the_page():
    html = (
        '<html><head><link rel="stylesheet" href="../../assets/stylesheets/site.css">'
        '<link rel="icon" href="/twitching-site/assets/images/favicon.svg"></head>'
        '<body><link rel="stylesheet" href="../../assets/stylesheets/forms.css"></body></html>'
    )
    out = absolute_links(html, SITE + "help/for-your-appointment/")
    assert f'href="{SITE}assets/stylesheets/site.css"' in out
    assert f'href="{SITE}assets/images/favicon.svg"' in out
    assert f'href="{SITE}assets/stylesheets/forms.css"' in out  # links in the body too


def test_the_body_maps_svg_links_resolve_against_the_page_too():
    html = (
        '<a class="bodymap__site" xlink:href="body-sites/face-and-head/#eyelids" role="link">'
        '<a class="bodymap__site" xlink:href="https://example.org/x/" role="link">'
    )
    out = absolute_links(html, SITE)
    assert f'xlink:href="{SITE}body-sites/face-and-head/#eyelids"' in out
    assert 'xlink:href="https://example.org/x/"' in out
    on_overview = absolute_links('<a class="bodymap__site" xlink:href="feet/#toes">', SITE + "body-sites/")
    assert on_overview == f'<a class="bodymap__site" xlink:href="{SITE}body-sites/feet/#toes">'


def test_absolute_data_and_network_path_links_and_anchors_are_left_alone():
    html = (
        '<link rel="canonical" href="https://example.org/a/">'
        '<link rel="icon" href="data:image/svg+xml,x">'
        '<link rel="preconnect" href="//example.org">'
        '<link rel="x" href="">'
        '<a href="../other/">a link a reader follows</a>'
    )
    assert absolute_links(html, SITE + "a/") == html


def test_every_built_page_is_rewritten_and_others_untouched(tmp_path):
    (tmp_path / "about").mkdir()
    (tmp_path / "about" / "index.html").write_text('<link rel="stylesheet" href="../site.css">', encoding="utf-8")
    (tmp_path / "site.css").write_text('a { background: url("x.svg") }', encoding="utf-8")
    write_absolute_links(sorted(tmp_path.rglob("*.html")), tmp_path, SITE)
    assert (tmp_path / "about" / "index.html").read_text(
        encoding="utf-8"
    ) == f'<link rel="stylesheet" href="{SITE}site.css">'
    assert (tmp_path / "site.css").read_text(encoding="utf-8") == 'a { background: url("x.svg") }'
