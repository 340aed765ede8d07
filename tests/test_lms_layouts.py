"""LMS submission exports read as each LMS documents them (see the docstrings of autograder.lms.*).

The builders here make exports of the example students the way each LMS names its files;
tests/test_lms_grading.py grades them end to end.
"""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from autograder.errors import AutograderError
from autograder.lms.submissions import collect
from test_submissions import notebook_bytes

ROOT = Path(__file__).resolve().parents[1]
NAME = "pa2_gradient_descent"
NOTEBOOKS = [NAME]
EXAMPLES = ROOT / "examples" / NAME

# Each example student's identity in each LMS: Canvas (sortable name squashed, user id,
# submission id, late), Moodle (full name, participant id), Blackboard (full name, username),
# Gradescope (name, SID, email).
CANVAS = {"alice": ("lidellalice", "1001", "7001", False), "bob": ("builderbob", "1002", "7002", True),
          "carol": ("kingcarol", "1003", "7003", False), "dave": ("grohldave", "1004", "7004", False)}
MOODLE = {"alice": ("Alice Lidell", "501"), "bob": ("Bob Builder", "502"), "carol": ("Carol King", "503"),
          "dave": ("Dave Grohl", "504")}
BLACKBOARD = {"alice": ("Alice Lidell", "al123"), "bob": ("Bob Builder", "bb456"), "carol": ("Carol King", "ck789"),
              "dave": ("Dave Grohl", "dg012")}
GRADESCOPE = {"alice": ("Alice Lidell", "3001", "alice@uni.edu"), "bob": ("Bob Builder", "3002", "bob@uni.edu"),
              "carol": ("Carol King", "", "carol@uni.edu"), "dave": ("Dave Grohl", "3004", "dave@uni.edu")}


def examples() -> dict[str, bytes]:
    return {p.stem: p.read_bytes() for p in sorted(EXAMPLES.glob("*.ipynb"))}


