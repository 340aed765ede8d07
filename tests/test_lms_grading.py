"""End to end: the example students exported by Canvas, Moodle and Blackboard grade like the plain folder."""

from __future__ import annotations

import csv
import subprocess
import sys
import zipfile
from datetime import datetime

import pytest

from conftest import ROOT, read_grades, run_grader
from test_lms_layouts import BLACKBOARD, CANVAS, MOODLE, blackboard_export, canvas_export, examples, moodle_export

pytestmark = [pytest.mark.slow, pytest.mark.filterwarnings("ignore::sqlalchemy.exc.SAWarning")]

PARTS = ["model", "loss_func", "fit_GD", "plot_GD", "fit_BGD", "plot_BGD", "discussion", "total"]
IDS = {"canvas": {s: v[1] for s, v in CANVAS.items()}, "moodle": {s: v[1] for s, v in MOODLE.items()},
       "blackboard": {s: v[1] for s, v in BLACKBOARD.items()}}
NAMES = {"canvas": {s: v[0] for s, v in CANVAS.items()}, "moodle": {s: v[0] for s, v in MOODLE.items()},
         "blackboard": {s: v[0] for s, v in BLACKBOARD.items()}}


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """The plain folder and each LMS's export of the same students, each graded once."""
    folder = tmp_path_factory.mktemp("lms")
    notebooks = examples()
    inputs = {
        "plain": ROOT / "examples" / "pa2_gradient_descent",
        "canvas": canvas_export(folder / "canvas.zip", notebooks,
                                uploaded={"bob": "pa2_gradient_descent-1.ipynb"}),
        "moodle": moodle_export(folder / "moodle.zip", notebooks),
        # carol's earlier attempt is a broken file: only the latest may be graded
        "blackboard": blackboard_export(folder / "blackboard.zip", notebooks, earlier={"carol": b"{broken"}),
    }
    out = {}
    for layout, submissions in inputs.items():
        out[layout] = folder / f"out-{layout}"
        extra = [] if layout == "canvas" else ["--no-feedback"]
        run_grader(submissions, out[layout], *extra)
    return out


@pytest.mark.parametrize("layout", ["canvas", "moodle", "blackboard"])
def test_an_lms_export_grades_to_the_plain_folders_scores_under_the_lms_ids(runs, layout):
    plain, graded = read_grades(runs["plain"]), read_grades(runs[layout])
    assert sorted(graded) == sorted(IDS[layout].values())
    for student, lms_id in IDS[layout].items():
        row, reference = graded[lms_id], plain[student]
        assert [row[p] for p in PARTS] == [reference[p] for p in PARTS], (layout, student)
        assert row["status"].split(":")[0] == reference["status"].split(":")[0]
        assert row["name"] == NAMES[layout][student]
    assert "not valid JSON" in graded[IDS[layout]["dave"]]["status"]


def test_lateness_is_recorded_but_not_penalised_by_default(runs):
    graded = read_grades(runs["canvas"])
    assert graded[CANVAS["bob"][1]]["late"] == "yes" and graded[CANVAS["alice"][1]]["late"] == "no"
    assert graded[CANVAS["bob"][1]]["total"] == read_grades(runs["plain"])["bob"]["total"]


def test_formgrader_lists_the_students_by_their_lms_names(runs):
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{runs['moodle'] / 'gradebook.db'}", "default_course") as gb:
        names = {s.id: (s.first_name, s.last_name) for s in gb.students}
    assert names[MOODLE["alice"][1]] == ("Alice", "Lidell")
    assert names[MOODLE["carol"][1]] == ("Carol", "King")


def _submitted_at(out) -> dict:
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{out / 'gradebook.db'}", "default_course") as gb:
        return {s.student.id: s.timestamp for s in gb.find_assignment("pa2_gradient_descent").submissions}


def test_formgrader_shows_when_each_student_handed_in(runs):
    """The LMS's time where its export records one (Blackboard's attempt), else the file's own
    (a Canvas zip member's): no submission without a time."""
    blackboard = _submitted_at(runs["blackboard"])
    assert {sid: blackboard[sid] for sid in IDS["blackboard"].values() if sid in blackboard} == {
        IDS["blackboard"][s]: datetime(2026, 10, 14, 23, 59, 1) for s in ("alice", "bob", "carol")}
    with zipfile.ZipFile(runs["canvas"].parent / "canvas.zip") as export:
        stored = {user: datetime(*info.date_time) for info in export.infolist()
                  for user in IDS["canvas"].values() if f"_{user}_" in info.filename}
    canvas = _submitted_at(runs["canvas"])
    assert canvas and canvas == {user: stored[user] for user in canvas}


def test_canvas_round_trip_fills_the_downloaded_gradebook_and_feedback_zip(runs, tmp_path):
    """Do the Canvas grades go back into a gradebook export, with feedback named for Re-Upload Submissions?"""
    template = tmp_path / "gradebook.csv"
    with open(template, "w", newline="") as handle:
        csv.writer(handle).writerows(
            [["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "PA2 Gradient Descent (88)"],
             ["    Points Possible", "", "", "", "", "100"]]
            + [[f"{name}", user, "", "", "S1", ""] for name, user, _, _ in CANVAS.values()])
    from autograder.export import export

    result = export(runs["canvas"], to="canvas", template=template)
    rows = {r[1]: r[5] for r in csv.reader(open(result.grades, newline=""))}
    assert rows[CANVAS["bob"][1]] == read_grades(runs["canvas"])[CANVAS["bob"][1]]["total"]
    assert rows[CANVAS["alice"][1]] == ""  # discussion still to be graded by hand: not a zero
    assert sorted(result.pending) == sorted([CANVAS["alice"][1], CANVAS["carol"][1]])
    assert result.feedback_left_out == {}  # bob's page shows the gradebook as it is
    import zipfile

    with zipfile.ZipFile(result.feedback[0]) as bundle:
        assert bundle.namelist() == ["builderbob_LATE_1002_7002_pa2_gradient_descent.html"]


def test_nbgrader_export_in_the_course_folder_leaves_grades_csv_alone(runs):
    before = (runs["moodle"] / "grades.csv").read_bytes()
    proc = subprocess.run([sys.executable, "-m", "nbgrader", "export"], cwd=runs["moodle"], capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert (runs["moodle"] / "grades.csv").read_bytes() == before
    assert (runs["moodle"] / "nbgrader_grades.csv").exists()
