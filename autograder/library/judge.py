"""Turn a run's untrusted probe data into verdicts, here, outside the sandbox."""

from __future__ import annotations

import json
from typing import Optional

from autograder.assignment import Assignment
from autograder.library.loops import code_cells, part_section, read_internals
from autograder.results import Criterion, ExecutionResult, PartVerdict


def judge(assignment: Assignment, inputs: dict[str, dict], execution: ExecutionResult, *,
          notebook: Optional[dict] = None) -> dict[str, PartVerdict]:
    """A verdict for every autograded part; a part whose data is missing or unreadable scores 0.

    ``notebook``: the submitted (sanitized) notebook, for the parts whose judge reads the
    student's code (``PartCheck.reads_code``); without it they see no code.
    """
    verdicts = {}
    for part in assignment.parts:
        if not part.autograded:
            continue
        verdict = PartVerdict(part.name, part.points)
        data = execution.probes.get(part.name)
        if data is None:
            reason = "; ".join(execution.problems) or "the notebook did not get this far"
            verdict.criteria = [Criterion("ran", part.points, 0.0, f"{part.name} was not checked: {reason}")]
        elif notebook is not None and (reading := _reads_internals(notebook, part.name, assignment.checks[part.name])):
            verdict.criteria = [Criterion("own computation", part.points, 0.0, reading)]
        else:
            check = assignment.checks[part.name]
            try:
                given = dict(inputs[part.name], code=code_cells(notebook or {}, part.name)) \
                    if getattr(check, "reads_code", False) else inputs[part.name]
                # The data crossed a trust boundary: judge a plain-JSON copy of it.
                verdict.criteria = check.judge(json.loads(json.dumps(given)), json.loads(json.dumps(data)))
            except Exception as error:  # untrusted data may break a judge in any way
                verdict.criteria = [Criterion("data", part.points, 0.0,
                                              f"{part.name} produced data the grader cannot read "
                                              f"({type(error).__name__}: {str(error)[:200]})")]
        if verdict.score < verdict.max_points:
            verdict.notes = _cell_errors(part.name, execution)
            why = _why_undefined(notebook, part.name, verdict.notes)
            for i, c in enumerate(verdict.criteria):
                if why and UNDEFINED in c.message:
                    verdict.criteria[i] = Criterion(c.name, c.points, c.earned, c.message.replace(UNDEFINED, why))
        verdicts[part.name] = verdict
    return verdicts


def _reads_internals(notebook: dict, part: str, check) -> str:
    """Why ``part`` earns nothing because its code reads the insides of the objects the grader
    hands it ('' if it does not): the cells of the part (after the previous test cell) and
    whatever its function reaches are read."""
    function = getattr(check, "function", None)
    found = read_internals(code_cells(notebook, part), section=part_section(notebook, part),
                           names=[function] if function else [], skip=getattr(check, "replaced", ()))
    if not found:
        return ""
    return (f"{part} earns nothing: its code reads the insides of the objects the grader hands it, or the "
            f"interpreter's own state (its callers, sys.modules, builtins) ({found[0].text()}); an answer must "
            "compute from the values it is given, the same way in the notebook and when graded")


UNDEFINED = "is defined (run its cell)"
"""The end of the probe's message for a function the kernel does not have."""


def _why_undefined(notebook: Optional[dict], part: str, errors: list[str]) -> str:
    """Why the part's function is not defined, when its cells say ('' if they do not): a cell
    of the part failed before its ``def`` ran, or ``%%timeit`` ran the cell apart."""
    if errors:
        return f"is defined: {errors[0]}, before the function was defined"
    for cell in code_cells(notebook or {}, part):
        magic = cell["source"].lstrip().split(None, 1)[0] if cell["source"].strip() else ""
        if cell["cell"] in part_section(notebook or {}, part) and magic in APART:
            return (f"is defined: cell {cell['cell'] + 1} starts with {magic}, which {APART[magic]} "
                    "(remove that line)")
    return ""


#: Cell magics under which a cell's code does not define anything in the notebook, and why.
APART = {"%%timeit": "runs the cell apart and keeps nothing it defines (or time it with %%time)",
         **{f"%%{name}": "writes the cell to a file instead of running it" for name in ("writefile", "file")},
         **{f"%%{name}": "runs the cell as a program of its own, outside the notebook" for name in
            ("script", "bash", "sh", "perl", "ruby", "python", "python2", "python3", "pypy")},
         **{f"%%{name}": "shows the cell as text or markup instead of running it" for name in
            ("html", "markdown", "latex", "svg", "javascript", "js")}}


def _cell_errors(part: str, execution: ExecutionResult) -> list[str]:
    """Errors of the student's cells that belong to ``part`` (after the previous test cell)."""
    end = execution.probe_cells.get(part)
    if end is None:
        return []
    start = max([i for i in execution.probe_cells.values() if i < end], default=-1)
    return [f"cell {c.index + 1} failed: {c.error}" for c in execution.cells
            if start < c.index < end and c.error]


def verdict_text(verdict: PartVerdict) -> str:
    """The feedback shown under a grade cell: each criterion, its points and why."""
    lines = [f"{verdict.part}: {verdict.score:g} / {verdict.max_points:g} points"]
    for c in verdict.criteria:
        mark = "ok  " if c.earned >= c.points else "LOST"
        lines.append(f"  [{mark}] {c.name} ({c.earned:g}/{c.points:g}): {c.message}")
    for note in verdict.notes:
        lines.append(f"  note: {note}")
    return "\n".join(lines) + "\n"
