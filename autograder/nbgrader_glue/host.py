"""Host-side steps of grading one submission, around its sandboxed run.

* :func:`prepare`: read the files, place them in the nbgrader course, sanitize them with
  nbgrader's own steps, draw the probe inputs;
* :func:`run_specs`: what a worker runs for it (plain data);
* :func:`record`: judge the probe data, store the run, record through nbgrader's
  Autograde (the gradebook's only writer);
* :func:`feedback_job`: what the student's feedback shows, read from the gradebook once,
  as plain data for :mod:`autograder.nbgrader_glue.feedback` to write anywhere;
* :func:`feedback_behind`: whose feedback is missing or older than the gradebook (for
  ``export``);
* :func:`reuse`: an unchanged submission keeps its grading; only its feedback is
  rewritten, when the gradebook changed since (a grade or comment given in formgrader);
* :func:`must_run`: whether a submission's kernel must run, from its run files alone
  (before nbgrader is even imported: nothing starts for a run that reuses everything);

Everything here runs in the grader's main process; nothing here runs student code.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import numpy as np

from autograder.assignment import Assignment
from autograder.execution.execute import RunSpec, plan
from autograder.library.judge import judge, verdict_text
from autograder.execution.kernel import RunLimits
from autograder.nbgrader_glue.run_files import cells_digest, results_path
from autograder.results import SubmissionResult
from autograder.execution.sandbox import SandboxSettings
from autograder.lms.submissions import Submission, parse_notebook

if TYPE_CHECKING:
    from autograder.nbgrader_glue.course import Course
    from autograder.nbgrader_glue.feedback import FeedbackJob


def course_secret(course: Course) -> bytes:
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


@dataclass
class Pending:
    """A submission between preparation and recording (host-side state, never sent out)."""

    result: SubmissionResult
    inputs: dict
    sanitized: dict = field(default_factory=dict)
    executions: dict = field(default_factory=dict)
    key: str = ""
    started: float = field(default_factory=time.monotonic)


def cache_key(assignment: Assignment, sub: Submission, settings: SandboxSettings, limits: RunLimits) -> str:
    """Identity of a grading: same files, same assignment and tests, same limits."""
    from autograder import __version__

    parts = [__version__, assignment.fingerprint, sub.digest, json.dumps(settings.as_dict(), sort_keys=True),
             json.dumps(asdict(limits), sort_keys=True)]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def cached_scores(course: Course, sub: Submission, key: str) -> Optional[dict[str, Optional[float]]]:
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


def prepare(sub: Submission, *, course: Course, secret: bytes, key: str) -> Pending:
    """Host side, before execution: read, place in the course, sanitize, plan."""
    assignment = course.assignment
    pending = Pending(result=SubmissionResult(student_id=sub.student_id, warnings=list(sub.warnings)),
                      inputs={}, key=key)
    if sub.problem:
        raise ValueError(sub.problem)
    notebooks = {name: parse_notebook(data, sub.origins.get(name, f"{name}.ipynb"))
                 for name, data in sub.files.items()}
    # When handed in: the LMS's time where the export records one, else the file's
    # modification time (a plain folder's files, as copied there; a zip member's stored time).
    course.submit(sub.student_id, notebooks, timestamps=(sub.info.submitted_at, sub.modified))
    pending.inputs = probe_inputs(assignment, secret=secret, student_id=sub.student_id, digest=sub.digest)
    for name in assignment.notebooks:
        pending.sanitized[name] = course.sanitize(sub.student_id, name, pending.result.warnings)
    return pending


def run_specs(pending: Pending, course: Course) -> dict[str, RunSpec]:
    """What a worker runs for each notebook of a prepared submission (plain data)."""
    return {name: RunSpec(steps=plan(nb, inputs=pending.inputs, replays=course.assignment.replays),
                          probe_source=course.assignment.probe_source, hidden_paths=hidden_paths(course))
            for name, nb in pending.sanitized.items()}


def record(pending: Pending, *, course: Course, settings: SandboxSettings) -> None:
    """Host side, after execution: judge, then record through nbgrader (the only writer)."""
    sid = pending.result.student_id
    for name, execution in pending.executions.items():
        if not execution.ready or (settings.enabled and not execution.sandboxed):
            # The kernel never got to the student's code: an error to look at, not a zero.
            raise RuntimeError("; ".join(execution.problems) or "the kernel was not sandboxed")
        verdicts = judge(course.assignment, pending.inputs, execution, notebook=pending.sanitized[name])
        _store(course, sid, name, pending.sanitized[name], execution, verdicts, pending.key)
        pending.result.verdicts.update(verdicts)
        pending.result.warnings += execution.problems
    course.autograde(sid)
    pending.result.scores = course.scores(sid)


def must_run(course_root: Path, sub: Submission, key: str, notebooks: list[str]) -> bool:
    """Whether ``sub`` has no stored run of exactly this grading (its kernel must run);
    False is only a hint: :func:`reuse` also checks the gradebook."""
    results = Path(course_root).resolve() / ".autograder" / "results"
    for name in notebooks:
        try:
            if json.loads(results_path(results, sub.student_id, name).read_text()).get("key") != key:
                return True
        except (OSError, ValueError, AttributeError):
            return True
    return False


def reuse(course: Course, sub: Submission, key: str) -> Optional[dict[str, Optional[float]]]:
    """Scores of an earlier grading of exactly this submission (None: grade it).

    Manual grades and their status are left as formgrader saved them: nothing is autograded.
    Its feedback may still need rewriting (:func:`feedback_stale`).
    """
    return cached_scores(course, sub, key)


def feedback_stale(course: Course, student_id: str) -> bool:
    """Whether the student's feedback is missing or shows an older state of the gradebook
    (a grade or comment given in formgrader since)."""
    written = _written_state(course, student_id)
    return written is None or feedback_state(course, student_id) != written


def feedback_behind(course_dir: Path, *, assignment: str, db_url: str, student_ids: list[str]) -> list[str]:
    """Of ``student_ids``, those whose feedback in ``course_dir`` is missing or shows an older
    state of the gradebook than it holds now (for ``export``, which has no assignment source:
    the notebooks are those the gradebook knows)."""
    from nbgrader.api import Gradebook, MissingEntry

    from autograder.nbgrader_glue.course import COURSE_ID, Course

    with Gradebook(db_url, COURSE_ID) as gb:  # one session for the whole class
        try:
            notebooks = sorted(nb.name for nb in gb.find_assignment(assignment).notebooks)
        except MissingEntry:
            return list(student_ids)
        course = Course(Path(course_dir), Assignment(name=assignment, source_dir=Path(course_dir), notebooks=notebooks,
                                                     parts=[], checks={}, probe_source=""), db_url=db_url)
        written = {sid: _written_state(course, sid) for sid in student_ids}
        return [sid for sid in student_ids
                if written[sid] is None or _gradebook_feedback(gb, course, sid)[1] != written[sid]]


def feedback_state(course: Course, student_id: str) -> str:
    """A digest of what the student's feedback shows from the gradebook as it is now."""
    return _read_feedback(course, student_id)[1]


