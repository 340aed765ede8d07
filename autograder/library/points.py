"""Judge side: a part's points come from the notebook, split among criteria by weight.

A judge names its criteria with weights (fractions of the part, or any positive numbers,
normalised here); the points themselves are the ``points`` of the part's graded cell in
the source notebook, so changing a part's points in the notebook is enough.
"""

from __future__ import annotations

import json
from pathlib import Path

from autograder.errors import AutograderError
from autograder.results import Criterion


def notebook_points(source_dir: Path) -> dict[str, float]:
    """grade_id -> points of every graded cell of the source notebooks in ``source_dir``.

    Raises:
        AutograderError: naming the notebook if it cannot be read.
    """
    points = {}
    for path in sorted(Path(source_dir).glob("*.ipynb")):
        try:
            nb = json.loads(path.read_text())
        except (OSError, ValueError) as error:
            raise AutograderError(f"{path}: cannot read the source notebook: {error}") from error
        for cell in nb.get("cells", []):
            meta = cell.get("metadata", {}).get("nbgrader", {})
            if meta.get("grade") and "grade_id" in meta:
                points[meta["grade_id"]] = float(meta.get("points", 0))
    return points


class Scale:
    """Criteria of one part: weights -> points, so that they add up to the part's points."""

    def __init__(self, points: float, weights: dict[str, float]):
        total = float(sum(weights.values()))
        if total <= 0 or any(w < 0 for w in weights.values()):
            raise ValueError("criterion weights must be non-negative and not all zero")
        self.points = float(points)
        self.share = {name: self.points * w / total for name, w in weights.items()}

    @property
    def names(self) -> list[str]:
        return list(self.share)

    def criterion(self, name: str, ok: bool, good: str, bad: str) -> Criterion:
        """All or nothing of criterion ``name``'s share, with the matching message."""
        return Criterion(name, self.share[name], self.share[name] if ok else 0.0, good if ok else bad)

    def all_lost(self, message: str) -> list[Criterion]:
        """Every criterion lost, with the same message (e.g. the function raised)."""
        return [Criterion(name, share, 0.0, message) for name, share in self.share.items()]

    def verdicts(self, results: dict[str, tuple[bool, str]]) -> list[Criterion]:
        """Criteria from name -> (ok, message), in the weights' order."""
        return [Criterion(name, share, share if results[name][0] else 0.0, results[name][1])
                for name, share in self.share.items()]
