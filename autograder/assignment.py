"""An assignment is a folder: nbgrader source notebooks plus a ``grading/`` package.

``solutions/<name>/`` holds

* ``<notebook>.ipynb``: nbgrader source notebooks (solutions, visible and hidden tests);
* ``grading/probes.py``: probes, run inside the student's kernel (see kernel_harness);
* ``grading/checks.py``: ``PARTS``, a :class:`~autograder.library.checks.PartCheck` per
  autograded test cell (keyed by its nbgrader ``grade_id``), judged on the host.

Adding an assignment means adding such a folder; the grader's code does not change.
"""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from dataclasses import dataclass, field
from pathlib import Path

from autograder.library.checks import PartCheck
from autograder.errors import AutograderError

GRADING_FOLDER = "grading"


@dataclass(frozen=True)
class Part:
    """A graded cell of the assignment, in notebook order."""

    name: str
    """The cell's nbgrader ``grade_id`` (also the column name in grades.csv)."""
    notebook: str
    points: float
    autograded: bool
    """False for manually graded answers (e.g. a written discussion)."""


@dataclass
class Assignment:
    """Everything the grader needs to know about one assignment."""

    name: str
    source_dir: Path
    notebooks: list[str]
    """Notebook names (without ``.ipynb``), sorted."""
    parts: list[Part]
    checks: dict[str, PartCheck]
    probe_source: str
    fingerprint: str = field(default="")
    """Hash of the source notebooks and grading code: results are reused only while it holds."""

    @property
    def replays(self) -> dict[str, str]:
        return {name: check.replay for name, check in self.checks.items() if check.replay}

    @property
    def max_score(self) -> float:
        return sum(p.points for p in self.parts)


def _graded_cells(path: Path) -> list[Part]:
    import nbformat  # here, not above: find_assignment must stay quick to import (nbformat: ~0.9 s)

    nb = nbformat.read(str(path), as_version=4)
    parts = []
    for cell in nb.cells:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if meta.get("grade"):
            autograded = cell.cell_type == "code" and not meta.get("solution")
            parts.append(Part(meta["grade_id"], path.stem, float(meta.get("points", 0)), autograded))
    return parts


def _load_checks(name: str, grading_dir: Path) -> dict[str, PartCheck]:
    module_name = f"_autograder_assignment_{name}"
    spec = importlib.util.spec_from_file_location(
        module_name, grading_dir / "__init__.py", submodule_search_locations=[str(grading_dir)])
    if spec is None or spec.loader is None:
        raise AutograderError(f"{grading_dir}: cannot import the grading package")
    # Forget an earlier load (maybe of another folder): its cached submodules would be
    # found again instead of this folder's.
    for loaded in [m for m in sys.modules if m == module_name or m.startswith(module_name + ".")]:
        del sys.modules[loaded]
    # The package itself is not executed: its __init__ may import what only kernels need
    # (torch, for the hidden tests' probes); the grader needs checks.py alone.
    sys.modules[module_name] = importlib.util.module_from_spec(spec)
    try:
        module = importlib.import_module(f"{module_name}.checks")
    except (ImportError, SyntaxError) as error:
        raise AutograderError(f"{grading_dir / 'checks.py'}: cannot be imported: {error}") from error
    checks = getattr(module, "PARTS", None)
    if not isinstance(checks, dict):
        raise AutograderError(f"{grading_dir / 'checks.py'}: must define PARTS, a dict of PartCheck")
    return checks


def find_assignment(source_root: Path, name: str) -> Path:
    """The folder of assignment ``name``, once its files are all there (quick: reads nothing).

    Raises:
        AutograderError: naming the file and the problem, if the folder is incomplete.
    """
    source_dir = Path(source_root) / name
    if not source_dir.is_dir():
        known = sorted(p.name for p in Path(source_root).iterdir() if p.is_dir()) if Path(source_root).is_dir() else []
        raise AutograderError(f"no assignment {name!r} in {source_root} (found: {', '.join(known) or 'none'})")
    notebooks = sorted(source_dir.glob("*.ipynb"))
    if not notebooks:
        raise AutograderError(f"{source_dir}: no source notebook (.ipynb)")
    grading_dir = source_dir / GRADING_FOLDER
    for required in ("__init__.py", "checks.py", "probes.py"):
        if not (grading_dir / required).is_file():
            raise AutograderError(f"{grading_dir / required}: missing (every assignment needs grading/{required})")
    return source_dir


def load_assignment(source_root: Path, name: str) -> Assignment:
    """Read ``source_root/name`` and check that its notebooks and checks agree.

    Raises:
        AutograderError: naming the file and the problem, if the folder is incomplete.
    """
    source_dir = find_assignment(source_root, name)
    notebooks = sorted(source_dir.glob("*.ipynb"))
    grading_dir = source_dir / GRADING_FOLDER
    parts = [part for nb in notebooks for part in _graded_cells(nb)]
    names = [p.name for p in parts]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise AutograderError(f"{source_dir}: grade ids used more than once: {', '.join(duplicates)}")
    checks = _load_checks(name, grading_dir)
    autograded = {p.name for p in parts if p.autograded}
    if set(checks) != autograded:
        missing, extra = sorted(autograded - set(checks)), sorted(set(checks) - autograded)
        raise AutograderError(f"{grading_dir / 'checks.py'}: PARTS must match the autograded test cells; "
                              f"missing {missing}, unknown {extra}")
    digest = hashlib.sha256()
    for path in notebooks + sorted(grading_dir.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return Assignment(name=name, source_dir=source_dir, notebooks=[p.stem for p in notebooks],
                      parts=parts, checks=checks,
                      probe_source=(grading_dir / "probes.py").read_text(),
                      fingerprint=digest.hexdigest())
