"""The grading command end to end: robustness against mistakes and odd inputs (#2).

One grader run covers many odd submissions at once (kernels are the slow part); each
test then reads its own student's row, feedback or autograded notebook.
"""

import json
import shutil
import subprocess
import sys
import zipfile

import nbformat
import pytest

from conftest import ROOT, read_grades, run_grader
from notebooks import grade_id, reference_answers, submission, write

FULL = {"model": 10.0, "loss_func": 10.0, "fit_GD": 30.0, "plot_GD": 5.0, "fit_BGD": 30.0, "plot_BGD": 5.0}


def _cell(nb, gid):
    return next(c for c in nb.cells if grade_id(c) == gid)


def _deleted_test_cell():
    nb = submission()
    nb.cells = [c for c in nb.cells if grade_id(c) != "fit_GD"]
    return nb


def _edited_test_cells():
    nb = submission()
    _cell(nb, "model").source = "print('all good')  # the student replaced the test"
    _cell(nb, "fit_GD").source = "pass"
    return nb


def _duplicated_grade_ids():
    nb = submission()
    copy = nbformat.from_dict(json.loads(json.dumps(_cell(nb, "model"))))
    copy["id"] = "copied-test"
    nb.cells.insert(3, copy)  # a copy of the locked model test, earlier in the notebook
    return nb


def _duplicated_cell_ids():
    nb = submission()
    for cell in nb.cells[:6]:
        cell["id"] = "same-id"
    return nb


def _metadata_stripped():
    """A tool (or an editor) dropped every cell's nbgrader metadata; the cells are as released."""
    nb = submission()
    for cell in nb.cells:
        cell.metadata.pop("nbgrader", None)
    return nb


def _copied_into_a_new_notebook():
    """The answers pasted into a fresh notebook (no nbgrader metadata), the plots left out."""
    answers = reference_answers()
    keys = ("model_answer", "loss_func_answer", "fit_GD_answer", "fit_BGD_answer")
    return nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("my PA2")]
                                    + [nbformat.v4.new_code_cell(answers[k]) for k in keys])


def _renamed_grade_id():
    nb = submission()
    _cell(nb, "model_answer").metadata["nbgrader"]["grade_id"] = "my_model"
    return nb


def _noisy_correct():
    # Warnings and stderr output everywhere: they must never cost points.
    answers = reference_answers()
    noise = "import sys, warnings\nwarnings.warn('deprecated thing')\nprint('debug', file=sys.stderr)\n"
    for key in ("model_answer", "loss_func_answer", "fit_GD_answer", "fit_BGD_answer"):
        answers[key] = noise + answers[key]
    return submission(answers)


def _infinite_loop_in_model():
    return submission({"model_answer": "while True:\n    pass\n"})


def _output_flood():
    flood = "for _ in range(200000):\n    print('x' * 200)\n"
    # After the function: a loaded machine may interrupt the flood at the cell timeout, and
    # the test is about the output cap, not about the timeout.
    return submission({"model_answer": reference_answers()["model_answer"] + "\n" + flood})


def _kernel_crash_in_fit_BGD():
    return submission({"fit_BGD_answer": "import os\nos._exit(3)\n"})


ODD = {
    "deleted_test": _deleted_test_cell,
    "edited_tests": _edited_test_cells,
    "dup_grade_ids": _duplicated_grade_ids,
    "dup_cell_ids": _duplicated_cell_ids,
    "stripped": _metadata_stripped,
    "copied": _copied_into_a_new_notebook,
    "renamed_id": _renamed_grade_id,
    "noisy": _noisy_correct,
    "loops": _infinite_loop_in_model,
    "flood": _output_flood,
    "crash": _kernel_crash_in_fit_BGD,
}


