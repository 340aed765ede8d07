"""``DIR/report.html``: how the class did, in one self-contained page (figures embedded).

Written by every ``grade`` run and by ``export``, from the course folder alone, so that it
shows the gradebook as it is now (manual grades included):

* the run record (``DIR/.autograder/lms.json``: assignment, parts, each student's status);
* the gradebook (each part's score, and whether a human still has to grade it);
* the stored verdicts (``DIR/.autograder/results/<student>/<notebook>.json``: each
  criterion, its points and message; the run's problems and seconds);
* the last run's timing (``DIR/.autograder/run.json``, written here).

Its two figures are SVG drawn here (no plotting library: the report costs milliseconds).

Sections: summary, distribution of totals, each part, every criterion's pass rate, the most
common lost criteria (an example message and the students), errors and timeouts, slow
submissions and limits hit, grading time. Everything printed is escaped, and the page's
policy forbids every script and request (students' messages reach it).
"""

from __future__ import annotations

import base64
import html
import json
import logging
import statistics
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from autograder.errors import AutograderError
from autograder.lms import roster

RUN_FILE = "run.json"
CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
SLOW_FACTOR, SLOW_FLOOR = 3.0, 5.0
"""A submission whose kernels ran over 3 x the class median (and over 5 s) is listed as slow."""


@dataclass
class StudentRow:
    student_id: str
    status: str
    scores: dict[str, Optional[float]] = field(default_factory=dict)
    """Part -> score (None: waiting for manual grading)."""
    criteria: list[tuple[str, dict]] = field(default_factory=list)
    """(part, criterion as stored) for every autograded criterion."""
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def total(self) -> float:
        return sum(s for s in self.scores.values() if s is not None)

    @property
    def pending(self) -> list[str]:
        return [p for p, s in self.scores.items() if s is None]


@dataclass
class ClassData:
    """Everything the report shows (plain data, read by :func:`collect`)."""

    assignment: str
    parts: list[tuple[str, float]]
    students: list[StudentRow]
    run: dict = field(default_factory=dict)

    @property
    def graded(self) -> list[StudentRow]:
        return [s for s in self.students if s.status == "graded"]


def record_run(course_dir: Path, *, seconds: float, submissions: int, reused: int) -> Path:
    """Remember how long the last ``grade`` run took (shown in the report)."""
    path = Path(course_dir) / ".autograder" / RUN_FILE
    path.write_text(json.dumps({"seconds": round(seconds, 2), "submissions": submissions, "reused": reused,
                                "finished": time.strftime("%Y-%m-%d %H:%M:%S")}))
    return path


def collect(course_dir: Path) -> ClassData:
    """Read the course folder (run record, gradebook, stored verdicts).

    Raises:
        AutograderError: when ``course_dir`` was never graded into.
    """
    from nbgrader.api import Gradebook, MissingEntry

    course_dir = Path(course_dir)
    record = roster.load(course_dir)
    assignment, parts = record["assignment"], [(p, float(points)) for p, points in record["parts"]]
    rows = []
    with Gradebook(record["db_url"], record["course_id"]) as gb:
        for sid, student in sorted(record["students"].items()):
            row = StudentRow(student_id=sid, status=student["status"])
            if row.status == "graded":
                try:
                    submission = gb.find_submission(assignment, sid)
                except MissingEntry:
                    row.status = "error: not in the gradebook (grade it again)"
                else:
                    for grade in (g for nb in submission.notebooks for g in nb.grades):
                        pending = grade.needs_manual_grade and grade.manual_score is None
                        row.scores[grade.name] = None if pending or grade.score is None else float(grade.score)
            _read_results(course_dir / ".autograder" / "results" / sid, row)
            rows.append(row)
    try:
        run = json.loads((course_dir / ".autograder" / RUN_FILE).read_text())
    except (OSError, ValueError):
        run = {}
    return ClassData(assignment=assignment, parts=parts, students=rows, run=run)


def _read_results(folder: Path, row: StudentRow) -> None:
    for path in sorted(folder.glob("*.json")):
        if path.name.endswith(".sanitized.json"):
            continue
        try:
            stored = json.loads(path.read_text())
        except (OSError, ValueError):
            continue
        for part, verdict in stored.get("verdicts", {}).items():
            row.criteria += [(part, c) for c in verdict.get("criteria", []) if isinstance(c, dict)]
        row.problems += [p for p in stored.get("problems", []) if isinstance(p, str)]
        row.seconds += float(stored.get("seconds") or 0.0)


# ------------------------------------------------------------------- figures
# Drawn as SVG by hand: a histogram is a few rectangles, and matplotlib (import and layout:
# ~1.5 s of CPU) was the slowest step left after the last submission.

def _counts(values: list[float], bins: int, top: float) -> list[int]:
    """How many ``values`` fall in each of ``bins`` equal bins over [0, top] (the last one closed)."""
    counts = [0] * bins
    for value in values:
        counts[min(bins - 1, max(0, int(bins * value / top)))] += 1
    return counts


