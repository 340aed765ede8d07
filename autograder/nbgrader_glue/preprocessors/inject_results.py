"""Stands where nbgrader's ``Execute`` stands in ``Autograde`` and runs nothing.

It puts in place what the sandboxed run produced (the student's cell outputs) and the
verdicts judged outside the sandbox (as the outputs of the grade cells), so that nbgrader's
own ``SaveAutoGrades`` records exactly those scores, and formgrader, feedback and export
work as usual."""

from __future__ import annotations

import json

import nbformat
from nbconvert.exporters.exporter import ResourcesDict
from nbformat import NotebookNode
from nbgrader.preprocessors import NbGraderPreprocessor

from autograder.errors import AutograderError
from autograder.nbgrader_glue.run_files import cells_digest, results_path, results_dir_trait


def _node(output: dict) -> NotebookNode:
    """An nbformat output from a stored one (fields as the kernel reader kept them).

    Built directly rather than with ``nbformat.v4.new_output``, which validates each output
    on its own: the whole notebook is validated once when nbgrader writes it."""
    kind = output["output_type"]
    if kind == "stream":
        fields = {"name": output.get("name", "stdout"), "text": output.get("text", "")}
    elif kind == "error":
        fields = {"ename": output.get("ename", ""), "evalue": output.get("evalue", ""),
                  "traceback": output.get("traceback", [])}
    else:
        fields = {"data": output.get("data", {}), "metadata": output.get("metadata", {})}
        if kind == "execute_result":
            count = output.get("execution_count")
            fields["execution_count"] = count if type(count) is int else None  # noqa: E721 - not bool
    return nbformat.from_dict({"output_type": kind, **fields})


NOT_RUN = "(not run when graded: no graded part comes after this cell, so it cannot change a score)\n"
"""The output shown for a cell after the last graded one (see ``RunLimits.every_cell``)."""


class InjectResults(NbGraderPreprocessor):
    """Fill a sanitized submission with its sandboxed outputs and trusted verdicts."""

    results_dir = results_dir_trait()

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
        for index in stored.get("not_run", []):
            cells[int(index)] = [{"output_type": "stream", "name": "stdout", "text": NOT_RUN}]
        verdicts = stored.get("verdicts", {})
        for index, cell in enumerate(nb.cells):
            if cell.cell_type != "code":
                continue
            meta = cell.metadata.get("nbgrader", {})
            if meta.get("grade") and not meta.get("solution"):
                verdict = verdicts.get(meta.get("grade_id"))
                if verdict is None:  # never full marks by default: nbgrader reads no output as a pass
                    verdict = {"score": 0.0, "text": f"{meta.get('grade_id')}: not graded (no verdict)\n"}
                cell.outputs = [
                    _node({"output_type": "stream", "name": "stdout", "text": verdict["text"]}),
                    _node({"output_type": "execute_result", "data": {"text/plain": repr(float(verdict["score"]))}}),
                ]
            else:
                cell.outputs = [_node(o) for o in cells.get(index, [])]
        return nb, resources
