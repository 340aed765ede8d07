"""What a grading run remembers for ``export``: the assignment, and each student's LMS details.

``DIR/.autograder/lms.json`` is written by every ``grade`` run (students of earlier runs
are kept, updated when seen again), so that ``export`` needs nothing but ``DIR``: the
scores themselves are read from the gradebook at export time (manual grades included).
"""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path
from typing import Optional

from autograder.errors import AutograderError
from autograder.lms import StudentInfo

FILE = "lms.json"


def penalised(total: Optional[float], late: Optional[bool], percent: float) -> tuple[Optional[float], float]:
    """(total after the late penalty, points taken): ``percent`` of the total, only when late."""
    if total is None or not late or percent <= 0:
        return total, 0.0
    penalty = round(total * min(percent, 100.0) / 100.0, 4)
    return round(total - penalty, 4), penalty


def recorded(private: Path, *, assignment: str) -> list[str]:
    """The students earlier runs of ``assignment`` recorded in this course (none if unreadable)."""
    try:
        previous = json.loads((Path(private) / FILE).read_text())
    except (OSError, ValueError):
        return []
    return sorted(previous.get("students", {})) if previous.get("assignment") == assignment else []


def save(private: Path, *, assignment: str, parts: list[tuple[str, float]], db_url: str, course_id: str,
         late_penalty: float, students: dict[str, tuple[StudentInfo, str]]) -> Path:
    """Record a run: ``students`` maps id -> (info, status)."""
    path = Path(private) / FILE
    known = {}
    if path.exists():
        try:
            previous = json.loads(path.read_text())
            if previous.get("assignment") == assignment:
                known = previous.get("students", {})
        except (OSError, ValueError):
            known = {}
    for sid, (info, status) in students.items():
        known[sid] = {"info": info.as_dict(), "status": status}
    path.write_text(json.dumps({"assignment": assignment, "parts": [list(p) for p in parts], "db_url": db_url,
                                "course_id": course_id, "late_penalty": late_penalty, "students": known},
                               indent=1, sort_keys=True))
    return path


def load(course_dir: Path) -> dict:
    """The record of the runs in ``course_dir``, with ``StudentInfo`` objects.

    Raises:
        AutograderError: when ``course_dir`` was never graded into.
    """
    path = Path(course_dir) / ".autograder" / FILE
    try:
        data = json.loads(path.read_text())
    except FileNotFoundError:
        raise AutograderError(f"{course_dir}: no grading run recorded here (no {path}); "
                              "run `python -m autograder grade ... --out DIR` first") from None
    except (OSError, ValueError) as error:
        raise AutograderError(f"{path}: unreadable ({error}); grade again to rewrite it") from None
    if not {"assignment", "parts", "db_url", "course_id", "students"} <= set(data):
        raise AutograderError(f"{path}: written by an older version; grade again to rewrite it")
    names = {f.name for f in fields(StudentInfo)}
    for record in data.get("students", {}).values():
        record["info"] = StudentInfo(**{k: v for k, v in record.get("info", {}).items() if k in names})
    return data