@pytest.fixture(scope="module")
def odd_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("odd")
    subs = folder / "subs"
    for name, build in ODD.items():
        write(build(), subs / f"{name}.ipynb")
    write(submission(), subs / "nested" / "deep" / "pa2_gradient_descent.ipynb")
    write(submission(), subs / "renamed" / "Copy of PA2 (1).ipynb")
    (subs / "empty.ipynb").write_text("")
    (subs / "truncated.ipynb").write_text('{"cells": [')
    (subs / "notjson.ipynb").write_bytes(b"\x89PNG\r\n\x1a\n\0\0binary")
    (subs / "pdf.pdf").write_bytes(b"%PDF-1.4")
    (subs / "jsonlist.ipynb").write_text("[1, 2, 3]")
    shutil.copy(ROOT / "examples" / "pa1_tensors_autograd" / "erin.ipynb", subs / "other_assignment.ipynb")
    out = folder / "out"
    proc = run_grader(subs, out, "--cell-timeout", "5", "--notebook-timeout", "60", "--max-output-kb", "256")
    return {"grades": read_grades(out), "out": out, "proc": proc}


def _scores(row):
    return {p: float(row[p]) for p in FULL}


@pytest.mark.slow
def test_deleted_test_cell_is_restored_and_graded(odd_run):
    row = odd_run["grades"]["deleted_test"]
    assert row["status"] == "graded"
    assert _scores(row) == FULL
    autograded = nbformat.read(str(odd_run["out"] / "autograded" / "deleted_test" / "pa2_gradient_descent"
                                   / "pa2_gradient_descent.ipynb"), as_version=4)
    assert sum(grade_id(c) == "fit_GD" for c in autograded.cells) == 1


@pytest.mark.slow
def test_a_notebook_without_nbgrader_metadata_is_graded_by_matching_its_cells(odd_run):
    """Stripped metadata (cells as released): every part graded. Answers pasted into a new
    notebook: each function's cell found by what it defines; the missing plots are said so."""
    assert _scores(odd_run["grades"]["stripped"]) == FULL
    assert "warning: stripped: the notebook had lost its nbgrader metadata" in odd_run["proc"].stdout
    copied = _scores(odd_run["grades"]["copied"])
    assert copied == dict(FULL, plot_GD=0.0, plot_BGD=0.0), copied
    assert "warning: copied: answer cell model_answer had lost its nbgrader metadata: graded the cell that " \
           "defines model" in odd_run["proc"].stdout
    assert "warning: copied: answer cell plot_GD_answer is missing from the notebook" in odd_run["proc"].stdout


@pytest.mark.slow
def test_a_renamed_grade_id_or_another_assignments_notebook_is_named_as_such(odd_run):
    assert _scores(odd_run["grades"]["renamed_id"]) == FULL
    assert "warning: renamed_id: cells with grade ids this assignment does not have ('my_model')" \
        in odd_run["proc"].stdout
    assert odd_run["grades"]["other_assignment"]["status"].startswith(
        "error: not a notebook of this assignment: none of its graded cells")


@pytest.mark.slow
def test_edited_test_cells_are_restored_from_the_source(odd_run):
    assert _scores(odd_run["grades"]["edited_tests"]) == FULL
    autograded = nbformat.read(str(odd_run["out"] / "autograded" / "edited_tests" / "pa2_gradient_descent"
                                   / "pa2_gradient_descent.ipynb"), as_version=4)
    assert "Self-check for model" in _cell(autograded, "model").source


@pytest.mark.slow
def test_duplicate_grade_and_cell_ids_do_not_stop_grading(odd_run):
    assert _scores(odd_run["grades"]["dup_grade_ids"]) == FULL
    assert _scores(odd_run["grades"]["dup_cell_ids"]) == FULL
    assert "DuplicateCellId" not in odd_run["proc"].stderr  # nbformat fixes them; nothing for the instructor to do


@pytest.mark.slow
def test_warnings_on_stderr_never_cost_points(odd_run):
    assert _scores(odd_run["grades"]["noisy"]) == FULL


