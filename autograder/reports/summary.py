"""Presentation of a grading run: grades.csv and the terminal summary."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Optional, TextIO

from autograder.grade import GradeReport
from autograder.lms.roster import penalised


def _fmt(score: Optional[float]) -> str:
    return "" if score is None else f"{score:g}"


def write_grades_csv(report: GradeReport, path: Path) -> Path:
    """One row per student: id, one column per part (empty while manual grading is pending), total, status.

    When the submissions came from an LMS export, ``name`` follows the id, and ``late``
    (``yes``/``no``, empty when unknown) and ``submitted_at`` follow the status; with a
    late penalty, ``penalty`` (points taken) too, and ``total`` is after the penalty.
    """
    parts = [p.name for p in report.assignment.parts]
    lms = any(r.name or r.late is not None or r.submitted_at for r in report.results)
    penalty = report.late_penalty > 0
    with open(path, "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["student_id", *(["name"] if lms else []), *parts, "total", "status",
                         *(["late", "submitted_at"] if lms else []), *(["penalty"] if penalty else [])])
        for r in sorted(report.results, key=lambda r: r.student_id):
            scores = [r.scores.get(p) if r.status == "graded" else None for p in parts]
            total = sum(s for s in scores if s is not None) if r.status == "graded" else None
            total, taken = penalised(total, r.late, report.late_penalty)
            late = "" if r.late is None else ("yes" if r.late else "no")
            writer.writerow([r.student_id, *([r.name] if lms else []), *map(_fmt, scores), _fmt(total), r.status,
                             *([late, r.submitted_at or ""] if lms else []),
                             *([_fmt(taken) if r.status == "graded" else ""] if penalty else [])])
    return path


def print_summary(report: GradeReport, out: TextIO) -> None:
    """A fixed-width table of every student's scores, then problems and timing."""
    parts = [p.name for p in report.assignment.parts]
    maxima = {p.name: p.points for p in report.assignment.parts}
    id_width = max([len("student")] + [len(r.student_id) for r in report.results])
    widths = [max(len(p), 5) for p in parts]
    header = "  ".join([f"{'student':<{id_width}}"] + [f"{p:>{w}}" for p, w in zip(parts, widths)]
                       + [f"{'total':>7}", "status"])
    out.write(header + "\n")
    out.write("  ".join([f"{'(max)':<{id_width}}"] + [f"{maxima[p]:>{w}g}" for p, w in zip(parts, widths)]
                        + [f"{report.assignment.max_score:>7g}", ""]) + "\n")
    for r in sorted(report.results, key=lambda r: r.student_id):
        graded = r.status == "graded"
        scores = [r.scores.get(p) if graded else None for p in parts]
        cells = ["-" if not graded else ("?" if s is None else f"{s:g}") for s in scores]
        total = f"{sum(s for s in scores if s is not None):g}" if graded else "-"
        out.write("  ".join([f"{r.student_id:<{id_width}}"] + [f"{c:>{w}}" for c, w in zip(cells, widths)]
                            + [f"{total:>7}", r.status]) + "\n")
    pending = sum(1 for r in report.results if r.status == "graded" and None in
                  [r.scores.get(p) for p in parts])
    errors = [r for r in report.results if r.status != "graded"]
    out.write(f"\n{len(report.results)} submissions: {len(report.results) - len(errors)} graded, "
              f"{len(errors)} with errors; {pending} awaiting manual grading ('?').\n")
    for r in report.results:
        for warning in r.warnings:
            out.write(f"warning: {r.student_id}: {warning}\n")
    late = sorted(r.student_id for r in report.results if r.late)
    if late:
        taken = (f"{report.late_penalty:g}% taken off their totals" if report.late_penalty > 0
                 else "recorded in grades.csv, no penalty (--late-penalty PERCENT applies one)")
        out.write(f"{len(late)} late ({', '.join(late)}): {taken}.\n")
    if report.earlier:
        shown = ", ".join(report.earlier[:8]) + (", ..." if len(report.earlier) > 8 else "")
        out.write(f"{len(report.earlier)} graded earlier into this folder, not in this batch ({shown}): "
                  f"grades.csv lists this batch; their grades stay in the gradebook "
                  f"(`python -m autograder export {getattr(report.course, 'root', 'OUT')} --to csv` lists everyone).\n")
    reused = sum(1 for r in report.results if r.reused)
    if reused:
        out.write(f"{reused} unchanged since the last grading: scores kept (--force regrades them).\n")
    if report.results:
        per = report.seconds / len(report.results)
        out.write(f"Graded in {report.seconds:.1f} s ({per:.2f} s per submission).\n")
