"""Grading throughput, side by side in one run: stock `nbgrader autograde` against ours.

    python benchmarks/grading_throughput.py -n 200            # the figures quoted in the README
    python benchmarks/grading_throughput.py -n 20 --skip-stock  # a quick look
    python benchmarks/grading_throughput.py --assignment pa1_tensors_autograd -n 100
    python benchmarks/grading_throughput.py --assignment all --batches-only   # -n 1 and -n 40 rows of each

It generates N submissions of the assignment (a mix of correct, buggy and slow ones, from
its public corpus in tests/corpus/<assignment>), then grades the same files with:

1. stock nbgrader: `nbgrader autograde` on an ordinary course folder (the source notebook
   with its hidden tests, executed unsandboxed, one notebook at a time);
2. ours, sandboxed, warm kernels, `--workers` local workers (the measured configuration:
   by default one per core, the grader's default), and with one worker more than that
   (a worker and its kernel take turns: each turn leaves a core idle for a moment);
3. ours, one at a time (`--workers 1 --cold`), whose scores the parallel run must equal;
4. the sandbox's own cost: ours `--workers 1 --cold` with and without the sandbox on a
   small sample.

5. section-sized batches (``--batches``, default 1 and 40 submissions): ours with feedback
   (as a TA runs it) and without, against stock on the same first k submissions, where a
   fixed start-up weighs most (``--batches-only``: these alone); and ours with feedback again
   right after a run with ``--keep-warm`` (a TA grading in rounds: the zygote is already up).

Ours runs as an instructor's second grading would: the per-environment caches in
``~/.cache/autograder`` (the kernels' module list, the font list, the generated gradebook)
are those of earlier runs; each run grades into a new course folder.

It prints per-submission latency, throughput, the ratio stock/ours, the peak memory of
each run's process tree, and whether the scores agree where they should.
"""

from __future__ import annotations

import argparse
import csv
import glob
import itertools
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))
from notebooks import load_case, read, reference_answers, source_path, submission, write  # noqa: E402

SECRET = b"benchmark-secret-benchmark-secre"
SLOW = "import time\ntime.sleep(1.0)  # a slow student: one second of extra work\n"


def first_code_answer(assignment: str) -> str:
    """The grade id of the assignment's first code answer cell (where a slow student sleeps)."""
    for cell in read(source_path(assignment)).cells:
        if cell.cell_type == "code" and cell.get("metadata", {}).get("nbgrader", {}).get("solution"):
            return cell.metadata.nbgrader.grade_id
    raise SystemExit(f"{assignment}: no code answer cell")


def make_submissions(assignment: str, folder: Path, n: int) -> dict[str, str]:
    """N notebooks: about 55% correct, 35% buggy, 10% slow (correct but sleeping 1 s)."""
    corpus = ROOT / "tests" / "corpus" / assignment
    # (Not the cases that run until their cell times out: the sample measures grading, not a clock.)
    correct, buggy = ([p for p in sorted((corpus / kind).glob("*.py")) if "\nNEVER_ENDS = True" not in p.read_text()]
                      for kind in ("correct", "buggy"))
    if not correct or not buggy:
        raise SystemExit(f"{corpus}: no public corpus to draw submissions from")
    slow_cell, reference = first_code_answer(assignment), reference_answers(assignment)
    kinds = {}
    pools = {"correct": itertools.cycle(correct), "buggy": itertools.cycle(buggy)}
    for i in range(n):
        kind = "slow" if i % 10 == 9 else ("buggy" if i % 20 in (1, 4, 7, 10, 13, 16, 19) else "correct")
        _, answers, _ = load_case(next(pools["buggy" if kind == "buggy" else "correct"]))
        if kind == "slow":
            answers = dict(answers)
            answers[slow_cell] = SLOW + answers.get(slow_cell, reference[slow_cell])
        sid = f"s{i:04d}"
        write(submission(answers, assignment=assignment), folder / f"{sid}.ipynb")
        kinds[sid] = kind
    return kinds


def function_parts(assignment: str) -> dict[str, float]:
    """Autograded parts judged on calls (not figures: stock nbgrader checks no figure) -> points."""
    from autograder.assignment import load_assignment

    spec = load_assignment(ROOT / "solutions", assignment)
    return {p.name: p.points for p in spec.parts if p.autograded and spec.checks[p.name].replay is None}


