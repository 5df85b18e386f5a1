# Set-up is part of every command: a missing .venv is created and the pinned
# requirements installed, so `make serve` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test clean

$(BIN)/mkdocs: requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -qq --disable-pip-version-check -r requirements.txt
	touch $@

$(BIN)/pytest: requirements-test.txt $(BIN)/mkdocs
	$(BIN)/python -m pip install -qq --disable-pip-version-check -r requirements-test.txt
	touch $@

serve: $(BIN)/mkdocs
	$(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:8000

build: $(BIN)/mkdocs
	$(BIN)/mkdocs build --strict

test: $(BIN)/pytest
	$(BIN)/python -m pytest

clean:
	rm -rf site .pytest_cache

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
