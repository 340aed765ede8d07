"""``export``: the gradebook as it is now, written in the file each LMS documents for import.

The course folders here are built in code: a gradebook made with nbgrader's API and the
run record ``grade`` leaves, so that manual grades can be set as formgrader would.
"""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import pytest

from autograder import cli
from autograder.errors import AutograderError
from autograder.export import MISSING, STALE, export
from autograder.lms import StudentInfo, roster

pytestmark = pytest.mark.filterwarnings("ignore::sqlalchemy.exc.SAWarning")

ASSIGNMENT = "pa2_gradient_descent"
PARTS = [("model", 10.0), ("discussion", 20.0)]

# id -> (info, status, model score, discussion manual score or None when pending, manual comment)
CANVAS_STUDENTS = {
    "1001": (StudentInfo(name="lidellalice", late=False, layout="canvas",
                         keys={"prefix": "lidellalice_1001_7001_"}), "graded", 7.0, 8.0, "Clear argument."),
    "1002": (StudentInfo(name="builderbob", late=True, layout="canvas",
                         keys={"prefix": "builderbob_LATE_1002_7002_"}), "graded", 10.0, 10.0, ""),
    "1003": (StudentInfo(name="kingcarol", late=False, layout="canvas",
                         keys={"prefix": "kingcarol_1003_7003_"}), "graded", 10.0, None, ""),
    "1004": (StudentInfo(name="grohldave", late=False, layout="canvas"), "error: not valid JSON", None, None, ""),
}


def make_course(folder: Path, students: dict, *, late_penalty: float = 0.0) -> Path:
    """A graded folder: gradebook with these scores, and the run record of ``grade``."""
    from nbgrader.api import Gradebook

    from autograder.nbgrader_glue.course import COURSE_ID
    from autograder.nbgrader_glue.speedups import release_engines, speed_up_nbgrader

    speed_up_nbgrader()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / ".autograder").mkdir(exist_ok=True)
    db_url = f"sqlite:///{folder / 'gradebook.db'}"
    with Gradebook(db_url, COURSE_ID) as gb:
        gb.update_or_create_assignment(ASSIGNMENT)
        gb.update_or_create_notebook(ASSIGNMENT, ASSIGNMENT)
        gb.update_or_create_grade_cell("model", ASSIGNMENT, ASSIGNMENT, max_score=10, cell_type="code")
        gb.update_or_create_grade_cell("discussion", ASSIGNMENT, ASSIGNMENT, max_score=20, cell_type="markdown")
        gb.update_or_create_solution_cell("discussion", ASSIGNMENT, ASSIGNMENT)
        for sid, (info, status, model, discussion, comment) in students.items():
            if status != "graded":
                continue
            gb.add_student(sid)
            gb.add_submission(ASSIGNMENT, sid)
            set_scores(gb, sid, model=model, discussion=discussion, comment=comment)
    release_engines()
    roster.save(folder / ".autograder", assignment=ASSIGNMENT, parts=PARTS, db_url=db_url, course_id=COURSE_ID,
                late_penalty=late_penalty,
                students={sid: (s[0], s[1]) for sid, s in students.items()})
    return folder


def set_scores(gb, sid: str, *, model=None, discussion=None, comment: str = "") -> None:
    """Scores as nbgrader's Autograde and formgrader leave them."""
    if model is not None:
        grade = gb.find_grade("model", ASSIGNMENT, ASSIGNMENT, sid)
        grade.auto_score, grade.needs_manual_grade = model, False
    answer = gb.find_grade("discussion", ASSIGNMENT, ASSIGNMENT, sid)
    answer.auto_score, answer.manual_score, answer.needs_manual_grade = None, discussion, discussion is None
    gb.find_comment("discussion", ASSIGNMENT, ASSIGNMENT, sid).manual_comment = comment or None
    gb.db.commit()


def feedback_page(course: Path, sid: str) -> None:
    """The student's feedback page as ``grade`` leaves it: the file, and the gradebook state it shows."""
    from autograder.assignment import Assignment
    from autograder.nbgrader_glue import host
    from autograder.nbgrader_glue.course import Course

    folder = course / "feedback" / sid / ASSIGNMENT
    folder.mkdir(parents=True)
    (folder / f"{ASSIGNMENT}.html").write_text("<html>feedback</html>")
    spec = Assignment(name=ASSIGNMENT, source_dir=course, notebooks=[ASSIGNMENT], parts=[], checks={}, probe_source="")
    graded = Course(course, spec, db_url=f"sqlite:///{course / 'gradebook.db'}")
    host.feedback_written(graded, sid, host.feedback_state(graded, sid))


