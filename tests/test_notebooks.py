"""The notebooks themselves: every test cell passes on the solution and fails on the stubs."""

import pytest
from nbclient import NotebookClient

from notebooks import RELEASE, SOURCE, grade_id, read

pytestmark = pytest.mark.slow


def _execute(path):
    nb = read(path)
    NotebookClient(nb, timeout=120, allow_errors=True, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    return nb


def _test_cells(nb):
    return [c for c in nb.cells if c.get("metadata", {}).get("nbgrader", {}).get("grade")
            and c.cell_type == "code"]


@pytest.fixture(scope="module")
def solution():
    return _execute(SOURCE)


@pytest.fixture(scope="module")
def stubs():
    return _execute(RELEASE)


def test_every_test_cell_passes_on_the_solution(solution):
    failing = {grade_id(c): [o.get("evalue") for o in c.outputs if o.output_type == "error"]
               for c in _test_cells(solution)}
    assert {k: v for k, v in failing.items() if v} == {}
    assert len(failing) == 6


def test_every_test_cell_fails_on_the_stubs(stubs):
    passing = [grade_id(c) for c in _test_cells(stubs)
               if not any(o.output_type == "error" for o in c.outputs)]
    assert passing == []


def test_stubs_raise_not_implemented_error(stubs):
    answers = [c for c in stubs.cells if c.get("metadata", {}).get("nbgrader", {}).get("solution")
               and c.cell_type == "code" and "def " in c.source]
    assert len(answers) == 4
    for cell in answers:
        assert "raise NotImplementedError()" in cell.source and "# YOUR CODE HERE" in cell.source


def test_self_checks_say_what_they_expected(stubs):
    """A failing self-check names what it wanted (not a bare AssertionError)."""
    errors = [o for c in _test_cells(stubs) for o in c.outputs if o.output_type == "error"]
    assert errors and all(o.ename in ("NotImplementedError", "NameError", "AssertionError") for o in errors)
    assert all(o.evalue for o in errors if o.ename == "AssertionError")


def test_solution_self_checks_report_success(solution):
    printed = "".join(o.get("text", "") for c in _test_cells(solution) for o in c.outputs)
    for part in ("model", "loss_func", "fit_GD", "fit_BGD"):
        assert f"{part} passes the self-checks" in printed
