"""Canvas: "Download Submissions" in, the gradebook CSV and "Re-Upload Submissions" out.

Download Submissions (Assignments > the assignment > Download Submissions) gives a zip
whose files sit at its root, each renamed ``<name>_[LATE_]<user id>_<submission id>_<original name>``:
``<name>`` is the student's sortable name lowercased with everything but letters and
digits removed (``smithjane``), ``LATE_`` marks a submission after the due date, and a
file uploaded again under the same name comes back with ``-1``, ``-2`` before its
extension.  Only the latest submission of each student is in the zip, and every file of
it has a number of its own (canvas-lms ``ContentZipper`` names each file by its attachment
id): a student's files are one submission, its notebook picked by name.  Sources: Canvas
Instructor Guide, "How do I download all student submissions for an assignment?";
github.com/TimHanneman/Canvas_submission_sort (README: name, two ids, the late field,
the resubmission number before the extension).

Gradebook CSV (Grades > Export, edited, then Grades > Import): a header row
``Student, ID, SIS User ID, SIS Login ID, [Integration ID,] Section, <assignment> (<assignment id>), ...``
then a ``Points Possible`` row (and for some assignments a ``Manual Posting`` row),
then one row per student; ``ID`` is the Canvas user id of the file names above.  Import
matches students by ``ID`` (or SIS ids) and changes only the cells that differ; a
column named without ``(id)`` creates a new assignment.  Sources: Canvas Instructor
Guide, "How do I import grades in the Gradebook?" and "How do I export grades in the
Gradebook?"; teaching.resources.osu.edu, "Import a CSV file to Carmen grades" (the
required columns).

Feedback: "Re-Upload Submissions" takes a zip of files that keep the downloaded names'
``<name>_[LATE_]<user id>_<submission id>_`` prefix and attaches each to that
submission as a comment (Canvas Instructor Guide, "How do I upload multiple
submission files for all students?").  Canvas reads the first two all-digit parts of
the name (split at ``_``) as the user id and the id of a file of that user's submission
(the download's second number, called the submission id above), and silently ignores a
file whose numbers name no such file (canvas-lms, ``Assignment#infer_comment_context_from_filename``):
so only a submission downloaded from Canvas has a name it accepts.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path, PurePosixPath
from typing import Callable, Optional

from autograder.errors import AutograderError
from autograder.lms import Claim, GradeRow, StudentInfo, Unclaimed

NAME = "canvas"
FILE = re.compile(r"^(?P<name>[^_/]*)_(?P<late>LATE_)?(?P<user>\d+)_(?P<submission>\d+)_(?P<file>.+)$")
RESUBMITTED = re.compile(r"^(?P<stem>.+?)-(?P<n>\d+)(?P<ext>\.[^.]+)?$")
ID_COLUMNS = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]


def recognises(paths: list[PurePosixPath]) -> float:
    """Share of files at the root named the way Canvas names downloaded submissions."""
    files = [p for p in paths if len(p.parts) == 1]
    return sum(1 for p in files if FILE.match(p.name)) / len(paths) if paths else 0.0


def original_name(file: str) -> tuple[str, int]:
    """The name the student uploaded, without Canvas's ``-1``/``-2``, and that number."""
    match = RESUBMITTED.match(file)
    if not match:
        return file, 0
    return match["stem"] + (match["ext"] or ""), int(match["n"])


def claims(entries: list, *, read_text: Callable[[object], str]) -> tuple[list[Claim], list[Unclaimed]]:
    out, unclaimed = [], []
    for entry in entries:
        path = entry.path
        match = FILE.match(path.parts[0]) if path.parts else None
        if match is None:
            unclaimed.append(Unclaimed(path, "not named as Canvas names submissions "
                                             "(<name>_[LATE_]<user id>_<submission id>_<file>)"))
            continue
        rest = (match["file"],) + path.parts[1:] if len(path.parts) > 1 else (match["file"],)
        original, number = original_name(rest[-1])
        info = StudentInfo(name=match["name"], late=bool(match["late"]), layout=NAME,
                           keys={"prefix": f"{match['name']}_{match['late'] or ''}{match['user']}_"
                                           f"{match['submission']}_", "submission_id": match["submission"]})
        out.append(Claim(student_id=match["user"], path=PurePosixPath(*rest), entry=entry, info=info,
                         # One submission per student in the zip: its files (a notebook and a
                         # report, say) each have a number of their own, which only orders
                         # uploads of one name.
                         upload=match["submission"].zfill(20), alias=original if number else ""))
    return out, unclaimed


def feedback_name(info: StudentInfo, student_id: str, file: str) -> Optional[str]:
    """Name of a feedback file in the zip for "Re-Upload Submissions": the downloaded name's
    prefix, then ``file``; None for a submission that did not come from a Canvas download
    (Canvas would ignore any name made up for it)."""
    prefix = info.keys.get("prefix")
    return prefix + file if prefix else None


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def find_column(header: list[str], *, assignment: str, column: Optional[str]) -> int:
    """Index of the assignment's column in a gradebook header.

    Raises:
        AutograderError: when no column (or more than one) fits.
    """
    def bare(name: str) -> str:
        return re.sub(r"\s*\(\d+\)\s*$", "", name)

    if column:
        hits = [i for i, h in enumerate(header) if column in (h, bare(h)) or h.endswith(f"({column})")]
    else:
        hits = [i for i, h in enumerate(header) if i >= len(ID_COLUMNS) and _norm(bare(h)) == _norm(assignment)]
    if len(hits) != 1:
        names = ", ".join(repr(h) for h in header[len(ID_COLUMNS):] if h)
        wanted = f"--column {column!r}" if column else f"the assignment {assignment!r}"
        found = "several columns" if hits else "no column"
        raise AutograderError(f"the Canvas gradebook has {found} for {wanted}; pass --column NAME "
                              f"(its columns: {names})")
    return hits[0]


def write_grades(rows: list[GradeRow], *, path: Path, assignment: str, max_points: float,
                 template: Optional[Path] = None, column: Optional[str] = None) -> list[str]:
    """Write the CSV Canvas's gradebook imports; return the students it could not place.

    With ``template`` (the course's exported gradebook), only the assignment's column of
    the students graded here changes; every other cell and header row stays as exported.
    Without one, a minimal import file is written (a new assignment column named after
    the assignment).

    Raises:
        AutograderError: when the template is not a Canvas gradebook export.
    """
    by_id = {r.student_id: r for r in rows if r.total is not None}
    if template is None:
        table = [ID_COLUMNS + [assignment], ["    Points Possible", "", "", "", "", f"{max_points:g}"]]
        for r in sorted(by_id.values(), key=lambda r: r.student_id):
            table.append([r.info.name, r.student_id, "", "", "", f"{r.total:g}"])
        _write(path, table)
        return []
    table = _read(template)
    if not table or table[0][:2] != ["Student", "ID"]:
        raise AutograderError(f"{template}: not a Canvas gradebook export (its first columns must be "
                              "'Student', 'ID')")
    index = find_column(table[0], assignment=assignment, column=column)
    placed = set()
    for row in table[1:]:
        if len(row) > 1 and row[1].strip() in by_id:
            row.extend([""] * (index + 1 - len(row)))  # a row cut short (an edited file): filled up to the column
            row[index] = f"{by_id[row[1].strip()].total:g}"
            placed.add(row[1].strip())
    _write(path, table)
    return sorted(set(by_id) - placed)


def _read(path: Path) -> list[list[str]]:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise AutograderError(f"{path}: cannot read the template ({error})") from error
    return list(csv.reader(io.StringIO(text)))


def _write(path: Path, table: list[list[str]]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(table)