class PeakMemory:
    """Peak resident memory (MiB) of a process and all its descendants, sampled."""

    def __init__(self, pid: int, every: float = 0.2):
        import psutil

        self.psutil, self.pid, self.every, self.peak = psutil, pid, every, 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self):
        while not self._stop.is_set():
            try:
                root = self.psutil.Process(self.pid)
                procs = [root] + root.children(recursive=True)
                total = 0
                for p in procs:
                    try:
                        total += p.memory_info().rss
                    except self.psutil.Error:
                        pass
                self.peak = max(self.peak, total / 2**20)
            except self.psutil.Error:
                pass
            self._stop.wait(self.every)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak


def timed(cmd: list[str], *, cwd: Path, env=None) -> tuple[float, float, subprocess.CompletedProcess]:
    started = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    memory = PeakMemory(proc.pid)
    out, err = proc.communicate()
    seconds = time.monotonic() - started
    peak = memory.stop()
    result = subprocess.CompletedProcess(cmd, proc.returncode, out, err)
    if proc.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{out[-3000:]}\n{err[-3000:]}")
    return seconds, peak, result


def stock_nbgrader(assignment: str, subs: Path, work: Path, name: str = "stock") -> tuple[float, float, dict]:
    """`nbgrader autograde` on a plain course: source with hidden tests, executed unsandboxed."""
    course = work / name
    shutil.copytree(ROOT / "solutions" / assignment, course / "source" / assignment)
    (course / "nbgrader_config.py").write_text(
        "c = get_config()\nc.CourseDirectory.root = %r\nc.Execute.timeout = 60\n" % str(course))
    scripts = Path(sys.executable).parent
    env = dict(os.environ, PATH=f"{scripts}{os.pathsep}{os.environ.get('PATH', '')}")
    subprocess.run([str(scripts / "nbgrader"), "generate_assignment", assignment, "--force"], cwd=course,
                   env=env, check=True, capture_output=True)
    for nb in sorted(subs.glob("*.ipynb")):
        target = course / "submitted" / nb.stem / assignment / f"{assignment}.ipynb"
        target.parent.mkdir(parents=True)
        shutil.copy(nb, target)
    seconds, peak, _ = timed([str(scripts / "nbgrader"), "autograde", assignment, "--create"], cwd=course, env=env)
    from nbgrader.api import Gradebook

    scores = {}
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        for nb in sorted(subs.glob("*.ipynb")):
            try:
                sub = gb.find_submission_notebook(assignment, assignment, nb.stem)
            except Exception:  # a submission nbgrader could not record at all
                continue
            scores[nb.stem] = {g.name: g.score for g in sub.grades}
    return seconds, peak, scores


def ours(assignment: str, subs: Path, out: Path, *flags: str) -> tuple[float, float, dict]:
    (out / ".autograder").mkdir(parents=True)
    (out / ".autograder" / "secret").write_bytes(SECRET)  # same probe inputs in every run compared
    cmd = [sys.executable, "-m", "autograder", "grade", assignment, str(subs), "--out", str(out), "-q", *flags]
    seconds, peak, _ = timed(cmd, cwd=ROOT)
    with open(out / "grades.csv", newline="") as handle:
        grades = {row["student_id"]: row for row in csv.DictReader(handle)}
    return seconds, peak, grades


def agreement(stock: dict, mine: dict, kinds: dict, full: dict[str, float]) -> tuple[int, list[str]]:
    """Parts where both graders should agree: a full score in ours is a pass in stock's hidden
    test, and a loss in ours a failed hidden test (plots excluded: stock checks no figure)."""
    checked, disagreements = 0, []
    for sid, row in mine.items():
        if sid not in stock:
            disagreements.append(f"{sid}: stock recorded nothing")
            continue
        for part, points in full.items():
            checked += 1
            ours_full = row[part] != "" and float(row[part]) == points
            stock_full = stock[sid].get(part) == points
            if ours_full != stock_full:
                disagreements.append(f"{sid} ({kinds[sid]}) {part}: stock {stock[sid].get(part)}, ours {row[part]}")
    return checked, disagreements


def batch_rows(a: str, subs: Path, work: Path, sizes: list[int], workers: int, stock: bool) -> list[tuple]:
    """Section-sized batches (the first k submissions): ours with and without feedback, with
    ``--scores-only``, and stock on the same files, where a fixed start-up weighs most."""
    rows = []
    for k in sizes:
        batch = work / f"batch-{k}"
        batch.mkdir()
        for nb in sorted(subs.glob("*.ipynb"))[:k]:
            shutil.copy(nb, batch / nb.name)
        mine_s, mine_mem, _ = ours(a, batch, work / f"ours-batch-{k}", "--workers", str(workers))
        nofb_s, nofb_mem, _ = ours(a, batch, work / f"ours-batch-{k}-nofb", "--workers", str(workers),
                                   "--no-feedback")
        only_s, only_mem, _ = ours(a, batch, work / f"ours-batch-{k}-scores", "--workers", str(workers),
                                   "--scores-only")
        rows += [(f"ours, {k} + feedback", mine_s, mine_mem, k), (f"ours, {k}, no feedback", nofb_s, nofb_mem, k),
                 (f"ours, {k}, --scores-only", only_s, only_mem, k)]
        rows.append((f"ours, {k} + feedback, kept zygote", *kept_warm_run(a, batch, work / f"kept-{k}", workers), k))
        if stock:
            theirs_s, theirs_mem, _ = stock_nbgrader(a, batch, work, name=f"stock-batch-{k}")
            rows.append((f"stock, {k}", theirs_s, theirs_mem, k))
    return rows


def kept_warm_run(a: str, batch: Path, work: Path, workers: int) -> tuple[float, float]:
    """A run after another with ``--keep-warm`` (a TA grading in rounds): its zygote is already
    up.  The first run is not timed; the kept zygote is stopped afterwards."""
    from autograder.execution.kept_zygote import stop

    pattern = f"/var/tmp/autograder-kept-{os.geteuid()}-*"
    before = set(glob.glob(pattern))
    flags = ("--workers", str(workers), "--keep-warm", "10")
    try:
        ours(a, batch, work / "first", *flags)
        seconds, peak, _ = ours(a, batch, work / "second", *flags)
    finally:
        for folder in set(glob.glob(pattern)) - before:
            stop(Path(folder))
    return seconds, peak


def print_rows(rows: list[tuple], n: int) -> None:
    print(f"{'run':<38}{'total s':>9}{'s/sub':>8}{'sub/s':>8}{'peak MiB':>10}")
    for name, seconds, peak, *count in rows:
        k = count[0] if count else n
        print(f"{name:<38}{seconds:>9.1f}{seconds / k:>8.3f}{k / seconds:>8.2f}{peak:>10.0f}")


def print_batch_ratios(rows: list[tuple]) -> None:
    """Per batch size: stock / ours (with and without feedback) and what feedback costs."""
    by = {name: seconds for name, seconds, *_ in rows}
    for k in sorted({count for *_, count in rows}):
        with_fb, without = by[f"ours, {k} + feedback"], by[f"ours, {k}, no feedback"]
        line = f"{k} submissions: ours {with_fb:.2f} s with feedback, {without:.2f} s without " \
               f"(feedback: {with_fb / without:.2f}x)"
        if f"stock, {k}" in by:
            stock = by[f"stock, {k}"]
            line += f"; stock / ours: {stock / with_fb:.1f}x with feedback, {stock / without:.1f}x without"
        print(line)
        for label, name in (("--scores-only (no feedback, figures not drawn)", f"ours, {k}, --scores-only"),
                            ("after a run with --keep-warm, with feedback", f"ours, {k} + feedback, kept zygote")):
            seconds = by.get(name)
            if seconds is not None:
                line = f"  {label}: {seconds:.2f} s"
                if f"stock, {k}" in by:
                    line += f"; stock / ours: {by[f'stock, {k}'] / seconds:.1f}x"
                print(line)
    print("(targets, issue #11: 1 submission in at most 2.5 s, 40 at 10x stock or better, "
          "feedback at most 1.2x)")


def sandbox_cost(a: str, subs: Path, work: Path, sample: int) -> None:
    """Ours one at a time with cold kernels, with and without the sandbox, on ``sample`` submissions."""
    folder = work / "sample"
    folder.mkdir()
    for nb in sorted(subs.glob("*.ipynb"))[:sample]:
        shutil.copy(nb, folder / nb.name)
    sample = len(list(folder.glob("*.ipynb")))
    times = {}
    for label, flags in (("sandbox", []), ("no sandbox", ["--unsafe-no-sandbox"])):
        runs = []
        for attempt in range(3):
            seconds, _, _ = ours(a, folder, work / f"sbx-{label.replace(' ', '-')}-{attempt}", "--workers", "1",
                                 "--cold", "--no-feedback", *flags)
            runs.append(seconds / sample)
        times[label] = statistics.median(runs)
    print(f"\nsandbox cost per submission (cold kernels, one at a time, median of 3 runs of "
          f"{sample}): {times['sandbox']:.3f} s with, {times['no sandbox']:.3f} s without, "
          f"{times['sandbox'] - times['no sandbox']:+.3f} s")


