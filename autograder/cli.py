"""Command line: ``python -m autograder <verb>``.  It only declares options and calls the verbs.

Defaults come from the functions and dataclasses themselves, so ``--help`` cannot
disagree with the code.
"""

from __future__ import annotations

import argparse
import gc
import sys
from dataclasses import fields
from pathlib import Path
from typing import Optional

# jsonschema imports rfc3987_syntax for URI format checks that nbformat and nbgrader never
# ask for, and that module builds a Lark grammar when imported: ~3 s of CPU in every grading
# process (python-jsonschema/jsonschema#1428). Reported absent, jsonschema skips those checks.
sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]

from autograder.errors import AutograderError  # noqa: E402
from autograder.execution.kernel import RunLimits  # noqa: E402
from autograder.lms import EXPORTS, LAYOUTS  # noqa: E402
from autograder.execution.sandbox import SandboxSettings  # noqa: E402

GRADE_EXAMPLES = """\
examples:
  python -m autograder grade pa2_gradient_descent examples/pa2_gradient_descent --out out
  python -m autograder grade pa2_gradient_descent canvas_export.zip --out out --db postgresql://localhost/grades
  python -m autograder grade pa2_gradient_descent subs/ --out out --cell-timeout 30 --memory-mb 2048
  python -m autograder grade pa2_gradient_descent subs/ --out out --workers 8 --force
  python -m autograder grade pa2_gradient_descent subs/ --out out --scores-only
  python -m autograder grade pa2_gradient_descent subs/ --out out --scheduler tcp://10.0.0.5:8786
  python -m autograder grade pa2_gradient_descent bb.zip --out out --due 2026-10-14T23:59 --late-penalty 10
  python -m autograder grade pa2_gradient_descent subs/ --out out --id-pattern 'hw2-(?P<id>[0-9]+)[.]ipynb'

Then: out/grades.csv, out/feedback/<student>/<assignment>/*.html, and `jupyter lab` in out/
for nbgrader's formgrader (manual grading of written answers).
"""

EXPORT_EXAMPLES = """\
examples:
  python -m autograder export out --to canvas --template "2026-10-20T1200_Grades-PA2.csv"
  python -m autograder export out --to moodle --template Grades-PA2-worksheet.csv
  python -m autograder export out --to gradescope
  python -m autograder export out --to csv --no-feedback

Writes out/export/<to>-grades.csv and the feedback bundle(s) in out/export/; students still
waiting for manual grading, and submissions that could not be graded, are listed, not exported.
"""


def _default(cls, name):
    return next(f.default for f in fields(cls) if f.name == name)


class Progress:
    """A one-line progress bar on stderr: count, rate, ETA and the last student."""

    def __init__(self, stream=sys.stderr, width: int = 24):
        import time

        self.stream, self.width, self.clock = stream, width, time.monotonic
        self.started = self.clock()

    def __call__(self, result, done: int, total: int) -> None:
        elapsed = max(self.clock() - self.started, 1e-9)
        rate = done / elapsed
        eta = (total - done) / rate if rate > 0 else 0.0
        filled = int(self.width * done / max(total, 1))
        mark = "ok" if result.status == "graded" else "error"
        line = (f"\r[{'#' * filled}{'.' * (self.width - filled)}] {done}/{total} "
                f"{rate:.2f}/s ETA {int(eta // 60)}:{int(eta % 60):02d}  {result.student_id}: {mark}")
        self.stream.write(line[:160] + "\033[K" + ("\n" if done == total else ""))
        self.stream.flush()


def _grade(args) -> int:
    from autograder.execution.availability import describe
    from autograder.grade import grade
    from autograder.reports.summary import print_summary, write_grades_csv

    if args.unsafe_no_sandbox:
        sys.stderr.write(
            "\n" + "!" * 78 + "\n!! WARNING: --unsafe-no-sandbox: student code will run with YOUR rights,\n"
            "!! able to read the solutions and gradebook, use the network and change files.\n"
            "!! Use this only for submissions you trust.\n" + "!" * 78 + "\n\n")
    sandbox = SandboxSettings(enabled=not args.unsafe_no_sandbox, memory_mb=args.memory_mb,
                              cpu_seconds=args.cpu_seconds, max_processes=args.max_processes)
    limits = RunLimits(cell_timeout=args.cell_timeout, notebook_timeout=args.notebook_timeout,
                       max_notebook_output=args.max_output_kb * 1024, figures=not args.scores_only,
                       every_cell=args.every_cell)
    if not args.quiet:
        print(describe(sandbox), flush=True)
    report = grade(args.assignment, Path(args.submissions), out=Path(args.out),
                   source_root=Path(args.source_root), db_url=args.db, sandbox=sandbox, limits=limits,
                   workers=args.workers, scheduler=args.scheduler, warm=not args.cold,
                   keep_warm=60 * args.keep_warm, force=args.force,
                   feedback=not (args.no_feedback or args.scores_only),
                   on_result=None if args.quiet else Progress(), layout=args.layout,
                   id_pattern=args.id_pattern, due=args.due, late_penalty=args.late_penalty)
    csv_path = write_grades_csv(report, Path(args.out) / "grades.csv")
    print_summary(report, sys.stdout)
    print(_outputs_line(args, csv_path))
    return 0


