"""Find each student's notebooks in a folder or an LMS export (.zip), without trusting them.

Accepted layouts (in a folder or in a zip):

* ``<student_id>.ipynb``: one file per student (single-notebook assignments);
* ``<student_id>/<notebook>.ipynb`` (any depth below the student's folder);
* what Canvas, Moodle, Blackboard and Gradescope export, recognised by their naming
  (each owned by its module in :mod:`autograder.lms`), or any naming through ``id_pattern``.

For LMS exports the student id is the LMS's own (Canvas user id, Moodle participant id,
Blackboard username, Gradescope SID or email), the name and submission time travel
along in :attr:`Submission.info`, and when a student has several attempts the latest
is graded (the others are named in a warning).  A file no student can be matched to,
two notebooks where one is expected, a wrong notebook name, an archive inside the
export: each becomes a row with its reason, never a silent drop.

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
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath
from typing import Optional

import nbformat

from autograder.errors import AutograderError
from autograder.lms import (
    Claim, StudentInfo, Unclaimed, detect, layout_module, mark_late, safe_id, strip_wrappers, wrapper_depth,
)

STUDENT_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.@+-]{0,99}$")
MAX_CELLS = 2000
"""Grading time on the host grows with the number of cells; no real submission comes near."""
ARCHIVES = {".zip", ".tar", ".gz", ".tgz", ".7z", ".rar", ".bz2", ".xz"}
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
    info: StudentInfo = field(default_factory=StudentInfo)
    """Name, submission time, lateness and LMS keys, as far as the export tells."""
    modified: Optional[str] = None
    """ISO 8601 modification time of its newest notebook file (a zip member's time as the
    zip stores it, without a zone): the submission time when the export records none."""

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

    def modified(self, entry: _Entry) -> Optional[str]:
        """When the file was last changed, ISO 8601 (None when unknown)."""
        try:
            if self.zip is not None:
                return datetime(*self.zip.getinfo(entry.member).date_time).isoformat()
            stamp = (self.location / (entry.member or entry.path)).lstat().st_mtime
            return datetime.fromtimestamp(stamp, timezone.utc).isoformat(timespec="seconds")
        except (OSError, KeyError, ValueError, OverflowError):
            return None

    def read(self, entry: _Entry) -> bytes:
        if self.zip is not None:
            with self.zip.open(entry.member) as handle:
                data = handle.read(self.max_bytes + 1)
        else:
            # entry.member: the path as found, when ``path`` was re-rooted below a wrapping folder
            with open(self.location / (entry.member or entry.path), "rb") as handle:
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


def collect(location: Path, *, notebooks: list[str], max_bytes: int = 20 * 1024 * 1024,
            layout: Optional[str] = None, id_pattern: Optional[str] = None,
            due: Optional[datetime] = None) -> list[Submission]:
    """Every student found under ``location``, each with its notebooks or its problem.

    Args:
        location: a folder or a .zip.
        notebooks: the assignment's notebook names (without ``.ipynb``).
        max_bytes: the largest file read.
        layout: ``canvas``, ``moodle``, ``blackboard``, ``gradescope`` or ``plain`` to
            force one (default: recognised from the names).
        id_pattern: a regular expression with a named group ``id`` (and optionally
            ``name``, ``file``, ``time``, ``late``) for any other naming.
        due: the due date, to record lateness where the export has times but no flag.

    Raises:
        AutograderError: only if ``location`` itself cannot be read, or ``layout`` or
            ``id_pattern`` is invalid.
    """
    source = _Source(Path(location), max_bytes)
    found = source.entries()
    # A zip entry naming a place outside the archive (``../x``, ``/x``) is never read: said so, not dropped.
    unsafe = [e for e in found if e.path.is_absolute() or ".." in e.path.parts]
    entries = [e for e in found if not (e.path.is_absolute() or ".." in e.path.parts or IGNORED.search(str(e.path)))]
    if id_pattern is not None:
        from autograder.lms.plain import compile_pattern

        pattern = compile_pattern(id_pattern)
        module, depth = None, strip_wrappers([e.path for e in entries], lambda part: bool(pattern.fullmatch(part)))
    elif layout is not None:
        module = layout_module(layout)
        depth = wrapper_depth(module, [e.path for e in entries])
    else:
        module, depth = detect([e.path for e in entries])
    if module is not None and module.NAME == "plain":
        subs = _collect_plain(source, entries, notebooks)
    else:
        rooted = [_Entry(PurePosixPath(*e.path.parts[depth:]), e.size, e.is_link, e.member or str(e.path))
                  for e in entries]
        if module is None:
            from autograder.lms.plain import pattern_claims

            claims, unclaimed = pattern_claims(rooted, pattern=pattern)
        else:
            try:
                claims, unclaimed = module.claims(rooted, read_text=lambda e: _text(source, e))
            except ValueError as error:
                raise AutograderError(f"{location}: {error}") from None
        subs = _collect_claims(source, claims, unclaimed, notebooks)
    subs = _with_rows_for(subs, [Unclaimed(e.path, "a path out of the archive (.. or /), not read") for e in unsafe])
    alike: dict[str, list[Submission]] = {}
    for sub in subs:
        alike.setdefault(sub.student_id.strip().casefold(), []).append(sub)
    for group in (g for g in alike.values() if len(g) > 1):
        for sub in group:
            others = ", ".join(repr(o.student_id) for o in group if o is not sub)
            sub.warnings.append(f"the id of {others} differs from this one only in case or spaces: the same student?")
    for sub in subs:
        mark_late(sub.info, due)
    return subs


def _text(source: _Source, entry: _Entry) -> str:
    """A small text file of the export (a receipt, metadata); unreadable ones read as empty."""
    try:
        return source.read(entry).decode("utf-8", errors="replace")
    except (OSError, ValueError, zipfile.BadZipFile, zlib.error, RuntimeError, NotImplementedError):
        return ""


def _collect_plain(source: _Source, entries: list[_Entry], notebooks: list[str]) -> list[Submission]:
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


def _collect_claims(source: _Source, claims: list[Claim], unclaimed: list[Unclaimed],
                    notebooks: list[str]) -> list[Submission]:
    by_student: dict[str, list[Claim]] = {}
    for claim in claims:
        by_student.setdefault(claim.student_id, []).append(claim)
    subs = []
    for sid in sorted(by_student):
        attempts = sorted({c.attempt for c in by_student[sid]})
        latest = [c for c in by_student[sid] if c.attempt == attempts[-1]]
        sub = Submission(student_id=sid, info=latest[0].info)
        if len(attempts) > 1:
            older = sorted(str(c.entry.path) for c in by_student[sid] if c.attempt != attempts[-1])
            sub.warnings.append(f"graded the latest of {len(attempts)} attempts; earlier: {', '.join(older)}")
        if not STUDENT_ID.match(sid):
            sub.problem = _invalid_id(sid)
        else:
            _pick(source, sub, [(c.path, c.entry, c.alias, c.upload) for c in latest], notebooks)
        subs.append(sub)
    return _with_rows_for(subs, unclaimed)


def _with_rows_for(subs: list[Submission], files: list[Unclaimed]) -> list[Submission]:
    """``subs`` and a row for each file no student could be matched to, labelled by its path."""
    taken = {s.student_id for s in subs}
    for item in files:
        label = safe_id(str(item.path))
        while label in taken:
            label += "_"
        taken.add(label)
        subs.append(Submission(student_id=label, problem=f"{item.path}: {item.reason}"))
    return subs


def _pick(source: _Source, sub: Submission, files: list[tuple[PurePosixPath, _Entry, str, str]],
          notebooks: list[str]) -> None:
    """Read the assignment's notebooks from one student's files: (name as uploaded, entry,
    the name the LMS says it stands for, e.g. without Canvas's ``-1``, the order of uploads)."""
    found = [(p, e) for p, e, _, _ in files if p.name.endswith(".ipynb")]
    aliases = {p: alias for p, _, alias, _ in files if alias}
    uploads = {p: upload for p, _, _, upload in files if upload}
    archives = sorted(p.name for p, _, _, _ in files if p.suffix.lower() in ARCHIVES)
    if not found:
        others = ", ".join(sorted(p.name for p, _, _, _ in files))
        sub.problem = (_archive_problem(archives) if archives else f"no notebook submitted (found {others})")
        return
    used = []
    for name in notebooks:
        exact = [(p, e) for p, e in found if f"{name}.ipynb" in (p.name, aliases.get(p))]
        if len(exact) > 1 and all(p in uploads for p, _ in exact) and len({uploads[p] for p, _ in exact}) == len(exact):
            exact.sort(key=lambda item: uploads[item[0]])
            sub.warnings.append(f"{name}.ipynb uploaded {len(exact)} times: graded the latest upload; earlier: "
                                + ", ".join(str(p) for p, _ in exact[:-1]))
            used.extend(p for p, _ in exact[:-1])
            exact = exact[-1:]
        if len(exact) == 1:
            used.append(exact[0][0])
            _read(source, sub, exact[0][1], name)
        elif len(exact) > 1:
            sub.problem = f"{name}.ipynb submitted {len(exact)} times: " + ", ".join(str(p) for p, _ in exact)
        elif len(notebooks) == 1 and len(found) == 1:
            sub.warnings.append(f"expected {name}.ipynb, graded {found[0][0].name} instead")
            used.append(found[0][0])
            _read(source, sub, found[0][1], name)
        elif len(notebooks) == 1:
            sub.problem = (f"{len(found)} notebooks and none named {name}.ipynb: "
                           + ", ".join(sorted(p.name for p, _ in found)))
        else:
            sub.problem = f"missing {name}.ipynb (found {', '.join(sorted(p.name for p, _ in found))})"
        if sub.problem:
            return
    extra = sorted(p.name for p, _ in found if p not in used)
    if extra:
        sub.warnings.append("also submitted, not graded: " + ", ".join(extra))
    if archives:
        sub.warnings.append("not opened (archives inside the export are not read): " + ", ".join(archives))


def _archive_problem(archives: list[str]) -> str:
    return (f"submitted an archive ({', '.join(archives)}), not a notebook: archives inside the export "
            "are not opened; ask the student for the .ipynb")


def _one(source: _Source, sid: str, files: Optional[list[_Entry]], nested: list[_Entry],
         notebooks: list[str], depth: int) -> Submission:
    sub = Submission(student_id=sid)
    if not STUDENT_ID.match(sid):
        sub.problem = _invalid_id(sid)
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
        elif flat.is_link:
            sub.problem = f"{flat.path.name} is a symbolic link: links are not followed"
        elif flat.path.suffix.lower() in ARCHIVES:
            sub.problem = _archive_problem([flat.path.name])
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
        elif not found and any(e.path.suffix.lower() in ARCHIVES for e in nested):
            sub.problem = _archive_problem(sorted(e.path.name for e in nested if e.path.suffix.lower() in ARCHIVES))
        else:
            others = ", ".join(e.path.name for e in found) or "no notebook"
            sub.problem = f"missing {name}.ipynb (found {others})"
        if sub.problem:
            break
    archives = sorted(e.path.name for e in nested if e.path.suffix.lower() in ARCHIVES)
    if archives and not sub.problem:
        sub.warnings.append("not opened (archives inside the export are not read): " + ", ".join(archives))
    return sub


def _read(source: _Source, sub: Submission, entry: _Entry, name: str) -> None:
    if entry.is_link:
        sub.problem = f"{entry.path.name} is a symbolic link"
        return
    try:
        sub.files[name] = source.read(entry)
        sub.origins[name] = str(entry.path)
        modified = source.modified(entry)
        if modified is not None and (sub.modified is None or modified > sub.modified):
            sub.modified = modified
    except (OSError, ValueError, zipfile.BadZipFile, zlib.error, RuntimeError, NotImplementedError) as error:
        # RuntimeError: encrypted member; NotImplementedError: unsupported compression
        sub.problem = f"{entry.path.name}: cannot read ({error})"


def _invalid_id(sid: str) -> str:
    if len(sid) > 100:
        return f"invalid student id: {len(sid)} characters, longer than the 100 allowed"
    return "invalid student id (use letters, digits and _ . @ + -, starting with a letter or digit)"


def parse_notebook(data: bytes, filename: str) -> nbformat.NotebookNode:
    """Bytes -> notebook (nbformat 4), or ValueError with a reason a student can act on."""
    if not data.strip():
        raise ValueError(f"{filename} is empty")
    try:
        raw = json.loads(data.decode("utf-8-sig"))  # (a byte order mark, as some Windows editors write, is fine)
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
