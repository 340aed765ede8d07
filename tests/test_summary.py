"""grades.csv and the terminal summary, from GradeReport objects built here (no grading run)."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from autograder.assignment import load_assignment
from autograder.grade import GradeReport
from autograder.reports.summary import print_summary, write_grades_csv
from autograder.results import SubmissionResult

ROOT = Path(__file__).resolve().parents[1]
PARTS = ["model", "loss_func", "fit_GD", "plot_GD", "fit_BGD", "plot_BGD", "discussion"]


@pytest.fixture(scope="module")
def assignment():
    return load_assignment(ROOT / "solutions", "pa2_gradient_descent")


def full(**changes):
    """Scores of a graded submission: full marks except ``changes``."""
    scores = {"model": 10.0, "loss_func": 10.0, "fit_GD": 30.0, "plot_GD": 5.0, "fit_BGD": 30.0,
              "plot_BGD": 5.0, "discussion": 10.0}
    scores.update(changes)
    return scores


def make_report(assignment, results, seconds=12.5):
    # The report functions never touch the course: no nbgrader course is built here.
    return GradeReport(assignment=assignment, course=None, results=results, seconds=seconds)


def read_rows(path: Path) -> list[list[str]]:
    with open(path, newline="") as handle:
        return list(csv.reader(handle))


@pytest.fixture
def mixed(assignment):
    return make_report(assignment, [
        SubmissionResult("zoe", scores=full(fit_GD=22.0, discussion=None), seconds=3.0),
        SubmissionResult("alice", scores=full(discussion=7.5, plot_BGD=0.0), seconds=2.0,
                         warnings=["expected pa2_gradient_descent.ipynb, graded hw.ipynb instead"]),
        SubmissionResult("carol", status="error: not a notebook: carol.txt", seconds=0.5),
    ])


# --------------------------------------------------------------------------- grades.csv

def test_csv_columns_are_the_parts_in_notebook_order(assignment, mixed, tmp_path):
    assert [p.name for p in assignment.parts] == PARTS  # the premise: parts come in notebook order
    header = read_rows(write_grades_csv(mixed, tmp_path / "grades.csv"))[0]
    assert header == ["student_id", *PARTS, "total", "status"]


def test_csv_has_one_row_per_student_sorted_by_id(mixed, tmp_path):
    rows = read_rows(write_grades_csv(mixed, tmp_path / "grades.csv"))[1:]
    assert [r[0] for r in rows] == ["alice", "carol", "zoe"]


def test_when_graded_then_scores_and_total_are_written(mixed, tmp_path):
    rows = {r["student_id"]: r for r in csv.DictReader(open(write_grades_csv(mixed, tmp_path / "g.csv")))}
    alice = rows["alice"]
    assert [alice[p] for p in PARTS] == ["10", "10", "30", "5", "30", "0", "7.5"]
    assert alice["total"] == "92.5"  # 100 - 5 (plot_BGD) - 2.5 (discussion)
    assert alice["status"] == "graded"


def test_when_manual_grading_is_pending_then_its_cell_is_empty_and_total_counts_the_rest(mixed, tmp_path):
    rows = {r["student_id"]: r for r in csv.DictReader(open(write_grades_csv(mixed, tmp_path / "g.csv")))}
    zoe = rows["zoe"]
    assert zoe["discussion"] == ""
    assert zoe["fit_GD"] == "22"
    assert zoe["total"] == "82"  # 90 autograded points, 8 lost on fit_GD
    assert zoe["status"] == "graded"


def test_when_a_score_is_zero_then_it_is_written_as_zero_not_left_empty(assignment, tmp_path):
    """Is a zero (lost everything) told apart from an empty cell (manual grading pending)?"""
    report = make_report(assignment, [SubmissionResult("bob", scores={p: 0.0 for p in PARTS})])
    row = read_rows(write_grades_csv(report, tmp_path / "g.csv"))[1]
    assert row == ["bob", *["0"] * len(PARTS), "0", "graded"]


def test_when_submission_failed_then_scores_are_empty_and_status_says_why(mixed, tmp_path):
    rows = {r["student_id"]: r for r in csv.DictReader(open(write_grades_csv(mixed, tmp_path / "g.csv")))}
    carol = rows["carol"]
    assert [carol[p] for p in PARTS] == [""] * len(PARTS)
    assert carol["total"] == ""
    assert carol["status"] == "error: not a notebook: carol.txt"


def test_when_an_error_result_still_holds_scores_then_they_are_not_written(assignment, tmp_path):
    """Are stale scores on a failed result kept out of the gradebook export?"""
    report = make_report(assignment, [SubmissionResult("dave", status="error: timed out", scores=full())])
    row = read_rows(write_grades_csv(report, tmp_path / "g.csv"))[1]
    assert row == ["dave", *[""] * len(PARTS), "", "error: timed out"]


def test_when_status_has_commas_quotes_and_newlines_then_csv_keeps_it_in_one_cell(assignment, tmp_path):
    status = 'error: alice.ipynb is not valid JSON (line 3: Expecting ","),\nsee "help"'
    report = make_report(assignment, [SubmissionResult("alice", status=status)])
    rows = read_rows(write_grades_csv(report, tmp_path / "g.csv"))
    assert len(rows) == 2 and rows[1][-1] == status and len(rows[1]) == len(PARTS) + 3


def test_when_no_submissions_then_csv_has_only_its_header(assignment, tmp_path):
    rows = read_rows(write_grades_csv(make_report(assignment, []), tmp_path / "g.csv"))
    assert rows == [["student_id", *PARTS, "total", "status"]]


# --------------------------------------------------------------------------- summary

def summary(report) -> str:
    out = io.StringIO()
    print_summary(report, out)
    return out.getvalue()


def student_line(text: str, student: str) -> list[str]:
    lines = [line.split() for line in text.splitlines() if line.split()[:1] == [student]]
    assert len(lines) == 1, f"{student} should have exactly one line in:\n{text}"
    return lines[0]


def test_summary_lists_every_student_with_scores_total_and_status(mixed):
    text = summary(mixed)
    header = text.splitlines()[0].split()
    assert header == ["student", *PARTS, "total", "status"]
    assert student_line(text, "alice") == ["alice", "10", "10", "30", "5", "30", "0", "7.5", "92.5", "graded"]
    assert student_line(text, "zoe") == ["zoe", "10", "10", "22", "5", "30", "5", "?", "82", "graded"]
    assert student_line(text, "carol")[:9] == ["carol", *["-"] * len(PARTS), "-"]
    assert "error: not a notebook: carol.txt" in text


def test_summary_shows_the_maximum_of_every_part_and_in_total(mixed):
    assert student_line(summary(mixed), "(max)") == ["(max)", "10", "10", "30", "5", "30", "5", "10", "100"]


def test_summary_counts_graded_errors_and_pending_manual_grades(mixed):
    assert "3 submissions: 2 graded, 1 with errors; 1 awaiting manual grading" in summary(mixed)


def test_summary_names_students_graded_earlier_and_left_out_of_this_batch(mixed):
    assert "graded earlier" not in summary(mixed)
    mixed.earlier = ["erin", "frank"]
    assert "2 graded earlier into this folder, not in this batch (erin, frank)" in summary(mixed)


def test_roster_recorded_lists_the_students_of_earlier_runs_of_the_same_assignment(tmp_path):
    from autograder.lms import StudentInfo, roster

    assert roster.recorded(tmp_path, assignment="a") == []
    roster.save(tmp_path, assignment="a", parts=[("p", 1.0)], db_url="sqlite://", course_id="c", late_penalty=0,
                students={"zed": (StudentInfo(), "graded"), "amy": (StudentInfo(), "graded")})
    assert roster.recorded(tmp_path, assignment="a") == ["amy", "zed"]
    assert roster.recorded(tmp_path, assignment="b") == []


def test_summary_repeats_each_warning_with_its_student(mixed):
    assert "warning: alice: expected pa2_gradient_descent.ipynb, graded hw.ipynb instead" in summary(mixed)


def test_summary_reports_the_time_taken(mixed):
    assert re.search(r"^Graded in 12\.5 s \(\d+\.\d\d s per submission\)\.$", summary(mixed), re.M)


def test_summary_of_no_submissions_says_so_without_failing(assignment):
    text = summary(make_report(assignment, []))
    assert "0 submissions: 0 graded, 0 with errors; 0 awaiting manual grading" in text


def test_summary_columns_stay_aligned_for_long_student_ids(assignment):
    long_id = "a.very.long.student.identifier@university.example"
    text = summary(make_report(assignment, [SubmissionResult(long_id, scores=full()),
                                            SubmissionResult("bo", scores=full(model=2.5))]))
    lines = text.splitlines()
    # The total column ends at the same place on the header, the maxima and each student's line.
    ends = [lines[0].index("  status"), len(lines[1].rstrip()),
            *(line.index("  graded") for line in lines[2:4])]
    assert lines[2].startswith(long_id) and lines[3].startswith("bo ")
    assert len(set(ends)) == 1, text
