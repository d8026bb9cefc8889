# Gongkai: `make demo` serves the platform with demo data; `make test` runs the whole suite.
# Both are idempotent and set up everything they need on a fresh machine.

VENV    := .venv
PY      := $(VENV)/bin/python
GONGKAI := $(PY) -m gongkai
APPS    := core orgs workdays plans applications publishing participation briefings incidents proposals gazette reports monitoring search portal

.PHONY: demo test venv lint messages compilemessages test-sqlite test-postgres serve prod clean eval eval-privacy eval-plans eval-search eval-monitor \
        upgrade-check

# The demo runs as production does (DEBUG off, gunicorn, collected static files), over plain
# HTTP on this machine only: GONGKAI_HTTPS=0 turns off the HTTPS-only settings.
DEMO_ENV := DJANGO_DEBUG=0 GONGKAI_HTTPS=0 GONGKAI_JOBS=sqlite

demo: venv compilemessages
	@./scripts/ensure-system.sh || echo "gongkai: system packages missing; the platform still runs"
	$(DEMO_ENV) $(GONGKAI) migrate --noinput -v0
	$(DEMO_ENV) $(GONGKAI) demo
	@$(MAKE) --no-print-directory serve

serve:
	@echo "Serving on http://127.0.0.1:8000/ (Ctrl-C to stop)"
	@$(DEMO_ENV) $(GONGKAI) run_huey --quiet & \
	  worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	  $(DEMO_ENV) $(GONGKAI) serve --bind 127.0.0.1:8000

# Production web server, configured by the environment (docs/deploy.md): migrate, collect the
# static files, run gunicorn. The job worker is a service of its own (`gongkai run_huey`).
prod: venv compilemessages
	$(GONGKAI) migrate --noinput -v0
	$(GONGKAI) serve

test: venv
	@./scripts/ensure-system.sh
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djlint gongkai --lint --quiet
	$(VENV)/bin/lint-imports --no-cache
	@$(MAKE) --no-print-directory messages compilemessages
	@echo "== pytest on SQLite and on PostgreSQL, side by side (each run's output shows when it ends)"
	@status=$$(./scripts/ensure-services.sh | tail -n1); echo "services: $$status"; \
	case "$$status" in *postgres=ok*) shared=1;; *) shared=0;; esac; \
	$(MAKE) --no-print-directory -j2 --output-sync=target test-sqlite test-postgres \
	  GONGKAI_SHARED_RUNS=$$shared

# With both runs (GONGKAI_SHARED_RUNS=1, conftest.py): tests that reach the database run in
# both; tests that never do run once, on SQLite; browser test files alternate between the two.
# Either target run alone runs everything.
GONGKAI_SHARED_RUNS ?= 0

test-sqlite:
	@echo "== pytest on SQLite =="
	GONGKAI_SHARED_RUNS=$(GONGKAI_SHARED_RUNS) $(VENV)/bin/pytest -q -p no:cacheprovider

test-postgres:
	@status=$$(./scripts/ensure-services.sh | tail -n1); echo "services: $$status"; \
	case "$$status" in \
	  *postgres=ok*) \
	    db="gongkai_$$$$"; redis=""; \
	    case "$$status" in *redis=ok*) redis="redis://127.0.0.1:6379/15";; esac; \
	    echo "== pytest on PostgreSQL (database test_$$db, dropped afterwards) =="; \
	    DATABASE_URL="postgres://postgres@127.0.0.1:5432/$$db" REDIS_URL="$$redis" \
	      GONGKAI_SHARED_RUNS=$(GONGKAI_SHARED_RUNS) $(VENV)/bin/pytest -q -p no:cacheprovider;; \
	  *) \
	    if [ "$${CI:-}" = "true" ]; then \
	      echo "ERROR: no PostgreSQL server on 127.0.0.1:5432; CI requires the PostgreSQL run." >&2; exit 1; \
	    fi; \
	    echo "WARNING: no PostgreSQL server on 127.0.0.1:5432 could be started; the PostgreSQL run is SKIPPED." >&2;; \
	esac

# Work-plan parser on the real-document set: per document and pooled on the tuning part, pooled
# only on the held-out part (tests/data/workplans_real/README.md).
REAL := tests/data/workplans_real
eval-plans: venv compilemessages
	@score=../shared/workplans/score.py; [ -f $$score ] || score=tests/data/workplans/score.py; \
	echo "== tuning part"; \
	$(PY) $$score $(REAL)/gold/tuning $(REAL)/docs $(PY) -m gongkai.plans.parsing --format json; \
	$(PY) -m gongkai.plans.tests.forms_eval; \
	$(PY) -m gongkai.plans.tests.forms_eval --combos 80 --seed 0; \
	$(PY) -m gongkai.plans.tests.synth_tables; \
	$(PY) -m gongkai.plans.tests.synth_statements; \
	$(PY) -m gongkai.plans.tests.synth_documents; \
	$(PY) -m gongkai.plans.tests.synth_documents --forms; \
	echo "== held-out part"; \
	$(PY) $$score $(REAL)/gold/heldout $(REAL)/docs $(PY) -m gongkai.plans.parsing --format json \
	  | grep -E '^(overall|min|no documents)'

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	@touch $@

# Each app's catalog from its sources, two apps at a time.
messages:
	@printf '%s\n' $(APPS) | xargs -P2 -I{} sh -c 'mkdir -p gongkai/{}/locale && \
	  cd gongkai/{} && GONGKAI_DATA_DIR=$(CURDIR)/var ../../$(VENV)/bin/gongkai makemessages \
	  -l zh_Hans --no-location --no-obsolete -v0'


compilemessages:
	@$(GONGKAI) compilemessages --ignore=.venv -v0

# Whole evaluation sets on real documents, each with its tuning and held-out figures (a fast
# slice of each runs in `make test`).
eval: eval-privacy eval-plans eval-search eval-monitor

# The website monitor's date finder on text from real government list and article pages.
eval-monitor: venv
	$(PY) -m gongkai.monitoring.tests.dates_real

# The privacy scanner on the real published documents: tuning part and held-out part.
eval-privacy: venv
	$(PY) -m gongkai.publishing.tests.privacy_real

# Search on the recombined real-text set (gongkai/search/tests/search_eval.py): recall and mean
# precision per query kind, tuning part and held-out part, on SQLite and (when a server runs) on
# PostgreSQL.
eval-search: venv
	@echo "== search evaluation on SQLite"
	SEARCH_EVAL=full $(VENV)/bin/pytest -q -s -p no:cacheprovider gongkai/search/tests/test_search_eval.py
	@status=$$(./scripts/ensure-services.sh | tail -n1); \
	case "$$status" in \
	  *postgres=ok*) \
	    echo "== search evaluation on PostgreSQL"; \
	    SEARCH_EVAL=full DATABASE_URL="postgres://postgres@127.0.0.1:5432/gongkai_eval_$$$$" \
	      $(VENV)/bin/pytest -q -s -p no:cacheprovider gongkai/search/tests/test_search_eval.py;; \
	  *) echo "WARNING: no PostgreSQL server; the PostgreSQL evaluation is SKIPPED." >&2;; \
	esac

# Pins in pyproject.toml with a newer release (docs/operations.md); prints a note when offline.
upgrade-check: venv
	@$(PY) scripts/upgrade-check.py

clean:
	rm -rf var test-output