def write_zip(path: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


def canvas_export(path: Path, notebooks: dict[str, bytes], uploaded: dict[str, str] | None = None) -> Path:
    """Download Submissions: ``<name>_[LATE_]<user id>_<submission id>_<uploaded name>`` at the root."""
    files = {}
    for student, data in notebooks.items():
        name, user, submission, late = CANVAS[student]
        original = (uploaded or {}).get(student, f"{NAME}.ipynb")
        files[f"{name}_{'LATE_' if late else ''}{user}_{submission}_{original}"] = data
    return write_zip(path, files)


def moodle_export(path: Path, notebooks: dict[str, bytes], folders: bool = True) -> Path:
    """Download all submissions: ``<Full Name>_<id>_assignsubmission_file_/`` (or flat), online text aside."""
    files = {}
    for student, data in notebooks.items():
        full, participant = MOODLE[student]
        prefix = f"{full}_{participant}_assignsubmission_"
        files[f"{prefix}file_/{NAME}.ipynb" if folders else f"{prefix}file_{NAME}.ipynb"] = data
        files[f"{prefix}onlinetext_/onlinetext.html" if folders else f"{prefix}onlinetext_onlinetext.html"] = b"<p>hi</p>"
    return write_zip(path, files)


def blackboard_receipt(full: str, user: str, stamp: str, original: str, stored: str) -> bytes:
    return (f"Name: {full} ({user})\nAssignment: PA2\nDate Submitted: Monday, 14 October 2026 23:59:01 o'clock UTC\n"
            f"Current Grade: Needs Grading\n\nSubmission Field:\nThere is no student submission text data for this "
            f"assignment.\n\nComments:\nThere are no student comments for this assignment.\n\nFiles:\n"
            f"\tOriginal filename: {original}\n\tFilename: {stored}\n").encode()


def blackboard_export(path: Path, notebooks: dict[str, bytes], earlier: dict[str, bytes] | None = None) -> Path:
    """Assignment File Download: ``PA2_<user>_attempt_<time>_<file>`` plus a ``.txt`` receipt per attempt."""
    files = {}
    for attempts, stamp in ((earlier or {}, "2026-10-13-10-00-00"), (notebooks, "2026-10-14-23-59-01")):
        for student, data in attempts.items():
            full, user = BLACKBOARD[student]
            stored = f"PA2_{user}_attempt_{stamp}_{NAME}.ipynb"
            files[stored] = data
            files[f"PA2_{user}_attempt_{stamp}.txt"] = blackboard_receipt(full, user, stamp, f"{NAME}.ipynb", stored)
    return write_zip(path, files)


def gradescope_export(path: Path, notebooks: dict[str, bytes], groups: dict[str, list[str]] | None = None) -> Path:
    """Export Submissions: ``assignment_<id>_export/submission_<id>/`` folders and ``submission_metadata.yml``."""
    files, meta = {}, []
    owners = groups or {student: [student] for student in notebooks}
    for number, (student, data) in enumerate(notebooks.items()):
        folder = f"submission_{9000 + number}"
        files[f"assignment_42_export/{folder}/{NAME}.ipynb"] = data
        meta.append(f"{folder}:\n  :submitters:")
        for member in owners[student]:
            name, sid, email = GRADESCOPE[member]
            meta.append(f"  - :name: {name}\n    :sid: '{sid}'\n    :email: {email}" if sid
                        else f"  - :name: {name}\n    :email: {email}")
        meta.append(f"  :created_at: 2026-10-14 23:5{number}:01.000000000 -07:00\n  :score: 0.0")
    files["assignment_42_export/submission_metadata.yml"] = "\n".join(meta).encode()
    return write_zip(path, files)


def by_id(subs) -> dict:
    return {s.student_id: s for s in subs}


def read(sub) -> bytes:
    assert sub.problem is None, sub.problem
    return sub.files[NAME]


# --------------------------------------------------------------------------- each LMS


def test_canvas_export_is_read_with_user_ids_names_lateness_and_resubmission_suffix(tmp_path):
    """Are Canvas files attributed to the user id, with the name, LATE flag, and `-1` resubmissions?"""
    data = {s: notebook_bytes(f"x = '{s}'") for s in CANVAS}
    subs = by_id(collect(canvas_export(tmp_path / "c.zip", data, uploaded={"bob": f"{NAME}-1.ipynb"}),
                         notebooks=NOTEBOOKS))
    assert sorted(subs) == ["1001", "1002", "1003", "1004"]
    assert read(subs["1002"]) == data["bob"] and subs["1002"].warnings == []
    assert subs["1002"].info.late is True and subs["1001"].info.late is False
    assert subs["1003"].info.name == "kingcarol" and subs["1003"].info.layout == "canvas"
    assert subs["1003"].info.keys["prefix"] == "kingcarol_1003_7003_"


def test_canvas_files_of_one_submission_each_with_its_own_number_are_one_submission(tmp_path):
    """Canvas numbers every file (a notebook, a report, a helper notebook): the notebook is
    picked by name whatever the other files' numbers; two uploads of it, the later one."""
    notebook, helper, later = notebook_bytes("x = 'mine'"), notebook_bytes("x = 'helper'"), notebook_bytes("x = 'v2'")
    path = write_zip(tmp_path / "c.zip", {
        f"lidellalice_1001_6001_{NAME}.ipynb": notebook, "lidellalice_1001_6002_report.pdf": b"%PDF-1.4",
        f"builderbob_1002_6010_{NAME}.ipynb": notebook, "builderbob_1002_6011_helpers.ipynb": helper,
        f"kingcarol_1003_6020_{NAME}.ipynb": notebook, f"kingcarol_1003_6025_{NAME}-1.ipynb": later})
    subs = by_id(collect(path, notebooks=NOTEBOOKS))
    assert read(subs["1001"]) == notebook and subs["1001"].warnings == []
    assert read(subs["1002"]) == notebook and subs["1002"].warnings == ["also submitted, not graded: helpers.ipynb"]
    assert read(subs["1003"]) == later and "uploaded 2 times: graded the latest" in subs["1003"].warnings[0]


@pytest.mark.parametrize("folders", [True, False], ids=["folders", "flat"])
def test_moodle_export_is_read_by_participant_id_in_both_forms(tmp_path, folders):
    data = {s: notebook_bytes(f"x = '{s}'") for s in MOODLE}
    subs = by_id(collect(moodle_export(tmp_path / "m.zip", data, folders=folders), notebooks=NOTEBOOKS))
    assert sorted(subs) == ["501", "502", "503", "504"]
    assert read(subs["503"]) == data["carol"]
    assert subs["503"].info.name == "Carol King" and subs["503"].info.name_parts() == ("Carol", "King")
    assert subs["503"].warnings == []  # the online-text file is not a notebook: not a second submission


def test_blackboard_export_grades_the_latest_attempt_and_names_the_earlier(tmp_path):
    latest = {s: notebook_bytes(f"x = '{s} final'") for s in BLACKBOARD}
    path = blackboard_export(tmp_path / "b.zip", latest, earlier={"carol": notebook_bytes("x = 'draft'")})
    subs = by_id(collect(path, notebooks=NOTEBOOKS))
    assert sorted(subs) == ["al123", "bb456", "ck789", "dg012"]
    assert read(subs["ck789"]) == latest["carol"]
    assert any("latest of 2 attempts" in w and "2026-10-13" in w for w in subs["ck789"].warnings)
    assert subs["ck789"].info.name == "Carol King"
    assert subs["ck789"].info.submitted_at == "2026-10-14T23:59:01"
    assert subs["ck789"].info.late is None  # the receipt does not say


def test_a_blackboard_attempt_with_a_receipt_and_no_file_is_a_row_naming_the_receipt(tmp_path):
    path = blackboard_export(tmp_path / "b.zip", {"alice": notebook_bytes()})
    stamp = "2026-10-14-20-00-00"
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr(f"PA2_mg999_attempt_{stamp}.txt", blackboard_receipt("Maria Garcia", "mg999", stamp, "", ""))
    subs = by_id(collect(path, notebooks=NOTEBOOKS))
    assert sorted(subs) == ["al123", "mg999"]
    assert subs["mg999"].problem == f"no notebook submitted (found PA2_mg999_attempt_{stamp}.txt)"
    assert subs["mg999"].info.name == "Maria Garcia"


@pytest.mark.parametrize("export", [blackboard_export, gradescope_export], ids=["blackboard", "gradescope"])
def test_due_date_marks_lateness_where_the_export_has_times(tmp_path, export):
    """Does --due mark lateness from the recorded time (Blackboard's local, Gradescope's with its zone)?"""
    path = export(tmp_path / "e.zip", {"alice": notebook_bytes()})
    on_time = collect(path, notebooks=NOTEBOOKS, due=datetime(2026, 10, 15))
    late = collect(path, notebooks=NOTEBOOKS, due=datetime(2026, 10, 14, 12, 0))
    assert (on_time[0].info.late, late[0].info.late) == (False, True)


def test_gradescope_export_uses_sid_or_email_and_grades_each_group_member(tmp_path):
    data = {"alice": notebook_bytes("x = 'a'"), "carol": notebook_bytes("x = 'c'")}
    path = gradescope_export(tmp_path / "g.zip", data, groups={"alice": ["alice", "bob"], "carol": ["carol"]})
    subs = by_id(collect(path, notebooks=NOTEBOOKS))
    assert sorted(subs) == ["3001", "3002", "carol@uni.edu"]
    assert read(subs["3002"]) == data["alice"] and subs["3002"].info.name == "Bob Builder"
    assert subs["carol@uni.edu"].info.email == "carol@uni.edu"
    assert subs["3001"].info.submitted_at.startswith("2026-10-14T23:50:01")


def test_id_pattern_reads_any_naming_with_its_named_groups(tmp_path):
    root = tmp_path / "subs"
    root.mkdir()
    (root / "hw2-17-Ada Lovelace.ipynb").write_bytes(notebook_bytes("x = 17"))
    (root / "hw2-18-Alan Turing.ipynb").write_bytes(notebook_bytes("x = 18"))
    (root / "notes.txt").write_text("not a submission")
    subs = by_id(collect(root, notebooks=NOTEBOOKS, id_pattern=r"hw2-(?P<id>\d+)-(?P<name>[^.]+)\.ipynb"))
    assert read(subs["17"]) == notebook_bytes("x = 17") and subs["17"].info.name == "Ada Lovelace"
    assert "does not match --id-pattern" in subs["notes.txt"].problem


@pytest.mark.parametrize("pattern, message", [("(", "not a regular expression"), (r"(?P<who>\w+)", "(?P<id>")])
def test_a_bad_id_pattern_is_an_error_naming_it(tmp_path, pattern, message):
    with pytest.raises(AutograderError, match=message.replace("(", r"\(").replace("?", r"\?")):
        collect(tmp_path, notebooks=NOTEBOOKS, id_pattern=pattern)


# --------------------------------------------------------------------------- detection


def test_the_example_folder_is_still_read_as_plain():
    subs = collect(EXAMPLES, notebooks=NOTEBOOKS)
    assert sorted(s.student_id for s in subs) == ["alice", "bob", "carol", "dave"]
    assert all(s.info.layout == "plain" for s in subs)


def test_a_re_zipped_canvas_export_inside_a_folder_is_still_recognised(tmp_path):
    data = {s: notebook_bytes(f"x = '{s}'") for s in CANVAS}
    inner = canvas_export(tmp_path / "c.zip", data)
    with zipfile.ZipFile(inner) as source:
        files = {f"PA2 submissions/{n}": source.read(n) for n in source.namelist()}
    subs = by_id(collect(write_zip(tmp_path / "wrapped.zip", files), notebooks=NOTEBOOKS))
    assert sorted(subs) == ["1001", "1002", "1003", "1004"]


def test_a_forced_layout_reports_files_it_cannot_attribute(tmp_path):
    path = write_zip(tmp_path / "x.zip", {"alice.ipynb": notebook_bytes()})
    subs = collect(path, notebooks=NOTEBOOKS, layout="canvas")
    assert len(subs) == 1 and "not named as Canvas names submissions" in subs[0].problem
    with pytest.raises(AutograderError, match="unknown layout 'webct'"):
        collect(path, notebooks=NOTEBOOKS, layout="webct")


# --------------------------------------------------------------------------- never a silent drop


def test_a_stray_file_in_an_lms_export_is_a_row_of_its_own(tmp_path):
    path = canvas_export(tmp_path / "c.zip", {s: notebook_bytes() for s in ("alice", "bob", "carol")})
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("README.txt", b"downloaded from Canvas")
    subs = by_id(collect(path, notebooks=NOTEBOOKS))
    assert "README.txt" in subs and "not named as Canvas" in subs["README.txt"].problem
    assert all(subs[s].problem is None for s in ("1001", "1002", "1003"))


def test_two_notebooks_for_one_student_none_named_right_is_a_problem_naming_both(tmp_path):
    files = {f"lidellalice_1001_7001_{n}": notebook_bytes(n) for n in ("draft.ipynb", "final.ipynb")}
    files["builderbob_1002_7002_pa2_gradient_descent.ipynb"] = notebook_bytes()
    subs = by_id(collect(write_zip(tmp_path / "c.zip", files), notebooks=NOTEBOOKS))
    assert "draft.ipynb" in subs["1001"].problem and "final.ipynb" in subs["1001"].problem
    assert subs["1002"].problem is None


def test_a_second_notebook_beside_the_right_one_is_named_in_a_warning(tmp_path):
    files = {f"lidellalice_1001_7001_{n}": notebook_bytes(n) for n in (f"{NAME}.ipynb", "scratch.ipynb")}
    files["builderbob_1002_7002_x.ipynb"] = notebook_bytes()
    subs = by_id(collect(write_zip(tmp_path / "c.zip", files), notebooks=NOTEBOOKS))
    assert read(subs["1001"]) == notebook_bytes(f"{NAME}.ipynb")
    assert subs["1001"].warnings == ["also submitted, not graded: scratch.ipynb"]


def test_a_wrongly_named_notebook_is_graded_with_a_warning(tmp_path):
    path = moodle_export(tmp_path / "m.zip", {"alice": notebook_bytes()})
    with zipfile.ZipFile(path) as source:
        files = {n.replace(f"{NAME}.ipynb", "Untitled.ipynb"): source.read(n) for n in source.namelist()}
    sub = collect(write_zip(tmp_path / "renamed.zip", files), notebooks=NOTEBOOKS)[0]
    assert sub.problem is None and sub.warnings == [f"expected {NAME}.ipynb, graded Untitled.ipynb instead"]


@pytest.mark.parametrize("layout", ["canvas", "plain"])
def test_a_zip_inside_the_export_is_a_clear_problem_not_a_drop(tmp_path, layout):
    inner = write_zip(tmp_path / "inner.zip", {f"{NAME}.ipynb": notebook_bytes()}).read_bytes()
    name = "lidellalice_1001_7001_work.zip" if layout == "canvas" else "alice.zip"
    files = {name: inner, ("builderbob_1002_7002_" if layout == "canvas" else "bob/") + f"{NAME}.ipynb": notebook_bytes()}
    subs = collect(write_zip(tmp_path / "e.zip", files), notebooks=NOTEBOOKS)
    problems = [s.problem for s in subs if s.problem]
    assert len(subs) == 2 and len(problems) == 1
    assert "archive" in problems[0] and ("work.zip" in problems[0] or "alice.zip" in problems[0])


def test_a_student_file_that_looks_like_an_lms_name_does_not_change_the_layout(tmp_path):
    """Does one student's odd file leave everybody else read as the plain layout?"""
    root = tmp_path / "subs"
    for student in ("alice", "bob", "carol"):
        (root / student).mkdir(parents=True)
        (root / student / f"{NAME}.ipynb").write_bytes(notebook_bytes(student))
    (root / "carol" / "submission_metadata.yml").write_text("x: 1")
    (root / "carol" / "PA2_carol_attempt_2026-10-14-23-59-01_notes.txt").write_text("x")
    subs = by_id(collect(root, notebooks=NOTEBOOKS))
    assert sorted(subs) == ["alice", "bob", "carol"] and all(s.problem is None for s in subs.values())


def test_an_export_unzipped_into_a_folder_inside_a_folder_is_read_the_same(tmp_path):
    """Is an extracted export (with the folder it was extracted into) read like the zip itself?"""
    data = {s: notebook_bytes(f"x = '{s}'") for s in MOODLE}
    with zipfile.ZipFile(moodle_export(tmp_path / "m.zip", data)) as archive:
        archive.extractall(tmp_path / "downloads" / "PA2-submissions")
    subs = by_id(collect(tmp_path / "downloads", notebooks=NOTEBOOKS))
    assert sorted(subs) == ["501", "502", "503", "504"]
    assert read(subs["502"]) == data["bob"]


@pytest.mark.parametrize("metadata", [b"submission_1: [unclosed", b"[" * 5000],
                         ids=["invalid", "nested too deeply"])
def test_unreadable_gradescope_metadata_is_an_error_naming_the_file(tmp_path, metadata):
    path = write_zip(tmp_path / "g.zip", {"submission_metadata.yml": metadata,
                                          f"submission_1/{NAME}.ipynb": notebook_bytes()})
    with pytest.raises(AutograderError, match="submission_metadata.yml"):
        collect(path, notebooks=NOTEBOOKS)


def test_canvas_suffix_is_read_only_as_canvas_renaming(tmp_path):
    """Is `-2` in a notebook's own name kept, and are two same-named uploads in one submission both named?"""
    own = write_zip(tmp_path / "own.zip", {"lidellalice_1001_7001_lab-2.ipynb": notebook_bytes("own")})
    sub = collect(own, notebooks=["lab-2"])[0]
    assert sub.problem is None and sub.warnings == [] and sub.files == {"lab-2": notebook_bytes("own")}
    twice = write_zip(tmp_path / "twice.zip", {f"lidellalice_1001_7001_{NAME}.ipynb": notebook_bytes("a"),
                                               f"lidellalice_1001_7001_{NAME}-1.ipynb": notebook_bytes("b")})
    problem = collect(twice, notebooks=NOTEBOOKS)[0].problem
    assert f"{NAME}.ipynb" in problem and f"{NAME}-1.ipynb" in problem
