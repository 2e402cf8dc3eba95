# make run   install everything, set up the SQLite database with the demo patient, serve the app
# make test  install everything, lint, run the whole suite on SQLite and on a throwaway PostgreSQL
#            (browser tests run once, on SQLite: they exercise pages, not the database engine)

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
DEMO_EMAIL ?= demo@example.com
CHROMIUM := /usr/bin/chromium

.PHONY: install chromium redis run test lint test-sqlite test-postgres test-browser clean \
	test-prod-smoke test-two-instances benchmark

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/python requirements.txt requirements-dev.txt
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# One stylesheet, css/site.css: Bootstrap from its Sass sources (only the parts in use) with
# static/css/diary.css, compressed; and the app icons. Into build/static/ (git-ignored).
build/static/.built: $(VENV)/.installed node_modules/.installed assets/bootstrap.scss static/css/diary.css scripts/build-static.sh scripts/make_icons.py
	scripts/build-static.sh
	touch $@

install: $(VENV)/.installed node_modules/.installed build/static/.built

# Debian's Chromium for the browser tests (never `playwright install`: it downloads a browser).
# Without root and without Chromium, the browser tests skip themselves and say why.
chromium:
	@if [ -x $(CHROMIUM) ]; then :; \
	elif [ "$$(id -u)" = "0" ]; then \
		apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium; \
	else \
		echo "chromium: $(CHROMIUM) is missing and installing it needs root;" \
			"the browser tests will be skipped. As root: apt-get update &&" \
			"apt-get install -y --no-install-recommends chromium"; \
	fi

run: install
	DJANGO_DEBUG=1 $(BIN)/python manage.py migrate --no-input
	DJANGO_DEBUG=1 $(BIN)/python manage.py loaddata catalog
	DJANGO_DEBUG=1 $(BIN)/python manage.py seed_demo --email $(DEMO_EMAIL)
	DJANGO_DEBUG=1 DIARY_PORT=$(PORT) SITE_URL=http://127.0.0.1:$(PORT) $(BIN)/honcho -f Procfile.dev start

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test-sqlite: install chromium
	env -u DATABASE_URL $(BIN)/pytest

# The browser tests ran in test-sqlite; on PostgreSQL only the engine-dependent rest runs.
test-postgres: install
	scripts/with-postgres.sh $(BIN)/pytest -m "not browser"

# Just the browser tests, with their timings.
test-browser: install chromium
	env -u DATABASE_URL $(BIN)/pytest -m browser -s --durations=10

# The production stack end to end: PostgreSQL, gunicorn, a task worker, SMTP (scripts/prod_smoke.py).
test-prod-smoke: install
	scripts/prod-smoke.sh

# Two gunicorn instances and two task workers on one PostgreSQL and one Redis.
test-two-instances: install redis
	scripts/two-instances.sh

# Each page's service time as a ratio to a floor view (gunicorn, throwaway PostgreSQL).
benchmark: install
	scripts/with-postgres.sh $(BIN)/python scripts/benchmark_pages.py --rss

# Debian's redis-server for the several-machine test (like chromium: installed if root).
redis:
	@if command -v redis-server >/dev/null; then :; \
	elif [ "$$(id -u)" = "0" ]; then \
		apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends redis-server; \
	else \
		echo "redis: redis-server is missing and installing it needs root;" \
			"the two-instance test will be skipped."; \
	fi

test: lint test-sqlite test-postgres test-prod-smoke test-two-instances

clean:
	rm -rf $(VENV) node_modules staticfiles build
