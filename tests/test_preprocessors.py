"""InjectResults: the sandboxed run's outputs and the trusted verdicts, put where nbgrader reads grades;
ReuseSanitized: the sanitizing done once, reused only for the notebook it came from."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_output
from nbgrader.utils import determine_grade

from autograder.errors import AutograderError
from autograder.nbgrader_glue.preprocessors import InjectResults, ReuseSanitized
from autograder.nbgrader_glue.preprocessors.inject_results import NOT_RUN
from autograder.nbgrader_glue.run_files import cells_digest, notebook_digest, results_path, store_sanitized
from notebooks import ASSIGNMENT, grade_id, release_path, source_path, submission

STUDENT = "alice"
RESOURCES = {"nbgrader": {"student": STUDENT, "notebook": ASSIGNMENT}}


def index_of(nb, gid: str) -> int:
    return next(i for i, cell in enumerate(nb.cells) if grade_id(cell) == gid)


def store(results_dir: Path, nb, *, cells=None, verdicts=None, digest=None, not_run=()) -> Path:
    """A results file in the format grade._store writes."""
    path = results_path(results_dir, STUDENT, ASSIGNMENT)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({
        "digest": cells_digest(nb) if digest is None else digest,
        "cells": {str(k): v for k, v in (cells or {}).items()},
        "verdicts": verdicts or {},
        "problems": [],
        "not_run": list(not_run),
        "seconds": 1.0,
    }))
    return path


def verdict(score: float, maximum: float, text: str | None = None) -> dict:
    return {"score": score, "max": maximum, "text": text or f"part: {score:g} / {maximum:g} points\n"}


def inject(results_dir: Path, nb):
    out, resources = InjectResults(results_dir=str(results_dir)).preprocess(nb, json.loads(json.dumps(RESOURCES)))
    return out


@pytest.fixture
def nb():
    return submission()  # the release notebook with the reference answers, built in code


def test_ordinary_cells_get_back_the_outputs_of_the_sandboxed_run(tmp_path, nb):
    setup, answer = index_of(nb, "setup"), index_of(nb, "fit_GD_answer")
    run_cell = index_of(nb, "run_GD")
    stored = {
        setup: [{"output_type": "stream", "name": "stdout", "text": "data loaded\n"}],
        answer: [{"output_type": "error", "ename": "NameError", "evalue": "name 'torch' is not defined",
                  "traceback": ["Traceback...", "NameError: name 'torch' is not defined"]}],
        run_cell: [{"output_type": "stream", "name": "stderr", "text": "warning\n"},
                   {"output_type": "display_data", "data": {"image/png": "iVBORw0KGgo=", "text/plain": "<Figure>"},
                    "metadata": {}},
                   {"output_type": "execute_result", "data": {"text/plain": "0.25"}, "metadata": {},
                    "execution_count": 7}],
    }
    store(tmp_path, nb, cells=stored)
    out = inject(tmp_path, nb)
    assert out.cells[setup].outputs == [new_output("stream", name="stdout", text="data loaded\n")]
    [error] = out.cells[answer].outputs
    assert (error.output_type, error.ename, error.evalue) == ("error", "NameError", "name 'torch' is not defined")
    assert error.traceback[-1] == "NameError: name 'torch' is not defined"
    kinds = [o.output_type for o in out.cells[run_cell].outputs]
    assert kinds == ["stream", "display_data", "execute_result"]
    assert out.cells[run_cell].outputs[1].data["image/png"] == "iVBORw0KGgo="
    assert out.cells[run_cell].outputs[2].execution_count == 7
    nbformat.validate(out)


def test_a_cell_left_out_after_the_last_graded_one_says_so_instead_of_its_outputs(tmp_path, nb):
    """An exercise after the last graded cell, not run when graded: its feedback says why it has
    no output, and never shows what the student's file claims it printed."""
    exercise = max(i for i, cell in enumerate(nb.cells) if cell.cell_type == "code")
    nb.cells[exercise].outputs = [new_output("stream", name="stdout", text="claimed output\n")]
    store(tmp_path, nb, not_run=[exercise])
    [note] = inject(tmp_path, nb).cells[exercise].outputs
    assert note.output_type == "stream" and note.text == NOT_RUN
    assert "cannot change a score" in NOT_RUN


