# Everything sets itself up: each target creates .venv when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test lint bench screenshots clean package

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/wellbeing

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests

# Benchmarks report numbers; they are never timed tests.
bench: $(STAMP)
	$(BIN)/python bench/review_bench.py

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m wellbeing.ui.screenshots docs/screenshots

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
