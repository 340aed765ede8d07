"""The notebooks themselves, for every assignment: every test cell passes on the solution
and fails on the stubs, and each self-check says what it expected."""

import re

import pytest
from nbclient import NotebookClient

from autograder.assignment import load_assignment
from notebooks import ASSIGNMENTS, ROOT, grade_id, read, reference_answers, release_path, source_path

pytestmark = pytest.mark.slow


def _execute(path):
    nb = read(path)
    NotebookClient(nb, timeout=120, allow_errors=True, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    return nb


def _test_cells(nb):
    return [c for c in nb.cells if c.get("metadata", {}).get("nbgrader", {}).get("grade")
            and c.cell_type == "code"]


def _functions(assignment):
    """Names of the functions the student writes (defined in the reference answers)."""
    return [name for source in reference_answers(assignment).values()
            for name in re.findall(r"^def (\w+)\(", source, flags=re.M)]


@pytest.fixture(scope="module", params=ASSIGNMENTS)
def solution(request):
    return request.param, _execute(source_path(request.param))


@pytest.fixture(scope="module", params=ASSIGNMENTS)
def stubs(request):
    return request.param, _execute(release_path(request.param))


def test_every_test_cell_passes_on_the_solution(solution):
    """Does every autograded test cell of the source run without error on the reference?"""
    assignment, nb = solution
    failing = {grade_id(c): [o.get("evalue") for o in c.outputs if o.output_type == "error"]
               for c in _test_cells(nb)}
    assert {k: v for k, v in failing.items() if v} == {}
    autograded = [p.name for p in load_assignment(ROOT / "solutions", assignment).parts if p.autograded]
    assert sorted(failing) == sorted(autograded)


def test_every_test_cell_fails_on_the_stubs(stubs):
    """Does every test cell of the untouched release fail (nothing passes for free)?"""
    _, nb = stubs
    passing = [grade_id(c) for c in _test_cells(nb)
               if not any(o.output_type == "error" for o in c.outputs)]
    assert passing == []


def test_stubs_raise_not_implemented_error(stubs):
    """Is every function of the release a stub that raises NotImplementedError?"""
    assignment, nb = stubs
    answers = [c for c in nb.cells if c.get("metadata", {}).get("nbgrader", {}).get("solution")
               and c.cell_type == "code" and "def " in c.source]
    assert len(answers) == len(_functions(assignment)) > 0
    for cell in answers:
        assert "raise NotImplementedError()" in cell.source and "# YOUR CODE HERE" in cell.source


def test_self_checks_say_what_they_expected(stubs):
    """Does a failing self-check name what it wanted (not a bare AssertionError)?"""
    _, nb = stubs
    errors = [o for c in _test_cells(nb) for o in c.outputs if o.output_type == "error"]
    assert errors and all(o.ename in ("NotImplementedError", "NameError", "AssertionError") for o in errors)
    assert all(o.evalue for o in errors if o.ename == "AssertionError")


def test_solution_self_checks_report_success(solution):
    """Does the self-check of every function print that the reference passes?"""
    assignment, nb = solution
    printed = "".join(o.get("text", "") for c in _test_cells(nb) for o in c.outputs)
    functions = _functions(assignment)
    assert functions
    for name in functions:
        assert f"{name} passes the self-checks" in printed
