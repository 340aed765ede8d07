"""``grade``: submissions in, gradebook, grades.csv, feedback and a summary out.

Per submission, in this order (one submission's failure never stops the others):

1. read and check the files (:mod:`autograder.submissions`);
2. place them in the nbgrader course and sanitize them with nbgrader's own steps;
3. run them in a sandboxed kernel with probes (:mod:`autograder.execute`): untrusted;
4. judge the probe data here (:mod:`autograder.judge`): trusted;
5. record through nbgrader's Autograde and write feedback (:mod:`autograder.course`).
"""

from __future__ import annotations

import hashlib
import logging
import json
import os
import secrets
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

import numpy as np

from .assignment import Assignment, load_assignment
from .course import Course
from .errors import AutograderError
from .execute import RunSpec, plan, run
from .judge import judge, verdict_text
from .kernel import RunLimits
from .preprocessors import cells_digest, results_path
from .results import SubmissionResult
from .sandbox import SandboxSettings, require_sandbox
from .submissions import Submission, collect, parse_notebook

DEFAULT_SOURCE_ROOT = Path("solutions")


@dataclass
class GradeReport:
    """What a grading run produced."""

    assignment: Assignment
    course: Course
    results: list[SubmissionResult] = field(default_factory=list)
    seconds: float = 0.0


def _secret(course: Course) -> bytes:
    """Per-course secret that seeds the probe inputs (stable across re-runs, unknown to students)."""
    path = course.private / "secret"
    if not path.exists():
        path.write_bytes(secrets.token_bytes(32))
        path.chmod(0o600)
    return path.read_bytes()


def probe_inputs(assignment: Assignment, *, secret: bytes, student_id: str, digest: str) -> dict[str, dict]:
    """Inputs for every part, drawn from a seed no student can predict, stable for one submission."""
    inputs = {}
    for name, check in assignment.checks.items():
        seed = hashlib.sha256(secret + f"\0{student_id}\0{digest}\0{name}".encode()).digest()
        inputs[name] = check.make_inputs(np.random.default_rng(int.from_bytes(seed[:8], "little")))
    return inputs


