# Warta: the two commands of the set-up contract are `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
OUT ?= demo-out

.PHONY: venv install dev demo test lint typecheck eval bench train clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.dev-installed: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed
dev: $(VENV)/.dev-installed

demo: install
	rm -rf $(OUT)
	$(BIN)/warta run examples/input/ --out $(OUT)
	$(BIN)/warta query --out $(OUT) "SELECT outlet, count(*) AS articles FROM articles GROUP BY outlet ORDER BY articles DESC"
	$(BIN)/warta query --out $(OUT) "SELECT source_code, source_sector, plover, cameo, target_code, status, left(evidence, 60) AS evidence FROM events ORDER BY event_id LIMIT 10"

test: dev
	$(BIN)/ruff check src tests scripts
	$(BIN)/mypy
	$(BIN)/pytest

eval: install
	$(BIN)/python scripts/eval_gate.py --shared $(SHARED)
	$(BIN)/python scripts/eval_gate.py --shared $(SHARED) --config configs/fast.toml \
		--baseline eval/baseline-fast.json --reports reports/fast --suite gold --suite ud --suite ner

bench: install
	$(BIN)/python scripts/bench.py --shared $(SHARED)

train: dev
	$(BIN)/python scripts/train.py --shared $(SHARED)

clean:
	rm -rf $(OUT) reports .pytest_cache .mypy_cache .ruff_cache
