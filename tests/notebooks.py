"""Notebooks built in code for the tests: submissions assembled from the release notebook."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
ASSIGNMENT = "pa2_gradient_descent"
SOURCE = ROOT / "solutions" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
RELEASE = ROOT / "notebooks" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
SOLUTION_MARKER = re.compile(r"^\s*### (BEGIN|END) SOLUTION\s*$")


def read(path: Path = RELEASE) -> nbformat.NotebookNode:
    return nbformat.read(str(path), as_version=4)


def grade_id(cell) -> str | None:
    return cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")


def reference_answers() -> dict[str, str]:
    """Answer cell id -> the reference solution's text, without its markers."""
    out = {}
    for cell in read(SOURCE).cells:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if meta.get("solution"):
            out[meta["grade_id"]] = "\n".join(
                line for line in cell.source.splitlines() if not SOLUTION_MARKER.match(line))
    return out


def submission(answers: dict[str, str] | None = None, *, base: Path = RELEASE,
               fill_reference: bool = True) -> nbformat.NotebookNode:
    """The student notebook with answer cells replaced: ``answers`` first, else the reference."""
    nb = read(base)
    chosen = dict(reference_answers()) if fill_reference else {}
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
