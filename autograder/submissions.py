"""Find each student's notebooks in a folder or an LMS-style .zip, without trusting them.

Accepted layouts (in a folder or in a zip):

* ``<student_id>.ipynb``: one file per student (single-notebook assignments);
* ``<student_id>/<notebook>.ipynb`` (any depth below the student's folder).

Nothing is extracted or followed: zip members are read in memory within size limits,
symbolic links are refused, and every problem is attached to the student it concerns.
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Optional

import nbformat

from .errors import AutograderError

STUDENT_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.@+-]{0,99}$")
MAX_CELLS = 2000
"""Grading time on the host grows with the number of cells; no real submission comes near."""
IGNORED = re.compile(r"(^|/)(\.|__MACOSX/|\.ipynb_checkpoints/)")


@dataclass
class Submission:
    """One student's files, read but not yet trusted."""

    student_id: str
    files: dict[str, bytes] = field(default_factory=dict)
    """Assignment notebook name -> raw bytes."""
    origins: dict[str, str] = field(default_factory=dict)
    """Assignment notebook name -> the file's path as submitted (for messages)."""
    problem: Optional[str] = None
    """Why this submission cannot be graded (then it is reported, not graded)."""
    warnings: list[str] = field(default_factory=list)

    @property
    def digest(self) -> str:
        h = hashlib.sha256()
        for name in sorted(self.files):
            h.update(name.encode() + b"\0" + self.files[name] + b"\1")
        return h.hexdigest()


@dataclass(frozen=True)
class _Entry:
    path: PurePosixPath
    size: int
    is_link: bool
    member: str = ""
    """The zip member's name as stored (``path`` normalizes away ``./`` and ``//``)."""


class _Source:
    """A folder or a zip, seen as a list of file entries readable with a size cap."""

    def __init__(self, location: Path, max_bytes: int):
        self.location = location
        self.max_bytes = max_bytes
        self.zip: Optional[zipfile.ZipFile] = None
        if location.is_file():
            try:
                self.zip = zipfile.ZipFile(location)
            except (zipfile.BadZipFile, OSError) as error:
                raise AutograderError(f"{location}: not a folder or a readable .zip ({error})") from error
        elif not location.is_dir():
            raise AutograderError(f"{location}: no such folder or .zip")

    def entries(self) -> list[_Entry]:
        if self.zip is not None:
            out = []
            for info in self.zip.infolist():
                if info.is_dir():
                    continue
                is_link = (info.external_attr >> 16) & 0o170000 == 0o120000
                out.append(_Entry(PurePosixPath(info.filename), info.file_size, is_link, info.filename))
            return out
        out = []
        for path in sorted(self.location.rglob("*")):
            if path.is_symlink() or path.is_file():
                rel = PurePosixPath(path.relative_to(self.location).as_posix())
                out.append(_Entry(rel, 0 if path.is_symlink() else path.stat().st_size, path.is_symlink()))
        return out

    def read(self, entry: _Entry) -> bytes:
        if self.zip is not None:
            with self.zip.open(entry.member) as handle:
                data = handle.read(self.max_bytes + 1)
        else:
            with open(self.location / entry.path, "rb") as handle:
                data = handle.read(self.max_bytes + 1)
        if len(data) > self.max_bytes:
            raise ValueError(f"larger than {self.max_bytes / (1024 * 1024):g} MiB")
        return data


def _common_prefix(entries: list[_Entry], notebooks: list[str]) -> int:
    """Depth of a single wrapping folder (LMS zips often put everything in one)."""
    wanted = {f"{name}.ipynb" for name in notebooks}
    depth = 0
    while True:
        firsts = {e.path.parts[depth] for e in entries if len(e.path.parts) > depth + 1}
        if len(firsts) != 1 or any(len(e.path.parts) <= depth + 1 for e in entries):
            return depth
        # A folder directly holding an assignment notebook is a student's, not a wrapper.
        if any(len(e.path.parts) == depth + 2 and e.path.name in wanted for e in entries):
            return depth
        depth += 1


def collect(location: Path, *, notebooks: list[str], max_bytes: int = 20 * 1024 * 1024) -> list[Submission]:
    """Every student found under ``location``, each with its notebooks or its problem.

    Raises:
        AutograderError: only if ``location`` itself cannot be read.
    """
    source = _Source(Path(location), max_bytes)
    entries = [e for e in source.entries() if not IGNORED.search(str(e.path))]
    depth = _common_prefix(entries, notebooks)
    by_student: dict[str, list[_Entry]] = {}
    flat: dict[str, list[_Entry]] = {}
    for entry in entries:
        parts = entry.path.parts[depth:]
        if len(parts) == 1:
            flat.setdefault(parts[0].rsplit(".", 1)[0] if "." in parts[0] else parts[0], []).append(entry)
        else:
            by_student.setdefault(parts[0], []).append(entry)
    students = sorted(set(flat) | set(by_student))
    return [_one(source, sid, flat.get(sid), by_student.get(sid, []), notebooks, depth) for sid in students]