def rows(path: Path) -> list[list[str]]:
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def write(path: Path, table: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(table)
    return path


@pytest.fixture
def course(tmp_path):
    return make_course(tmp_path / "out", CANVAS_STUDENTS)


def canvas_gradebook(path: Path) -> Path:
    """A gradebook export shaped as Canvas documents it: header, Points Possible, a test student."""
    return write(path, [
        ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Homework 1 (111)", "PA2 Gradient Descent (222)",
         "Current Score", "Final Score"],
        ["    Points Possible", "", "", "", "", "10", "30", "(read only)", "(read only)"],
        ["Lidell, Alice", "1001", "A1", "alice", "Sec 1", "9", "", "90", "90"],
        ["Builder, Bob", "1002", "B2", "bob", "Sec 1", "8", "", "80", "80"],
        ["King, Carol", "1003", "C3", "carol", "Sec 1", "7", "", "70", "70"],
        ["Grohl, Dave", "1004", "D4", "dave", "Sec 1", "6", "", "60", "60"],
        ["Student, Test", "9999", "", "", "Sec 1", "", "", "", ""],
    ])


# --------------------------------------------------------------------------- Canvas


def test_canvas_template_gets_only_the_assignment_column_of_complete_students(course, tmp_path):
    """Does the Canvas gradebook keep its header rows and other cells, with pending and failed students blank?"""
    template = canvas_gradebook(tmp_path / "gradebook.csv")
    result = export(course, to="canvas", template=template)
    before, after = rows(template), rows(result.grades)
    assert after[:2] == before[:2]
    pa2 = before[0].index("PA2 Gradient Descent (222)")
    assert {r[1]: r[pa2] for r in after[2:]} == {"1001": "15", "1002": "20", "1003": "", "1004": "", "9999": ""}
    assert [r[:pa2] + r[pa2 + 1:] for r in after] == [r[:pa2] + r[pa2 + 1:] for r in before]
    assert result.pending == ["1003"] and list(result.errors) == ["1004"]
    assert result.exported == ["1001", "1002"]


def test_a_manual_grade_entered_after_grading_is_exported(course, tmp_path):
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", "default_course") as gb:
        set_scores(gb, "1003", discussion=12.5)
    result = export(course, to="canvas", template=canvas_gradebook(tmp_path / "gradebook.csv"))
    assert "1003" in result.exported and result.pending == []
    assert [r for r in rows(result.grades) if r[1] == "1003"][0][6] == "22.5"


def test_canvas_column_must_be_unambiguous_or_named(course, tmp_path):
    template = write(tmp_path / "g.csv", [["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Lab (5)"],
                                          ["    Points Possible", "", "", "", "", "30"], ["A", "1001", "", "", "", ""]])
    with pytest.raises(AutograderError, match="no column for the assignment.*--column.*'Lab \\(5\\)'"):
        export(course, to="canvas", template=template)
    result = export(course, to="canvas", template=template, column="Lab")
    assert rows(result.grades)[2][5] == "15"


