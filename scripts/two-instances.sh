#!/usr/bin/env bash
# Two gunicorn instances and two task workers on one PostgreSQL and one Redis:
# scripts/two_instances.py says what it checks. Usage: scripts/two-instances.sh
set -euo pipefail
cd "$(dirname "$0")/.."
case "${DATABASE_URL:-}" in
  postgres*) exec .venv/bin/python scripts/two_instances.py ;;
  *) exec scripts/with-postgres.sh "$0" ;;
esac
