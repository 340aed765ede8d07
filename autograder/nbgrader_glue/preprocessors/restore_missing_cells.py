"""Deleted locked, test and answer cells put back in their place (nbgrader's own
``add_missing_cells`` assumes the cell before a deleted one is a graded cell, and fails
with a KeyError otherwise)."""

from __future__ import annotations

import copy
from pathlib import Path

import nbformat
from nbconvert.exporters.exporter import ResourcesDict
from nbformat import NotebookNode
from nbgrader.preprocessors import NbGraderPreprocessor
from traitlets import Unicode

from autograder.errors import AutograderError


def _grade_id(cell) -> str | None:
    return cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")


class RestoreMissingCells(NbGraderPreprocessor):
    """Re-insert deleted locked, test and answer cells, in their place in the source notebook.

    Test and locked cells come back from the source notebook (nbgrader overwrites them
    with it anyway); answer cells come back as the *release* has them, so that no
    reference solution reaches the student's feedback, and an answer the student deleted
    counts as unanswered.
    """

    source_dir = Unicode(
        "", help="Folder holding <assignment>/<notebook>.ipynb source notebooks."
    ).tag(config=True)
    release_dir = Unicode(
        "", help="Folder holding <assignment>/<notebook>.ipynb student (release) notebooks."
    ).tag(config=True)

    def _read(self, folder: str, resources: ResourcesDict) -> NotebookNode:
        path = Path(folder) / resources["nbgrader"]["assignment"] / f"{resources['nbgrader']['notebook']}.ipynb"
        if not folder or not path.is_file():
            raise AutograderError(f"RestoreMissingCells: no notebook {path}")
        return nbformat.read(str(path), as_version=4)

    def preprocess(self, nb: NotebookNode, resources: ResourcesDict):
        source = self._read(self.source_dir, resources)
        release = {_grade_id(c): c for c in self._read(self.release_dir, resources).cells}
        present = {_grade_id(c) for c in nb.cells} - {None}
        previous = None  # grade id of the last source cell known to be in the submission
        for cell in source.cells:
            gid = _grade_id(cell)
            meta = cell.get("metadata", {}).get("nbgrader", {})
            if gid is None:
                continue
            if gid not in present and (meta.get("locked") or meta.get("grade") or meta.get("solution")):
                restored = copy.deepcopy(release.get(gid) if meta.get("solution") else cell)
                if restored is None:
                    continue
                if restored.cell_type == "code":
                    restored.outputs, restored.execution_count = [], None
                position = 0 if previous is None else next(
                    i for i, c in enumerate(nb.cells) if _grade_id(c) == previous) + 1
                nb.cells.insert(position, restored)
                present.add(gid)
                self.log.warning("Restored deleted cell %s", gid)
            if gid in present:
                previous = gid
        return nb, resources