def _outputs_line(args, csv_path: Path) -> str:
    """The run's last line: where its outputs are, and which it did not write."""
    out = Path(args.out)
    feedback = str(out / "feedback")
    if args.scores_only:
        feedback = ("not written, and figures not drawn (--scores-only: run the same command without it "
                    "before formgrader, the feedback or export)")
    elif args.no_feedback:
        feedback = "not written (--no-feedback)"
    return f"Grades: {csv_path}   Feedback: {feedback}   Report: {out / 'report.html'}"


def _export(args) -> int:
    from autograder.export import export

    result = export(Path(args.dir), to=args.to, template=Path(args.template) if args.template else None,
                    out=Path(args.output) if args.output else None, column=args.column,
                    feedback=not args.no_feedback)
    print(f"Grades of {len(result.exported)} students: {result.grades}")
    for path in result.feedback:
        print(f"Feedback: {path}")
    if result.pending:
        print(f"Not exported, waiting for manual grading ({len(result.pending)}): {', '.join(result.pending)}")
    for sid, status in sorted(result.errors.items()):
        print(f"Not exported, not graded: {sid}: {status}")
    for warning in result.warnings:
        print(f"warning: {warning}")
    if result.not_in_template:
        print(f"Not in the template, so not exported ({len(result.not_in_template)}): "
              f"{', '.join(result.not_in_template)}")
    return 0


def _due(text: str):
    from datetime import datetime

    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date and time (e.g. 2026-10-14T23:59): {text!r}") from None


