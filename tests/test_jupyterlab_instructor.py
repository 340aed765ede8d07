"""The instructor's loop in a real browser (issue #12): ``python -m autograder grade`` on a few
submissions (in the session's course, with the XSS tests' students: see
``browser.graded_course``), then JupyterLab (a real ``jupyter lab`` on a loopback port, driven
by Playwright in headless Chromium) in the course folder: formgrader lists the assignment, the
students by name (no "None" and no dangling comma for a missing name, no "None" e-mail), their
scores and when each handed in, and a written answer is graded by hand; a plain re-run of
``grade`` then refreshes grades.csv, the feedback and the export and keeps the manual grade
settled, and so does formgrader's own Autograde.

No sleeps: pages are waited on through JupyterLab's own state and formgrader's requests.
Each step keeps a screenshot and its wall and CPU time in the artifacts; a failing step also
keeps the page's console.
"""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import nbformat
from nbgrader.api import Gradebook

from browser import BROWSER_MARKS, GRADED, Steps, course_submissions, new_page, open_lab, timed
from conftest import read_grades, run_grader
from notebooks import ROOT, grade_id, release_path, submission, write

pytest_plugins = ["browser"]  # the session's Chromium and graded course
pytestmark = BROWSER_MARKS

WRITTEN = "discussion"  # GRADED's written answer, graded by hand
STUDENTS = ("alice", "bob", "carol")  # this module's students in the course
MANUAL_SCORE, COMMENT = 8, "Right about the bias; say why the mini-batch curve is noisier."
ANSWER = "The loss falls fast at first, then slowly: the bias converges last."
TIMEOUT_MS = 180_000  # a kernel start or an Autograde on a loaded 2-core machine


def _release_cells():
    return nbformat.read(str(release_path(GRADED)), as_version=4).cells


def _release_answer(answer_id: str) -> str:
    """The release's text of an answer cell (the stub, or "YOUR ANSWER HERE")."""
    return next(c.source for c in _release_cells() if grade_id(c) == answer_id)


@course_submissions
def _three_students(folder: Path, port: int) -> None:
    """alice and bob answered the written question (bob left his first code answer as the
    stub), carol did not answer it."""
    first_code = next(grade_id(c) for c in _release_cells()
                      if c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("solution"))
    write(submission({WRITTEN: ANSWER}, assignment=GRADED), folder / "alice.ipynb")
    write(submission({WRITTEN: ANSWER, first_code: _release_answer(first_code)}, assignment=GRADED),
          folder / "bob.ipynb")
    write(submission({WRITTEN: _release_answer(WRITTEN)}, assignment=GRADED), folder / "carol.ipynb")


def _gradebook_grade(out: Path, student: str):
    """(manual score, needs manual grade, manual comment) of the written answer, as formgrader stores it."""
    with Gradebook(f"sqlite:///{out / 'gradebook.db'}", "default_course") as gb:
        grade = gb.find_grade(WRITTEN, GRADED, GRADED, student)
        comment = gb.find_comment(WRITTEN, GRADED, GRADED, student)
        return grade.manual_score, grade.needs_manual_grade, comment.manual_comment


def _feedback(out: Path, student: str) -> str:
    return (out / "feedback" / student / GRADED / f"{GRADED}.html").read_text()


def _formgrader_frame(page):
    """formgrader's frame inside JupyterLab (opened from the Nbgrader menu)."""
    page.locator("#formgrader-iframe iframe").wait_for()
    return next(f for f in page.frames if "/formgrader" in f.url)


@contextmanager
def _waiting_for(page, path: str, method: str = "GET"):
    """Wait for formgrader's request to ``path`` (a substring of its URL) to answer 2xx."""
    with page.expect_response(lambda r: path in r.url and r.request.method == method,
                              timeout=TIMEOUT_MS) as response:
        yield response
    assert response.value.ok, f"formgrader: {method} {response.value.url} answered {response.value.status}"


def _submission_row(frame, out: Path, student: str):
    """The row of ``student``'s notebook in formgrader's Manual Grading list (names are hidden there)."""
    with Gradebook(f"sqlite:///{out / 'gradebook.db'}", "default_course") as gb:
        sid = gb.find_submission_notebook(GRADED, GRADED, student).id
    return frame.locator("tbody tr").filter(has=frame.locator(f'a[href$="/formgrader/submissions/{sid}"]'))


