# Two commands on a fresh machine: `make example` (grade the bundled submissions) and
# `make test` (the whole suite). Both install what they need first.
VENV ?= .venv
PY := $(VENV)/bin/python
ASSIGNMENT ?= pa2_gradient_descent

.PHONY: example test test-fast release check-release clean solutions

$(VENV)/.installed: requirements.txt pyproject.toml scripts/setup.sh
	VENV=$(VENV) ./scripts/setup.sh

example: $(VENV)/.installed
	$(PY) -m autograder grade $(ASSIGNMENT) examples/submissions --out out/example

test: $(VENV)/.installed
	$(PY) -m pytest

test-fast: $(VENV)/.installed
	$(PY) -m pytest -m "not slow"

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
