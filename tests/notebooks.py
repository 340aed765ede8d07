"""Notebooks built in code for the tests: submissions assembled from the release notebook."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
ASSIGNMENT = "pa2_gradient_descent"
#: Every assignment of the series (a folder under solutions/ with a grading/ package).
ASSIGNMENTS = sorted(p.parent.name for p in (ROOT / "solutions").glob("*/grading"))
SOLUTION_MARKER = re.compile(r"^\s*### (BEGIN|END) SOLUTION\s*$")


def source_path(assignment: str = ASSIGNMENT) -> Path:
    """The instructor's source notebook of ``assignment``."""
    return ROOT / "solutions" / assignment / f"{assignment}.ipynb"


def release_path(assignment: str = ASSIGNMENT) -> Path:
    """The student notebook nbgrader generated for ``assignment``."""
    return ROOT / "notebooks" / assignment / f"{assignment}.ipynb"


SOURCE = source_path()
RELEASE = release_path()


def read(path: Path = RELEASE) -> nbformat.NotebookNode:
    return nbformat.read(str(path), as_version=4)


def grade_id(cell) -> str | None:
    return cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")


def reference_answers(assignment: str = ASSIGNMENT) -> dict[str, str]:
    """Answer cell id -> the reference solution's text, without its markers."""
    out = {}
    for cell in read(source_path(assignment)).cells:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if meta.get("solution"):
            out[meta["grade_id"]] = "\n".join(
                line for line in cell.source.splitlines() if not SOLUTION_MARKER.match(line))
    return out


def submission(answers: dict[str, str] | None = None, *, base: Path | None = None,
               fill_reference: bool = True, assignment: str = ASSIGNMENT) -> nbformat.NotebookNode:
    """The student notebook with answer cells replaced: ``answers`` first, else the reference."""
    nb = read(base or release_path(assignment))
    chosen = dict(reference_answers(assignment)) if fill_reference else {}
    chosen.update(answers or {})
    for cell in nb.cells:
        if grade_id(cell) in chosen:
            cell.source = chosen[grade_id(cell)].strip("\n")
    return nb


def write(nb: nbformat.NotebookNode, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, str(path))
    return path


def load_case(path: Path) -> tuple[dict, dict, str]:
    """(EXPECTED, ANSWERS, description) of a corpus case module."""
    spec = importlib.util.spec_from_file_location(f"corpus_{path.parent.name}_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.EXPECTED, module.ANSWERS, (module.__doc__ or "").strip()