def test_outputs_already_in_the_submission_are_replaced(tmp_path, nb):
    """Can a student pre-fill outputs (fake results) that survive into the graded notebook?"""
    answer, test = index_of(nb, "model_answer"), index_of(nb, "model")
    fake = new_output("execute_result", data={"text/plain": "10.0"}, execution_count=1)
    nb.cells[answer].outputs = [fake]
    nb.cells[test].outputs = [fake]
    store(tmp_path, nb, verdicts={"model": verdict(2.0, 10.0)})
    out = inject(tmp_path, nb)
    assert out.cells[answer].outputs == []
    assert determine_grade(out.cells[test]) == (2.0, 10.0)


@pytest.mark.parametrize("score", [0.0, 7.5, 30.0])
def test_grade_cells_show_the_verdict_and_nbgrader_reads_its_score(tmp_path, nb, score):
    text = f"fit_GD: {score:g} / 30 points\n  [LOST] update (0/10): moved uphill\n"
    store(tmp_path, nb, verdicts={"fit_GD": verdict(score, 30.0, text)})
    cell = inject(tmp_path, nb).cells[index_of(nb, "fit_GD")]
    stream, result = cell.outputs
    assert (stream.output_type, stream.name, stream.text) == ("stream", "stdout", text)
    assert result.output_type == "execute_result" and float(result.data["text/plain"]) == score
    assert determine_grade(cell) == (score, 30.0)


def test_outputs_of_the_probe_step_never_reach_a_grade_cell(tmp_path, nb):
    """Does anything the kernel printed at a test cell (an error, stderr) stay out of its grade?"""
    test = index_of(nb, "loss_func")
    stored = {test: [{"output_type": "error", "ename": "AssertionError", "evalue": "", "traceback": []},
                     {"output_type": "stream", "name": "stderr", "text": "boom"}]}
    store(tmp_path, nb, cells=stored, verdicts={"loss_func": verdict(10.0, 10.0)})
    cell = inject(tmp_path, nb).cells[test]
    assert [o.output_type for o in cell.outputs] == ["stream", "execute_result"]
    assert determine_grade(cell) == (10.0, 10.0)


def test_every_autograded_cell_gets_its_own_score(tmp_path, nb):
    scores = {"model": (10.0, 10.0), "loss_func": (4.0, 10.0), "fit_GD": (20.0, 30.0),
              "plot_GD": (3.0, 5.0), "fit_BGD": (0.0, 30.0), "plot_BGD": (5.0, 5.0)}
    store(tmp_path, nb, verdicts={p: verdict(*s) for p, s in scores.items()})
    out = inject(tmp_path, nb)
    assert {p: determine_grade(out.cells[index_of(out, p)]) for p in scores} == scores


def test_markdown_answers_are_left_for_manual_grading(tmp_path, nb):
    discussion = index_of(nb, "discussion")
    before = nb.cells[discussion].source
    store(tmp_path, nb, cells={discussion: [{"output_type": "stream", "name": "stdout", "text": "x"}]})
    cell = inject(tmp_path, nb).cells[discussion]
    assert cell.cell_type == "markdown" and cell.source == before and "outputs" not in cell
    assert determine_grade(cell) == (None, 10.0)  # pending: a person grades it


def test_when_the_notebook_differs_from_the_one_that_ran_then_autograder_error(tmp_path, nb):
    store(tmp_path, nb, verdicts={"model": verdict(10.0, 10.0)})
    nb.cells[index_of(nb, "model_answer")].source += "\n# changed after the run"
    with pytest.raises(AutograderError, match="another version"):
        inject(tmp_path, nb)


def test_when_there_are_no_results_then_autograder_error_naming_student_and_notebook(tmp_path, nb):
    with pytest.raises(AutograderError) as caught:
        inject(tmp_path, nb)
    assert f"{STUDENT}/{ASSIGNMENT}" in str(caught.value)
    assert "python -m autograder grade" in str(caught.value)


def test_when_results_dir_is_not_configured_then_autograder_error(nb):
    """Is nbgrader's plain autograde (no sandboxed results) refused instead of grading nothing?"""
    with pytest.raises(AutograderError, match="no sandboxed results"):
        InjectResults().preprocess(nb, json.loads(json.dumps(RESOURCES)))