def _column(frame, css: str) -> list[str]:
    """Every row's text in one column of formgrader's table, hidden parts included."""
    return [t.strip() for t in frame.locator(f"tbody td{css}").all_text_contents()]


def _badly_named(names: list[str]) -> list[str]:
    """Names as a person would not write them: with "None" for a missing part, or a comma
    dangling where formgrader joins "last, first" with a half empty."""
    return [n for n in names if "None" in n or re.search(r"^\s*,|,\s*$", n)]


def _handed_in(subs: Path, student: str) -> str:
    """When the student's file says it was last changed (a plain folder records no other
    time), as formgrader shows times: UTC, to the second."""
    changed = (subs / f"{student}.ipynb").stat().st_mtime
    return datetime.fromtimestamp(int(changed), timezone.utc).strftime("%Y-%m-%d %H:%M:%S")


def _open_manual_grading(page, frame, base: str) -> None:
    with _waiting_for(page, f"/formgrader/api/submitted_notebooks/{GRADED}/{GRADED}"):
        frame.goto(f"{base}/formgrader/gradebook/{GRADED}/{GRADED}")


def _refresh_and_check_outputs(subs: Path, out: Path, auto_total: float) -> None:
    """One documented step refreshes every output: a plain re-run of `grade` over the same
    folder; then the export. Both carry the manual score and comment."""
    with timed("instructor: re-run of grade (refresh)"):
        run_grader(subs, out, assignment=GRADED)
    after = read_grades(out)
    assert after["alice"][WRITTEN] == f"{MANUAL_SCORE:g}", after["alice"]
    assert float(after["alice"]["total"]) == auto_total + MANUAL_SCORE, after["alice"]
    assert after["bob"][WRITTEN] == "", "bob's answer, not graded yet, is no longer pending"
    feedback = _feedback(out, "alice")
    assert COMMENT.split(";")[0] in feedback, "the feedback lacks the grader's comment"
    assert re.search(rf"(?<![\d.]){MANUAL_SCORE}(\.0)?\s*/\s*10(\.0)?(?![\d.])", feedback), \
        "the feedback lacks the manual score"
    assert _gradebook_grade(out, "alice") == (MANUAL_SCORE, False, COMMENT), "the re-run changed the manual grade"
    with timed("instructor: export --to csv"):
        exported = subprocess.run([sys.executable, "-m", "autograder", "export", str(out), "--to", "csv",
                                   "--no-feedback"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert exported.returncode == 0, exported.stderr
    with open(out / "export" / "csv-grades.csv", newline="") as handle:
        rows = {r.get("student_id") or r.get("id"): r for r in csv.DictReader(handle)}
    assert float(rows["alice"]["total"]) == auto_total + MANUAL_SCORE, rows.get("alice")


def _gradebook_students(out: Path) -> tuple[int, set[str]]:
    """(submissions of GRADED, every student id) as the gradebook holds them."""
    with Gradebook(f"sqlite:///{out / 'gradebook.db'}", "default_course") as gb:
        return len(gb.find_assignment(GRADED).submissions), {s.id for s in gb.students}


def test_instructor_grades_by_hand_and_grades_flow_back(graded_course, course_lab, browser):
    """Does formgrader, in JupyterLab in the course folder, show the assignment, the students
    by name, their scores and submission times, with no "None" for what is unknown; does a written answer graded
    there change the total; and does a plain re-run of `grade` put the manual score and comment
    into grades.csv, the feedback and the export, while the manual grade stays settled (also
    after formgrader's own Autograde)?"""
    subs, out = graded_course.subs, graded_course.out
    before = read_grades(out)
    assert before["alice"][WRITTEN] == "" and before["bob"][WRITTEN] == "", "the written answers are not pending"
    auto_total = float(before["alice"]["total"])
    submissions, students = _gradebook_students(out)
    assert set(STUDENTS) <= students, students
    base, token = course_lab
    page = new_page(browser, timeout_ms=60_000)
    steps = Steps(page, "instructor")
    try:
        with steps.step("formgrader-assignments"):
            open_lab(page, base, token, timeout_ms=TIMEOUT_MS)
            page.locator(".lm-MenuBar-item", has_text="Nbgrader").click()
            with _waiting_for(page, "/formgrader/api/assignments"):
                page.locator(".lm-Menu-item[data-command='nbgrader:open-formgrader']").click()
            frame = _formgrader_frame(page)
            row = frame.locator("tr", has_text=GRADED)
            row.wait_for()
            assert row.locator(".num-submissions").inner_text().strip() == str(submissions), row.inner_text()

        with steps.step("formgrader-students"):
            with _waiting_for(page, "/formgrader/api/students"):
                frame.goto(f"{base}/formgrader/manage_students")
            frame.locator("tbody tr", has_text="alice").first.wait_for()
            names = dict(zip(_column(frame, ".id"), _column(frame, ".name")))
            assert set(names) == students, names
            assert not _badly_named(list(names.values())), f"formgrader's student list: {names}"
            emails = _column(frame, ".email")
            assert emails == [""] * len(students), f"formgrader shows e-mails no one gave: {emails}"

        with steps.step("formgrader-submissions"):
            _open_manual_grading(page, frame, base)
            alice = _submission_row(frame, out, "alice")
            alice.wait_for()
            assert f"{auto_total:g}" in alice.locator(".score").inner_text(), alice.inner_text()
            shown = _column(frame, ".name")  # "Submission #n" and the name behind the eye icon
            assert shown and not _badly_named(shown), f"the manual grading list: {shown}"

        with steps.step("formgrader-grade-by-hand"):
            with _waiting_for(page, "/formgrader/api/comments"):  # the view's grades and comments loaded
                alice.locator("a.name-hidden").click()
            score = frame.locator(f"input.score#{WRITTEN}")
            score.wait_for()
            with _waiting_for(page, "/formgrader/api/grade/", "PUT"):
                score.fill(str(MANUAL_SCORE))
                score.press("Tab")
            comment = frame.locator(f"textarea#{WRITTEN}-comment")
            with _waiting_for(page, "/formgrader/api/comment/", "PUT"):
                comment.fill(COMMENT)
                comment.press("Tab")

        with steps.step("formgrader-total-updated"):
            _open_manual_grading(page, frame, base)
            alice = _submission_row(frame, out, "alice")
            alice.wait_for()
            assert f"{auto_total + MANUAL_SCORE:g}" in alice.locator(".score").inner_text(), alice.inner_text()
        assert _gradebook_grade(out, "alice") == (MANUAL_SCORE, False, COMMENT)

        _refresh_and_check_outputs(subs, out, auto_total)

        with steps.step("formgrader-autograde-row"):
            with _waiting_for(page, f"/formgrader/api/submissions/{GRADED}"):
                frame.goto(f"{base}/formgrader/manage_submissions/{GRADED}")
            alice = frame.locator("tbody tr", has_text="alice")
            alice.wait_for()
            listed = _column(frame, ".student-name") + _column(frame, ".student-id")
            assert not _badly_named(listed), f"the submissions list: {listed}"
            times = dict(zip(_column(frame, ".student-id"), _column(frame, ".timestamp")))
            assert not [t for t in times.values() if t in ("", "None")], f"submissions without a time: {times}"
            assert times["alice"].startswith(_handed_in(subs, "alice")), \
                f"alice's time is not her file's ({_handed_in(subs, 'alice')} UTC): {times['alice']}"
            with _waiting_for(page, f"/formgrader/api/submission/{GRADED}/alice/autograde", "POST") as response:
                alice.locator(".autograde a").click()
            assert response.value.json().get("success"), response.value.json()
            frame.locator(".modal .close, .modal button", has_text=re.compile("Close|OK|×")).first.click()
            frame.locator(".modal").wait_for(state="detached")
            with _waiting_for(page, f"/formgrader/api/assignment/{GRADED}/alice/generate_feedback", "POST") as response:
                alice.locator(".generate-feedback a").click()
            assert response.value.json().get("success"), response.value.json()
            frame.locator(".modal .close, .modal button", has_text=re.compile("Close|OK|×")).first.click()
            frame.locator(".modal").wait_for(state="detached")  # the step's screenshot shows the list
        assert _gradebook_grade(out, "alice") == (MANUAL_SCORE, False, COMMENT), \
            "formgrader's Autograde sent the manual grade back to 'needs manual grading'"
        assert COMMENT.split(";")[0] in _feedback(out, "alice"), "formgrader's feedback lost the comment"
    finally:
        page.close()
