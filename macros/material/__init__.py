"""Everything that exists only because the site is built with Material for MkDocs.

The theme's files are overrides/ (templates, its stylesheets' fixes, the palette and page-view
scripts); this package is their Python side:

- `theme.py`: the theme's words (the review line, the notice, the footer, the header, the
  "Page not found" page, the palette toggle) given to the theme's templates from
  wording.yml, and each page's dates in the site's format;
- `search.py`: the search words put into Material's index, and the way on under its results;
- `link_addresses.py`: absolute addresses where instant navigation needs them;
- `unstyled.py`: the theme's icons sized for a page read without its stylesheet.

A trial of another engine replaces overrides/ and this package (README, "Moving off Material").
"""
