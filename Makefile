# Two commands on a fresh machine: `make example` (grade the bundled submissions) and
# `make test` (the whole suite). Both install what they need first.
VENV ?= .venv
PY := $(VENV)/bin/python
ASSIGNMENT ?= pa2_gradient_descent

.PHONY: example test test-fast test-browser release check-release clean solutions

$(VENV)/.installed: requirements.txt pyproject.toml scripts/setup.sh
	VENV=$(VENV) ./scripts/setup.sh

# Every assignment with example students under examples/<assignment>/ is graded to out/example/<assignment>/.
example: $(VENV)/.installed
	@set -e; for dir in examples/*/; do a=$$(basename $$dir); \
	    [ -d solutions/$$a ] || continue; echo "== $$a"; \
	    $(PY) -m autograder grade $$a $$dir --out out/example/$$a; done

test: $(VENV)/.installed
	$(PY) -m pytest

test-fast: $(VENV)/.installed
	$(PY) -m pytest -m "not slow"

# JupyterLab and formgrader in headless Chromium (tests/test_jupyterlab_student.py,
# tests/test_jupyterlab_instructor.py, tests/test_safe_html_views.py: the `browser` tests);
# skipped where Debian's chromium or playwright is missing. Screenshots of every step, server
# logs and each step's wall and CPU time (jupyterlab-timings.json) go to out/test-artifacts/.
test-browser: $(VENV)/.installed
	$(PY) -m pytest -m browser

release: $(VENV)/.installed
	$(PY) -m autograder generate $(ASSIGNMENT)

check-release: $(VENV)/.installed
	$(PY) -m autograder generate $(ASSIGNMENT) --check

clean:
	rm -rf out

# After editing a source notebook: store its outputs (compared by nbval) and regenerate the release.
solutions: $(VENV)/.installed
	cd solutions/$(ASSIGNMENT) && ../../$(VENV)/bin/jupyter nbconvert --to notebook --execute --inplace \
	    --ExecutePreprocessor.record_timing=False $(ASSIGNMENT).ipynb
	$(PY) -m autograder generate $(ASSIGNMENT)
