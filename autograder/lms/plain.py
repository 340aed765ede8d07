"""The kit's own layout, and ``--id-pattern`` for any other naming.

Plain: ``<student_id>.ipynb`` files, or ``<student_id>/`` folders holding the notebooks
(read by :func:`autograder.lms.submissions.collect` directly).

``--id-pattern REGEX``: a Python regular expression matched against the first component
of each path (a file at the top, or a top folder), with named groups ``id`` (required:
the student id), and optionally ``name`` (display name), ``file`` (the notebook's name
as uploaded, when it is part of a flat file's name), ``time`` (submission time, ISO 8601
or ``YYYY-MM-DD-HH-MM-SS``) and ``late`` (non-empty when late).  Example for files named
``hw2-<id>-<name>.ipynb``: ``hw2-(?P<id>\\d+)-(?P<name>[^.]+)\\.ipynb``.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from typing import Callable

from autograder.errors import AutograderError
from autograder.lms import Claim, StudentInfo, Unclaimed, parse_time

NAME = "plain"
TIME_FORMATS = ("%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d-%H-%M-%S", "%Y%m%d%H%M%S", "%Y-%m-%dT%H:%M:%S%z")


def recognises(paths: list[PurePosixPath]) -> float:
    return 0.0


def compile_pattern(pattern: str) -> re.Pattern:
    """``--id-pattern`` compiled and checked.

    Raises:
        AutograderError: when it is not a regular expression or lacks the ``id`` group.
    """
    try:
        compiled = re.compile(pattern)
    except re.error as error:
        raise AutograderError(f"--id-pattern {pattern!r}: not a regular expression ({error})") from None
    if "id" not in compiled.groupindex:
        raise AutograderError(f"--id-pattern {pattern!r}: needs a named group (?P<id>...) for the student id")
    return compiled


def pattern_claims(entries: list, *, pattern: re.Pattern) -> tuple[list[Claim], list[Unclaimed]]:
    out, unclaimed = [], []
    for entry in entries:
        match = pattern.fullmatch(entry.path.parts[0])
        if match is None or not match["id"]:
            unclaimed.append(Unclaimed(entry.path, f"{entry.path.parts[0]!r} does not match --id-pattern"))
            continue
        groups = match.groupdict()
        if len(entry.path.parts) > 1:
            inner = PurePosixPath(*entry.path.parts[1:])
        else:
            inner = PurePosixPath(groups.get("file") or entry.path.name)
        submitted = parse_time(groups["time"], TIME_FORMATS) if groups.get("time") else None
        late = bool(groups["late"]) if "late" in groups else None
        info = StudentInfo(name=groups.get("name") or "", submitted_at=submitted, late=late, layout=NAME)
        out.append(Claim(student_id=match["id"], path=inner, entry=entry, info=info, attempt=submitted or ""))
    return out, unclaimed


def claims(entries: list, *, read_text: Callable[[object], str]) -> tuple[list[Claim], list[Unclaimed]]:
    raise NotImplementedError("the plain layout is read by autograder.lms.submissions.collect")
