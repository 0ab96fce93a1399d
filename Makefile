# Quick start: `make demo` (set up and run on the bundled demo corpus) and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DEMO_OUT ?= out/demo

.PHONY: demo test setup setup-dev corpus-summary bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# the compiled modules are rebuilt when a source changes (until then a changed module runs from its source)
SOURCES := $(wildcard nlp/*.py nlp/*/*.py)

# after installing, the package's regular expressions are compiled once into its bytecode cache (nlp/_recache.py)
RECACHE := $(BIN)/python -c "from nlp._recache import compile_package; compile_package()"

$(VENV)/.installed: pyproject.toml setup.py $(SOURCES) | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	$(RECACHE)
	touch $@

$(VENV)/.installed-dev: pyproject.toml setup.py $(SOURCES) | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[dev]'
	$(RECACHE)
	touch $@ $(VENV)/.installed

setup: $(VENV)/.installed
setup-dev: $(VENV)/.installed-dev

demo: setup
	$(BIN)/nianbao check corpora/demo -o $(DEMO_OUT) --force

# fuzz examples per fuzz test (hypothesis); CI's few thousand per run add up over the suite's lifetime
NIANBAO_FUZZ_EXAMPLES ?= 1500
export NIANBAO_FUZZ_EXAMPLES

test: setup-dev
	$(BIN)/python -m pytest -q

# measurements on the real corpus (../shared/corpora/real or $$NIANBAO_CORPUS)
corpus-summary: setup
	$(BIN)/nianbao parse --summary $${NIANBAO_CORPUS:-../shared/corpora/real} -o out/corpus

bench: setup
	$(BIN)/python scripts/bench_parse.py

clean:
	rm -rf $(VENV) out .pytest_cache
