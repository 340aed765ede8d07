"""The adversarial suite's view of an assignment (read from its notebooks) and of its cases.

A case is a module in ``tests/adversarial/`` (generic: it attacks the kernel, the sandbox
or the pipeline, and runs on every assignment) or in ``tests/adversarial/<assignment>/``
(it attacks that assignment's judges). Generic cases name cells and parts by position,
never by id, so that they fit any assignment:

* ``{ANSWER0}``, ``{ANSWER2}``, ``{ANSWER-1}`` ... (keys of ``ANSWERS``): the answer cell of
  the first, third, last ... autograded part, in notebook order;
* ``{PART0}``, ``{PART-1}`` ... (keys of ``EXPECTED``): the part graded after that answer
  cell; ``*``: every autograded part; ``{MANUAL}``: the written answer graded by hand (its
  answer cell has the same id, in both dictionaries).

A generic ``EXPECTED`` names only what the attack costs: every part it leaves out scores
what the reference solution scores (its full points; ``None``, pending, for the written
answer). ``OTHERS`` (a source, usually ``"pass"``) replaces every autograded answer cell
that ``ANSWERS`` does not name. Assignment-specific cases use the cells' ids and name every
part. ``MUTATE(nb, layout)`` edits the notebook beyond its answer cells.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from autograder.library.points import notebook_points
from notebooks import ROOT, read, source_path

HERE = Path(__file__).parent
POSITION = re.compile(r"^\{(ANSWER|PART)(-?\d+)\}$")


@dataclass(frozen=True)
class Layout:
    """An assignment's parts and answer cells, in notebook order."""

    assignment: str
    parts: tuple[str, ...]
    """Autograded parts (the grade_id of each test cell)."""
    answers: tuple[str, ...]
    """The answer cell of each autograded part (same order)."""
    manual: tuple[str, ...]
    """Parts graded by hand; each is its own answer cell."""
    points: dict

    @property
    def every_part(self) -> tuple[str, ...]:
        return self.parts + self.manual

    @property
    def answer_cells(self) -> set[str]:
        return set(self.answers) | set(self.manual)

    @property
    def tag(self) -> str:
        """Short name for test ids: ``pa2`` for ``pa2_gradient_descent``."""
        return self.assignment.split("_")[0]

    def full(self) -> dict[str, float | None]:
        """What the reference solution earns: full points, the written answer pending."""
        return {**{p: self.points[p] for p in self.parts}, **{m: None for m in self.manual}}

    def cell(self, key: str) -> str:
        """Answer cell id for ``key``: a position placeholder, ``{MANUAL}`` or an id."""
        return self._resolve(key, self.answers)

    def part(self, key: str) -> str:
        """Part name for ``key``: a position placeholder, ``{MANUAL}`` or a name."""
        return self._resolve(key, self.parts)

    def _resolve(self, key: str, ordered: tuple[str, ...]) -> str:
        if key == "{MANUAL}":
            return self.manual[0]
        match = POSITION.match(key)
        return ordered[int(match.group(2))] if match else key


@cache
def layout(assignment: str) -> Layout:
    """Read the parts, their answer cells and points from the source notebook."""
    parts, answers, manual, answer = [], [], [], None
    for cell in read(source_path(assignment)).cells:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if meta.get("grade") and meta.get("solution"):
            manual.append(meta["grade_id"])
        elif meta.get("grade"):
            parts.append(meta["grade_id"])
            answers.append(answer)
            answer = None
        elif meta.get("solution") and cell.cell_type == "code":
            answer = meta["grade_id"]
    points = notebook_points(ROOT / "solutions" / assignment)
    return Layout(assignment, tuple(parts), tuple(answers), tuple(manual), points)


# --------------------------------------------------------------------------- cases

@dataclass(frozen=True)
class Case:
    """One attack, as written in its module."""

    name: str
    path: Path
    module: object
    assignment: str | None
    """None for a generic case (every assignment)."""

    def answers(self, lay: Layout) -> dict[str, str]:
        """Answer cell id -> source (placeholders in the sources still unfilled)."""
        chosen = {lay.cell(key): source for key, source in self.module.ANSWERS.items()}
        others = getattr(self.module, "OTHERS", None)
        if others is not None:
            chosen = {**{cell: others for cell in lay.answers}, **chosen}
        return chosen

    def expected(self, lay: Layout) -> dict[str, float | None]:
        """Part -> the score an honest grader gives this attack."""
        given = dict(self.module.EXPECTED)
        want = lay.full() if self.assignment is None else {}
        if "*" in given:
            every = given.pop("*")
            want.update({p: every for p in lay.parts})
        want.update({lay.part(key): value for key, value in given.items()})
        return {p: (None if want[p] is None else float(want[p])) for p in lay.every_part}

    def status(self) -> str:
        return getattr(self.module, "STATUS", "graded")

    def mutate(self, nb, lay: Layout):
        function = getattr(self.module, "MUTATE", None)
        return nb if function is None else (function(nb, lay) or nb)

    def known(self, attribute: str, assignment: str, mode: str) -> str | None:
        """The case's known weakness of this kind (``KNOWN_WEAKNESS``, ``KNOWN_FEEDBACK_LEAK``):
        a string, or a dict keyed by mode, assignment or ``assignment-mode``."""
        weakness = getattr(self.module, attribute, None)
        if not isinstance(weakness, dict):
            return weakness
        return weakness.get(f"{assignment}-{mode}") or weakness.get(assignment) or weakness.get(mode)


def load_module(path: Path, prefix: str = "adversarial"):
    spec = importlib.util.spec_from_file_location(f"{prefix}_{path.parent.name}_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _modules(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.py") if not p.name.startswith("_"))


@cache
def generic_cases() -> tuple[Case, ...]:
    return tuple(Case(p.stem, p, load_module(p), None) for p in _modules(HERE))


@cache
def specific_cases(assignment: str) -> tuple[Case, ...]:
    return tuple(Case(p.stem, p, load_module(p), assignment) for p in _modules(HERE / assignment))


def cases_of(assignment: str) -> tuple[Case, ...]:
    """Every case graded on ``assignment``: the generic ones and its own."""
    return generic_cases() + specific_cases(assignment)


def specific_folders() -> list[Path]:
    return sorted(p for p in HERE.iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))
