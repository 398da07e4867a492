# Bassin minier — set-up, tests, demo, packaging. Works on Debian 12 (QGIS 3.22) and 13 (QGIS 3.40).
SHELL := /bin/bash
.DEFAULT_GOAL := help

PY_SYS   := /usr/bin/python3
VENV     := .venv
PY       := $(VENV)/bin/python
ROOT     := $(CURDIR)
PLUGINS  := $(ROOT)/.build/plugins
PLUGIN   := bassin_minier
DEB_PACKAGES := qgis python3-qgis qgis-providers python3-pandas python3-scipy python3-venv xvfb xauth \
	pyqt5-dev-tools qttools5-dev-tools poppler-utils postgresql postgresql-postgis grass-core \
	imagemagick zip python3-markdown
APT_ENV  := DEBIAN_FRONTEND=noninteractive
SUDO     := $(if $(filter 0,$(shell id -u)),,sudo)
# Debian 12 has /usr/bin/lrelease (qtchooser); Debian 13 may only have the Qt 5 one.
LRELEASE = $(firstword $(wildcard /usr/lib/qt5/bin/lrelease) $(shell command -v lrelease 2>/dev/null) lrelease)
RUN_ENV  = LRELEASE=$(LRELEASE)  QT_QPA_PLATFORM=offscreen QGIS_PLUGINPATH=$(PLUGINS) PYTHONPATH=$(PLUGINS) \
	PYTHONDONTWRITEBYTECODE=1

.PHONY: help setup system-packages venv lint-tools lint link test demo bench package deploy translate sample-data clean \
	guides release-tools check-release package-plugins-qgis-org

help:
	@echo "make demo       install what is missing, run the plugin on the sample data (demo_output/)"
	@echo "make test       install what is missing, run the whole test suite headless"
	@echo "make lint       ruff over the whole tree (part of make test)"
	@echo "make bench      benchmarks, written to docs/benchmarks.md"
	@echo "make package    zip and plugins.xml of a plugin repository (dist/; REPO_URL=…)"
	@echo "make package-plugins-qgis-org   the zip for plugins.qgis.org (HOMEPAGE, TRACKER, REPOSITORY, EMAIL set)"
	@echo "make check-release  plugins.qgis.org's validator, security scan and Qt6 check on the zip (part of make test)"
	@echo "make deploy     link the plugin into the local QGIS profile"
	@echo "make translate  update resources/i18n/*.ts from the sources and compile the .qm files"

setup: system-packages venv link compile-translations guides