def _one(source: _Source, sid: str, files: Optional[list[_Entry]], nested: list[_Entry],
         notebooks: list[str], depth: int) -> Submission:
    sub = Submission(student_id=sid)
    if not STUDENT_ID.match(sid):
        sub.problem = "invalid student id (use letters, digits and _ . @ + -)"
        return sub
    if files and nested:
        sub.problem = "submitted twice: as a file and as a folder"
        return sub
    if files:
        ipynb = [e for e in files if e.path.name.endswith(".ipynb")]
        flat = ipynb[0] if len(ipynb) == 1 else files[0]
        if len(files) > 1:
            sub.warnings.append("several files: " + ", ".join(e.path.name for e in files))
        if len(ipynb) > 1:
            sub.problem = "several notebooks: " + ", ".join(e.path.name for e in ipynb)
        elif not flat.path.name.endswith(".ipynb"):
            sub.problem = f"not a notebook: {flat.path.name}"
        elif len(notebooks) != 1:
            sub.problem = f"{flat.path.name}: this assignment has several notebooks; submit a folder"
        else:
            _read(source, sub, flat, notebooks[0])
        return sub
    found = [e for e in nested if e.path.name.endswith(".ipynb")]
    for name in notebooks:
        exact = [e for e in found if e.path.name == f"{name}.ipynb"]
        if len(exact) == 1:
            _read(source, sub, exact[0], name)
        elif len(exact) > 1:
            sub.problem = f"{name}.ipynb appears {len(exact)} times"
        elif len(notebooks) == 1 and len(found) == 1:
            sub.warnings.append(f"expected {name}.ipynb, graded {found[0].path.name} instead")
            _read(source, sub, found[0], name)
        else:
            others = ", ".join(e.path.name for e in found) or "no notebook"
            sub.problem = f"missing {name}.ipynb (found {others})"
        if sub.problem:
            break
    return sub


def _read(source: _Source, sub: Submission, entry: _Entry, name: str) -> None:
    if entry.is_link:
        sub.problem = f"{entry.path.name} is a symbolic link"
        return
    try:
        sub.files[name] = source.read(entry)
        sub.origins[name] = str(entry.path)
    except (OSError, ValueError, zipfile.BadZipFile, zlib.error, RuntimeError, NotImplementedError) as error:
        # RuntimeError: encrypted member; NotImplementedError: unsupported compression
        sub.problem = f"{entry.path.name}: cannot read ({error})"


def parse_notebook(data: bytes, filename: str) -> nbformat.NotebookNode:
    """Bytes -> notebook (nbformat 4), or ValueError with a reason a student can act on."""
    if not data.strip():
        raise ValueError(f"{filename} is empty")
    try:
        raw = json.loads(data.decode("utf-8"))
    except RecursionError:
        raise ValueError(f"{filename} is nested too deeply to be a notebook") from None
    except UnicodeDecodeError:
        raise ValueError(f"{filename} is not text (is it really a notebook?)") from None
    except json.JSONDecodeError as error:
        raise ValueError(f"{filename} is not valid JSON (line {error.lineno}: {error.msg}); "
                         "the file is corrupt or not a notebook") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("cells", raw.get("worksheets")), list):
        raise ValueError(f"{filename} is JSON but not a Jupyter notebook")
    if len(raw.get("cells", [])) > MAX_CELLS:
        raise ValueError(f"{filename} has {len(raw['cells'])} cells, more than the {MAX_CELLS} accepted")
    try:
        nb = nbformat.reads(json.dumps(raw), as_version=4)
        _, repaired = nbformat.validator.normalize(nb)
        nb = nbformat.from_dict(repaired)
        if nb.nbformat_minor < 5:  # saved by older Jupyter or Colab: cell ids came with 4.5
            nb.nbformat_minor = 5
        _repair_cell_ids(nb)
        nbformat.validate(nb)
    except (nbformat.ValidationError, ValueError, AssertionError, KeyError, TypeError, AttributeError,
            RecursionError) as error:
        reason = (str(error).splitlines() or [type(error).__name__])[0][:200]
        raise ValueError(f"{filename} is not a valid notebook: {reason}") from None
    return nb


def _repair_cell_ids(nb: nbformat.NotebookNode) -> None:
    """Give every cell a unique, valid id (copied cells often share one)."""
    seen: set[str] = set()
    for number, cell in enumerate(nb.cells):
        cell_id = cell.get("id")
        if not isinstance(cell_id, str) or not re.match(r"^[a-zA-Z0-9-_]{1,64}$", cell_id) or cell_id in seen:
            cell_id = f"cell-{number}-{hashlib.sha1(str(cell_id).encode()).hexdigest()[:8]}"
            cell["id"] = cell_id
        seen.add(cell_id)
