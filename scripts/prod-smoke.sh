#!/usr/bin/env bash
# The production stack end to end on a throwaway PostgreSQL: scripts/prod_smoke.py says what.
# Usage: scripts/prod-smoke.sh   (make test-prod-smoke)
set -euo pipefail
cd "$(dirname "$0")/.."
case "${DATABASE_URL:-}" in
  postgres*) exec .venv/bin/python scripts/prod_smoke.py ;;
  *) exec scripts/with-postgres.sh "$0" ;;
esac
