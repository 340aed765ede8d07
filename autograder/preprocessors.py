"""nbgrader preprocessors added by the grader (one step each, configured by traitlets).

:class:`InjectResults` stands where nbgrader's ``Execute`` stands in ``Autograde``: it
does not run anything.  It puts in place what the sandboxed run produced (the student's
cell outputs) and the verdicts judged outside the sandbox (as the outputs of the grade
cells), so that nbgrader's own ``SaveAutoGrades`` records exactly those scores, and
formgrader, feedback and export work as usual.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from nbconvert.exporters.exporter import ResourcesDict
from nbformat import NotebookNode
from nbformat.v4 import new_output
from nbgrader.preprocessors import NbGraderPreprocessor
from traitlets import Unicode

from .errors import AutograderError


def cells_digest(nb: NotebookNode) -> str:
    """Identity of a sanitized notebook's cells (type and source), to match results to it."""
    digest = hashlib.sha256()
    for cell in nb.cells:
        digest.update(cell.cell_type.encode() + b"\0" + cell.source.encode() + b"\1")
    return digest.hexdigest()


def results_path(results_dir: str | Path, student: str, notebook: str) -> Path:
    return Path(results_dir) / student / f"{notebook}.json"


def _node(output: dict) -> NotebookNode:
    kind = output["output_type"]
    if kind == "stream":
        return new_output("stream", name=output.get("name", "stdout"), text=output.get("text", ""))
    if kind == "error":
        return new_output("error", ename=output.get("ename", ""), evalue=output.get("evalue", ""),
                          traceback=output.get("traceback", []))
    node = new_output(kind, data=output.get("data", {}), metadata=output.get("metadata", {}))
    if kind == "execute_result":
        node.execution_count = output.get("execution_count")
    return node


class InjectResults(NbGraderPreprocessor):
    """Fill a sanitized submission with its sandboxed outputs and trusted verdicts."""

    results_dir = Unicode(
        "", help="Folder of per-student run results written by `python -m autograder grade`."
    ).tag(config=True)

    def preprocess(self, nb: NotebookNode, resources: ResourcesDict):
        student = resources["nbgrader"]["student"]
        notebook = resources["nbgrader"]["notebook"]
        path = results_path(self.results_dir, student, notebook)
        if not self.results_dir or not path.is_file():
            raise AutograderError(
                f"no sandboxed results for {student}/{notebook} ({path}): autograde with "
                "`python -m autograder grade`, which runs submissions in a sandbox")
        stored = json.loads(path.read_text())
        if stored.get("digest") != cells_digest(nb):
            raise AutograderError(f"{path}: results belong to another version of this notebook")
        cells = {int(k): v for k, v in stored.get("cells", {}).items()}
        verdicts = stored.get("verdicts", {})
        for index, cell in enumerate(nb.cells):
            if cell.cell_type != "code":
                continue
            meta = cell.metadata.get("nbgrader", {})
            if meta.get("grade") and not meta.get("solution"):
                verdict = verdicts.get(meta.get("grade_id"))
                if verdict is None:
                    cell.outputs = []
                    continue
                cell.outputs = [
                    new_output("stream", name="stdout", text=verdict["text"]),
                    new_output("execute_result", data={"text/plain": repr(float(verdict["score"]))},
                               execution_count=None),
                ]
            else:
                cell.outputs = [_node(o) for o in cells.get(index, [])]
        return nb, resources