def _panel(values: list[float], *, bins: int, top: float, x: float, width: float, height: float,
           title: str, xlabel: str, ylabel: str, colour: str) -> str:
    """One histogram's SVG elements, its plot area ``width`` x ``height`` at (``x``, 24)."""
    counts = _counts(values, bins, top or 1.0)
    peak = max(counts + [1])
    y0, step = 24 + height, width / bins
    parts = [f'<rect x="{x}" y="24" width="{width}" height="{height}" fill="none" stroke="#999"/>',
             f'<text x="{x + width / 2}" y="14" text-anchor="middle" font-size="12">{_e(title)}</text>',
             f'<text x="{x + width / 2}" y="{y0 + 30}" text-anchor="middle" font-size="10">{_e(xlabel)}</text>',
             f'<text x="{x}" y="{y0 + 14}" text-anchor="middle" font-size="9">0</text>',
             f'<text x="{x + width}" y="{y0 + 14}" text-anchor="middle" font-size="9">{top:g}</text>',
             f'<text x="{x - 4}" y="28" text-anchor="end" font-size="9">{peak}</text>',
             f'<text x="{x - 4}" y="{y0}" text-anchor="end" font-size="9">0</text>']
    if ylabel:
        parts.append(f'<text transform="translate({x - 22},{24 + height / 2}) rotate(-90)" '
                     f'text-anchor="middle" font-size="10">{_e(ylabel)}</text>')
    for i, count in enumerate(counts):
        if count:
            bar = height * count / peak
            parts.append(f'<rect x="{x + i * step + 0.5:.1f}" y="{y0 - bar:.1f}" width="{max(step - 1, 0.5):.1f}" '
                         f'height="{bar:.1f}" fill="{colour}"><title>{count}</title></rect>')
    return "".join(parts)


def _svg_image(width: float, height: float, body: str, alt: str) -> str:
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:g}" height="{height:g}" '
           f'viewBox="0 0 {width:g} {height:g}" font-family="sans-serif">{body}</svg>')
    return f'<img alt="{_e(alt)}" src="data:image/svg+xml;base64,{base64.b64encode(svg.encode()).decode()}">'


def _totals_figure(data: ClassData) -> str:
    totals = [s.total for s in data.graded]
    maximum = sum(points for _, points in data.parts)
    body = _panel(totals, bins=min(20, max(5, len(totals))), top=maximum or 1.0, x=50, width=620, height=170,
                  title=f"Totals of {len(totals)} graded submissions", xlabel="total points (pending parts count 0)",
                  ylabel="students", colour="#3a6ea5")
    return _svg_image(700, 240, body, "histogram of the totals")


def _parts_figure(data: ClassData) -> str:
    width = max(130.0, 620.0 / max(1, len(data.parts)) - 30)
    panels = []
    for i, (part, points) in enumerate(data.parts):
        scores = [s.scores[part] for s in data.graded if s.scores.get(part) is not None]
        panels.append(_panel(scores, bins=min(10, max(3, len(set(scores)))), top=points or 1.0,
                             x=50 + i * (width + 30), width=width, height=120, title=part,
                             xlabel=f"of {points:g}", ylabel="students" if i == 0 else "", colour="#5a9e6f"))
    return _svg_image(60 + len(data.parts) * (width + 30), 190, "".join(panels), "histograms of each part's scores")


# ------------------------------------------------------------------- page

def _e(value) -> str:
    return html.escape(str(value), quote=True)


def _table(header: Optional[list[str]], rows: list[list]) -> str:
    head = "<thead><tr>" + "".join(f"<th>{_e(h)}</th>" for h in header) + "</tr></thead>" if header else ""
    body = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table>{head}<tbody>{body}</tbody></table>"


def _criteria(data: ClassData) -> tuple[list[list], list[list]]:
    """(pass-rate rows, most-common-lost rows)."""
    seen: dict[tuple[str, str], list] = defaultdict(lambda: [0, 0, 0.0])  # checked, passed, points
    lost: dict[tuple[str, str], list] = defaultdict(list)  # -> [(student, message)]
    for student in data.graded:
        for part, c in student.criteria:
            key = (part, str(c.get("name", "?")))
            entry = seen[key]
            entry[0] += 1
            earned, points = float(c.get("earned", 0) or 0), float(c.get("points", 0) or 0)
            entry[2] = points
            if earned >= points:
                entry[1] += 1
            else:
                lost[key].append((student.student_id, str(c.get("message", ""))))
    rates = [[part, name, f"{points:g}", f"{passed}/{checked}", f"{100 * passed / checked:.0f}%"]
             for (part, name), (checked, passed, points) in sorted(seen.items())]
    common = sorted(lost.items(), key=lambda item: -len(item[1]))[:10]
    worst = [[part, name, len(who), who[0][1][:300], ", ".join(s for s, _ in who[:12]) + (" ..." if len(who) > 12 else "")]
             for (part, name), who in common]
    return rates, worst


