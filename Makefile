# Set-up is two commands: `make run` and `make test`. Everything else is here for convenience.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
KEY_FILE ?= var/secret_key

.PHONY: install lock run dev test lint format migrate samples backup bench bench-search clean

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

# A random secret key for this checkout, written once (git-ignored, readable by its owner only).
# Production sets DJANGO_SECRET_KEY instead, the same on every host.
$(KEY_FILE):
	mkdir -p $(dir $@)
	umask 077 && $(PYTHON) -c "import secrets; print(secrets.token_urlsafe(50))" > $@.tmp
	mv $@.tmp $@

migrate: install $(KEY_FILE)
	$(BIN)/python manage.py migrate --no-input

samples: migrate
	$(BIN)/python manage.py import_samples

# The site as production runs it (DEBUG off, gunicorn, the site's own 404 and 500 pages), but
# over plain HTTP on this machine: DJANGO_HTTPS=0 drops the https redirect, HSTS and secure
# cookies, which would lock the browser out of http://127.0.0.1. Production keeps the default.
run: export DJANGO_HTTPS ?= 0
run: samples
	$(BIN)/python manage.py collectstatic --no-input --verbosity 0
	PORT=$(PORT) $(BIN)/gunicorn config.wsgi -c gunicorn.conf.py

# Development: Django's runserver, reloading on every change, with DEBUG on.
dev: export DJANGO_DEBUG ?= 1
dev: samples
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# A consistent copy of the database, taken while the site runs (see README "Backups").
backup: install $(KEY_FILE)
	$(BIN)/python manage.py backup_db

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
