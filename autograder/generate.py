"""``generate``: the student notebooks in ``notebooks/`` from the sources in ``solutions/``.

Uses nbgrader's ``GenerateAssignment`` (no gradebook) with the repository's layout:
``solutions/`` is nbgrader's source folder and ``notebooks/`` its release folder.
"""

from __future__ import annotations

import filecmp
import shutil
import tempfile
from pathlib import Path

from nbgrader.converters import GenerateAssignment
from nbgrader.coursedir import CourseDirectory
from traitlets.config import Config

from autograder.nbgrader_glue.course import IGNORE, _start, quiet_nbgrader
from autograder.errors import AutograderError

SOURCE_DIR, RELEASE_DIR = "solutions", "notebooks"


def _generate_into(root: Path, assignment: str, log_file: Path) -> Path:
    c = Config()
    c.CourseDirectory.root = str(root)
    c.CourseDirectory.source_directory = SOURCE_DIR
    c.CourseDirectory.release_directory = RELEASE_DIR
    c.CourseDirectory.ignore = IGNORE
    c.CourseDirectory.assignment_id = assignment
    c.GenerateAssignment.no_database = True
    c.SaveCells.enabled = False
    c.BaseConverter.force = True
    log = quiet_nbgrader(log_file)
    converter = GenerateAssignment(coursedir=CourseDirectory(config=c, log=log), config=c, log=log)
    if not _start(converter):
        raise AutograderError(f"nbgrader generate_assignment failed for {assignment}: see {log_file}")
    return root / RELEASE_DIR / assignment


def _files(folder: Path) -> list[str]:
    """Files of a release, without editor leftovers such as .ipynb_checkpoints."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                  if p.is_file() and ".ipynb_checkpoints" not in p.parts and "__pycache__" not in p.parts)


def generate(assignment: str, *, root: Path = Path("."), check: bool = False) -> list[str]:
    """Regenerate ``notebooks/<assignment>`` (or, with ``check``, only compare).

    Args:
        assignment: folder name under ``solutions/``.
        root: the repository (nbgrader course root).
        check: write nothing; return the files that differ from a fresh generation.

    Returns:
        The release files that were written, or with ``check`` the ones out of date.

    Raises:
        AutograderError: if the source is missing or nbgrader fails.
    """
    root = Path(root).resolve()
    source = root / SOURCE_DIR / assignment
    if not source.is_dir():
        raise AutograderError(f"{source}: no such assignment source folder")
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(source, Path(tmp) / SOURCE_DIR / assignment)
        fresh = _generate_into(Path(tmp), assignment, Path(tmp) / "nbgrader.log")
        release = root / RELEASE_DIR / assignment
        names = _files(fresh)
        old = _files(release) if release.exists() else []
        differ = [n for n in sorted(set(names) | set(old))
                  if n not in names or n not in old or not filecmp.cmp(fresh / n, release / n, shallow=False)]
        if check:
            return differ
        if release.exists():
            shutil.rmtree(release)
        shutil.copytree(fresh, release)
        return names
