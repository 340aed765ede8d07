"""``grade``: submissions in, gradebook, grades.csv, feedback and a summary out.

Per submission (one submission's failure never stops the others):

1. read and check the files (:mod:`autograder.lms.submissions`);
2. unless nothing changed since the last grading, place them in the nbgrader course and
   sanitize them with nbgrader's own steps (:func:`autograder.nbgrader_glue.host.prepare`);
3. run them in a sandboxed kernel with probes (:mod:`autograder.execution.execute`), on a worker
   of the chosen backend (:mod:`autograder.execution.workers`): untrusted;
4. judge the probe data, then record through nbgrader's Autograde
   (:func:`autograder.nbgrader_glue.host.record`): host, the gradebook's only writer;
5. write the feedback from what the gradebook then says, in a process of its own (a
   thread, for a few submissions) while grading goes on
   (:class:`autograder.nbgrader_glue.feedback.FeedbackWriter`).

The zygote starts first, when kernels will run at all: it imports torch & co. while this
process imports nbgrader and prepares the first submissions; worker processes start with
the first jobs, the feedback writer with the first job prepared.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator, Optional

from autograder.cache import user_cache
from autograder.reports.class_report import refresh_report
from autograder.assignment import find_assignment
from autograder.errors import AutograderError
from autograder.execution.execute import RunSpec
from autograder.execution.kernel import RunLimits
from autograder.lms import roster
from autograder.results import SubmissionResult
from autograder.execution.sandbox import SandboxSettings
from autograder.execution.availability import require_sandbox
from autograder.execution.workers import WorkerConfig, make_backend

if TYPE_CHECKING:
    from autograder.assignment import Assignment
    from autograder.nbgrader_glue.course import Course

DEFAULT_SOURCE_ROOT = Path("solutions")


@dataclass
class GradeReport:
    """What a grading run produced."""

    assignment: Assignment
    course: Course
    results: list[SubmissionResult] = field(default_factory=list)
    seconds: float = 0.0
    late_penalty: float = 0.0
    """Percent of a late submission's total taken off in grades.csv and exports (0: none)."""
    earlier: list[str] = field(default_factory=list)
    """Students graded into this course folder by earlier runs and not in this one (their
    grades stay in the gradebook and the exports; grades.csv lists this run's)."""


