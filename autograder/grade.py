"""``grade``: submissions in, gradebook, grades.csv, feedback and a summary out.

Per submission (one submission's failure never stops the others):

1. read and check the files (:mod:`autograder.submissions`);
2. unless nothing changed since the last grading, place them in the nbgrader course and
   sanitize them with nbgrader's own steps (host);
3. run them in a sandboxed kernel with probes (:mod:`autograder.execute`), on a worker
   of the chosen backend (:mod:`autograder.workers`): untrusted;
4. judge the probe data (:mod:`autograder.judge`), then record through nbgrader's
   Autograde and write feedback (:mod:`autograder.course`): host, the only writer.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import secrets
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Optional

import numpy as np

from .assignment import Assignment, load_assignment
from .course import Course
from .errors import AutograderError
from .execute import RunSpec, plan
from .judge import judge, verdict_text
from .kernel import RunLimits
from .preprocessors import cells_digest, results_path
from .results import SubmissionResult
from .sandbox import SandboxSettings, require_sandbox
from .submissions import Submission, collect, parse_notebook
from .workers import WorkerConfig, make_backend

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
    import subprocess

    folder = course.private / "matplotlib"
    folder.mkdir(exist_ok=True)
    existing = sorted(folder.glob("fontlist-*.json"))
    if not existing:
        env = dict(os.environ, MPLCONFIGDIR=str(folder))
        subprocess.run([sys.executable, "-c", "import matplotlib.font_manager"], env=env, check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        existing = sorted(folder.glob("fontlist-*.json"))
    if not existing:
        return None
    for path in (course.private, folder):  # readable by the kernels' unprivileged uids
        path.chmod(0o755)
    existing[-1].chmod(0o644)
    return str(existing[-1])


@dataclass
class _Pending:
    """A submission between preparation and recording (host-side state, never sent out)."""

    result: SubmissionResult
    inputs: dict
    sanitized: dict = field(default_factory=dict)
    executions: dict = field(default_factory=dict)
    key: str = ""
    started: float = field(default_factory=time.monotonic)


def _cache_key(assignment: Assignment, sub: Submission, settings: SandboxSettings, limits: RunLimits) -> str:
    """Identity of a grading: same files, same assignment and tests, same limits."""
    from . import __version__

    parts = [__version__, assignment.fingerprint, sub.digest, json.dumps(settings.as_dict(), sort_keys=True),
             json.dumps(asdict(limits), sort_keys=True)]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def _cached(course: Course, sub: Submission, key: str) -> Optional[dict[str, Optional[float]]]:
    """Scores of an earlier grading of exactly this submission, if still in the gradebook."""
    for name in course.assignment.notebooks:
        path = results_path(course.results_dir, sub.student_id, name)
        try:
            if json.loads(path.read_text()).get("key") != key:
                return None
        except (OSError, ValueError):
            return None
    scores = course.scores(sub.student_id)
    wanted = {p.name for p in course.assignment.parts}
    return scores if wanted <= set(scores) else None


def _prepare(sub: Submission, *, course: Course, secret: bytes, key: str) -> _Pending:
    """Host side, before execution: read, place in the course, sanitize, plan."""
    assignment = course.assignment
    pending = _Pending(result=SubmissionResult(student_id=sub.student_id, warnings=list(sub.warnings)),
                       inputs={}, key=key)
    if sub.problem:
        raise ValueError(sub.problem)
    notebooks = {name: parse_notebook(data, sub.origins.get(name, f"{name}.ipynb"))
                 for name, data in sub.files.items()}
    course.submit(sub.student_id, notebooks)
    pending.inputs = probe_inputs(assignment, secret=secret, student_id=sub.student_id, digest=sub.digest)
    for name in assignment.notebooks:
        pending.sanitized[name] = course.sanitize(sub.student_id, name)
    return pending


def _specs(pending: _Pending, course: Course) -> dict[str, RunSpec]:
    return {name: RunSpec(steps=plan(nb, inputs=pending.inputs, replays=course.assignment.replays),
                          probe_source=course.assignment.probe_source, hidden_paths=hidden_paths(course))
            for name, nb in pending.sanitized.items()}


def _record(pending: _Pending, *, course: Course, settings: SandboxSettings, feedback: bool) -> None:
    """Host side, after execution: judge, then record through nbgrader (the only writer)."""
    sid = pending.result.student_id
    for name, execution in pending.executions.items():
        if not execution.ready or (settings.enabled and not execution.sandboxed):
            # The kernel never got to the student's code: an error to look at, not a zero.
            raise RuntimeError("; ".join(execution.problems) or "the kernel was not sandboxed")
        verdicts = judge(course.assignment, pending.inputs, execution)
        _store(course, sid, name, pending.sanitized[name], execution, verdicts, pending.key)
        pending.result.verdicts.update(verdicts)
        pending.result.warnings += execution.problems
    course.autograde(sid)
    if feedback:
        course.feedback(sid)
    pending.result.scores = course.scores(sid)


def _guard(result: SubmissionResult, step, *args, **kwargs):
    """Run one host step for one student; any failure becomes that student's error status."""
    try:
        return step(*args, **kwargs)
    except (ValueError, RuntimeError, AutograderError, OSError) as error:
        result.status = f"error: {error}"
    except Exception as error:  # nbgrader or a dependency failed on this input: report, go on
        logging.getLogger("autograder.nbgrader").exception("grading %s failed", result.student_id)
        detail = str(error).splitlines()[0][:300] if str(error) else ""
        result.status = f"error: {type(error).__name__}: {detail}"
    return None