def render(data: ClassData) -> str:
    """The report page for ``data`` (one self-contained HTML string)."""
    graded, errors = data.graded, [s for s in data.students if s.status != "graded"]
    maximum = sum(points for _, points in data.parts)
    totals = [s.total for s in graded]
    pending = [s for s in graded if s.pending]
    summary = [
        ["submissions", len(data.students)], ["graded", len(graded)], ["errors", len(errors)],
        ["waiting for manual grading", len(pending)],
        ["mean total", f"{statistics.mean(totals):.1f} / {maximum:g}" if totals else "-"],
        ["median total", f"{statistics.median(totals):.1f} / {maximum:g}" if totals else "-"],
    ]
    parts_rows = []
    for part, points in data.parts:
        scores = [s.scores[part] for s in graded if s.scores.get(part) is not None]
        waiting = sum(1 for s in graded if part in s.scores and s.scores[part] is None)
        parts_rows.append([part, f"{points:g}", f"{statistics.mean(scores):.2f}" if scores else "-",
                           f"{sum(1 for v in scores if v >= points)}/{len(scores)}", waiting])
    rates, worst = _criteria(data)
    times = [s.seconds for s in data.students if s.seconds]
    limit = max(SLOW_FLOOR, SLOW_FACTOR * statistics.median(times)) if times else SLOW_FLOOR
    slow = sorted((s for s in data.students if s.seconds > limit or s.problems), key=lambda s: -s.seconds)
    run = data.run
    timing = ([["last run", run.get("finished", "?")], ["submissions in it", run.get("submissions", "?")],
               ["reused unchanged", run.get("reused", 0)], ["wall time", f"{run.get('seconds', 0):.1f} s"],
               ["per submission", f"{run['seconds'] / run['submissions']:.2f} s" if run.get("submissions") else "-"]]
              if run else [["last run", "not recorded"]])
    sections = [
        ("summary", "Summary", _table(None, summary)),
        ("totals", "Distribution of totals", _totals_figure(data) if graded else "<p>No graded submission.</p>"),
        ("parts", "Parts", (_parts_figure(data) if graded else "")
         + _table(["part", "points", "mean", "full marks", "waiting for a human"], parts_rows)),
        ("criteria", "Pass rate of every criterion",
         _table(["part", "criterion", "points", "passed", "rate"], rates) if rates else "<p>No criteria recorded.</p>"),
        ("lost", "Most common lost criteria",
         _table(["part", "criterion", "students", "example message", "who"], worst) if worst else "<p>None lost.</p>"),
        ("errors", "Errors and timeouts",
         _table(["student", "status"], [[s.student_id, s.status] for s in errors]) if errors else "<p>None.</p>"),
        ("slow", "Slow submissions and limits hit",
         f"<p>Kernel time over {limit:.1f} s (3 x the median), or a limit hit.</p>"
         + _table(["student", "kernel seconds", "problems"], [[s.student_id, f"{s.seconds:.1f}", "; ".join(s.problems)]
                                                             for s in slow]) if slow else "<p>None.</p>"),
        ("timing", "Grading time", _table(None, timing)),
    ]
    nav = " · ".join(f'<a href="#{key}">{_e(title)}</a>' for key, title, _ in sections)
    body = "".join(f'<section id="{key}"><h2>{_e(title)}</h2>{content}</section>' for key, title, content in sections)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<title>{_e(data.assignment)}: class report</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2em auto; max-width: 72em; color: #222; }}
table {{ border-collapse: collapse; margin: 0.5em 0 1.5em; }}
th, td {{ border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: left; vertical-align: top; font-size: 0.9em; }}
th {{ background: #f3f3f3; }} img {{ max-width: 100%; }} nav {{ margin-bottom: 1em; }}
</style></head>
<body><h1>{_e(data.assignment)}: class report</h1><nav>{nav}</nav>{body}</body></html>
"""


def write_report(course_dir: Path) -> Path:
    """Write ``course_dir/report.html`` from the folder as it is now and return its path.

    Raises:
        AutograderError: when ``course_dir`` was never graded into.
    """
    path = Path(course_dir) / "report.html"
    path.write_text(render(collect(course_dir)))
    return path


def refresh_report(course_dir: Path, **run) -> Optional[Path]:
    """Rewrite ``report.html`` (recording the run's timing first, when given: ``seconds``,
    ``submissions``, ``reused``); a report that cannot be written is a warning, never a
    failed ``grade`` or ``export``."""
    try:
        if run:
            record_run(course_dir, **run)
        return write_report(course_dir)
    except (AutograderError, OSError, ValueError) as error:
        logging.getLogger("autograder").warning("report.html not written: %s", error)
        return None
