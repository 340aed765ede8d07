"""Moodle: "Download all submissions" in, the grading worksheet and feedback-files zip out.

Download all submissions (the assignment > View all submissions > Download all
submissions) gives a zip with one folder per participant,
``<Full Name>_<participant id>_assignsubmission_file_/<original name>`` (online text
arrives in ``..._assignsubmission_onlinetext_/``), or, with "Download submissions in
folders" off, the flat form ``<Full Name>_<participant id>_assignsubmission_file_<original name>``.
The participant id is the assignment's identifier for the student (also shown as
"Participant <id>" in the grading worksheet).  Sources: Moodle source,
``mod/assign/locallib.php`` ``download_submissions()`` (prefix ``fullname_uniqueid``,
then ``_<plugin subtype>_<plugin type>_``); MoodleDocs "Assignment settings" and "Using
Assignment" (Download all submissions).

Grades: the assignment's offline grading worksheet (Feedback types: "Offline grading
worksheet"; Grading action > Download grading worksheet, then Upload grading
worksheet), a CSV with ``Identifier, Full name, Email address, Status, Grade, Maximum
Grade, Grade can be changed, Last modified (submission), Last modified (grade),
Feedback comments``; upload matches rows by ``Identifier`` ("Participant <id>") and
updates the grades that changed.  Sources: MoodleDocs "Assignment settings" (offline
grading worksheet), ``mod/assign/feedback/offline`` (importer).  The gradebook-wide CSV
import (MoodleDocs "Grade import") maps by email or ID number instead, which an
assignment download does not carry; the worksheet is the file keyed by what Moodle
gives us.

Feedback: Grading action > "Upload multiple feedback files in a zip" takes files whose
names keep the download's ``<Full Name>_<participant id>_assignsubmission_file_`` prefix.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path, PurePosixPath
from typing import Callable, Optional

from autograder.errors import AutograderError
from autograder.lms import Claim, GradeRow, StudentInfo, Unclaimed

NAME = "moodle"
PREFIX = re.compile(r"^(?P<name>.+)_(?P<id>\d+)_assignsubmission_(?P<plugin>[a-z]+)_(?P<file>.*)$")
HEADER = ["Identifier", "Full name", "Email address", "Status", "Grade", "Maximum Grade", "Grade can be changed",
          "Last modified (submission)", "Last modified (grade)", "Feedback comments"]
PARTICIPANT = re.compile(r"^\D*(\d+)\s*$")


def recognises(paths: list[PurePosixPath]) -> float:
    """Share of files whose top folder or name carries Moodle's ``_assignsubmission_`` prefix."""
    return sum(1 for p in paths if any(PREFIX.match(part) for part in p.parts[:1])) / len(paths) if paths else 0.0


def significant(part: str) -> bool:
    return bool(PREFIX.match(part))


def claims(entries: list, *, read_text: Callable[[object], str]) -> tuple[list[Claim], list[Unclaimed]]:
    out, unclaimed = [], []
    for entry in entries:
        path = entry.path
        match = PREFIX.match(path.parts[0])
        if match is None:
            unclaimed.append(Unclaimed(path, "not named as Moodle names submissions "
                                             "(<Full Name>_<participant id>_assignsubmission_file_...)"))
            continue
        if len(path.parts) > 1:
            inner = PurePosixPath(*path.parts[1:])
        elif match["file"]:
            inner = PurePosixPath(match["file"])
        else:
            unclaimed.append(Unclaimed(path, "a Moodle submission entry without a file name"))
            continue
        info = StudentInfo(name=match["name"], layout=NAME,
                           keys={"prefix": f"{match['name']}_{match['id']}_assignsubmission_file_"})
        out.append(Claim(student_id=match["id"], path=inner, entry=entry, info=info))
    return out, unclaimed


def feedback_name(info: StudentInfo, student_id: str, file: str) -> Optional[str]:
    """Name of a feedback file in the zip for "Upload multiple feedback files in a zip"."""
    prefix = info.keys.get("prefix") or f"{info.name or 'Participant'}_{student_id}_assignsubmission_file_"
    return prefix + file


def write_grades(rows: list[GradeRow], *, path: Path, assignment: str, max_points: float,
                 template: Optional[Path] = None, column: Optional[str] = None) -> list[str]:
    """Write a grading worksheet for "Upload grading worksheet"; return the students not placed.

    With ``template`` (the worksheet downloaded from the assignment), only the ``Grade``
    (and ``Feedback comments``, where there is a comment) of the students graded here
    change.  Without one, a worksheet with Moodle's columns is written.

    Raises:
        AutograderError: when the template is not a Moodle grading worksheet.
    """
    by_id = {r.student_id: r for r in rows if r.total is not None}
    if template is None:
        table = [HEADER]
        for r in sorted(by_id.values(), key=lambda r: int(r.student_id) if r.student_id.isdigit() else 0):
            table.append([f"Participant {r.student_id}", r.info.name, r.info.email, "", f"{r.total:g}",
                          f"{max_points:g}", "Yes", r.info.submitted_at or "", "", r.comment])
        _write(path, table)
        return []
    try:
        text = Path(template).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise AutograderError(f"{template}: cannot read the template ({error})") from error
    table = list(csv.reader(io.StringIO(text)))
    header = table[0] if table else []
    if "Identifier" not in header or "Grade" not in header:
        raise AutograderError(f"{template}: not a Moodle grading worksheet (no 'Identifier' and 'Grade' columns)")
    ident, grade = header.index("Identifier"), header.index("Grade")
    comments = header.index("Feedback comments") if "Feedback comments" in header else None
    placed = set()
    for row in table[1:]:
        match = PARTICIPANT.match(row[ident]) if len(row) > ident else None
        if match and match[1] in by_id:
            row[grade] = f"{by_id[match[1]].total:g}"
            if comments is not None and by_id[match[1]].comment and len(row) > comments:
                row[comments] = by_id[match[1]].comment
            placed.add(match[1])
    _write(path, table)
    return sorted(set(by_id) - placed)


def _write(path: Path, table: list[list[str]]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(table)