@pytest.mark.slow
def test_infinite_loop_costs_only_the_parts_it_breaks(odd_run):
    row = _scores(odd_run["grades"]["loops"])
    assert row["model"] == 0
    assert {p: s for p, s in row.items() if p != "model"} == {p: s for p, s in FULL.items() if p != "model"}


@pytest.mark.slow
def test_output_flood_is_capped_and_graded(odd_run):
    assert _scores(odd_run["grades"]["flood"]) == FULL
    path = odd_run["out"] / "autograded" / "flood" / "pa2_gradient_descent" / "pa2_gradient_descent.ipynb"
    assert path.stat().st_size < 2 * 1024 * 1024
    assert "[output truncated by the grader]" in path.read_text()


@pytest.mark.slow
def test_kernel_crash_zeroes_only_what_it_prevents(odd_run):
    row = _scores(odd_run["grades"]["crash"])
    assert row["fit_BGD"] == 0 and row["plot_BGD"] == 0
    assert row["model"] == 10 and row["fit_GD"] == 30 and row["plot_GD"] == 5


@pytest.mark.slow
def test_nested_and_misnamed_notebooks_are_found(odd_run):
    assert _scores(odd_run["grades"]["nested"]) == FULL
    assert _scores(odd_run["grades"]["renamed"]) == FULL
    assert "Copy of PA2 (1).ipynb" in odd_run["proc"].stdout  # the warning names the file


@pytest.mark.slow
@pytest.mark.parametrize("student,reason", [
    ("empty", "empty.ipynb is empty"),
    ("truncated", "truncated.ipynb is not valid JSON"),
    ("notjson", "notjson.ipynb is not"),
    ("pdf", "not a notebook: pdf.pdf"),
    ("jsonlist", "jsonlist.ipynb is JSON but not a Jupyter notebook"),
])
def test_broken_files_are_reported_with_student_and_reason(odd_run, student, reason):
    row = odd_run["grades"][student]
    assert row["status"].startswith("error: ") and reason in row["status"]
    assert row["total"] == "" and row["model"] == ""


@pytest.mark.slow
def test_feedback_explains_lost_points_without_hidden_tests(odd_run):
    html = (odd_run["out"] / "feedback" / "loops" / "pa2_gradient_descent" / "pa2_gradient_descent.html").read_text()
    assert "model: 0 / 10 points" in html
    assert "LOST" in html and "TimeoutError" in html
    assert "HIDDEN TESTS" not in html and "verify(" not in html


def _nbgraders_page(course, student: str) -> str:
    """The page nbgrader's own GenerateFeedback writes from the gradebook (the reference)."""
    course.feedback(student)
    return (course.root / "feedback" / student / course.assignment.name / f"{course.assignment.name}.html").read_text()


@pytest.mark.slow
def test_feedback_is_the_page_nbgrader_writes_from_the_gradebook(odd_run, tmp_path):
    """Is the feedback written off the critical path (grades as plain data, quick exporter)
    the page nbgrader's GenerateFeedback writes from the gradebook, as parsed HTML: after
    the run, and after a manual grade, a comment and a late penalty given since?"""
    from bs4 import BeautifulSoup
    from nbgrader.api import Gradebook

    from autograder.assignment import load_assignment
    from autograder.nbgrader_glue import host
    from autograder.nbgrader_glue.course import Course
    from autograder.nbgrader_glue.feedback import write_pages

    out = tmp_path / "out"
    shutil.copytree(odd_run["out"], out)
    page = out / "feedback" / "loops" / "pa2_gradient_descent" / "pa2_gradient_descent.html"
    ours = page.read_text()
    course = Course(out, load_assignment(ROOT / "solutions", "pa2_gradient_descent"))
    course.prepare()
    theirs = _nbgraders_page(course, "loops")
    assert "<img" in ours and str(BeautifulSoup(ours, "html.parser")) == theirs
    with Gradebook(course.db_url) as gb:
        nb = gb.find_submission_notebook("pa2_gradient_descent", "pa2_gradient_descent", "loops")
        next(g for g in nb.grades if g.name == "discussion").manual_score = 7
        next(c for c in nb.comments if c.name == "model_answer").manual_comment = "See *the loop*: it never ends."
        nb.late_submission_penalty = 4
        gb.db.commit()
    job, _ = host.feedback_job(course, "loops")
    write_pages(job)
    ours = page.read_text()
    theirs = _nbgraders_page(course, "loops")
    assert "<em>the loop</em>" in theirs and "Late submission penalty: -4" in theirs
    assert str(BeautifulSoup(ours, "html.parser")) == theirs