def test_cells_digest_follows_sources_and_types_not_outputs_or_metadata(nb):
    digest = cells_digest(nb)
    nb.cells[0].metadata["collapsed"] = True
    nb.cells[index_of(nb, "setup")].outputs = [new_output("stream", name="stdout", text="x")]
    assert cells_digest(nb) == digest
    nb.cells[0].cell_type = "raw"
    assert cells_digest(nb) != digest
    nb.cells[0].cell_type = "markdown"
    assert cells_digest(nb) == digest
    nb.cells[-1].source += " "
    assert cells_digest(nb) != digest


def test_cells_digest_tells_apart_sources_split_differently(nb):
    """Do ["ab", "c"] and ["a", "bc"] (same text overall) give different digests?"""
    first, second = nbformat.from_dict(nb), nbformat.from_dict(nb)
    first.cells[0].source, first.cells[1].source = "ab", "c"
    second.cells[0].source, second.cells[1].source = "a", "bc"
    assert cells_digest(first) != cells_digest(second)


def test_results_path_is_per_student_and_notebook(tmp_path):
    assert results_path(tmp_path, "bob", "nb1") == tmp_path / "bob" / "nb1.json"


def test_reuse_sanitized_returns_the_stored_notebook_for_the_same_submission(nb, tmp_path):
    sanitized = nbformat.from_dict(nb)
    sanitized.cells[0].source = "sanitized"
    store_sanitized(tmp_path, STUDENT, ASSIGNMENT, submitted=notebook_digest(nb), sanitized=sanitized)
    out, _ = ReuseSanitized(results_dir=str(tmp_path)).preprocess(nb, json.loads(json.dumps(RESOURCES)))
    assert out == sanitized and out.cells[0].source == "sanitized"


def test_reuse_sanitized_refuses_a_submission_changed_since(nb, tmp_path):
    """A notebook edited after sanitizing (any byte: outputs, metadata) is not swapped for the old one."""
    store_sanitized(tmp_path, STUDENT, ASSIGNMENT, submitted=notebook_digest(nb), sanitized=nb)
    nb.cells[0].metadata["edited"] = True
    with pytest.raises(AutograderError, match="another version"):
        ReuseSanitized(results_dir=str(tmp_path)).preprocess(nb, json.loads(json.dumps(RESOURCES)))


def test_reuse_sanitized_without_a_stored_copy_is_an_error_not_a_pass_through(nb, tmp_path):
    with pytest.raises(AutograderError, match="no sanitized copy"):
        ReuseSanitized(results_dir=str(tmp_path)).preprocess(nb, json.loads(json.dumps(RESOURCES)))


def test_a_manual_answer_with_only_blank_space_added_counts_as_unchanged():
    """nbgrader scores an untouched manual answer 0 by its checksum; blank lines or spaces
    around the placeholder must not send it to a human instead."""
    import nbformat
    from nbgrader import utils

    from autograder.nbgrader_glue.preprocessors.keep_manual_grades import released_if_only_blanks_changed

    cell = nbformat.v4.new_markdown_cell("YOUR ANSWER HERE")
    cell.metadata["nbgrader"] = {"grade": True, "solution": True, "locked": False, "grade_id": "written",
                                 "points": 15}
    cell.metadata["nbgrader"]["checksum"] = utils.compute_checksum(cell)
    for edited, restored in (("YOUR ANSWER HERE\n   \n", True), ("\n YOUR ANSWER HERE", True),
                             ("YOUR ANSWER HERE: softmax is stable", False), ("   ", False)):
        cell.source = edited
        released_if_only_blanks_changed(cell)
        assert (cell.source == "YOUR ANSWER HERE") is restored, edited
        assert restored or cell.source == edited


# ---------------------------------------------------------------- KeepManualGrades' transaction

@pytest.fixture
def gradebooks():
    """Gradebooks opened as a grading run opens them (see autograder.nbgrader_glue.speedups),
    their connections closed afterwards."""
    from autograder.nbgrader_glue.speedups import release_engines, speed_up_nbgrader

    speed_up_nbgrader()
    yield
    release_engines()