def hidden_paths(course: Course) -> list[str]:
    """Host paths a sandboxed kernel must not see; checked by its attestation."""
    paths = [str(course.root), str(course.assignment.source_dir.resolve()), str(course.private / "secret")]
    if course.db_url.startswith("sqlite:///"):
        paths.append(course.db_url[len("sqlite:///"):])
    return paths


def _store(course: Course, student: str, notebook: str, sanitized, execution, verdicts, key: str) -> None:
    path = results_path(course.results_dir, student, notebook)
    path.parent.mkdir(parents=True, exist_ok=True)
    cells: dict[int, list] = {}
    for cell in execution.cells:
        cells.setdefault(cell.index, []).extend(cell.outputs)
    path.write_text(json.dumps({
        "key": key,
        "digest": cells_digest(sanitized),
        "cells": cells,
        "verdicts": {name: {"score": v.score, "max": v.max_points, "text": verdict_text(v)}
                     for name, v in verdicts.items()},
        "problems": execution.problems,
        "seconds": execution.seconds,
    }))


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def grade(assignment: str, submissions: Path, *, out: Path, source_root: Path = DEFAULT_SOURCE_ROOT,
          db_url: Optional[str] = None, sandbox: SandboxSettings = SandboxSettings(),
          limits: RunLimits = RunLimits(), workers: Optional[int] = None, scheduler: Optional[str] = None,
          warm: bool = True, force: bool = False, feedback: bool = True,
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
        workers: local worker processes running kernels (default: one per core).
        scheduler: address of a Dask scheduler to run kernels on instead of local workers.
        warm: fork kernels from a pre-started interpreter (zygote) instead of cold starts.
        force: regrade submissions whose files, tests and limits are unchanged since last time.
        feedback: write the students' HTML feedback.
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
    course.private.mkdir(parents=True, exist_ok=True)
    config = WorkerConfig(settings=sandbox, limits=limits, warm=warm, font_cache=font_cache(course))
    # Workers start (imports, zygotes) while this process sets up the course and prepares.
    backend = make_backend(config, workers=workers or default_workers(), scheduler=scheduler)
    report = GradeReport(assignment=spec, course=course)
    done = 0

    def finish(result: SubmissionResult, since: float) -> None:
        nonlocal done
        done += 1
        result.seconds = time.monotonic() - since
        report.results.append(result)
        if on_result:
            on_result(result, done, len(subs))

    waiting: dict[str, _Pending] = {}

    def jobs() -> Iterator[tuple[tuple[str, str], RunSpec]]:
        """Each submission's runs, prepared only when the backend asks for more; reused and
        unreadable submissions are finished on the way."""
        for sub in subs:
            key = _cache_key(spec, sub, sandbox, limits)
            result = SubmissionResult(student_id=sub.student_id, warnings=list(sub.warnings))
            cached = None if force or sub.problem else _guard(result, _cached, course, sub, key)
            if cached is not None:
                result.scores, result.reused = cached, True
                finish(result, time.monotonic())
                continue
            pending = _guard(result, _prepare, sub, course=course, secret=secret, key=key)
            if pending is None:
                finish(result, time.monotonic())
                continue
            waiting[sub.student_id] = pending
            for name, run_spec in _specs(pending, course).items():
                yield (sub.student_id, name), run_spec

    try:
        course.prepare()
        secret = _secret(course)
        for (sid, name), execution in backend.run_all(jobs()):
            pending = waiting[sid]
            pending.executions[name] = execution
            if len(pending.executions) == len(pending.sanitized):
                _guard(pending.result, _record, pending, course=course, settings=sandbox, feedback=feedback)
                finish(pending.result, pending.started)
                del waiting[sid]
    finally:
        backend.close()
        course.close()
    report.seconds = time.monotonic() - started
    return report