def _read_feedback(course: Course, student_id: str) -> tuple[dict, str]:
    """What the feedback shows from the gradebook (notebook ->
    :func:`~autograder.nbgrader_glue.feedback.notebook_grades`), and a digest of it: every
    grade (automatic, manual, extra credit, pending), every comment and the late penalty,
    of every notebook."""
    from nbgrader.api import Gradebook

    from autograder.nbgrader_glue.course import COURSE_ID

    with Gradebook(course.db_url, COURSE_ID) as gb:
        return _gradebook_feedback(gb, course, student_id)


def _gradebook_feedback(gb, course: Course, student_id: str) -> tuple[dict, str]:
    """:func:`_read_feedback` in the open gradebook ``gb``."""
    from nbgrader.api import MissingEntry

    from autograder import __version__
    from autograder.nbgrader_glue.feedback import notebook_grades

    grades, rows = {}, [__version__]
    for notebook in course.assignment.notebooks:
        try:
            nb = gb.find_submission_notebook(notebook, course.assignment.name, student_id)
        except MissingEntry:
            rows.append([notebook, None])
            continue
        grades[notebook] = notebook_grades(nb)
        rows.append([notebook, nb.late_submission_penalty,
                     sorted([g.name, g.auto_score, g.manual_score, g.extra_credit, g.needs_manual_grade]
                            for g in nb.grades),
                     sorted([c.name, c.auto_comment, c.manual_comment] for c in nb.comments)])
    return grades, hashlib.sha256(json.dumps(rows, default=str).encode()).hexdigest()


def _state_path(course: Course, student_id: str) -> Path:
    return Path(course.results_dir) / student_id / "feedback.state"


def _written_state(course: Course, student_id: str) -> Optional[str]:
    """The gradebook state the student's feedback was written from (None: missing or unknown)."""
    folder = course.root / "feedback" / student_id / course.assignment.name
    if not all((folder / f"{name}.html").is_file() for name in course.assignment.notebooks):
        return None
    try:
        return _state_path(course, student_id).read_text()
    except OSError:
        return None


def feedback_job(course: Course, student_id: str) -> tuple[FeedbackJob, str]:
    """The student's feedback as a job any process can write (no gradebook in it), and the
    gradebook state it shows, for :func:`feedback_written` once it is written."""
    from autograder.nbgrader_glue.feedback import FeedbackJob

    _state_path(course, student_id).unlink(missing_ok=True)  # written again only once the feedback is
    grades, state = _read_feedback(course, student_id)
    job = FeedbackJob(config=course.config(student_id), grades=grades,
                      log_file=str(course.private / "nbgrader.log"))
    return job, state


def feedback_written(course: Course, student_id: str, state: str) -> None:
    """Remember the gradebook state the student's feedback, now written, shows."""
    path = _state_path(course, student_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(state)


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
        "verdicts": {name: {"score": v.score, "max": v.max_points, "text": verdict_text(v),
                            "criteria": [asdict(c) for c in v.criteria]}
                     for name, v in verdicts.items()},
        "problems": execution.problems,
        "not_run": execution.not_run,
        "seconds": execution.seconds,
    }))