def font_cache() -> Optional[str]:
    """matplotlib's font list, built once per Python environment, for sandboxed kernels to reuse."""
    import subprocess

    folder = user_cache() / "matplotlib"
    folder.mkdir(parents=True, exist_ok=True)
    existing = sorted(folder.glob("fontlist-*.json"))
    if not existing:
        env = dict(os.environ, MPLCONFIGDIR=str(folder))
        subprocess.run([sys.executable, "-c", "import matplotlib.font_manager"], env=env, check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        existing = sorted(folder.glob("fontlist-*.json"))
    if not existing:
        return None
    existing[-1].chmod(0o644)  # read in the sandbox by the kernels' unprivileged uids
    return str(existing[-1])


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


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def grade(assignment: str, submissions: Path, *, out: Path, source_root: Path = DEFAULT_SOURCE_ROOT,
          db_url: Optional[str] = None, sandbox: SandboxSettings = SandboxSettings(),
          limits: RunLimits = RunLimits(), workers: Optional[int] = None, scheduler: Optional[str] = None,
          warm: bool = True, keep_warm: float = 0.0, force: bool = False, feedback: bool = True,
          on_result: Optional[Callable[[SubmissionResult, int, int], None]] = None,
          layout: Optional[str] = None, id_pattern: Optional[str] = None, due: Optional[datetime] = None,
          late_penalty: float = 0.0) -> GradeReport:
    """Grade every submission of ``assignment`` found in ``submissions``.

    Args:
        assignment: the assignment's folder name under ``source_root``.
        submissions: a folder or .zip of ``<student_id>.ipynb`` files or ``<student_id>/`` folders,
            or an LMS's submissions download (:mod:`autograder.lms`).
        out: the nbgrader course folder to write (gradebook, feedback, grades.csv).
        source_root: where the assignments' source folders live.
        db_url: SQLAlchemy URL of the gradebook (default: SQLite in ``out``).
        sandbox: isolation and limits of the students' kernels.
        limits: timeouts and output caps of each run.
        workers: kernels computing at once on this machine (default: one per core); a kernel
            that only waits lends its core to a standby worker (:class:`~autograder.execution.workers.CoreLending`).
        scheduler: address of a Dask scheduler to run kernels on instead of local workers.
        warm: fork kernels from a pre-started interpreter (zygote) instead of cold starts.
        keep_warm: seconds the zygote outlives this run, so that the next run with the same
            settings starts at once (:mod:`~autograder.execution.kept_zygote`); 0: it stops
            with the run.
        force: regrade submissions whose files, tests and limits are unchanged since last time.
        feedback: write the students' HTML feedback.
        on_result: called after each submission with (result, done, total), e.g. for progress.
        layout: force an LMS layout (``canvas``, ``moodle``, ``blackboard``, ``gradescope``,
            ``plain``); by default it is recognised from the file names.
        id_pattern: a regular expression with a named group ``id`` for any other naming.
        due: the due date, to record lateness where the export has times but no flag.
        late_penalty: percent of a late submission's total taken off (0: lateness is only recorded).

    Returns:
        The per-student results (scores as recorded in the gradebook).

    Raises:
        AutograderError: when grading cannot run at all (bad assignment, no sandbox, unreadable input).
    """
    started = time.monotonic()
    require_sandbox(sandbox)
    find_assignment(source_root, assignment)  # a mistyped name or path fails before anything starts
    if not Path(submissions).exists():
        raise AutograderError(f"{submissions}: no such folder or .zip")
    config = WorkerConfig(settings=sandbox, limits=limits, warm=warm, keep_warm=keep_warm,
                          font_cache=font_cache())
    backend = make_backend(config, workers=workers or default_workers(), scheduler=scheduler)
    if force or not (Path(out) / ".autograder" / "results").is_dir():
        # A first grading: the zygote imports torch & co. (~2 s, the longest step before
        # the first kernel) while this process imports nbgrader and prepares submissions.
        backend.warm_up()
    writer = None
    try:
        from autograder.nbgrader_glue import host
        from autograder.assignment import load_assignment
        from autograder.lms.submissions import collect

        spec = load_assignment(source_root, assignment)
        subs = collect(Path(submissions), notebooks=spec.notebooks, layout=layout, id_pattern=id_pattern, due=due)
        keys = {s.student_id: host.cache_key(spec, s, sandbox, limits) for s in subs}
        to_run = sum(1 for s in subs if not s.problem and
                     (force or host.must_run(Path(out), s, keys[s.student_id], spec.notebooks)))
        if to_run:
            backend.warm_up()  # (already, for a first grading) a regrading with something new to run
            if backend.few(to_run * len(spec.notebooks)):
                backend.skip_later_imports()
        from autograder.nbgrader_glue.course import COURSE_ID, Course
        from autograder.nbgrader_glue.feedback import FeedbackWriter

        # A few submissions: their pages are written by a thread of this process, idle while
        # it waits for their kernels; more, by a process of their own, in parallel.
        writer = FeedbackWriter(in_thread=backend.few(to_run * len(spec.notebooks))) if feedback else None
        course = Course(Path(out), spec, db_url=db_url)
        course.prepare()
        secret = host.course_secret(course)
        names = {s.student_id: s.info.name_parts() for s in subs if s.info.name and not s.problem}
        if names:
            course.record_students(names)
        course.name_unnamed([s.student_id for s in subs if not s.problem])
    except BaseException:
        backend.close()
        if writer is not None:
            writer.close()
        raise
    report = GradeReport(assignment=spec, course=course, late_penalty=late_penalty)
    infos = {s.student_id: s.info for s in subs}
    done = 0

    def finish(result: SubmissionResult, since: float) -> None:
        nonlocal done
        done += 1
        info = infos.get(result.student_id)
        if info is not None:
            result.name, result.late, result.submitted_at = info.name, info.late, info.submitted_at
        result.seconds = time.monotonic() - since
        report.results.append(result)
        if on_result:
            on_result(result, done, len(subs))

    def finish_after_feedback(result: SubmissionResult, since: float) -> None:
        """Hand the student's feedback to the writer (finished once written), or finish now."""
        made = _guard(result, host.feedback_job, course, result.student_id) \
            if writer is not None and result.status == "graded" else None
        if made is None:
            finish(result, since)
        else:
            writer.submit(made[0], tag=(result, since, made[1]))

    def written(*, block: bool) -> None:
        for (result, since, state), error in writer.finished(block=block) if writer is not None else []:
            if error is None:
                _guard(result, host.feedback_written, course, result.student_id, state)
            else:
                result.status = f"error: {error}"
            finish(result, since)

    waiting: dict[str, host.Pending] = {}

    def jobs() -> Iterator[tuple[tuple[str, str], RunSpec]]:
        """Each submission's runs, prepared only when the backend asks for more; reused and
        unreadable submissions are finished on the way."""
        for sub in subs:
            key = keys[sub.student_id]
            result = SubmissionResult(student_id=sub.student_id, warnings=list(sub.warnings))
            cached = None if force or sub.problem else _guard(result, host.reuse, course, sub, key)
            if cached is not None:
                result.scores, result.reused = cached, True
                if writer is not None and _guard(result, host.feedback_stale, course, sub.student_id):
                    finish_after_feedback(result, time.monotonic())
                else:
                    finish(result, time.monotonic())
                continue
            pending = _guard(result, host.prepare, sub, course=course, secret=secret, key=key)
            if pending is None:
                finish(result, time.monotonic())
                continue
            waiting[sub.student_id] = pending
            if writer is not None and not writer.started:  # it gets ready while the first kernels run
                writer.start(config=course.config(), notebooks=tuple(map(str, course.released())),
                             log_file=str(course.private / "nbgrader.log"))
            for name, run_spec in host.run_specs(pending, course).items():
                yield (sub.student_id, name), run_spec

    try:
        for (sid, name), execution in backend.run_all(jobs()):
            pending = waiting[sid]
            pending.executions[name] = execution
            if len(pending.executions) == len(pending.sanitized):
                _guard(pending.result, host.record, pending, course=course, settings=sandbox)
                finish_after_feedback(pending.result, pending.started)
                del waiting[sid]
            written(block=False)
        written(block=True)
    finally:
        backend.close()
        if writer is not None:
            writer.close()
        course.close()
    report.earlier = sorted(set(roster.recorded(course.private, assignment=spec.name)) - set(infos))
    roster.save(course.private, assignment=spec.name, parts=[(p.name, p.points) for p in spec.parts],
                db_url=course.db_url, course_id=COURSE_ID, late_penalty=late_penalty,
                students={r.student_id: (infos[r.student_id], r.status) for r in report.results})
    report.seconds = time.monotonic() - started
    refresh_report(course.root, seconds=report.seconds, submissions=len(report.results),
                   reused=sum(r.reused for r in report.results))
    return report
