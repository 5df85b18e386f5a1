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
