"""Blackboard Learn: "Assignment File Download" in (grades go back through its Grade Centre).

Grade Centre > the assignment's column > Assignment File Download gives a zip of files
named ``<Assignment>_<username>_attempt_<YYYY-MM-DD-HH-MM-SS>_<original name>``, and per
attempt a receipt ``<Assignment>_<username>_attempt_<YYYY-MM-DD-HH-MM-SS>.txt``::

    Name: Jane Smith (jsmith)
    Assignment: PA2
    Date Submitted: Monday, 14 October 2024 23:59:01 o'clock BST
    Current Grade: Needs Grading
    ...
    Files:
    \tOriginal filename: pa2_gradient_descent.ipynb
    \tFilename: PA2_jsmith_attempt_2024-10-14-23-59-01_pa2_gradient_descent.ipynb

Every attempt the instructor selected is in the zip; the latest one is graded here.
The receipt gives the student's name and, where Blackboard shortened a file's name,
the name as uploaded.  Sources: Blackboard Help, "Download Assignments" (Original
course view, Grade Centre); repos.vangef.net/vangef/BBGradebookOrganiser (docs: the
per-submission text file with the student's comments, file names carrying the student
number).  The receipt does not say whether the attempt was late: pass ``--due`` to
record lateness from the attempt's time.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from typing import Callable

from autograder.lms import Claim, StudentInfo, Unclaimed, parse_time

NAME = "blackboard"
FILE = re.compile(r"^(?P<assignment>.+)_(?P<user>[^_]+)_attempt_(?P<ts>\d{4}-\d\d-\d\d-\d\d-\d\d-\d\d)"
                  r"(?:_(?P<file>.+)|(?P<receipt>\.txt))$")
RECEIPT_NAME = re.compile(r"^Name:\s*(?P<name>.*?)\s*\((?P<user>[^()]+)\)\s*$", re.M)
RECEIPT_FILES = re.compile(r"Original filename:\s*(?P<original>.+?)\s*\n\s*Filename:\s*(?P<stored>.+?)\s*$", re.M)


def recognises(paths: list[PurePosixPath]) -> float:
    return sum(1 for p in paths if len(p.parts) == 1 and FILE.match(p.name)) / len(paths) if paths else 0.0


def claims(entries: list, *, read_text: Callable[[object], str]) -> tuple[list[Claim], list[Unclaimed]]:
    receipts: dict[tuple[str, str], dict] = {}
    files, unclaimed = [], []
    for entry in entries:
        match = FILE.match(entry.path.name) if len(entry.path.parts) == 1 else None
        if match is None:
            unclaimed.append(Unclaimed(entry.path, "not named as Blackboard names submissions "
                                                   "(<Assignment>_<username>_attempt_<time>_<file>)"))
        elif match["receipt"]:
            receipts[(match["user"], match["ts"])] = dict(_receipt(read_text(entry)), entry=entry)
        else:
            files.append((entry, match))
    out = []
    for entry, match in files:
        receipt = receipts.get((match["user"], match["ts"]), {})
        uploaded = receipt.get("files", {}).get(entry.path.name, "")
        original = PurePosixPath(uploaded.replace("\\", "/")).name or match["file"]
        submitted = parse_time(match["ts"], ("%Y-%m-%d-%H-%M-%S",))
        info = StudentInfo(name=receipt.get("name", ""), submitted_at=submitted, layout=NAME,
                           keys={"attempt": match["ts"]})
        out.append(Claim(student_id=match["user"], path=PurePosixPath(original), entry=entry, info=info,
                         attempt=match["ts"]))
    # A student whose attempts came with a receipt and no file still gets a row (it names the receipt).
    with_files = {match["user"] for _, match in files}
    for (user, ts), receipt in sorted(receipts.items()):
        if user not in with_files:
            info = StudentInfo(name=receipt.get("name", ""), submitted_at=parse_time(ts, ("%Y-%m-%d-%H-%M-%S",)),
                               layout=NAME, keys={"attempt": ts})
            out.append(Claim(student_id=user, path=PurePosixPath(receipt["entry"].path.name), entry=receipt["entry"],
                             info=info, attempt=ts))
    return out, unclaimed


def _receipt(text: str) -> dict:
    """Name and file names from a receipt (missing fields are simply absent)."""
    out: dict = {"files": {m["stored"]: m["original"] for m in RECEIPT_FILES.finditer(text)}}
    name = RECEIPT_NAME.search(text)
    if name:
        out["name"] = name["name"]
    return out
