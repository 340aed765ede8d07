"""nbgrader's GetGrades, also marking each grade a human has not given yet."""

from __future__ import annotations

from nbconvert.exporters.exporter import ResourcesDict
from nbformat import NotebookNode
from nbgrader.preprocessors import GetGrades


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
