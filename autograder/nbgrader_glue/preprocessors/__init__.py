"""nbgrader preprocessors added by the grader: one step per module, configured by traitlets.

Each is named in the course's ``nbgrader_config.py`` by its path in this package, so
formgrader and ``nbgrader`` commands run in the course folder use the same steps.
"""

from autograder.nbgrader_glue.preprocessors.deduplicate_grade_ids import DeduplicateGradeIds
from autograder.nbgrader_glue.preprocessors.grades_and_pending import GetGradesAndPending
from autograder.nbgrader_glue.preprocessors.inject_results import InjectResults
from autograder.nbgrader_glue.preprocessors.keep_manual_grades import KeepManualGrades
from autograder.nbgrader_glue.preprocessors.overwrite_cells import OverwriteCells
from autograder.nbgrader_glue.preprocessors.restore_missing_cells import RestoreMissingCells
from autograder.nbgrader_glue.preprocessors.reuse_sanitized import ReuseSanitized

__all__ = ["DeduplicateGradeIds", "GetGradesAndPending", "InjectResults", "KeepManualGrades",
           "OverwriteCells", "RestoreMissingCells", "ReuseSanitized"]
