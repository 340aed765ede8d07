"""nbgrader preprocessors added by the grader (one step each, configured by traitlets).

:class:`RestoreMissingCells` puts back locked and test cells a student deleted, in
their place in the source notebook (nbgrader's own ``add_missing_cells`` assumes the
cell before a deleted one is a graded cell, and fails with a KeyError otherwise).

:class:`InjectResults` stands where nbgrader's ``Execute`` stands in ``Autograde``: it
does not run anything.  It puts in place what the sandboxed run produced (the student's
cell outputs) and the verdicts judged outside the sandbox (as the outputs of the grade
cells), so that nbgrader's own ``SaveAutoGrades`` records exactly those scores, and
formgrader, feedback and export work as usual.

:class:`ReuseSanitized` stands for the sanitizing steps in the recording pass: the
grader sanitized the submission once already (to know what to run), with the same
nbgrader steps on the same file; running them again cost a tenth of its time.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from nbconvert.exporters.exporter import ResourcesDict
import copy

import nbformat
from nbformat import NotebookNode
from nbgrader.preprocessors import DeduplicateIds, GetGrades, NbGraderPreprocessor
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


def _grade_id(cell) -> str | None:
    return cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")


class DeduplicateGradeIds(DeduplicateIds):
    """nbgrader's DeduplicateIds, leaving no empty ``nbgrader`` metadata behind.

    nbgrader blanks the metadata of all but the last cell sharing a grade id; the empty
    dict it leaves then fails metadata validation and stops the submission.
    """

    def preprocess(self, nb: NotebookNode, resources: ResourcesDict):
        nb, resources = super().preprocess(nb, resources)
        for cell in nb.cells:
            if cell.get("metadata", {}).get("nbgrader", None) == {}:
                del cell.metadata["nbgrader"]
        return nb, resources


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


class ReuseSanitized(NbGraderPreprocessor):
    """Replace the submission by its stored sanitized version (see :func:`store_sanitized`)."""

    results_dir = Unicode(
        "", help="Folder of per-student run results written by `python -m autograder grade`."
    ).tag(config=True)

    def preprocess(self, nb: NotebookNode, resources: ResourcesDict):
        student = resources["nbgrader"]["student"]
        notebook = resources["nbgrader"]["notebook"]
        path = sanitized_path(self.results_dir, student, notebook)
        try:
            stored = json.loads(path.read_text())
        except (OSError, ValueError) as error:
            raise AutograderError(f"{path}: no sanitized copy of {student}/{notebook}: {error}") from error
        if stored.get("submitted") != notebook_digest(nb):
            raise AutograderError(f"{path}: sanitized from another version of {student}/{notebook}")
        return nbformat.from_dict(stored["notebook"]), resources


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
                if verdict is None:  # never full marks by default: nbgrader reads no output as a pass
                    verdict = {"score": 0.0, "text": f"{meta.get('grade_id')}: not graded (no verdict)\n"}
                cell.outputs = [
                    _node({"output_type": "stream", "name": "stdout", "text": verdict["text"]}),
                    _node({"output_type": "execute_result", "data": {"text/plain": repr(float(verdict["score"]))}}),
                ]
            else:
                cell.outputs = [_node(o) for o in cells.get(index, [])]
        return nb, resources


class GetGradesAndPending(GetGrades):
    """nbgrader's GetGrades, also marking each grade a human has not given yet.

    nbgrader's feedback shows a written answer waiting for manual grading as "0.0 / 10.0"
    and counts it as zero in the total. This step sets ``pending`` on such a cell's
    ``nbgrader`` metadata and adds its points to ``resources["nbgrader"]["pending_points"]``,
    so the feedback says "pending" and the total is a score so far.
    """

    def _get_score(self, cell: NotebookNode, resources: ResourcesDict) -> None:
        meta = cell.metadata["nbgrader"]
        grade = self.gradebook.find_grade(meta["grade_id"], self.notebook_id, self.assignment_id, self.student_id)
        pending = bool(grade.needs_manual_grade) and grade.manual_score is None
        meta["score"], meta["points"], meta["pending"] = grade.score, grade.max_score, pending
        if pending:
            resources["nbgrader"]["pending_points"] = resources["nbgrader"].get("pending_points", 0) + grade.max_score
