# make run   install everything, set up the SQLite database with the demo patient, serve the app
# make test  install everything, lint, run the whole suite on SQLite and on a throwaway PostgreSQL

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
DEMO_EMAIL ?= demo@example.com

.PHONY: install run test lint test-sqlite test-postgres clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/python requirements.txt requirements-dev.txt
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

install: $(VENV)/.installed node_modules/.installed

run: install
	DJANGO_DEBUG=1 $(BIN)/python manage.py migrate --no-input
	DJANGO_DEBUG=1 $(BIN)/python manage.py loaddata catalog
	DJANGO_DEBUG=1 $(BIN)/python manage.py seed_demo --email $(DEMO_EMAIL)
	DJANGO_DEBUG=1 $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test-sqlite: install
	env -u DATABASE_URL $(BIN)/pytest

test-postgres: install
	scripts/with-postgres.sh $(BIN)/pytest

test: lint test-sqlite test-postgres

clean:
	rm -rf $(VENV) node_modules staticfiles
