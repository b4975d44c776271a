# Two commands do all the set-up (see README): `make run` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
# Tests must never touch a real user's data or keyring, and Qt runs without a screen.
TEST_ENV := QT_QPA_PLATFORM=offscreen

.PHONY: run demo test lint typecheck pytest lock clean translations screenshots

$(STAMP): pyproject.toml requirements/constraints.txt
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c requirements/constraints.txt -e '.[test,hub]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/bluepacific-desktop $(ARGS)

demo: $(STAMP)
	$(VENV)/bin/bluepacific-desktop --demo $(ARGS)

# lint-imports checks the import contracts of pyproject.toml on this tree's src/ (PYTHONPATH:
# not on whichever tree the venv's editable install points at).
lint: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks migrations
	$(VENV)/bin/ruff format --check src tests benchmarks migrations
	PYTHONPATH=src $(VENV)/bin/lint-imports --no-logo

typecheck: $(STAMP)
	$(VENV)/bin/mypy

# Two worker processes (pytest-xdist); PYTEST_WORKERS=0 runs in this one process. The tests
# that hold a wall-clock bound (marked `timing`) run afterwards on their own, so that a
# neighbour's work never makes them fail (exit 5: none of them was selected).
PYTEST_WORKERS ?= 2
pytest: $(STAMP)
	$(TEST_ENV) dbus-run-session -- $(PY) -m pytest -n $(PYTEST_WORKERS) -m "not timing" $(PYTEST_ARGS)
	$(TEST_ENV) dbus-run-session -- $(PY) -m pytest -m timing $(PYTEST_ARGS) || [ $$? -eq 5 ]

test: lint typecheck pytest

# Collect every translatable string of the UI and the PDF reports (lupdate), fill in the
# French texts kept in resources/translations/fr/*.json, and compile the .qm the app loads;
# English gets a .qm of its plurals only ("1 change waiting", "3 changes waiting").
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -extensions py -no-obsolete -locations none src/bluepacific_desktop/ui src/bluepacific_desktop/reports/render src/bluepacific_desktop/i18n src/bluepacific_desktop/cli -ts resources/translations/bluepacific_fr.ts
	$(PY) scripts/fill_translations.py resources/translations/bluepacific_fr.ts resources/translations/fr
	$(VENV)/bin/pyside6-lrelease resources/translations/bluepacific_fr.ts -qm resources/translations/bluepacific_fr.qm
	$(VENV)/bin/pyside6-lupdate -extensions py -no-obsolete -locations none -pluralonly src/bluepacific_desktop/ui src/bluepacific_desktop/reports/render src/bluepacific_desktop/i18n src/bluepacific_desktop/cli -ts resources/translations/bluepacific_en.ts
	$(PY) scripts/fill_translations.py resources/translations/bluepacific_en.ts resources/translations/en
	$(VENV)/bin/pyside6-lrelease resources/translations/bluepacific_en.ts -qm resources/translations/bluepacific_en.qm

# On a 1366×768 laptop screen, the one the screens are made to fit (offscreen's own is smaller).
screenshots: $(STAMP)
	QT_QPA_PLATFORM="offscreen:configfile=tests/support/laptop-1366x768.json" $(PY) scripts/screenshots.py

# Re-pin every dependency after changing pyproject.toml (needs network).
lock:
	rm -rf .lockvenv && python3 -m venv .lockvenv
	.lockvenv/bin/pip install --quiet --upgrade pip
	.lockvenv/bin/pip install --quiet -e '.[test,hub]'
	.lockvenv/bin/pip freeze --exclude-editable | grep -v '^-e' > requirements/constraints.txt
	rm -rf .lockvenv

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .import_linter_cache
