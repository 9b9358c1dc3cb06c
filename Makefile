# Everything sets itself up: each target creates .venv when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test lint bench screenshots clean package translations

# Translations: Qt Linguist sources in resources/translations/ (committed), compiled to
# .qm files in the package's assets (generated, never committed; the install step below
# compiles them too, so a fresh clone's `make run` and `make test` have them).
TS := $(wildcard resources/translations/wellbeing_*.ts)
QM_DIR := src/wellbeing/assets/translations
define compile_translations
	mkdir -p $(QM_DIR)
	for ts in $(TS); do \
		$(BIN)/pyside6-lrelease -silent $$ts -qm $(QM_DIR)/$$(basename $$ts .ts).qm || exit 1; \
	done
endef

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	$(compile_translations)
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/wellbeing

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests tools
	$(BIN)/ruff format --check src tests tools
	$(BIN)/mypy

# Benchmarks report numbers; they are never timed tests. Vaults are built once and cached;
# the table goes to the terminal, everything measured to tools/bench/last-run.json.
bench: $(STAMP)
	$(BIN)/python -m tools.bench --out tools/bench/last-run.json

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots docs/screenshots

# Gathers every string of the app into the .ts files (error messages through the list
# domain/error_texts.py, regenerated first), then compiles them. Translate what lupdate
# marks unfinished with Qt Linguist (.venv/bin/pyside6-linguist) or any text editor.
translations: $(STAMP)
	$(BIN)/python resources/translations/make_error_texts.py
	$(BIN)/pyside6-lupdate -locations relative -no-obsolete -tr-function-alias tr+=_tr \
		$$(find src/wellbeing -name '*.py' | sort) \
		-ts $(TS)
	$(compile_translations)

# The one-folder app in dist/wellbeing/, then its smoke test (packaging/README.md).
# Validates the desktop file and AppStream metainfo when their Debian tools are installed
# (desktop-file-utils, appstream). Never part of `make test`.
PACKAGE_STAMP := $(VENV)/.package-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

$(PACKAGE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[package]'
	rm -f $(VENV)/.package-*
	touch $(PACKAGE_STAMP)

package: $(PACKAGE_STAMP)
	@if command -v desktop-file-validate >/dev/null; then \
		desktop-file-validate resources/*.desktop && echo "desktop file: valid"; \
	else echo "desktop-file-validate not installed (apt-get install desktop-file-utils): skipped"; fi
	@if command -v appstreamcli >/dev/null; then \
		appstreamcli validate --no-net resources/*.metainfo.xml; \
	else echo "appstreamcli not installed (apt-get install appstream): skipped"; fi
	rm -rf build/pyinstaller dist/wellbeing
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/wellbeing.spec
	$(BIN)/python packaging/smoke_bundle.py dist/wellbeing

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache
