"""Where a small grading run's time goes: a timeline of the critical path, with CPU time.

    python benchmarks/startup_timeline.py                       # one submission of pa2
    python benchmarks/startup_timeline.py -n 40 --no-feedback
    python benchmarks/startup_timeline.py --assignment pa1_tensors_autograd --out /tmp/t

It runs ``python -m autograder grade`` in this process, with the grader's steps wrapped
(nothing in the package changes), and prints, for every step the grader's main thread
takes: when it started and ended (seconds since this process started) and the CPU time
the main thread spent in it.  Then the CPU time of every other process of the run (workers,
zygote, kernels: read from /proc while they live, their reaped children included), and
when the zygote first listened.

Wall times on a shared machine are noisy; the CPU columns are what to compare.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
EVENTS: list[tuple[int, str, float, float, float]] = []  # depth, step, start, end, main-thread CPU
WRITERS: dict = {}  # pid -> process of the feedback writer
_DEPTH = [0]


def _since_start() -> float:
    import psutil

    return time.time() - psutil.Process().create_time()


def _wrap(owner, name: str, label: str) -> None:
    """Replace ``owner.name`` by a version that records its wall interval and CPU."""
    original = getattr(owner, name, None)
    if original is None or getattr(original, "_timed", False):
        return

    def timed(*args, **kwargs):
        depth, _DEPTH[0] = _DEPTH[0], _DEPTH[0] + 1
        start, cpu = _since_start(), time.thread_time()
        try:
            return original(*args, **kwargs)
        finally:
            _DEPTH[0] = depth
            EVENTS.append((depth, label, start, _since_start(), time.thread_time() - cpu))

    timed._timed = True
    setattr(owner, name, timed)


def _instrument():
    """Wrap the steps of the grading run (where they are looked up at call time); returns
    the function wrapping what grade() imports lazily (call it once those are imported)."""
    import autograder.grade as grade_module
    from autograder.execution import workers
    from autograder.reports import class_report, summary

    for name in ("require_sandbox", "find_assignment", "font_cache", "make_backend", "refresh_report"):
        _wrap(grade_module, name, f"grade.{name}")
    for name in ("collect", "render", "_totals_figure", "_parts_figure"):
        _wrap(class_report, name, f"report.{name}")
    for name in ("write_grades_csv", "print_summary"):
        _wrap(summary, name, f"summary.{name}")
    for name in ("InlineBackend", "PoolBackend"):
        backend = getattr(workers, name, None)
        if backend is not None:
            _wrap(backend, "__init__", f"{name}.__init__")


    def late_imports():
        """Wrap what grade() imports lazily, once it has been imported."""
        from autograder.lms import roster, submissions
        from autograder.nbgrader_glue import course, host

        for name in ("reuse", "prepare", "record", "feedback_job", "feedback_written", "feedback_stale",
                     "course_secret", "must_run"):
            _wrap(host, name, f"host.{name}")
        try:
            from autograder.nbgrader_glue import feedback
        except ImportError:  # an older grader, which wrote feedback in its main process
            feedback = None
        if feedback is not None:
            start = feedback.FeedbackWriter.start

            def start_and_mark(writer, **kwargs):
                start(writer, **kwargs)
                WRITERS.update(getattr(writer.pool, "_processes", None) or {})  # none: a thread

            feedback.FeedbackWriter.start = start_and_mark
        _wrap(host, "write_feedback", "host.write_feedback")  # an older grader's
        for name in ("prepare", "submit", "sanitize", "autograde", "feedback", "scores", "record_students",
                     "name_unnamed"):
            _wrap(course.Course, name, f"Course.{name}")
        _wrap(submissions, "collect", "submissions.collect")
        from autograder import assignment

        _wrap(assignment, "load_assignment", "load_assignment")
        _wrap(roster, "save", "roster.save")
        import autograder.library.judge as judge_module

        _wrap(judge_module, "judge", "judge")
        _wrap(host, "judge", "judge")

    return late_imports


class ProcessWatch:
    """CPU time of this process's descendants, sampled while they live."""

    def __init__(self, every: float = 0.1):
        import psutil

        self.psutil, self.every = psutil, every
        self.cpu: dict[int, float] = {}
        self.kind: dict[int, str] = {}
        self.first_seen: dict[int, float] = {}
        self.listening: float | None = None
        self.own_cpu = 0.0
        """CPU time of this watcher's thread (not the grader's)."""
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _classify(self, proc) -> str:
        cmd = " ".join(proc.cmdline())[:300]
        if "spawn_main" in cmd:
            return "feedback writer" if proc.pid in WRITERS else "worker"
        if "resource_tracker" in cmd:
            return "resource tracker"
        if "zygote server" in cmd:
            parent = proc.parent()
            parent_cmd = " ".join(parent.cmdline())[:300] if parent else ""
            if "zygote server" not in parent_cmd:
                return "zygote"
            grandparent = parent.parent()
            gp_cmd = " ".join(grandparent.cmdline())[:300] if grandparent else ""
            return "kernel" if "zygote server" in gp_cmd else "kernel keeper"
        if "bwrap" in cmd:
            return "bwrap"
        if "fc-list" in cmd:
            parent = proc.parent()
            return "fc-list, child of " + (self.kind.get(parent.pid) or str(parent.cmdline()[:3])[:60] if parent else "?")
        if "ipykernel" in cmd:
            return "cold kernel"
        return cmd.split(" ")[0].rsplit("/", 1)[-1] + " " + " ".join(cmd.split(" ")[1:3])

    def _run(self) -> None:
        me = self.psutil.Process()
        while not self._stop.is_set():
            try:
                children = me.children(recursive=True)
            except self.psutil.Error:
                children = []
            for proc in children:
                try:
                    if proc.pid not in self.kind:
                        self.kind[proc.pid] = self._classify(proc)
                        self.first_seen[proc.pid] = _since_start()
                    t = proc.cpu_times()
                    self.cpu[proc.pid] = t.user + t.system + t.children_user + t.children_system
                except self.psutil.Error:
                    continue
            if self.listening is None and any(os.path.exists(p) for p in self._sockets()):
                self.listening = _since_start()
            self.own_cpu = time.thread_time()
            self._stop.wait(self.every)

    def _sockets(self) -> list[str]:
        """The socket paths of this run's zygotes (an argument of theirs)."""
        found = []
        for pid, kind in list(self.kind.items()):
            if kind == "zygote":
                try:
                    found += [a for a in self.psutil.Process(pid).cmdline() if a.endswith("/zygote.sock")]
                except self.psutil.Error:
                    pass
        return found

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--assignment", default="pa2_gradient_descent")
    parser.add_argument("-n", type=int, default=1, help="submissions (default: %(default)s)")
    parser.add_argument("--out", default=None, help="course folder (default: a fresh temporary one)")
    parser.add_argument("--keep", action="store_true", help="grade into an existing --out (a re-run)")
    parser.add_argument("--min-cpu", type=float, default=0.005, help="hide steps under this CPU (s)")
    args, rest = parser.parse_known_args()

    imports_started = _since_start()
    cpu_before_imports = time.process_time()
    from autograder import cli  # what `python -m autograder` imports first

    late_imports = _instrument()
    imported, cpu_imported = _since_start(), time.process_time()
    work = Path(tempfile.mkdtemp(prefix="autograder-timeline-"))
    try:
        from grading_throughput import make_submissions

        subs = work / "subs"
        make_submissions(args.assignment, subs, args.n)
        out = Path(args.out) if args.out else work / "out"
        if out.exists() and not args.keep:
            shutil.rmtree(out)
        late_started, late_cpu = _since_start(), time.process_time()
        late_imports()  # the grader's lazy imports (nbgrader &c.), done inside grade() in a real run
        late_done, late_cpu = _since_start(), time.process_time() - late_cpu
        watch = ProcessWatch()
        grade_start = _since_start()
        cpu_start = time.process_time()
        code = cli.main(["grade", args.assignment, str(subs), "--out", str(out), "-q", *rest])
        finished = _since_start()
        cpu_total = time.process_time()
        watch.stop()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    marks = {"imports": (imports_started, imported, cpu_imported - cpu_before_imports),
             "late": (late_started, late_done, late_cpu), "grade": (grade_start, finished, cpu_total - cpu_start)}
    print(f"\nexit code {code}; process start -> end: {finished:.2f} s wall")
    print_timeline(marks, watch, min_cpu=args.min_cpu)


def print_timeline(marks: dict, watch: ProcessWatch, *, min_cpu: float) -> None:
    """The main thread's steps in order, per-step totals, then the other processes."""
    imports_started, imported, imports_cpu = marks["imports"]
    late_started, late_done, late_cpu = marks["late"]
    grade_start, finished, grade_cpu = marks["grade"]
    print(f"{'step':<44}{'start':>8}{'end':>8}{'wall':>8}{'CPU':>8}")
    print(f"{'interpreter start (before this script)':<44}{0:>8.2f}{imports_started:>8.2f}")
    print(f"{'import autograder.cli':<44}{imports_started:>8.2f}{imported:>8.2f}"
          f"{imported - imports_started:>8.2f}{imports_cpu:>8.2f}")
    print(f"{'import host, course, feedback (nbgrader)*':<44}{late_started:>8.2f}{late_done:>8.2f}"
          f"{late_done - late_started:>8.2f}{late_cpu:>8.2f}")
    for depth, label, start, end, cpu in sorted(EVENTS, key=lambda e: (e[2], e[0])):
        if cpu >= min_cpu or end - start >= 0.05:
            print(f"{'  ' * depth + label:<44}{start:>8.2f}{end:>8.2f}{end - start:>8.2f}{cpu:>8.2f}")
    repeated: dict[str, list[float]] = {}
    for _, label, _, _, cpu in EVENTS:
        repeated.setdefault(label, []).append(cpu)
    if any(len(v) > 1 for v in repeated.values()):
        print(f"\n{'per step, all calls':<44}{'calls':>8}{'CPU':>8}{'CPU/call':>10}")
        for label, cpus in sorted(repeated.items(), key=lambda kv: -sum(kv[1])):
            print(f"{label:<44}{len(cpus):>8}{sum(cpus):>8.2f}{sum(cpus) / len(cpus):>10.3f}")
        print()
    print(f"{'main process, grade() to the end (all threads)':<44}{grade_start:>8.2f}{finished:>8.2f}"
          f"{finished - grade_start:>8.2f}{grade_cpu - watch.own_cpu:>8.2f}")
    if watch.listening is not None:
        print(f"zygote listening at {watch.listening:.2f} s")
    totals: dict[str, list[float]] = {}
    for pid, cpu in watch.cpu.items():
        totals.setdefault(watch.kind[pid], []).append(cpu)
    print(f"\n{'other processes':<30}{'count':>6}{'CPU s':>8}  first seen")
    for kind, values in sorted(totals.items(), key=lambda kv: -sum(kv[1])):
        first = min(watch.first_seen[p] for p in watch.cpu if watch.kind[p] == kind)
        print(f"{kind[:30]:<30}{len(values):>6}{sum(values):>8.2f}  {first:.2f}")
    print(f"{'main process (total)':<30}{1:>6}{time.process_time() - watch.own_cpu:>8.2f}")
    print(f"(this script's own process watcher: {watch.own_cpu:.2f} s of CPU, left out above)")
    print("(the zygote's CPU includes the kernels it reaped; kernels are also listed alone when sampled)")
    print("* in a real run these imports happen inside grade(), after the zygote started")


if __name__ == "__main__":
    main()