def font_cache(course: Course) -> Optional[str]:
    """Build matplotlib's font list once on the host, so sandboxed kernels can reuse it."""
    import matplotlib

    folder = course.private / "matplotlib"
    folder.mkdir(exist_ok=True)
    existing = sorted(folder.glob("fontlist-*.json"))
    if not existing:
        import subprocess

        env = dict(os.environ, MPLCONFIGDIR=str(folder))
        subprocess.run([sys.executable, "-c", "import matplotlib.font_manager"], env=env, check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        existing = sorted(folder.glob("fontlist-*.json"))
    if not existing:
        return None
    folder.chmod(0o755)
    course.private.chmod(0o755)
    existing[-1].chmod(0o644)
    del matplotlib
    return str(existing[-1])


def grade_one(sub: Submission, *, course: Course, settings: SandboxSettings, limits: RunLimits,
              secret: bytes, fonts: Optional[str], slot: int = 0) -> SubmissionResult:
    """Grade one student; every problem ends up in the result, never as an exception."""
    started = time.monotonic()
    assignment = course.assignment
    result = SubmissionResult(student_id=sub.student_id, warnings=list(sub.warnings))
    try:
        if sub.problem:
            raise ValueError(sub.problem)
        notebooks = {name: parse_notebook(data, sub.origins.get(name, f"{name}.ipynb"))
                     for name, data in sub.files.items()}
        course.submit(sub.student_id, notebooks)
        inputs = probe_inputs(assignment, secret=secret, student_id=sub.student_id, digest=sub.digest)
        for name in assignment.notebooks:
            sanitized = course.sanitize(sub.student_id, name)
            steps = plan(sanitized, inputs=inputs, replays=assignment.replays)
            spec = RunSpec(steps=steps, probe_source=assignment.probe_source,
                           hidden_paths=hidden_paths(course))
            execution = run(spec, settings=settings, limits=limits, slot=slot, font_cache=fonts)
            if settings.enabled and not execution.sandboxed:
                raise RuntimeError("; ".join(execution.problems) or "the kernel was not sandboxed")
            verdicts = judge(assignment, inputs, execution)
            _store(course, sub.student_id, name, sanitized, execution, verdicts)
            result.verdicts.update(verdicts)
            result.warnings += execution.problems
        course.autograde(sub.student_id)
        course.feedback(sub.student_id)
    except (ValueError, RuntimeError, AutograderError, OSError) as error:
        result.status = f"error: {error}"
    except Exception as error:  # nbgrader or a dependency failed on this input: report, go on
        logging.getLogger("autograder.nbgrader").exception("grading %s failed", sub.student_id)
        result.status = f"error: {type(error).__name__}: {str(error).splitlines()[0][:300] if str(error) else ''}"
    result.seconds = time.monotonic() - started
    return result


def hidden_paths(course: Course) -> list[str]:
    """Host paths a sandboxed kernel must not see; checked by its attestation."""
    paths = [str(course.root), str(course.assignment.source_dir.resolve()), str(course.private / "secret")]
    if course.db_url.startswith("sqlite:///"):
        paths.append(course.db_url[len("sqlite:///"):])
    return paths


def _store(course: Course, student: str, notebook: str, sanitized, execution, verdicts) -> None:
    path = results_path(course.results_dir, student, notebook)
    path.parent.mkdir(parents=True, exist_ok=True)
    cells: dict[int, list] = {}
    for cell in execution.cells:
        cells.setdefault(cell.index, []).extend(cell.outputs)
    path.write_text(json.dumps({
        "digest": cells_digest(sanitized),
        "cells": cells,
        "verdicts": {name: {"score": v.score, "max": v.max_points, "text": verdict_text(v)}
                     for name, v in verdicts.items()},
        "problems": execution.problems,
        "seconds": execution.seconds,
    }))


def grade(assignment: str, submissions: Path, *, out: Path, source_root: Path = DEFAULT_SOURCE_ROOT,
          db_url: Optional[str] = None, sandbox: SandboxSettings = SandboxSettings(),
          limits: RunLimits = RunLimits(),
          on_result: Optional[Callable[[SubmissionResult, int, int], None]] = None) -> GradeReport:
    """Grade every submission of ``assignment`` found in ``submissions``.

    Args:
        assignment: the assignment's folder name under ``source_root``.
        submissions: a folder or .zip of ``<student_id>.ipynb`` files or ``<student_id>/`` folders.
        out: the nbgrader course folder to write (gradebook, feedback, grades.csv).
        source_root: where the assignments' source folders live.
        db_url: SQLAlchemy URL of the gradebook (default: SQLite in ``out``).
        sandbox: isolation and limits of the students' kernels.
        limits: timeouts and output caps of each run.
        on_result: called after each submission with (result, done, total), e.g. for progress.

    Returns:
        The per-student results (scores as recorded in the gradebook).

    Raises:
        AutograderError: when grading cannot run at all (bad assignment, no sandbox, unreadable input).
    """
    started = time.monotonic()
    require_sandbox(sandbox)
    spec = load_assignment(source_root, assignment)
    subs = collect(Path(submissions), notebooks=spec.notebooks)
    course = Course(Path(out), spec, db_url=db_url)
    course.prepare()
    secret = _secret(course)
    fonts = font_cache(course)
    report = GradeReport(assignment=spec, course=course)
    for done, sub in enumerate(subs, start=1):
        result = grade_one(sub, course=course, settings=sandbox, limits=limits, secret=secret,
                           fonts=fonts)
        if result.status == "graded":
            result.scores = course.scores(sub.student_id)
        report.results.append(result)
        if on_result:
            on_result(result, done, len(subs))
    report.seconds = time.monotonic() - started
    return report