def main() -> None:
    sys.stdout.reconfigure(line_buffering=True)  # progress shows while the long runs go
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--assignment", default="pa2_gradient_descent",
                        help="the assignment(s) whose public corpus is graded, comma-separated, or 'all' "
                             "(default: %(default)s)")
    parser.add_argument("-n", type=int, default=200, help="number of submissions (default: %(default)s)")
    parser.add_argument("--batches", default="1,40",
                        help="section-sized batches, ours with and without feedback against stock "
                             "(default: %(default)s; empty: none)")
    parser.add_argument("--batches-only", action="store_true",
                        help="only the batches (and the sandbox sample): no run of all N submissions")
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)),
                        help="local workers of the measured run (default: the cores, as the grader)")
    parser.add_argument("--skip-stock", action="store_true", help="do not run stock nbgrader")
    parser.add_argument("--skip-serial", action="store_true", help="do not run ours one at a time")
    parser.add_argument("--sandbox-sample", type=int, default=10,
                        help="submissions graded with and without the sandbox (default: %(default)s; 0: skip)")
    args = parser.parse_args()
    assignments = sorted(p.name for p in (ROOT / "solutions").iterdir() if (p / "grading").is_dir()) \
        if args.assignment == "all" else [a.strip() for a in args.assignment.split(",") if a.strip()]
    for a in assignments:
        run_assignment(a, args)


def run_assignment(a: str, args) -> None:
    work = Path(tempfile.mkdtemp(prefix="autograder-bench-"))
    try:
        sizes = [int(b) for b in args.batches.split(",") if b.strip()]
        n = max(sizes + [args.sandbox_sample, 1]) if args.batches_only else args.n
        subs = work / "subs"
        kinds = make_submissions(a, subs, n)
        print(f"\n{n} submissions: " + ", ".join(f"{k} {list(kinds.values()).count(k)}"
                                                  for k in ("correct", "buggy", "slow")))
        print(f"assignment: {a}; machine: {os.cpu_count()} cores; ours with --workers {args.workers}, "
              "sandbox on, warm kernels\n")
        if not args.batches_only:
            main_runs(a, subs, work, kinds, args)
        if sizes:
            rows = batch_rows(a, subs, work, [k for k in sizes if k <= n], args.workers, not args.skip_stock)
            print()
            print_rows(rows, n)
            print_batch_ratios(rows)
        if args.sandbox_sample > 0:
            sandbox_cost(a, subs, work, args.sandbox_sample)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main_runs(a: str, subs: Path, work: Path, kinds: dict, args) -> None:
    """All N submissions: ours (cores and one more worker), stock, ours one at a time, ours with feedback."""
    rows = []
    fast_s, fast_mem, fast = ours(a, subs, work / "ours", "--workers", str(args.workers), "--no-feedback")
    rows.append((f"ours (sandboxed, warm, {args.workers} workers)", fast_s, fast_mem))
    more_s, more_mem, more = ours(a, subs, work / "ours-more", "--workers", str(args.workers + 1), "--no-feedback")
    rows.append((f"ours (sandboxed, warm, {args.workers + 1} workers)", more_s, more_mem))
    if not args.skip_stock:
        stock_s, stock_mem, stock = stock_nbgrader(a, subs, work)
        rows.append(("stock nbgrader autograde", stock_s, stock_mem))
    if not args.skip_serial:
        serial_s, serial_mem, serial = ours(a, subs, work / "serial", "--workers", "1", "--cold", "--no-feedback")
        rows.append(("ours one at a time (cold)", serial_s, serial_mem))
    with_fb_s, with_fb_mem, _ = ours(a, subs, work / "feedback", "--workers", str(args.workers))
    rows.append(("ours (parallel) + feedback HTML", with_fb_s, with_fb_mem))
    print_rows(rows, args.n)
    print(f"feedback HTML costs {with_fb_s / fast_s:.2f}x the run without it")
    if not args.skip_stock:
        print(f"\nratio stock / ours (sandboxed, {args.workers} workers): {stock_s / fast_s:.1f}x")
        print(f"ratio stock / ours (sandboxed, {args.workers + 1} workers): {stock_s / more_s:.1f}x")
        checked, disagreements = agreement(stock, fast, kinds, function_parts(a))
        print(f"agreement with stock on {checked} function parts: {checked - len(disagreements)}/{checked}")
        for line in disagreements[:10]:
            print(f"  differs: {line}")
    if not args.skip_serial:
        for label, parallel in ((f"{args.workers} workers", fast), (f"{args.workers + 1} workers", more)):
            same = parallel == serial
            print(f"scores with {label} identical to the one-at-a-time run: {'yes' if same else 'NO'}")
            for sid in sorted(parallel):
                if parallel[sid] != serial.get(sid):
                    print(f"  {sid}: parallel {parallel[sid]} / serial {serial.get(sid)}")


if __name__ == "__main__":
    main()