@pytest.mark.parametrize("page", [
    '<p><img src="data:x"></p>', '<img alt="a" src="x">', '<img src="x"/>', '<IMG SRC="x">', '<img alt src="x">',
    '<a title="<img src=x>">t</a><img src="y">', '<style>img{} <img x></style><img>', '<!-- <img> --><img src=1 >',
    '<img data-alt="q" src="x">', '<script>"<img>"</script>',
])
def test_images_get_the_alt_text_nbconvert_would_give_them(page):
    """Does the quick exporter's alt-text pass give the page nbconvert's BeautifulSoup pass
    gives (images without alt get one; what is no tag, or in a script, stays as it is)?"""
    from bs4 import BeautifulSoup

    from autograder.nbgrader_glue.feedback import ALT_TEXT, _with_alt_texts

    soup = BeautifulSoup(page, "html.parser")
    for image in soup.select("img:not([alt])"):  # as nbconvert's HTMLExporter does
        image.attrs["alt"] = ALT_TEXT
    ours = _with_alt_texts(page)
    assert str(BeautifulSoup(ours, "html.parser")) == str(soup)
    assert ours.count(ALT_TEXT) == str(soup).count(ALT_TEXT)


def _gradebook_rows(path) -> list:
    """Every table's rows, ids aside (nbgrader draws them at random)."""
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(path)) as db:
        tables = [name for (name,) in db.execute("select name from sqlite_master where type='table' order by name")]
        out = []
        for table in tables:
            columns = [row[1] for row in db.execute(f"pragma table_info({table})")]
            kept = [i for i, c in enumerate(columns) if c != "id" and not c.endswith("_id")]
            out.append((table, sorted(tuple(r[i] for i in kept) for r in db.execute(f"select * from {table}"))))
    return out


def test_a_new_course_folder_starts_from_the_kept_generation(tmp_path, monkeypatch):
    """Does a second new course folder get, from the user's cache, the gradebook and release
    nbgrader's GenerateAssignment wrote for the first (and does a regrading keep them)?"""
    from autograder.assignment import load_assignment
    from autograder.nbgrader_glue import course as course_module

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    spec = load_assignment(ROOT / "solutions", "pa2_gradient_descent")
    generated = []
    real = course_module.GenerateAssignment

    def counting(*args, **kwargs):
        generated.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(course_module, "GenerateAssignment", counting)
    first = course_module.Course(tmp_path / "first", spec)
    first.prepare()
    second = course_module.Course(tmp_path / "second", spec)
    second.prepare()
    second.prepare()  # a regrading: nothing to generate
    assert len(generated) == 1
    assert _gradebook_rows(tmp_path / "second" / "gradebook.db") == _gradebook_rows(tmp_path / "first" / "gradebook.db")
    assert [p.read_bytes() for p in second.released()] == [p.read_bytes() for p in first.released()]
    first.close()
    second.close()