def _percent(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 <= value <= 100:
        raise argparse.ArgumentTypeError(f"a percentage between 0 and 100, not {text}")
    return value


def _generate(args) -> int:
    from autograder.generate import generate

    changed = generate(args.assignment, root=Path(args.root), check=args.check)
    if args.check:
        if changed:
            print(f"out of date in notebooks/{args.assignment}: {', '.join(changed)}; "
                  f"run: python -m autograder generate {args.assignment}")
            return 1
        print(f"notebooks/{args.assignment} is what nbgrader generates from solutions/{args.assignment}")
        return 0
    print(f"wrote notebooks/{args.assignment}: {', '.join(changed)}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m autograder",
                                     description="Generate and grade the course's notebooks with nbgrader.")
    verbs = parser.add_subparsers(dest="verb", required=True)

    g = verbs.add_parser("grade", help="grade a folder or .zip of submissions",
                         epilog=GRADE_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    g.add_argument("assignment", help="assignment folder name under --source-root")
    g.add_argument("submissions", help="folder or .zip of <student_id>.ipynb files or <student_id>/ folders, "
                                       "or an LMS's submissions download (Canvas, Moodle, Blackboard, Gradescope)")
    g.add_argument("--layout", choices=LAYOUTS, default=None,
                   help="how SUBMISSIONS names students (default: recognised from the file names)")
    g.add_argument("--id-pattern", default=None, metavar="REGEX",
                   help="regular expression for any other naming, matched against each top-level file or "
                        "folder name, with a named group (?P<id>...) and optionally name, file, time, late")
    g.add_argument("--due", type=_due, default=None, metavar="DATETIME",
                   help="due date (ISO, e.g. 2026-10-14T23:59): marks late the submissions whose export "
                        "records a time but no late flag (Blackboard, Gradescope, --id-pattern time)")
    g.add_argument("--late-penalty", type=_percent, default=0.0, metavar="PERCENT",
                   help="take PERCENT %% of a late submission's total off in grades.csv and exports "
                        "(default: %(default)g, lateness is only recorded)")
    g.add_argument("--out", required=True, help="output folder: an nbgrader course with grades.csv and feedback")
    g.add_argument("--db", default=None, help="gradebook SQLAlchemy URL (default: sqlite in --out)")
    g.add_argument("--source-root", default="solutions", help="folder of assignment sources (default: %(default)s)")
    g.add_argument("--workers", type=int, default=None,
                   help="kernels computing at once on this machine (default: one per core); a kernel "
                        "that only waits (sleep, I/O) lends its core to a standby worker")
    g.add_argument("--scheduler", default=None,
                   help="address of a Dask scheduler (tcp://host:8786): run kernels on its workers")
    g.add_argument("--cold", action="store_true",
                   help="start every kernel from scratch instead of forking a pre-started one")
    g.add_argument("--keep-warm", type=float, default=0.0, metavar="MINUTES",
                   help="keep the pre-started interpreter (sandboxed, as during the run) for MINUTES after "
                        "this run, so that the next run with the same settings starts at once: for grading "
                        "in rounds (default: %(default)g, it stops with the run)")
    g.add_argument("--force", action="store_true",
                   help="regrade every submission, even those unchanged since the last grading")
    g.add_argument("--no-feedback", action="store_true", help="do not write feedback HTML")
    g.add_argument("--scores-only", action="store_true",
                   help="a first look at the scores: no feedback HTML, and the students' figures judged "
                        "from their data without being drawn (about a third less CPU); a later run without "
                        "it runs those submissions again, with pictures, for formgrader and feedback")
    g.add_argument("--every-cell", action="store_true",
                   help="also run the cells after the last graded one (ungraded exercises): by default they "
                        "are not run, as nothing in them can change a score, and their feedback says so")
    g.add_argument("--cell-timeout", type=float, default=_default(RunLimits, "cell_timeout"),
                   help="seconds per cell before it is interrupted (default: %(default)s)")
    g.add_argument("--notebook-timeout", type=float, default=_default(RunLimits, "notebook_timeout"),
                   help="seconds per notebook before its kernel is killed (default: %(default)s)")
    g.add_argument("--max-output-kb", type=int, default=_default(RunLimits, "max_notebook_output") // 1024,
                   help="output kept per notebook, KiB (default: %(default)s)")
    g.add_argument("--memory-mb", type=int, default=_default(SandboxSettings, "memory_mb"),
                   help="address-space limit per kernel, MiB (default: %(default)s)")
    g.add_argument("--cpu-seconds", type=int, default=_default(SandboxSettings, "cpu_seconds"),
                   help="CPU-time limit per kernel (default: %(default)s)")
    g.add_argument("--max-processes", type=int, default=_default(SandboxSettings, "max_processes"),
                   help="processes and threads per kernel (default: %(default)s)")
    g.add_argument("--unsafe-no-sandbox", action="store_true",
                   help="run student code WITHOUT isolation (only where bubblewrap is unavailable "
                        "and the code is trusted)")
    g.add_argument("-q", "--quiet", action="store_true", help="no progress line")
    g.set_defaults(run=_grade)

    e = verbs.add_parser("export", help="grades and feedback of a graded folder, in the file an LMS imports",
                         epilog=EXPORT_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    e.add_argument("dir", help="the --out folder of `grade`")
    e.add_argument("--to", required=True, choices=EXPORTS, help="the format to write")
    e.add_argument("--template", default=None, metavar="FILE",
                   help="the LMS's own export to fill in (Canvas gradebook CSV, Moodle grading worksheet, "
                        "Gradescope score CSV): only this assignment's scores change")
    e.add_argument("--column", default=None, help="the template's column for this assignment, when its name "
                                                   "does not match the assignment's")
    e.add_argument("--output", default=None, metavar="FILE", help="grades file (default: DIR/export/<to>-grades.csv)")
    e.add_argument("--no-feedback", action="store_true", help="do not bundle the feedback HTML")
    e.set_defaults(run=_export)

    r = verbs.add_parser("generate", help="regenerate notebooks/<assignment> from solutions/<assignment>")
    r.add_argument("assignment")
    r.add_argument("--root", default=".", help="repository root (default: current folder)")
    r.add_argument("--check", action="store_true", help="write nothing; exit 1 if notebooks/ is out of date")
    r.set_defaults(run=_generate)
    return parser


def main(argv: Optional[list[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except AutograderError as error:
        sys.stderr.write(f"error: {error}\n")
        return 1
    except OSError as error:  # the file system refused (a read-only or full disk, a file where a folder goes)
        where = " -> ".join(str(name) for name in (error.filename, error.filename2) if name)
        sys.stderr.write(f"error: {where + ': ' if where else ''}{error.strerror or error}\n")
        return 1


def run() -> None:
    """The process's entry (``python -m autograder``, the ``autograder`` command): :func:`main`,
    then exit with its code.

    Objects still alive at the end are frozen first, so that the interpreter's last garbage
    collections skip the ~1,500 modules nbgrader brings in (0.15 s of a 2.5 s one-submission
    run); atexit handlers, buffers and finalizers run as usual.  Not for in-process callers:
    frozen objects are never collected."""
    code = main()
    gc.freeze()
    sys.exit(code)


if __name__ == "__main__":
    run()
