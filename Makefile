# boothmanager: `make run` and `make test` do the whole set-up on a fresh Debian machine.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

# Debian libraries Qt needs: offscreen, a real X display (or Xvfb), and what tests and
# the look at printed PDFs use; PostgreSQL for the tests that need a server.
DEBIAN_PACKAGES := libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 \
	libfreetype6 libxkbcommon0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
	libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1 \
	xvfb xauth poppler-utils postgresql

.PHONY: run test bench setup system-deps translations screenshot clean

run: setup
	$(VENV)/bin/boothmanager

test: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/plan.py
	$(PY) bench/solver.py
	$(PY) bench/import_sheet.py
	$(PY) bench/signage.py

setup: system-deps $(STAMP) translations

# As root on Debian, install what is missing; otherwise say what would be needed.
system-deps:
	@missing=$$(for p in $(DEBIAN_PACKAGES); do \
		dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q "install ok installed" || echo $$p; \
	done); \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing Debian packages: $$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	elif command -v dpkg-query >/dev/null; then \
		echo "Note: these Debian packages are missing (install them as root): $$missing"; \
	fi

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit("boothmanager needs Python 3.11 or newer" if sys.version_info < (3, 11) else 0)'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts sources from the code (then translate new entries, e.g. in Qt Linguist).
update-translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find src/boothmanager/gui -name '*.py') -ts $(TS)

clean:
	rm -rf $(VENV) $(QM) .pytest_cache
