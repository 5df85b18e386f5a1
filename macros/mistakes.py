"""A mistake the build would stop on, shown in the page instead (`make serve` only).

`make build` and the tests stop at the first mistake, naming the file and the fix. While an
editor previews with `make serve`, stopping would leave the browser showing the last good
build (or no server at all), so the same message is shown where the page would be, and the
rest of the site keeps working. Plain functions of text.
"""

from __future__ import annotations

import html

# Editors' words, like every error message: a reader never sees this box.
HEADING = "This page has a mistake: make build would stop here"


# The box is rendered as a template after it replaces the page, and a message may quote what
# opened a template comment or tag ("{#anchor}"): braces are written as character references.
BRACES = str.maketrans({"{": "&#123;", "}": "&#125;"})


def in_page(message: str) -> str:
    """The message as a Markdown box, each line as it is (escaped, in a code block)."""
    escaped = html.escape(message, quote=False).translate(BRACES)
    lines = "\n".join(f"    {line}" for line in escaped.splitlines())
    return f'!!! failure "{HEADING}"\n\n    <pre><code>\n{lines}\n    </code></pre>\n'