def _graded_notebook_and_gradebook(db_url: str):
    """A notebook of a passing and a failing test cell, a written answer left as released
    and a solution cell, recorded in a new gradebook as nbgrader's own tests record one."""
    from nbgrader.api import Gradebook
    from nbgrader.preprocessors import SaveCells
    from nbgrader.tests import create_grade_and_solution_cell, create_grade_cell, create_solution_cell
    from nbgrader.utils import compute_checksum

    passing, failing = create_grade_cell("x", "code", "passes", 2), create_grade_cell("y", "code", "fails", 3)
    failing.outputs = [new_output("error", ename="AssertionError", evalue="", traceback=["AssertionError"])]
    written = create_grade_and_solution_cell("YOUR ANSWER HERE", "markdown", "written", 5)
    answer = create_solution_cell("def f(): pass", "code", "answer")
    cells = [passing, failing, written, answer]
    for cell in cells:
        cell.metadata.nbgrader["checksum"] = compute_checksum(cell)
    nb = nbformat.v4.new_notebook(cells=cells)
    resources = {"nbgrader": {"db_url": db_url, "assignment": "ps0", "notebook": "test", "student": "bar"}}
    with Gradebook(db_url) as gb:
        gb.add_assignment("ps0")
        gb.add_student("bar")
    SaveCells().preprocess(nb, resources)
    with Gradebook(db_url) as gb:
        gb.add_submission("ps0", "bar")
    return nb, resources


def _recorded(db_url: str) -> dict:
    from nbgrader.api import Gradebook

    with Gradebook(db_url) as gb:
        notebook = gb.find_submission_notebook("test", "ps0", "bar")
        return {"grades": sorted((g.name, g.auto_score, g.needs_manual_grade) for g in notebook.grades),
                "comments": sorted((c.name, c.auto_comment) for c in notebook.comments)}


@contextlib.contextmanager
def _commits():
    """A list that grows by one at each COMMIT any SQLAlchemy engine sends meanwhile."""
    import sqlalchemy

    commits = []

    def count(connection):
        commits.append(1)

    sqlalchemy.event.listen(sqlalchemy.engine.Engine, "commit", count)
    try:
        yield commits
    finally:
        sqlalchemy.event.remove(sqlalchemy.engine.Engine, "commit", count)


def test_keep_manual_grades_records_what_nbgraders_step_records_in_one_commit(tmp_path, gradebooks):
    """Every grade and comment as nbgrader's SaveAutoGrades leaves them, committed once for
    the notebook, where nbgrader commits after each grade and each comment."""
    from nbgrader.preprocessors import SaveAutoGrades

    from autograder.nbgrader_glue.preprocessors import KeepManualGrades

    recorded, commits = {}, {}
    for name, step in (("nbgrader", SaveAutoGrades()), ("kept", KeepManualGrades())):
        db_url = f"sqlite:///{tmp_path / name}.db"
        nb, resources = _graded_notebook_and_gradebook(db_url)
        with _commits() as counted:
            step.preprocess(nb, resources)
        commits[name], recorded[name] = len(counted), _recorded(db_url)
    assert recorded["kept"] == recorded["nbgrader"]
    assert {("fails", 0.0, False), ("passes", 2.0, False)} <= set(recorded["kept"]["grades"])
    from nbgrader.api import Gradebook

    with _commits() as opening, Gradebook(f"sqlite:///{tmp_path / 'kept'}.db"):
        pass  # nbgrader's Gradebook() commits as it opens (its course row)
    assert commits["nbgrader"] >= len(opening) + 4 and commits["kept"] == len(opening) + 1, (commits, opening)


def test_keep_manual_grades_records_none_of_a_notebook_whose_recording_failed(tmp_path, monkeypatch, gradebooks):
    """A cell that fails to record leaves the notebook's grades as they were, not half written."""
    from autograder.nbgrader_glue.preprocessors import KeepManualGrades

    db_url = f"sqlite:///{tmp_path / 'gradebook'}.db"
    nb, resources = _graded_notebook_and_gradebook(db_url)
    before = _recorded(db_url)
    step = KeepManualGrades()

    def fail(cell, resources):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(step, "_add_comment", fail)  # after the grades of the first cells
    with pytest.raises(RuntimeError, match="went away"):
        step.preprocess(nb, resources)
    assert _recorded(db_url) == before
    assert before["grades"][0][1] is None  # nothing scored yet: a write would show


