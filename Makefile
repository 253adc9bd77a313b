# The two commands of the README:  `make run` (the kiosk on mock hardware, central server embedded)
# and `make test` (lint, import contracts, the whole test suite). Both install what they need.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# `make run ROLE=checkout` (or stocking): a staff station (docs/stations.md)
ROLE ?= customer

.PHONY: run test test-core lint typecheck central bench stress soak-disk translations screenshots clean bundle bundle-test

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11 or newer is needed: apt-get install python3"; exit 1; }
	@$(PYTHON) -m venv $(VENV) 2>/dev/null || { tools/system-deps.sh venv && $(PYTHON) -m venv --clear $(VENV); }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	@tools/system-deps.sh run
	@if [ -z "$${DISPLAY}$${WAYLAND_DISPLAY}$${QT_QPA_PLATFORM}" ]; then \
	  echo "No display found: running offscreen; drive the kiosk through the QA control URL below."; \
	  export QT_QPA_PLATFORM=offscreen; fi; \
	export KIOSK_MAINTENANCE_BADGE_PREFIX="$${KIOSK_MAINTENANCE_BADGE_PREFIX-STAFF-}"; \
	export KIOSK_MAINTENANCE_STAFF="$${KIOSK_MAINTENANCE_STAFF-S001:$$($(PY) -c 'from kiosk.maintenance.pins import hash_pin; print(hash_pin("2468"))')}"; \
	exec $(PY) -m kiosk --mock --windowed --qa-port 0 --role $(ROLE)

# The Qt-free core's tests in a virtualenv without PySide6 and pytest-qt (tools/core_requirements.py):
# proof that kiosk's core and tests/unit need no Qt.
CORE_VENV := .venv-core
CORE_STAMP := $(CORE_VENV)/.installed

$(CORE_STAMP): pyproject.toml tools/core_requirements.py
	@$(PYTHON) -m venv $(CORE_VENV) 2>/dev/null || { tools/system-deps.sh venv && $(PYTHON) -m venv --clear $(CORE_VENV); }
	$(CORE_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(PYTHON) tools/core_requirements.py > $(CORE_VENV)/requirements.txt
	$(CORE_VENV)/bin/python -m pip install --quiet -r $(CORE_VENV)/requirements.txt
	$(CORE_VENV)/bin/python -m pip install --quiet --no-deps -e .
	@touch $(CORE_STAMP)

test-core: $(CORE_STAMP)
	@$(CORE_VENV)/bin/python -c 'import importlib.util as u, sys; sys.exit(u.find_spec("PySide6") is not None)' \
	  || { echo "$(CORE_VENV) has PySide6: the core suite must run without it"; exit 1; }
	$(CORE_VENV)/bin/python -m pytest tests/unit

central: $(STAMP)
	$(PY) -m central --dev

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(VENV)/bin/lint-imports
	$(MAKE) --no-print-directory typecheck

# mypy in strict mode ([tool.mypy] in pyproject.toml) over the paths that are strict-clean.
TYPED_PATHS := kiosk printers scanners voices central ui

typecheck: $(STAMP)
	$(PY) -m mypy $(TYPED_PATHS)

test: $(STAMP)
	@tools/system-deps.sh test
	$(MAKE) --no-print-directory lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: $(STAMP)
	$(PY) tests/bench/bench_central.py
	$(PY) tests/bench/bench_ticket.py
	$(PY) tests/bench/bench_phone.py
	$(PY) tests/bench/bench_decode.py
	QT_QPA_PLATFORM=offscreen $(PY) tests/bench/bench_kiosk.py
	QT_QPA_PLATFORM=offscreen $(PY) tests/bench/bench_send.py
	QT_QPA_PLATFORM=offscreen $(PY) tests/bench/bench_maintenance.py
	$(PY) tests/bench/bench_speech.py
	QT_QPA_PLATFORM=offscreen $(PY) tests/bench/bench_speech_screens.py

stress: $(STAMP)
	$(PY) tests/bench/stress_outbox.py

# as root: it mounts a small tmpfs for the kiosk's data directory
soak-disk: $(STAMP)
	$(PY) tests/bench/soak_disk.py

screenshots: $(STAMP)
	@tools/system-deps.sh screenshots
	$(PY) tools/screenshots.py

translations: $(STAMP)
	tools/update_translations.sh

# The PyInstaller one-folder build (kiosk.spec) → dist/kiosk/kiosk; and the test that runs it.
BUNDLE_STAMP := $(VENV)/.bundle-installed
$(BUNDLE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev,bundle]'
	@touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP)
	@tools/system-deps.sh bundle
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build kiosk.spec
	@du -sh dist/kiosk

bundle-test: bundle
	KIOSK_BUNDLE=dist/kiosk/kiosk QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/bundle -q

clean:
	rm -rf $(VENV) $(CORE_VENV) .pytest_cache .ruff_cache .mypy_cache build dist
