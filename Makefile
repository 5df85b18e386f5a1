# Set-up is part of every command: a missing .venv is created and the pinned
# requirements installed, so `make serve` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build check lint test clean body-map

$(BIN)/mkdocs: requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -qq --disable-pip-version-check -r requirements.txt
	touch $@

$(BIN)/pytest: requirements-test.txt $(BIN)/mkdocs
	$(BIN)/python -m pip install -qq --disable-pip-version-check -r requirements-test.txt
	touch $@

# Live preview. MkDocs rebuilds when docs/, mkdocs.yml, the glossary (includes/), the
# templates and data code (macros/) or the theme (overrides/) change; a change to a Python
# file in macros/ restarts the server, as Python keeps the first import of a module. A
# mistake the build would stop on is shown in its page instead (MACROS_ON_ERROR_FAIL=false,
# macros/mistakes.py), so the server keeps going; `make build` and `make check` stop on it.
# The Content-Security-Policy is off here only: MkDocs' live reload injects an inline script.
serve: $(BIN)/mkdocs
	CONTENT_SECURITY_POLICY=false MACROS_ON_ERROR_FAIL=false $(BIN)/watchmedo auto-restart --directory=macros \
	  --patterns='*.py' --recursive --signal SIGTERM -- $(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 \
	  --watch includes --watch macros --watch overrides --watch tests/checklist_vignettes.yml

# Stylesheet addresses are written for SITE_URL; opened anywhere else, a page moves them itself
# (served-elsewhere.js) but restyles once as it loads. Say which address this build is for.
build: $(BIN)/mkdocs
	@echo "Building for $${SITE_URL:-http://127.0.0.1:8000/ (SITE_URL is not set)}: serve it there, or set SITE_URL to where it will be served."
	$(BIN)/mkdocs build --strict
	@echo "Built $$(find site -name index.html | wc -l) pages into site/."

# The quick tier, no browser: lint, format and type checks, then the unit and
# built-site tests. `make test` runs everything, browser tests included.
check: lint $(BIN)/pytest
	$(BIN)/python -m pytest -m "not browser"

lint: $(BIN)/pytest
	$(BIN)/ruff check macros tools tests
	$(BIN)/ruff format --check macros tools tests
	$(BIN)/mypy

# Most browser tests wait on the page rather than the CPU, so three workers keep two
# cores busy. Each worker builds the site once and drives one Chromium; a file's tests
# stay in one worker (--dist loadfile), so its module fixtures are made once. Files go out
# in collection order (--no-loadscope-reorder), which tests/conftest.py starts with the
# longest, the axe sweep (tests/browser/test_sweeps.py), then the other browser files.
TEST_WORKERS ?= 3

test: lint $(BIN)/pytest
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder

clean:
	rm -rf site .pytest_cache

# Redraw docs/data/body_map.svg, the picture of the body map, after changing its data.
body-map: $(BIN)/mkdocs
	$(BIN)/python tools/draw_body_map.py

# Measurements, not tests: Lighthouse scores (pinned Lighthouse 12, from the npm
# registry; it drives the system Chromium) and build time and memory.
.PHONY: audit bench
AUDIT := tools/audit
CHROME_PATH ?= $(shell command -v chromium || command -v chromium-browser || command -v google-chrome)

$(AUDIT)/node_modules/.package-lock.json: $(AUDIT)/package.json $(AUDIT)/package-lock.json
	cd $(AUDIT) && npm ci --ignore-scripts --no-audit --no-fund
	touch $@

audit: $(BIN)/mkdocs $(AUDIT)/node_modules/.package-lock.json
	CHROME_PATH="$(CHROME_PATH)" $(BIN)/python $(AUDIT)/audit.py

bench: $(BIN)/mkdocs
	$(BIN)/python tools/bench.py
