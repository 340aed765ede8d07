"""nbgrader's OverwriteCells, reading the notebook's source cells from the gradebook at once."""

from __future__ import annotations

from nbgrader import preprocessors

from autograder.nbgrader_glue.speedups import prefetch_lookups


class OverwriteCells(preprocessors.OverwriteCells):
    """nbgrader's ``OverwriteCells`` (locked cells, cell types and points put back as the
    source has them), its per-cell gradebook lookups answered from the notebook's rows
    read in one go (:func:`~autograder.nbgrader_glue.speedups.prefetch_lookups`): the
    same cells, two queries instead of one or two per graded cell."""

    def preprocess_cell(self, cell, resources, cell_index):
        # nbgrader's preprocess opens a new gradebook for each notebook: read it at its first cell
        prefetch_lookups(self.gradebook, self.notebook_id, self.assignment_id)
        return super().preprocess_cell(cell, resources, cell_index)