def test_overwrite_cells_puts_back_what_nbgraders_step_puts_back(tmp_path, gradebooks):
    """A locked cell edited, a test cell's points raised and an answer turned into markdown
    come back as the source has them, exactly as nbgrader's OverwriteCells brings them back."""
    import copy

    from nbgrader import preprocessors as nbgrader_steps
    from nbgrader.api import Gradebook
    from nbgrader.preprocessors import SaveCells
    from nbgrader.tests import create_grade_cell, create_locked_cell, create_solution_cell
    from nbgrader.utils import compute_checksum

    from autograder.nbgrader_glue.preprocessors import OverwriteCells

    db_url = f"sqlite:///{tmp_path / 'gradebook'}.db"
    cells = [create_locked_cell("SEED = 0", "code", "setup"), create_solution_cell("def f(): pass", "code", "answer"),
             create_grade_cell("assert f() is None", "code", "tests", 4)]
    for cell in cells:
        cell.metadata.nbgrader["checksum"] = compute_checksum(cell)
    source = nbformat.v4.new_notebook(cells=cells)
    resources = {"nbgrader": {"db_url": db_url, "assignment": "ps0", "notebook": "test", "student": "bar"}}
    with Gradebook(db_url) as gb:
        gb.add_assignment("ps0")
    SaveCells().preprocess(source, resources)
    submitted = copy.deepcopy(source)
    submitted.cells[0].source = "SEED = 1"
    submitted.cells[1].cell_type = "markdown"
    submitted.cells[2].metadata.nbgrader["points"] = 40
    theirs, _ = nbgrader_steps.OverwriteCells(add_missing_cells=False).preprocess(copy.deepcopy(submitted), resources)
    ours, _ = OverwriteCells(add_missing_cells=False).preprocess(copy.deepcopy(submitted), resources)
    assert ours == theirs
    assert [c.source for c in ours.cells] == [c.source for c in source.cells]
    assert ours.cells[1].cell_type == "code" and ours.cells[2].metadata.nbgrader["points"] == 4


def test_restoring_cells_twice_reads_the_notebooks_afresh_and_never_hands_out_a_shared_cell(tmp_path):
    """RestoreMissingCells reads the source and release notebooks once per version of their
    files: what one submission does to the cells put back into it never reaches the next,
    and a notebook rewritten in between is read again."""
    import shutil

    from autograder.nbgrader_glue.preprocessors.restore_missing_cells import RestoreMissingCells

    folders = {}
    for kind, path in (("source", source_path()), ("release", release_path())):
        folders[kind] = tmp_path / kind
        (folders[kind] / ASSIGNMENT).mkdir(parents=True)
        shutil.copy(path, folders[kind] / ASSIGNMENT / f"{ASSIGNMENT}.ipynb")
    step = RestoreMissingCells(source_dir=str(folders["source"]), release_dir=str(folders["release"]))
    gone = ("fit_GD_answer", "fit_GD")  # an answer cell (back as released) and its test cell (back from the source)

    def restored() -> dict:
        nb = submission()
        nb.cells = [cell for cell in nb.cells if grade_id(cell) not in gone]
        out, _ = step.preprocess(nb, json.loads(json.dumps({"nbgrader": {**RESOURCES["nbgrader"],
                                                                          "assignment": ASSIGNMENT}})))
        return {grade_id(cell): cell for cell in out.cells if grade_id(cell) in gone}

    first = restored()
    released = {grade_id(c): c.source for c in nbformat.read(str(release_path()), 4).cells}
    source = {grade_id(c): c.source for c in nbformat.read(str(source_path()), 4).cells}
    assert first["fit_GD_answer"].source == released["fit_GD_answer"] and first["fit_GD"].source == source["fit_GD"]
    for cell in first.values():  # what later steps do to a submission's cells
        cell.source, cell.metadata["nbgrader"]["points"] = "tampered", 999
    second = restored()
    assert second["fit_GD_answer"].source == released["fit_GD_answer"] and second["fit_GD"].source == source["fit_GD"]
    assert all(cell.metadata["nbgrader"].get("points") != 999 for cell in second.values())

    release_file = folders["release"] / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    nb = nbformat.read(str(release_file), 4)
    next(c for c in nb.cells if grade_id(c) == "fit_GD_answer").source += "\n# edited by the instructor"
    nbformat.write(nb, str(release_file))
    assert restored()["fit_GD_answer"].source.endswith("# edited by the instructor")