@pytest.mark.slow
def test_zip_export_is_graded_like_a_folder(tmp_path):
    archive = tmp_path / "lms_export.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("PA2 submissions/ann.ipynb", nbformat.writes(submission()))
        z.writestr("PA2 submissions/ben/pa2_gradient_descent.ipynb",
                   nbformat.writes(submission({"loss_func_answer": "def loss_func(y_pred, y_true):\n"
                                                                   "    return torch.mean(torch.abs(y_pred - y_true))\n"})))
        z.writestr("__MACOSX/._ann.ipynb", "junk")
    run_grader(archive, tmp_path / "out", "--cell-timeout", "10")
    grades = read_grades(tmp_path / "out")
    assert sorted(grades) == ["ann", "ben"]
    assert _scores(grades["ann"]) == FULL
    assert float(grades["ben"]["loss_func"]) < 10 and float(grades["ben"]["fit_GD"]) == 30


@pytest.mark.slow
def test_regrading_keeps_manual_grades_and_refreshes_the_feedback_export_bundles(tmp_path):
    from nbgrader.api import Gradebook

    from autograder.export import STALE, export

    subs, out = tmp_path / "subs", tmp_path / "out"
    write(submission({"discussion": "Mini-batches when data is large."}), subs / "ann.ipynb")
    run_grader(subs, out)
    assert read_grades(out)["ann"]["discussion"] == ""  # waiting for a human
    with Gradebook(f"sqlite:///{out / 'gradebook.db'}") as gb:
        grade = gb.find_grade("discussion", "pa2_gradient_descent", "pa2_gradient_descent", "ann")
        grade.manual_score = 7
        gb.db.commit()
    before = export(out, to="csv")  # the page still shows the answer pending: not uploaded
    assert before.exported == ["ann"] and before.feedback == [] and before.feedback_left_out == {"ann": STALE}
    run_grader(subs, out)
    row = read_grades(out)["ann"]
    assert row["discussion"] == "7" and row["total"] == "97"
    after = export(out, to="csv")
    assert [p.name for p in after.feedback] == ["ann.zip"] and after.feedback_left_out == {} and after.warnings == []


def test_unknown_assignment_exits_1_naming_it(tmp_path):
    (tmp_path / "subs").mkdir()
    proc = subprocess.run([sys.executable, "-m", "autograder", "grade", "no_such_pa", str(tmp_path / "subs"),
                           "--out", str(tmp_path / "out"), "--unsafe-no-sandbox"],
                          cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 1
    assert "no_such_pa" in proc.stderr and "Traceback" not in proc.stderr


def test_missing_submissions_exits_1_naming_them(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "autograder", "grade", "pa2_gradient_descent",
                           str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"), "--unsafe-no-sandbox"],
                          cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 1 and str(tmp_path / "nowhere") in proc.stderr


def test_without_sandbox_grading_refuses_unless_told(tmp_path, monkeypatch):
    from autograder import grade as grade_module
    from autograder.execution import availability
    from autograder.errors import AutograderError

    monkeypatch.setattr(availability, "bwrap_path", lambda: None)
    with pytest.raises(AutograderError, match="--unsafe-no-sandbox"):
        grade_module.grade("pa2_gradient_descent", tmp_path, out=tmp_path / "out",
                           source_root=ROOT / "solutions")


@pytest.mark.slow
def test_unsandboxed_mode_grades_normally_and_warns(tmp_path):
    """--unsafe-no-sandbox is a real grading path: same scores, and a loud warning."""
    subs = tmp_path / "subs"
    write(submission(), subs / "ann.ipynb")
    write(submission({"model_answer": "def model(data, weight, bias):\n    return weight * data\n"}),
          subs / "ben.ipynb")
    proc = subprocess.run([sys.executable, "-m", "autograder", "grade", "pa2_gradient_descent", str(subs),
                           "--out", str(tmp_path / "out"), "-q", "--unsafe-no-sandbox", "--workers", "1"],
                          cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "WARNING" in proc.stderr and "unsafe-no-sandbox" in proc.stderr
    grades = read_grades(tmp_path / "out")
    assert _scores(grades["ann"]) == FULL
    assert float(grades["ben"]["model"]) < 10 and float(grades["ben"]["fit_GD"]) == 30