# Install only what is missing: the second run asks apt nothing.
system-packages:
	@missing=$$(for p in $(DEB_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:" $$missing; \
		$(SUDO) apt-get update -qq && $(SUDO) $(APT_ENV) apt-get install -y -qq --no-install-recommends $$missing >/dev/null \
		|| { echo "apt-get install failed for: $$missing"; exit 1; }; \
	fi

# A venv on the system Python (QGIS, GDAL, numpy, pandas from Debian) holding only pytest and pytest-qgis.
venv: $(VENV)/.ready
$(VENV)/.ready:
	$(PY_SYS) -m venv --system-site-packages $(VENV)
	@qgis=$$($(PY_SYS) -c "from qgis.core import Qgis; print(Qgis.QGIS_VERSION_INT)"); \
	if [ "$$qgis" -ge 33400 ]; then pq="pytest-qgis>=4,<6"; else pq="pytest-qgis==2.1.0"; fi; \
	$(VENV)/bin/pip install -q --disable-pip-version-check "pytest>=7,<9" "$$pq"
	@touch $@

# Lint tools, in the same venv (their own stamp, so an existing venv gets them too).
RUFF_VERSION := 0.17.6
lint-tools: $(VENV)/.lint-ready
$(VENV)/.lint-ready: $(VENV)/.ready
	$(VENV)/bin/pip install -q --disable-pip-version-check "ruff==$(RUFF_VERSION)"
	@touch $@

# The lint gate of `make test` (configuration in pyproject.toml).
lint: lint-tools
	$(VENV)/bin/ruff check .

# Tests and qgis_process import the plugin as `bassin_minier`, whatever this folder is called.
link:
	@mkdir -p $(PLUGINS)
	@ln -sfn $(ROOT) $(PLUGINS)/$(PLUGIN)

compile-translations:
	@for ts in resources/i18n/*.ts; do $(LRELEASE) -silent $$ts -qm $${ts%.ts}.qm || exit 1; done

test: setup lint release-tools
	$(RUN_ENV) $(PY) -m pytest $(PYTEST_ARGS)

demo: setup
	@rm -rf demo_output && mkdir -p demo_output
	$(RUN_ENV) $(PY) scripts/demo.py demo_output

bench: setup
	$(RUN_ENV) $(PY) bench/run.py docs/benchmarks.md $(TASKS)

sample-data: setup
	$(RUN_ENV) $(PY_SYS) scripts/generate_sample_data.py

# pylupdate5 keeps the translations already made; a test fails while one is left unfinished.
PARTS ?= core sandt concessions trame_verte patrimoine
translate: system-packages
	@for part in $(PARTS); do \
		case $$part in \
			core) src="__init__.py mbm_qgis_plugin/*.py mbm_qgis_plugin/gui/base_tab.py mbm_qgis_plugin/gui/dock.py processing_algorithms/*.py";; \
			*) src="$$(ls mbm_qgis_plugin/$$part/*.py processing_algorithms/$$part/*.py mbm_qgis_plugin/gui/$${part}_tab.py 2>/dev/null)";; \
		esac; \
		pylupdate5 -noobsolete $$src -ts resources/i18n/bassin_minier_$${part}_fr.ts || exit 1; \
	done
	@$(MAKE) --no-print-directory compile-translations
	@grep -c 'type="unfinished"' resources/i18n/*.ts || true

# --- Release settings: the one place for the addresses written into the packaged metadata.txt and
# plugins.xml. Give them on the command line (make package REPO_URL=https://sig.intranet/qgis) or
# write them once in release.mk (not versioned), e.g. `REPO_URL := file:///S:/SIG/qgis-plugins`.
REPO_URL   ?= file://$(ROOT)/dist
HOMEPAGE   ?=
TRACKER    ?=
REPOSITORY ?=
EMAIL      ?=
-include release.mk
PACKAGE_ARGS = --repo-url "$(REPO_URL)" --homepage "$(HOMEPAGE)" --tracker "$(TRACKER)" \
	--repository "$(REPOSITORY)" --email "$(EMAIL)"

# dist/bassin_minier.<version>.zip and dist/plugins.xml: copy both to the folder REPO_URL names.
package: system-packages compile-translations
	@rm -rf dist
	$(PY_SYS) scripts/package.py --dist dist $(PACKAGE_ARGS)

# The same zip for plugins.qgis.org: refuses while a URL or the e-mail is missing or a placeholder.
package-plugins-qgis-org: system-packages compile-translations
	@rm -rf dist
	$(PY_SYS) scripts/package.py --dist dist --plugins-qgis-org $(PACKAGE_ARGS)

# The French guides docs/<task>.md as the HTML pages the algorithms' Help button opens.
guides:
	@$(PY_SYS) scripts/guides.py >/dev/null

# Tools of plugins.qgis.org's checks, pinned, in the test venv (PyQt6 only for its Qt6 enum names).
RELEASE_TOOLS := bandit==1.9.4 detect-secrets==1.5.0 flake8==7.5.0 PyQt6==6.11.0 PyQt6-Qt6==6.11.2
release-tools: $(VENV)/.release-ready
$(VENV)/.release-ready: $(VENV)/.ready
	$(VENV)/bin/pip install -q --disable-pip-version-check $(RELEASE_TOOLS)
	@touch $@

# The zip checked as plugins.qgis.org checks it, and installed through QGIS's plugin installer
# (tests/test_release.py, also run by make test).
check-release: setup release-tools
	$(RUN_ENV) $(PY) -m pytest tests/test_release.py $(PYTEST_ARGS)

QGIS_PROFILE ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
deploy: compile-translations
	@mkdir -p $(QGIS_PROFILE)/python/plugins
	@ln -sfn $(ROOT) $(QGIS_PROFILE)/python/plugins/$(PLUGIN)
	@echo "Linked into $(QGIS_PROFILE)/python/plugins/$(PLUGIN); enable it in Extensions > Installer/Gérer."

clean:
	rm -rf .build dist demo_output .pytest_cache resources/i18n/*.qm docs/*.html
