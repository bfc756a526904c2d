# `make run` and `make test` are the contract: they work on a fresh clone with only Python 3.11.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench translations package clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/guardian --demo

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy guardian
	$(BIN)/actionlint .github/workflows/*.yml

bench: $(STAMP)
	$(BIN)/python -m bench.parse_speed

# Refresh the catalogues from ui/ (then translate what is new, e.g. with pyside6-linguist) and compile them.
translations: $(STAMP)
	for lang in fr en; do \
	  $(BIN)/pyside6-lupdate -silent -no-obsolete $$(find ui -name '*.py' | sort) -ts resources/translations/guardian_$$lang.ts && \
	  $(BIN)/pyside6-lrelease -silent resources/translations/guardian_$$lang.ts -qm resources/translations/guardian_$$lang.qm; \
	done

# The one-folder bundle for this OS in dist/ (installers: packaging/windows, packaging/macos; docs/INSTALL.md).
package: $(STAMP)
	$(BIN)/python packaging/build.py

clean:
	rm -rf $(VENV) build dist *.egg-info