def test_students_missing_from_the_template_are_reported(course, tmp_path):
    template = write(tmp_path / "g.csv", [["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "pa2 gradient descent"],
                                          ["    Points Possible", "", "", "", "", "30"], ["A", "1001", "", "", "", ""]])
    result = export(course, to="canvas", template=template)
    assert result.not_in_template == ["1002"] and result.exported == ["1001"]


def test_a_template_row_cut_short_still_gets_its_grade(course, tmp_path):
    template = write(tmp_path / "g.csv", [["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "pa2 gradient descent"],
                                          ["    Points Possible", "", "", "", "", "30"], ["A", "1001"],
                                          ["B", "1002", "", "", "", ""]])
    result = export(course, to="canvas", template=template)
    assert result.not_in_template == [] and rows(result.grades)[2] == ["A", "1001", "", "", "", "15"]


def test_without_a_template_canvas_gets_a_minimal_import_file(course):
    table = rows(export(course, to="canvas").grades)
    assert table[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", ASSIGNMENT]
    assert table[1][0].strip() == "Points Possible" and table[1][5] == "30"
    assert [(r[1], r[5]) for r in table[2:]] == [("1001", "15"), ("1002", "20")]


def test_canvas_feedback_zip_repeats_the_downloaded_names_for_re_upload(course):
    feedback_page(course, "1002")
    result = export(course, to="canvas")
    with zipfile.ZipFile(result.feedback[0]) as bundle:
        assert bundle.namelist() == [f"builderbob_LATE_1002_7002_{ASSIGNMENT}.html"]


def canvas_reupload_target(name: str, downloaded: dict[str, str]):
    """(user id, file id) that Canvas's Re-Upload Submissions reads from a file name: its first
    two all-digit parts split at "_" (canvas-lms, Assignment#infer_comment_context_from_filename);
    None where Canvas ignores the file: no such numbers, or not a file that user submitted."""
    numbers = [part for part in name.split("_") if part.isdigit()][:2]
    if len(numbers) < 2 or downloaded.get(numbers[0]) != numbers[1]:
        return None
    return tuple(numbers)


def test_canvas_re_upload_attaches_every_feedback_file_to_its_own_student(course):
    downloaded = {"1001": "7001", "1002": "7002"}  # user id -> id of the file downloaded (1003: pending)
    for sid in downloaded:
        feedback_page(course, sid)
    result = export(course, to="canvas")
    with zipfile.ZipFile(result.feedback[0]) as bundle:
        targets = sorted(canvas_reupload_target(name, downloaded) for name in bundle.namelist())
    assert targets == sorted(downloaded.items())


def test_canvas_students_not_from_a_canvas_download_get_a_zip_each_not_names_canvas_ignores(tmp_path):
    students = dict(CANVAS_STUDENTS)
    students["1005"] = (StudentInfo(name="hopperg", late=False, layout="canvas"), "graded", 9.0, 9.0, "")
    course = make_course(tmp_path / "out", students)
    for sid in ("1001", "1005"):
        feedback_page(course, sid)
    result = export(course, to="canvas")
    assert sorted(p.name for p in result.feedback) == ["1001.zip", "1005.zip"]


# --------------------------------------------------------------------------- Moodle, Gradescope, csv


MOODLE_STUDENTS = {
    "501": (StudentInfo(name="Alice Lidell", layout="moodle"), "graded", 7.0, 8.0, "Clear argument."),
    "502": (StudentInfo(name="Bob Builder", layout="moodle"), "graded", 10.0, None, ""),
}


def test_moodle_worksheet_template_gets_grades_and_comments_by_participant(tmp_path):
    course = make_course(tmp_path / "out", MOODLE_STUDENTS)
    header = ["Identifier", "Full name", "Email address", "Status", "Grade", "Maximum Grade", "Grade can be changed",
              "Last modified (submission)", "Last modified (grade)", "Feedback comments"]
    template = write(tmp_path / "worksheet.csv", [header] + [
        [f"Participant {pid}", name, f"{pid}@uni.edu", "Submitted for grading", "", "30.00", "Yes",
         "Tuesday, 14 October 2026, 11:59 PM", "-", ""] for pid, name in (("501", "Alice Lidell"), ("502", "Bob Builder"),
                                                                          ("503", "Carol King"))])
    result = export(course, to="moodle", template=template)
    table = rows(result.grades)
    assert table[0] == header
    assert [(r[0], r[4], r[9]) for r in table[1:]] == [("Participant 501", "15", "Clear argument."),
                                                        ("Participant 502", "", ""), ("Participant 503", "", "")]
    assert result.pending == ["502"]


def test_moodle_worksheet_without_template_has_moodles_columns(tmp_path):
    course = make_course(tmp_path / "out", MOODLE_STUDENTS)
    table = rows(export(course, to="moodle").grades)
    assert table[0][:6] == ["Identifier", "Full name", "Email address", "Status", "Grade", "Maximum Grade"]
    assert [(r[0], r[1], r[4], r[5]) for r in table[1:]] == [("Participant 501", "Alice Lidell", "15", "30")]


def test_gradescope_score_csv_matches_email_or_sid(tmp_path):
    students = {"3001": (StudentInfo(name="Alice Lidell", email="alice@uni.edu", layout="gradescope"), "graded",
                         7.0, 8.0, ""),
                "carol@uni.edu": (StudentInfo(name="Carol King", email="carol@uni.edu", layout="gradescope"),
                                  "graded", 10.0, 10.0, "")}
    course = make_course(tmp_path / "out", students)
    template = write(tmp_path / "scores.csv", [["Name", "SID", "Email", "Score"], ["Alice Lidell", "3001", "", ""],
                                               ["Carol King", "", "CAROL@uni.edu", ""], ["Dan", "3005", "d@uni.edu", ""]])
    table = rows(export(course, to="gradescope", template=template).grades)
    assert [r[3] for r in table[1:]] == ["15", "20", ""]
    plain = rows(export(course, to="gradescope", out=tmp_path / "new.csv").grades)
    assert plain == [["Name", "SID", "Email", "Score"], ["Alice Lidell", "3001", "alice@uni.edu", "15"],
                     ["Carol King", "", "carol@uni.edu", "20"]]


def test_late_penalty_applies_only_to_late_students_and_only_when_asked(tmp_path):
    lenient = rows(export(make_course(tmp_path / "a", CANVAS_STUDENTS), to="csv").grades)
    strict = rows(export(make_course(tmp_path / "b", CANVAS_STUDENTS, late_penalty=10), to="csv").grades)
    totals = lambda table: {r[0]: r[3] for r in table[1:]}  # noqa: E731
    assert totals(lenient)["1002"] == "20" and totals(strict)["1002"] == "18"
    assert totals(strict)["1001"] == "15"


def test_csv_lists_every_student_with_why_some_have_no_total(course):
    table = rows(export(course, to="csv").grades)
    status = {r[0]: (r[3], r[7]) for r in table[1:]}
    assert status["1003"] == ("", "pending manual grading")
    assert status["1004"] == ("", "error: not valid JSON")
    assert status["1001"] == ("15", "complete")


def test_gradescope_feedback_is_one_zip_per_student(course):
    feedback_page(course, "1001")
    result = export(course, to="gradescope")
    assert [p.name for p in result.feedback] == ["1001.zip"]


def test_feedback_older_than_a_grade_given_in_formgrader_is_left_out_and_named(course):
    from nbgrader.api import Gradebook

    for sid in ("1001", "1002"):
        feedback_page(course, sid)
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", "default_course") as gb:
        set_scores(gb, "1001", discussion=9.0, comment="Clear argument.")  # regraded after the page was written
    result = export(course, to="gradescope")
    assert [p.name for p in result.feedback] == ["1002.zip"]
    assert result.feedback_left_out == {"1001": STALE}
    assert "1001" in result.exported  # the grade goes out; only the page that contradicts it stays back
    assert [w for w in result.warnings if "1001" in w and "formgrader" in w and "`grade`" in w]


def test_exported_students_without_a_feedback_page_are_named(course):
    feedback_page(course, "1001")
    result = export(course, to="gradescope")
    assert [p.name for p in result.feedback] == ["1001.zip"]
    assert result.feedback_left_out == {"1002": MISSING}
    assert [w for w in result.warnings if "1002" in w and "--no-feedback" in w]
    assert export(course, to="gradescope", feedback=False).feedback_left_out == {}


# --------------------------------------------------------------------------- errors and the command line


def test_a_folder_never_graded_or_a_wrong_template_is_a_clear_error(course, tmp_path):
    with pytest.raises(AutograderError, match="no grading run recorded"):
        export(tmp_path, to="csv")
    with pytest.raises(AutograderError, match="not a Canvas gradebook export"):
        export(course, to="canvas", template=write(tmp_path / "x.csv", [["Name", "Score"]]))
    with pytest.raises(AutograderError, match="no such template"):
        export(course, to="moodle", template=tmp_path / "missing.csv")


def test_export_command_reports_who_was_left_out(course, capsys):
    assert cli.main(["export", str(course), "--to", "canvas"]) == 0
    out = capsys.readouterr().out
    assert "waiting for manual grading (1): 1003" in out and "not graded: 1004" in out


def test_nbgrader_export_in_the_course_folder_does_not_write_grades_csv():
    """Does the course's nbgrader_config.py send `nbgrader export` to a file of its own?"""
    import ast

    from autograder.nbgrader_glue.course import CONFIG_FILE

    lines = [line for line in CONFIG_FILE.splitlines() if line.startswith("c.CsvExportPlugin.to")]
    assert len(lines) == 1
    assert ast.literal_eval(lines[0].split("=", 1)[1].strip()) not in ("", "grades.csv")


def test_exporting_students_of_another_layout_warns_that_their_ids_are_taken_as_is(tmp_path):
    course = make_course(tmp_path / "out", MOODLE_STUDENTS)
    assert export(course, to="moodle", feedback=False).warnings == []
    warnings = export(course, to="canvas", feedback=False).warnings
    assert len(warnings) == 1 and "501" in warnings[0] and "canvas" in warnings[0]
