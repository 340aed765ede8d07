"""Deleted locked, test and answer cells put back in their place (nbgrader's own
``add_missing_cells`` assumes the cell before a deleted one is a graded cell, and fails
with a KeyError otherwise); an answer cell whose nbgrader metadata is gone (the code
copied into a new notebook, or a tool that strips metadata) found by what it defines."""

from __future__ import annotations

import ast
import copy
import functools
import re
from pathlib import Path

import nbformat
from nbconvert.exporters.exporter import ResourcesDict
from nbformat import NotebookNode
from nbgrader.preprocessors import NbGraderPreprocessor
from traitlets import Unicode

from autograder.errors import AutograderError


def _grade_id(cell) -> str | None:
    return cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")


_MAGIC = re.compile(r"^\s*[%!].*$", re.M)


def defined(source: str) -> frozenset[str]:
    """The functions and classes a code cell defines at its top level (none if it does not
    parse; IPython's ``%`` and ``!`` lines are left out first)."""
    try:
        tree = ast.parse(_MAGIC.sub("", source))
    except (SyntaxError, ValueError):
        return frozenset()
    return frozenset(node.name for node in tree.body
                     if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)))


@functools.lru_cache(maxsize=8)
def _read_notebook(path: str, mtime_ns: int, size: int) -> NotebookNode:
    return nbformat.read(path, as_version=4)


class RestoreMissingCells(NbGraderPreprocessor):
    """Re-insert deleted locked, test and answer cells, in their place in the source notebook.

    Test and locked cells come back from the source notebook (nbgrader overwrites them
    with it anyway); answer cells come back as the *release* has them, so that no
    reference solution reaches the student's feedback, and an answer the student deleted
    counts as unanswered, unless an ordinary cell of the submission defines the functions
    its release cell defines: that cell is then the answer.  What it did is added to
    ``resources["autograder_warnings"]``, for the instructor's table.
    """

    source_dir = Unicode(
        "", help="Folder holding <assignment>/<notebook>.ipynb source notebooks."
    ).tag(config=True)
    release_dir = Unicode(
        "", help="Folder holding <assignment>/<notebook>.ipynb student (release) notebooks."
    ).tag(config=True)

    def _read(self, folder: str, resources: ResourcesDict) -> NotebookNode:
        """The source or release notebook, read once per version of its file (every
        submission asks for the same two; they are only read here, and what is put back
        into a submission is a deep copy)."""
        path = Path(folder) / resources["nbgrader"]["assignment"] / f"{resources['nbgrader']['notebook']}.ipynb"
        if not folder or not path.is_file():
            raise AutograderError(f"RestoreMissingCells: no notebook {path}")
        stat = path.stat()
        return _read_notebook(str(path), stat.st_mtime_ns, stat.st_size)

    def preprocess(self, nb: NotebookNode, resources: ResourcesDict):
        source = self._read(self.source_dir, resources)
        released = self._read(self.release_dir, resources).cells
        release = {_grade_id(c): c for c in released}
        warnings = resources.setdefault("autograder_warnings", [])
        self._forget_unknown(nb, source, warnings)
        present = {_grade_id(c) for c in nb.cells} - {None}
        if not present and [c.cell_type for c in nb.cells] == [c.cell_type for c in released]:
            # Every cell's metadata stripped, the cells themselves as released: each gets its own back.
            for cell, original in zip(nb.cells, released):
                if "nbgrader" in original.get("metadata", {}):
                    cell.setdefault("metadata", {})["nbgrader"] = copy.deepcopy(original.metadata["nbgrader"])
            present = {_grade_id(c) for c in nb.cells} - {None}
            warnings.append("the notebook had lost its nbgrader metadata: its cells were matched to the released "
                            "notebook's one by one")
        unmarked = [c for c in nb.cells if c.cell_type == "code" and _grade_id(c) is None]
        previous = None  # grade id of the last source cell known to be in the submission
        for cell in source.cells:
            gid = _grade_id(cell)
            meta = cell.get("metadata", {}).get("nbgrader", {})
            if gid is None:
                continue
            if gid not in present and meta.get("solution") and cell.cell_type == "code" and gid in release:
                adopted = self._adopt(release[gid], unmarked)
                if adopted is not None:
                    present.add(gid)
                    warnings.append(f"answer cell {gid} had lost its nbgrader metadata: graded the cell that "
                                    f"defines {', '.join(sorted(defined(release[gid].source)))}")
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
                if meta.get("solution"):
                    warnings.append(f"answer cell {gid} is missing from the notebook: it counts as unanswered")
            if gid in present:
                previous = gid
        return nb, resources

    @staticmethod
    def _forget_unknown(nb: NotebookNode, source: NotebookNode, warnings: list[str]) -> None:
        """Cells whose grade id the assignment does not have (renamed) become ordinary cells.

        Raises:
            AutograderError: if no graded cell of the submission is one of the assignment's
                (another assignment's notebook), or if a cell claims another role than the
                assignment's cell of its id (edited metadata: refused, as nbgrader does).
        """
        def role(cell) -> str:
            meta = cell.metadata["nbgrader"]
            return {(True, True): "graded answer", (True, False): "test", (False, True): "answer"}.get(
                (bool(meta.get("grade")), bool(meta.get("solution"))), "locked")

        known = {_grade_id(c): role(c) for c in source.cells if _grade_id(c) is not None}
        marked = [c for c in nb.cells if _grade_id(c) is not None]
        graded = [c for c in marked if role(c) != "locked"]
        if graded and not any(known.get(_grade_id(c)) == role(c) for c in graded):
            ids = ", ".join(sorted({str(_grade_id(c))[:40] for c in graded})[:6])
            raise AutograderError(f"not a notebook of this assignment: none of its graded cells ({ids}, ...) is one "
                                  "of the assignment's; was another assignment's notebook submitted?")
        for cell in marked:
            gid, claimed = _grade_id(cell), role(cell)
            if gid in known and known[gid] != claimed:
                raise AutograderError(f"the nbgrader metadata of cell {str(gid)[:40]!r} was edited: it is marked as "
                                      f"a {claimed} cell, where the assignment's is a {known[gid]} cell; copy the "
                                      "answers into a fresh copy of the released notebook")
        unknown = [c for c in marked if _grade_id(c) not in known]
        if unknown:
            ids = ", ".join(repr(str(_grade_id(c))[:40]) for c in unknown[:6])
            warnings.append(f"cells with grade ids this assignment does not have ({ids}) were read as ordinary cells")
        for cell in unknown:
            del cell.metadata["nbgrader"]

    @staticmethod
    def _adopt(answer: NotebookNode, unmarked: list) -> NotebookNode | None:
        """The first unmarked code cell defining every function the release's answer cell
        defines, given that cell's nbgrader metadata (None if there is none)."""
        wanted = defined(answer.source)
        if not wanted:
            return None
        for cell in unmarked:
            if wanted <= defined(cell.source):
                unmarked.remove(cell)
                cell.setdefault("metadata", {})["nbgrader"] = copy.deepcopy(answer.metadata["nbgrader"])
                return cell
        return None
