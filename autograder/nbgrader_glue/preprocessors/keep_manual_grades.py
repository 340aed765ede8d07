"""nbgrader's SaveAutoGrades, keeping a grade a human gave settled when what it judged did not change."""

from __future__ import annotations

import hashlib
import json

from nbgrader import utils
from nbgrader.api import Gradebook
from nbgrader.preprocessors import NbGraderPreprocessor, SaveAutoGrades
from autograder.nbgrader_glue.run_files import graded_path, results_dir_trait
from autograder.nbgrader_glue.speedups import prefetch_lookups


def released_if_only_blanks_changed(cell) -> None:
    """Give a manually graded answer whose only change is blank space around the released
    text that text back, so that nbgrader sees it unchanged (scored 0, "No response.")
    instead of sending an untouched placeholder to a human."""
    meta = cell.metadata.get("nbgrader", {})
    if not (meta.get("solution") and meta.get("grade") and meta.get("checksum")):
        return
    original = cell.source
    if utils.compute_checksum(cell) == meta["checksum"] or not original.strip():
        return
    for variant in dict.fromkeys((original.strip(), original.rstrip(), original.strip() + "\n")):
        cell.source = variant
        if utils.compute_checksum(cell) == meta["checksum"]:
            return
    cell.source = original


class KeepManualGrades(SaveAutoGrades):
    """nbgrader's ``SaveAutoGrades``, keeping hand-given grades settled when nothing they judged changed
    (and a placeholder answer with only blank space added counted as unchanged).

    nbgrader marks every grade a human gave as needing review again whenever a submission
    is autograded again. Here a grade stays settled when its cell's source and its automatic
    score are those of the last autograding (``--force`` on the same files, or formgrader's
    Autograde button); a changed answer still goes back to the grader. What each grade
    judged is kept in ``results_dir/<student>/<notebook>.graded.json``.
    """

    results_dir = results_dir_trait()

    def preprocess(self, nb, resources):
        info = resources["nbgrader"]
        path = graded_path(self.results_dir, info["student"], info["notebook"])
        try:
            self._judged = json.loads(path.read_text()) if self.results_dir else {}
        except (OSError, ValueError):
            self._judged = {}
        self._now: dict[str, str] = {}
        # SaveAutoGrades.preprocess as nbgrader writes it, in one transaction (see _all_cells)
        self.notebook_id, self.assignment_id = info["notebook"], info["assignment"]
        self.student_id, self.db_url = info["student"], info["db_url"]
        self.gradebook = Gradebook(self.db_url)
        with self.gradebook:
            nb, resources = self._all_cells(nb, resources)
        if self.results_dir:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(self._now, sort_keys=True))
        return nb, resources

    def _all_cells(self, nb, resources):
        """Each cell's grade and comment, committed once for the notebook.

        nbgrader commits after every grade and every comment: a transaction each, and so a
        write and sync of the database file each (some twenty per submission).  Here those
        commits only send the changes to the database, and the notebook's are committed
        together: the same rows in the end, and none of them if a cell fails."""
        prefetch_lookups(self.gradebook, self.notebook_id, self.assignment_id, self.student_id)
        session = self.gradebook.db
        session.commit = session.flush
        try:
            nb, resources = NbGraderPreprocessor.preprocess(self, nb, resources)
        finally:
            del session.commit
        session.commit()
        return nb, resources

    def _add_score(self, cell, resources) -> None:
        grade_id = cell.metadata["nbgrader"]["grade_id"]
        grade = self.gradebook.find_grade(grade_id, self.notebook_id, self.assignment_id, self.student_id)
        settled = grade.manual_score is not None and not grade.needs_manual_grade
        released_if_only_blanks_changed(cell)
        super()._add_score(cell, resources)
        judged = hashlib.sha256(f"{cell.source}\0{grade.auto_score!r}".encode()).hexdigest()
        self._now[grade_id] = judged
        if settled and grade.needs_manual_grade and self._judged.get(grade_id) == judged:
            grade.needs_manual_grade = False
            self.gradebook.db.commit()
