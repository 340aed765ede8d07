"""Gradescope: "Export Submissions" in, the score-upload CSV out.

Export Submissions (the assignment > Review Grades > Export Submissions) gives a zip
``assignment_<id>_export/`` with one folder per submission, ``submission_<id>/`` holding
the files as uploaded, and ``submission_metadata.yml`` naming who submitted each::

    submission_123456:
      :submitters:
      - :name: Jane Smith
        :sid: '100'
        :email: jane@example.edu
      :created_at: 2024-10-14 23:59:01.123456000 -07:00
      :score: 0.0

A group submission lists several submitters: each is graded on the group's files.  The
student id is the roster's SID, or the email where the roster has no SID.  Sources:
Gradescope Help, "Exporting submissions" (Review Grades > Export Submissions); the
layout of ``submission_metadata.yml`` as read by tools that consume these exports
(e.g. gradescope_auto_py's grading CLI looking for ``**/submission_metadata.yml``), and
Gradescope's autograder docs (gradescope-autograders.readthedocs.io, "Submission
Metadata": ``created_at``, users with ``name``/``email``).

Grades: a CSV of ``Name, SID, Email, Score``, the roster-keyed score file of an assignment
graded outside Gradescope (Gradescope Help, "Creating an offline assignment": upload
scores from a CSV; rows are matched by Email, or SID).  Gradescope's own grade export
names its columns ``Name, SID, Email, Total Score`` (as read by e.g.
gist.github.com/havron/554d0ffaec20a466a7f8ecca4d76c5da); with a template the score column
is found by name (``Score``, ``Total Score``, or ``--column``) and only it changes for the
students graded here.  Feedback has no bulk upload in Gradescope: one zip per student.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import Callable, Optional

from autograder.errors import AutograderError
from autograder.lms import Claim, GradeRow, StudentInfo, Unclaimed, safe_id

NAME = "gradescope"
METADATA = "submission_metadata.yml"
FOLDER = re.compile(r"^submission_(?P<id>\d+)$")
HEADER = ["Name", "SID", "Email", "Score"]


def recognises(paths: list[PurePosixPath]) -> float:
    """Share of files in ``submission_<id>/`` folders beside a ``submission_metadata.yml``."""
    if not paths or not any(p.parts == (METADATA,) for p in paths):
        return 0.0
    return sum(1 for p in paths if p.parts == (METADATA,) or FOLDER.match(p.parts[0])) / len(paths)


def significant(part: str) -> bool:
    return bool(FOLDER.match(part)) or part == METADATA


def claims(entries: list, *, read_text: Callable[[object], str]) -> tuple[list[Claim], list[Unclaimed]]:
    meta_entries = [e for e in entries if e.path.name == METADATA and len(e.path.parts) == 1]
    if len(meta_entries) != 1:
        return [], [Unclaimed(PurePosixPath(METADATA), "a Gradescope export needs exactly one "
                                                       f"{METADATA} beside the submission_<id>/ folders")]
    metadata = _metadata(read_text(meta_entries[0]))
    out, unclaimed = [], []
    for entry in entries:
        if entry is meta_entries[0]:
            continue
        folder = FOLDER.match(entry.path.parts[0]) if len(entry.path.parts) > 1 else None
        if folder is None:
            unclaimed.append(Unclaimed(entry.path, "not inside a submission_<id>/ folder of the Gradescope export"))
            continue
        record = metadata.get(entry.path.parts[0])
        if not record or not record["submitters"]:
            unclaimed.append(Unclaimed(entry.path, f"{entry.path.parts[0]} is not listed in {METADATA}"))
            continue
        for person in record["submitters"]:
            sid = str(person.get(":sid") or "").strip() or str(person.get(":email") or "").strip()
            info = StudentInfo(name=str(person.get(":name") or ""), email=str(person.get(":email") or ""),
                               submitted_at=record["created_at"], layout=NAME, keys={"submission_id": folder["id"]})
            out.append(Claim(student_id=sid or safe_id(entry.path.parts[0]), path=PurePosixPath(*entry.path.parts[1:]),
                             entry=entry, info=info, attempt=record["created_at"] or folder["id"]))
    return out, unclaimed


def _metadata(text: str) -> dict[str, dict]:
    """submission folder -> {"submitters": [...], "created_at": ISO text or None}."""
    import yaml

    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise ValueError(f"{METADATA} is not valid YAML ({str(error).splitlines()[0]})") from None
    except RecursionError:
        raise ValueError(f"{METADATA} is nested too deeply to be Gradescope's metadata") from None
    out = {}
    for key, value in (raw or {}).items() if isinstance(raw, dict) else []:
        if not isinstance(value, dict):
            continue
        submitters = [p for p in value.get(":submitters") or [] if isinstance(p, dict)]
        created = value.get(":created_at")
        if isinstance(created, (datetime, date)):
            created = created.isoformat()
        out[str(key)] = {"submitters": submitters, "created_at": str(created) if created else None}
    return out


def write_grades(rows: list[GradeRow], *, path: Path, assignment: str, max_points: float,
                 template: Optional[Path] = None, column: Optional[str] = None) -> list[str]:
    """Write Gradescope's score CSV; return the students a template had no row for.

    Raises:
        AutograderError: when the template has no Email/SID or score column.
    """
    graded = [r for r in rows if r.total is not None]
    if template is None:
        table = [HEADER] + [[r.info.name, "" if "@" in r.student_id else r.student_id, r.info.email,
                             f"{r.total:g}"] for r in sorted(graded, key=lambda r: r.student_id)]
        _write(path, table)
        return []
    try:
        table = list(csv.reader(io.StringIO(Path(template).read_text(encoding="utf-8-sig"))))
    except (OSError, UnicodeDecodeError) as error:
        raise AutograderError(f"{template}: cannot read the template ({error})") from error
    header = table[0] if table else []
    score = next((header.index(c) for c in ([column] if column else ["Score", "Total Score"]) if c in header), None)
    keys = [header.index(c) for c in ("Email", "SID") if c in header]
    if score is None or not keys:
        raise AutograderError(f"{template}: not a Gradescope score CSV (needs an Email or SID column and "
                              f"{column or 'Score'!r})")
    lookup = {}
    for r in graded:
        for key in (r.info.email.lower(), r.student_id.lower()):
            if key:
                lookup[key] = r
    placed = set()
    for row in table[1:]:
        hit = next((lookup[row[k].strip().lower()] for k in keys if len(row) > k and row[k].strip().lower() in lookup),
                   None)
        if hit and len(row) > score:
            row[score] = f"{hit.total:g}"
            placed.add(hit.student_id)
    _write(path, table)
    return sorted({r.student_id for r in graded} - placed)


def _write(path: Path, table: list[list[str]]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(table)
