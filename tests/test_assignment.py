"""Loading an assignment folder: its parts, checks, probes and fingerprint, and its errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pytest

from autograder.assignment import load_assignment
from autograder.library.checks import PartCheck
from autograder.errors import AutograderError

ROOT = Path(__file__).resolve().parents[1]
NAME = "pa2_gradient_descent"
AUTOGRADED = ["model", "loss_func", "fit_GD", "plot_GD", "fit_BGD", "plot_BGD"]


@pytest.fixture(scope="module")
def real():
    return load_assignment(ROOT / "solutions", NAME)


@pytest.fixture
def copy(tmp_path) -> Path:
    """A private copy of the assignment (the source root is tmp_path) that a test may edit."""
    shutil.copytree(ROOT / "solutions" / NAME, tmp_path / NAME,
                    ignore=shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints"))
    return tmp_path / NAME


def test_parts_are_the_graded_cells_in_notebook_order(real):
    source = nbformat.read(str(ROOT / "solutions" / NAME / f"{NAME}.ipynb"), as_version=4)
    graded = [c.metadata["nbgrader"]["grade_id"] for c in source.cells
              if c.metadata.get("nbgrader", {}).get("grade")]
    assert [p.name for p in real.parts] == graded == [*AUTOGRADED, "discussion"]
    assert {p.notebook for p in real.parts} == {NAME} and real.notebooks == [NAME]


def test_points_add_up_to_100(real):
    assert {p.name: p.points for p in real.parts} == {
        "model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": 10}
    assert real.max_score == 100


def test_only_the_discussion_is_graded_by_hand(real):
    assert [p.name for p in real.parts if not p.autograded] == ["discussion"]


def test_checks_exist_for_exactly_the_autograded_parts(real):
    assert sorted(real.checks) == sorted(AUTOGRADED)
    assert all(isinstance(check, PartCheck) for check in real.checks.values())
    assert real.replays == {"plot_GD": "plot_GD_answer", "plot_BGD": "plot_BGD_answer"}


def test_probe_source_is_the_probes_file(real):
    assert real.probe_source == (ROOT / "solutions" / NAME / "grading" / "probes.py").read_text()
    compile(real.probe_source, "probes.py", "exec")  # it is sent to the kernel as source
    for part in AUTOGRADED:
        assert f"def probe_{part}(" in real.probe_source


def test_fingerprint_is_stable_and_independent_of_the_folder(real, copy):
    again = load_assignment(ROOT / "solutions", NAME)
    assert len(real.fingerprint) == 64
    assert again.fingerprint == real.fingerprint
    assert load_assignment(copy.parent, NAME).fingerprint == real.fingerprint


@pytest.mark.parametrize("edited", ["grading/checks.py", "grading/probes.py", "grading/__init__.py",
                                    f"{NAME}.ipynb"])
def test_fingerprint_changes_when_a_grading_file_changes(real, copy, edited):
    """Are stored results invalidated when the notebook, probes or judges change?"""
    path = copy / edited
    path.write_text(path.read_text() + ("\n" if edited.endswith(".ipynb") else "\n# edited\n"))
    assert load_assignment(copy.parent, NAME).fingerprint != real.fingerprint


def test_when_assignment_is_unknown_then_error_names_it_and_lists_the_known(tmp_path, copy):
    with pytest.raises(AutograderError) as caught:
        load_assignment(copy.parent, "pa9_nothing")
    assert "pa9_nothing" in str(caught.value) and str(copy.parent) in str(caught.value)
    assert NAME in str(caught.value)


def test_when_source_root_does_not_exist_then_error(tmp_path):
    with pytest.raises(AutograderError, match="pa2"):
        load_assignment(tmp_path / "missing", "pa2")


@pytest.mark.parametrize("required", ["probes.py", "checks.py", "__init__.py"])
def test_when_a_grading_file_is_missing_then_error_names_its_path(copy, required):
    (copy / "grading" / required).unlink()
    with pytest.raises(AutograderError) as caught:
        load_assignment(copy.parent, NAME)
    assert str(copy / "grading" / required) in str(caught.value)


def test_when_there_is_no_source_notebook_then_error_names_the_folder(copy):
    (copy / f"{NAME}.ipynb").unlink()
    with pytest.raises(AutograderError, match="no source notebook"):
        load_assignment(copy.parent, NAME)


def _edit_parts(copy: Path, old: str, new: str) -> None:
    checks = copy / "grading" / "checks.py"
    text = checks.read_text()
    assert text.count(old) == 1, "the edit must apply to the real checks.py"
    checks.write_text(text.replace(old, new))


def test_when_parts_lack_a_test_cell_then_error_names_checks_py_and_the_part(copy):
    _edit_parts(copy, '    "plot_BGD": PartCheck(make_inputs=plot_inputs, judge=judge_plot_BGD, '
                      'replay="plot_BGD_answer"),\n', "")
    with pytest.raises(AutograderError) as caught:
        load_assignment(copy.parent, NAME)
    message = str(caught.value)
    assert str(copy / "grading" / "checks.py") in message and "plot_BGD" in message


def test_when_parts_name_an_unknown_cell_then_error_names_checks_py_and_the_part(copy):
    _edit_parts(copy, '    "model": PartCheck(', '    "extra_credit": PartCheck(make_inputs=model_inputs, '
                                                 'judge=judge_model),\n    "model": PartCheck(')
    with pytest.raises(AutograderError) as caught:
        load_assignment(copy.parent, NAME)
    assert str(copy / "grading" / "checks.py") in str(caught.value) and "extra_credit" in str(caught.value)


def test_when_checks_py_has_no_parts_dict_then_error_names_it(copy):
    _edit_parts(copy, "\nPARTS = {", "\nPARTS_RENAMED = {")
    with pytest.raises(AutograderError, match="PARTS"):
        load_assignment(copy.parent, NAME)


def test_when_a_copy_is_edited_after_the_original_was_loaded_then_the_copy_is_used(copy):
    """Does a second load read the edited checks.py, not a module cached by the first load?"""
    first = load_assignment(ROOT / "solutions", NAME)  # imports the real grading package first
    assert sorted(first.checks) == sorted(AUTOGRADED)
    _edit_parts(copy, '    "plot_GD": PartCheck(make_inputs=plot_inputs, judge=judge_plot_GD, '
                      'replay="plot_GD_answer"),\n', "")
    with pytest.raises(AutograderError, match="plot_GD"):
        load_assignment(copy.parent, NAME)


def test_when_a_grade_id_is_used_in_two_notebooks_then_error_names_it(copy):
    nb = nbformat.read(str(copy / f"{NAME}.ipynb"), as_version=4)
    extra = nbformat.v4.new_notebook(cells=[c for c in nb.cells
                                            if c.metadata.get("nbgrader", {}).get("grade_id") == "model"])
    nbformat.write(extra, str(copy / "bonus.ipynb"))
    with pytest.raises(AutograderError) as caught:
        load_assignment(copy.parent, NAME)
    assert "model" in str(caught.value) and str(copy) in str(caught.value)
    assert "more than once" in str(caught.value)


def test_when_a_second_notebook_adds_graded_cells_then_its_parts_follow_sorted_notebooks(copy):
    nb = nbformat.read(str(copy / f"{NAME}.ipynb"), as_version=4)
    cell = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "discussion")
    cell = nbformat.from_dict(dict(cell, id="bonus-answer"))
    cell.metadata.nbgrader.update(grade_id="bonus_discussion", points=5)
    nbformat.write(nbformat.v4.new_notebook(cells=[cell]), str(copy / "a_bonus.ipynb"))
    loaded = load_assignment(copy.parent, NAME)
    assert loaded.notebooks == ["a_bonus", NAME]
    assert [p.name for p in loaded.parts][0] == "bonus_discussion"
    assert loaded.parts[0].notebook == "a_bonus" and not loaded.parts[0].autograded
    assert loaded.max_score == 105


def test_a_code_answer_graded_by_hand_is_not_autograded(copy):
    """Does a graded code cell that is also an answer (grade + solution) wait for a person, with no check?"""
    cell = nbformat.v4.new_code_cell("# explain your plot in code comments", id="bonus-code")
    cell.metadata["nbgrader"] = {"grade": True, "solution": True, "locked": False, "points": 3,
                                 "grade_id": "bonus_code", "schema_version": 3, "task": False}
    nbformat.write(nbformat.v4.new_notebook(cells=[cell]), str(copy / "z_bonus.ipynb"))
    loaded = load_assignment(copy.parent, NAME)
    bonus = loaded.parts[-1]
    assert (bonus.name, bonus.notebook, bonus.autograded, bonus.points) == ("bonus_code", "z_bonus", False, 3)
    assert "bonus_code" not in loaded.checks
