"""The per-student run files a grading run keeps in ``.autograder/results/``: their paths and digests.

This module owns the format: ``<student>/<notebook>.json`` (the sandboxed outputs and the
verdicts, tied to the sanitized cells by :func:`cells_digest`) and
``<student>/<notebook>.sanitized.json`` (the sanitized submission, tied to the submitted
file by :func:`notebook_digest`) and ``<student>/<notebook>.graded.json`` (what each
hand-given grade judged).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from nbformat import NotebookNode
from traitlets import Unicode


def cells_digest(nb: NotebookNode) -> str:
    """Identity of a sanitized notebook's cells (type and source), to match results to it."""
    digest = hashlib.sha256()
    for cell in nb.cells:
        digest.update(cell.cell_type.encode() + b"\0" + cell.source.encode() + b"\1")
    return digest.hexdigest()


def results_path(results_dir: str | Path, student: str, notebook: str) -> Path:
    return Path(results_dir) / student / f"{notebook}.json"


def graded_path(results_dir: str | Path, student: str, notebook: str) -> Path:
    """What each hand-given grade judged at the last autograding (see ``KeepManualGrades``)."""
    return Path(results_dir) / student / f"{notebook}.graded.json"


def results_dir_trait() -> Unicode:
    """The ``results_dir`` option of every preprocessor that reads or writes these files."""
    return Unicode("", help="Folder of per-student run results written by `python -m autograder grade`."
                   ).tag(config=True)


def sanitized_path(results_dir: str | Path, student: str, notebook: str) -> Path:
    return Path(results_dir) / student / f"{notebook}.sanitized.json"


def notebook_digest(nb: NotebookNode) -> str:
    """Identity of a whole notebook (cells, outputs, metadata)."""
    return hashlib.sha256(json.dumps(nb, sort_keys=True).encode()).hexdigest()


def store_sanitized(results_dir: str | Path, student: str, notebook: str, *, submitted: str,
                    sanitized: NotebookNode) -> None:
    """Keep a sanitized submission for :class:`ReuseSanitized`, tied to the
    :func:`notebook_digest` of the submitted notebook it came from."""
    path = sanitized_path(results_dir, student, notebook)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"submitted": submitted, "notebook": sanitized}))
