# Set-up is two commands: `make run` and `make test`. Everything else is here for convenience.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000

.PHONY: install lock run test lint format migrate samples bench bench-search clean

install: $(VENV)/.installed

# Exact versions from requirements.lock, so every machine runs what CI ran.
$(VENV)/.installed: requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --requirement requirements.lock
	touch $@

# After changing the dependency ranges in pyproject.toml: pin them again.
lock: install
	$(BIN)/pip-compile --quiet --extra dev --strip-extras --no-emit-index-url \
		--no-emit-find-links --no-emit-trusted-host --output-file requirements.lock pyproject.toml

migrate: install
	$(BIN)/python manage.py migrate --no-input

samples: migrate
	$(BIN)/python manage.py import_samples

run: samples
	$(BIN)/python manage.py collectstatic --no-input --verbosity 0
	$(BIN)/gunicorn config.wsgi --bind 127.0.0.1:$(PORT) --workers 2 --access-logfile -

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates

# Benchmarks make their own scratch databases; they print figures and assert nothing.
bench: install
	$(BIN)/python bench/bench_import.py

bench-search: install
	$(BIN)/python bench/bench_search.py --backend all

clean:
	rm -rf $(VENV) staticfiles db.sqlite3 db.sqlite3-wal db.sqlite3-shm
