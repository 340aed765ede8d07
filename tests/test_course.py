"""The course folder's student records as formgrader shows them: each submission's time
(nbgrader's ``timestamp.txt``) and each student's name (formgrader prints "last, first")."""

from __future__ import annotations

import os
import re
import zipfile
from datetime import datetime, timezone
from pathlib import Path
from types import SimpleNamespace

import nbformat
import pytest
from nbgrader.api import Gradebook
from nbgrader.coursedir import CourseDirectory

from autograder.lms import StudentInfo
from autograder.lms.submissions import Submission, collect
from autograder.nbgrader_glue import host
from autograder.nbgrader_glue.course import COURSE_ID, TIMESTAMP_FILE, Course
from autograder.nbgrader_glue.speedups import speed_up_nbgrader
from test_submissions import notebook_bytes

NOTEBOOK = "hw"


def _course(root: Path, notebooks: tuple[str, ...] = (NOTEBOOK,)) -> Course:
    """A course for a one-notebook assignment: only its name, notebooks and checks are read here."""
    return Course(root, SimpleNamespace(name="hw1", notebooks=list(notebooks), checks={}))


@pytest.fixture
def course(tmp_path):
    """A course whose gradebook is opened as a grading run opens it (nbgrader's schema
    version read in this process, not by the ``alembic`` command), closed afterwards."""
    speed_up_nbgrader()
    course = _course(tmp_path)
    yield course
    course.close()


def _submitted_time(course: Course, student: str):
    """The submission time as nbgrader reads it (UTC, naive), or None."""
    folder = course.submitted_path(student, NOTEBOOK).parent
    return CourseDirectory(root=str(course.root)).get_existing_timestamp(str(folder))


def _notebook() -> nbformat.NotebookNode:
    return nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = 1")])


# ------------------------------------------------------------------ when it was handed in

@pytest.mark.parametrize("given, expected", [
    (("2026-10-14T23:59:01+02:00", "2026-10-20T08:00:00+00:00"), datetime(2026, 10, 14, 21, 59, 1)),
    ((None, "2026-10-20T08:00:00+00:00"), datetime(2026, 10, 20, 8, 0, 0)),
    (("2026-10-14 23:59:01.123456000 -07:00", None), datetime(2026, 10, 15, 6, 59, 1, 123456)),
    (("yesterday-ish", "2026-10-20T08:00:00"), datetime(2026, 10, 20, 8, 0, 0)),
    (("", None), None),
], ids=["lms-time-first", "file-time-without-lms-time", "gradescope-zone", "unreadable-lms-time-skipped",
        "none-known"])
def test_submit_records_the_first_time_nbgrader_can_read(tmp_path, given, expected):
    course = _course(tmp_path)
    course.submit("ada", {NOTEBOOK: _notebook()}, timestamps=given)
    assert _submitted_time(course, "ada") == expected
    assert (course.submitted_path("ada", NOTEBOOK).parent / TIMESTAMP_FILE).exists() == (expected is not None)


def test_a_resubmission_replaces_the_recorded_time(tmp_path):
    course = _course(tmp_path)
    course.submit("ada", {NOTEBOOK: _notebook()}, timestamps=("2026-10-14T10:00:00",))
    course.submit("ada", {NOTEBOOK: _notebook()}, timestamps=(None,))
    assert _submitted_time(course, "ada") is None, "an earlier submission's time outlived it"


def test_collect_gives_each_submission_its_files_modification_time(tmp_path):
    folder = tmp_path / "subs"
    folder.mkdir()
    for student, hour in (("ada", 9), ("bob", 17)):
        path = folder / f"{student}.ipynb"
        path.write_bytes(notebook_bytes("x = 1"))
        stamp = datetime(2026, 10, 14, hour, 30, tzinfo=timezone.utc).timestamp()
        os.utime(path, (stamp, stamp))
    subs = {s.student_id: s for s in collect(folder, notebooks=[NOTEBOOK])}
    assert {sid: datetime.fromisoformat(s.modified) for sid, s in subs.items()} == {
        "ada": datetime(2026, 10, 14, 9, 30, tzinfo=timezone.utc),
        "bob": datetime(2026, 10, 14, 17, 30, tzinfo=timezone.utc)}


