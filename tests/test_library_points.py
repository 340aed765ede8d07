"""autograder.library.points: a part's points come from the notebook, split by criterion weights."""

from __future__ import annotations

import json

import pytest

from autograder.errors import AutograderError
from autograder.library.points import Scale, notebook_points


def test_notebook_points_reads_each_graded_cell(tmp_path):
    cells = [{"cell_type": "code", "metadata": {"nbgrader": {"grade": True, "grade_id": "a", "points": 7}}},
             {"cell_type": "code", "metadata": {"nbgrader": {"grade": False, "grade_id": "b"}}},
             {"cell_type": "markdown", "metadata": {}}]
    (tmp_path / "x.ipynb").write_text(json.dumps({"cells": cells}))
    assert notebook_points(tmp_path) == {"a": 7.0}


def test_notebook_points_names_an_unreadable_notebook(tmp_path):
    (tmp_path / "broken.ipynb").write_text("{not json")
    with pytest.raises(AutograderError, match="broken.ipynb"):
        notebook_points(tmp_path)


def test_scale_splits_the_parts_points_by_weight():
    """Do the criteria's points follow the notebook's points, whatever they are?"""
    scale = Scale(12, {"a": 0.5, "b": 0.25, "c": 0.25})
    criteria = scale.verdicts({"a": (True, "ok"), "b": (False, "lost"), "c": (True, "ok")})
    assert [(c.points, c.earned) for c in criteria] == [(6.0, 6.0), (3.0, 0.0), (3.0, 3.0)]
    assert sum(c.points for c in scale.all_lost("x")) == 12
