"""What learning-management systems hand the instructor, and what they take back.

Each module owns one LMS's formats, both ways: how its submissions export names files
(``claims``) and, where the LMS imports grades, the CSV it imports (``write_grades``)
and the layout of its feedback upload (``feedback_name``):

* :mod:`~autograder.lms.canvas`: "Download Submissions", the gradebook CSV, "Re-Upload Submissions";
* :mod:`~autograder.lms.moodle`: "Download all submissions", the grading worksheet, feedback zips;
* :mod:`~autograder.lms.blackboard`: "Assignment File Download" with its ``.txt`` receipts;
* :mod:`~autograder.lms.gradescope`: "Export Submissions" and the score-upload CSV;
* :mod:`~autograder.lms.plain`: ``<student_id>.ipynb`` files or folders, or ``--id-pattern``.

Detection happens here only (:func:`detect`); ``--layout`` forces a module.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import PurePosixPath
from typing import Callable, Optional, Protocol

from autograder.errors import AutograderError

LAYOUTS = ("canvas", "moodle", "blackboard", "gradescope", "plain")
EXPORTS = ("canvas", "moodle", "gradescope", "csv")


@dataclass
class StudentInfo:
    """What an LMS export says about a student besides their files."""

    name: str = ""
    """Display name as the LMS wrote it (``""`` when the export carries none)."""
    email: str = ""
    submitted_at: Optional[str] = None
    """ISO 8601 time of the submission, when the export records it."""
    late: Optional[bool] = None
    """True/False when the LMS (or ``--due``) says so; None when unknown."""
    layout: str = "plain"
    keys: dict[str, str] = field(default_factory=dict)
    """LMS-specific identifiers needed to send grades and feedback back (e.g. Canvas's
    submission id, Moodle's participant number)."""

    def as_dict(self) -> dict:
        return asdict(self)

    def name_parts(self) -> tuple[str, str]:
        """(first, last) for nbgrader's gradebook: "Last, First" split at its comma, else
        the last word taken as the last name ("" for a half the name does not give)."""
        if "," in self.name:
            last, first = (" ".join(half.split()) for half in self.name.split(",", 1))
            return first, last
        words = self.name.split()
        if not words:
            return "", ""
        if len(words) == 1:
            return "", words[0]
        return " ".join(words[:-1]), words[-1]


@dataclass
class Claim:
    """One file of an export, attributed to a student by the LMS's naming."""

    student_id: str
    path: PurePosixPath
    """The file's path inside the student's own submission (its original name, as uploaded)."""
    entry: object
    """The source entry to read it from (opaque here)."""
    info: StudentInfo
    attempt: str = ""
    """Sorts the student's attempts: the greatest wins."""
    alias: str = ""
    """The name the file stands for when the LMS renamed it (Canvas's ``x-1.ipynb`` for ``x.ipynb``)."""
    upload: str = ""
    """Sorts files of one attempt that stand for the same name: the greatest is the latest
    upload (Canvas numbers every file, so a submission's files carry different numbers)."""


@dataclass
class Unclaimed:
    """A file the layout cannot attribute to a student: reported as its own row."""

    path: PurePosixPath
    reason: str


class Layout(Protocol):
    NAME: str

    def recognises(self, paths: list[PurePosixPath]) -> float: ...

    def claims(self, entries: list, *, read_text: Callable[[object], str]) -> tuple[list[Claim], list[Unclaimed]]: ...


def _modules() -> dict:
    from autograder.lms import blackboard, canvas, gradescope, moodle, plain

    return {m.NAME: m for m in (canvas, moodle, blackboard, gradescope, plain)}


def layout_module(name: str):
    """The module owning layout ``name``.

    Raises:
        AutograderError: for an unknown name.
    """
    modules = _modules()
    if name not in modules:
        raise AutograderError(f"unknown layout {name!r} (choose from {', '.join(LAYOUTS)})")
    return modules[name]


def _share(paths: list[PurePosixPath]):
    """The LMS layout fitting most of ``paths`` (at least half of them), else plain."""
    modules = _modules()
    best, share = modules["plain"], 0.0
    for name in ("gradescope", "moodle", "blackboard", "canvas"):
        fit = modules[name].recognises(paths)
        if fit > share:
            best, share = modules[name], fit
    return best if share >= 0.5 else modules["plain"]


def detect(paths: list[PurePosixPath]) -> tuple[object, int]:
    """(layout module, folders to skip) for an export, looking through folders every file
    shares (an export re-zipped or unzipped into a folder); plain when no LMS fits."""
    shared = 0
    while all(len(p.parts) > shared + 1 for p in paths) and len({p.parts[shared] for p in paths}) == 1:
        shared += 1
    for depth in range(shared + 1):
        module = _share([PurePosixPath(*p.parts[depth:]) for p in paths])
        if module.NAME != "plain":
            return module, wrapper_depth(module, paths)
    return _modules()["plain"], 0


def wrapper_depth(module, paths: list[PurePosixPath]) -> int:
    """Folders every path shares above what ``module``'s naming gives meaning to."""
    significant = getattr(module, "significant", None)
    if significant is None:
        pattern = getattr(module, "FILE", None)
        significant = (lambda part: bool(pattern.match(part))) if pattern is not None else (lambda part: False)
    return strip_wrappers(paths, significant)


def strip_wrappers(paths: list[PurePosixPath], significant: Callable[[str], bool]) -> int:
    """How many leading folders every path shares that carry no meaning for the layout
    (the folder a zip was made of, an ``assignment_123_export/`` folder)."""
    depth = 0
    while True:
        firsts = {p.parts[depth] for p in paths if len(p.parts) > depth + 1}
        if len(firsts) != 1 or any(len(p.parts) <= depth + 1 for p in paths):
            return depth
        if significant(next(iter(firsts))):
            return depth
        depth += 1


def parse_time(text: str, formats: tuple[str, ...]) -> Optional[str]:
    """``text`` in one of ``formats`` as ISO 8601 (None when it fits none)."""
    for fmt in formats:
        try:
            return datetime.strptime(text.strip(), fmt).isoformat()
        except ValueError:
            continue
    return None


def mark_late(info: StudentInfo, due: Optional[datetime]) -> None:
    """Set ``info.late`` from its submission time when a due date is given and the LMS did not say."""
    if due is None or info.late is not None or not info.submitted_at:
        return
    try:
        submitted = datetime.fromisoformat(info.submitted_at)
    except ValueError:
        return  # a time the export wrote in a form we cannot read: lateness stays unknown
    if (submitted.tzinfo is None) != (due.tzinfo is None):
        submitted, due = submitted.replace(tzinfo=None), due.replace(tzinfo=None)
    info.late = submitted > due


def safe_id(text: str) -> str:
    """A student-id-shaped label for a row about a file nobody could be matched to."""
    return re.sub(r"[^A-Za-z0-9_.@+-]", "_", text)[:100].lstrip("._-+@") or "unnamed"


@dataclass
class GradeRow:
    """One student's line in an export: what an LMS import needs."""

    student_id: str
    info: StudentInfo
    total: Optional[float]
    """Points after any late penalty; None when nothing is to be sent (pending or error)."""
    max_points: float
    comment: str = ""