def test_collect_reads_a_zip_members_stored_time(tmp_path):
    archive = tmp_path / "subs.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr(zipfile.ZipInfo("ada.ipynb", date_time=(2026, 10, 14, 9, 30, 2)), notebook_bytes("x = 1"))
        handle.writestr(zipfile.ZipInfo("bob.ipynb", date_time=(2026, 10, 15, 11, 0, 0)), notebook_bytes("x = 2"))
    subs = {s.student_id: s.modified for s in collect(archive, notebooks=[NOTEBOOK])}
    assert subs == {"ada": "2026-10-14T09:30:02", "bob": "2026-10-15T11:00:00"}


@pytest.mark.parametrize("lms_time, expected", [
    ("2026-10-14T23:59:01", datetime(2026, 10, 14, 23, 59, 1)),
    (None, datetime(2026, 10, 1, 12, 0, 0)),
], ids=["lms-time", "no-lms-time"])
def test_grading_places_a_submission_with_its_lms_time_else_its_files_time(tmp_path, lms_time, expected):
    course = _course(tmp_path, notebooks=())  # nothing to sanitize: only the placing is looked at
    sub = Submission(student_id="ada", files={NOTEBOOK: notebook_bytes("x = 1")},
                     info=StudentInfo(submitted_at=lms_time), modified="2026-10-01T12:00:00+00:00")
    host.prepare(sub, course=course, secret=b"s", key="k")
    assert _submitted_time(course, "ada") == expected


# ------------------------------------------------------------------ names as formgrader lists them

def _as_formgrader_lists(first, last) -> str:
    """What formgrader's student and submission lists print for a name (manage_students.js)."""
    return f"{'None' if last is None else last}, {'None' if first is None else first}"


def _listed(course: Course) -> dict[str, str]:
    with Gradebook(course.db_url, COURSE_ID) as gb:
        return {s.id: _as_formgrader_lists(s.first_name, s.last_name) for s in gb.students}


def _reads_naturally(text: str) -> bool:
    return "None" not in text and not re.search(r"^\s*,|,\s*$", text)


def test_every_student_reads_naturally_in_formgrader(course):
    lms = {"501": StudentInfo(name="Ada Lovelace"), "502": StudentInfo(name="Lovelace, Ada"),
           "503": StudentInfo(name="Ada King Lovelace"), "504": StudentInfo(name="kingcarol")}
    course.record_students({sid: info.name_parts() for sid, info in lms.items()})
    course.name_unnamed([*lms, "alice"])
    listed = _listed(course)
    assert listed["501"] == listed["502"] == "Lovelace, Ada"
    assert listed["503"] == "Lovelace, Ada King"
    assert listed["504"].startswith("kingcarol, ") and listed["alice"].startswith("alice, "), listed
    assert all(_reads_naturally(text) for text in listed.values()), listed


def test_names_typed_in_formgrader_are_kept_and_missing_halves_filled(course):
    with Gradebook(course.db_url, COURSE_ID) as gb:
        gb.add_student("ada", first_name="Ada", last_name="Lovelace", email="ada@uni.edu")
        gb.add_student("bob", first_name=None, last_name="Builder", email=None)  # a field left empty
        gb.add_student("carol", first_name="", last_name="carol", email="")  # an earlier kit's record
    course.name_unnamed(["ada", "bob", "carol"])
    listed = _listed(course)
    assert listed["ada"] == "Lovelace, Ada" and listed["bob"].startswith("Builder, ")
    assert listed["carol"].startswith("carol, ")
    assert all(_reads_naturally(text) for text in listed.values()), listed
    with Gradebook(course.db_url, COURSE_ID) as gb:
        assert [gb.find_student(s).email for s in ("ada", "bob")] == ["ada@uni.edu", ""]


def test_names_lose_their_markup_before_formgrader_prints_them(course):
    course.record_students({"501": StudentInfo(name='Ann <img src=x onerror="alert(1)">').name_parts()})
    listed = _listed(course)["501"]
    assert not set(listed) & set('<>"'), listed
