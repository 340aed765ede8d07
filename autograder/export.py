"""``export``: grades (and feedback) of a graded folder, in the file each LMS imports.

Scores are read from the gradebook at export time, so written answers graded in
formgrader since the last ``grade`` run are included.  A student whose manual grading
is not finished is reported and left out (never sent as zero); so is a submission that
could not be graded.  A feedback page older than the gradebook (a grade or comment given
in formgrader since it was written) is left out of the bundle and named, never uploaded
to contradict the grade beside it.  The formats are owned by :mod:`autograder.lms` (one module per LMS).
"""

from __future__ import annotations

import csv
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from autograder.reports.class_report import refresh_report
from autograder.errors import AutograderError
from autograder.lms import EXPORTS, GradeRow, layout_module, roster


@dataclass
class ExportResult:
    """What ``export`` wrote and whom it left out."""

    grades: Path
    exported: list[str] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)
    """Students with a part still waiting for manual grading (not exported)."""
    errors: dict[str, str] = field(default_factory=dict)
    """Students whose submission was not graded -> why (not exported)."""
    not_in_template: list[str] = field(default_factory=list)
    """Graded students the template had no row for (their grades are not in the file)."""
    feedback: list[Path] = field(default_factory=list)
    """The feedback bundle(s) written."""
    feedback_left_out: dict[str, str] = field(default_factory=dict)
    """Exported students whose feedback is not in the bundle -> why (no page, or a page older
    than their grades in the gradebook)."""
    warnings: list[str] = field(default_factory=list)


def gradebook_rows(course_dir: Path) -> tuple[dict, list[GradeRow], list[str], dict[str, str]]:
    """(run record, complete rows, pending ids, error id -> status) from the gradebook as it is now."""
    from nbgrader.api import Gradebook, MissingEntry

    record = roster.load(course_dir)
    assignment = record["assignment"]
    max_points = sum(points for _, points in record["parts"])
    rows, pending, errors = [], [], {}
    with Gradebook(record["db_url"], record["course_id"]) as gb:
        for sid, student in sorted(record["students"].items()):
            info = student["info"]
            if student["status"] != "graded":
                errors[sid] = student["status"]
                continue
            try:
                submission = gb.find_submission(assignment, sid)
            except MissingEntry:
                errors[sid] = "not in the gradebook (grade it again)"
                continue
            grades = [g for nb in submission.notebooks for g in nb.grades]
            if any(g.needs_manual_grade and g.manual_score is None for g in grades):
                pending.append(sid)
                continue
            comments = [c.manual_comment for nb in submission.notebooks for c in nb.comments if c.manual_comment]
            total, _ = roster.penalised(sum(float(g.score or 0.0) for g in grades), info.late,
                                        float(record.get("late_penalty") or 0.0))
            rows.append(GradeRow(student_id=sid, info=info, total=total, max_points=max_points,
                                 comment="\n".join(comments)))
    return record, rows, pending, errors


def export(course_dir: Path, *, to: str, template: Optional[Path] = None, out: Optional[Path] = None,
           column: Optional[str] = None, feedback: bool = True) -> ExportResult:
    """Write the grades of ``course_dir`` in the format ``to`` imports, and bundle feedback.

    Args:
        course_dir: the ``--out`` folder of ``grade``.
        to: ``canvas`` (gradebook CSV), ``moodle`` (grading worksheet), ``gradescope``
            (score CSV) or ``csv`` (the kit's own: id, name, email, total, lateness).
        template: the file the LMS exported (Canvas gradebook, Moodle worksheet,
            Gradescope score template): only the assignment's scores change in it.
        out: where to write the grades (default: ``DIR/export/<to>-grades.csv``).
        column: the template's column for this assignment, when its name does not say.
        feedback: bundle the students' feedback HTML for upload (Canvas "Re-Upload
            Submissions" zip, Moodle "feedback files in a zip", else one zip per student).

    Returns:
        What was written, and the students left out with the reason.

    Raises:
        AutograderError: for an unknown format, a folder never graded, or a template
            that is not the LMS's export.
    """
    if to not in EXPORTS:
        raise AutograderError(f"unknown export format {to!r} (choose from {', '.join(EXPORTS)})")
    if template is not None and not Path(template).is_file():
        raise AutograderError(f"{template}: no such template file")
    course_dir = Path(course_dir)
    record, rows, pending, errors = gradebook_rows(course_dir)
    folder = course_dir / "export"
    folder.mkdir(exist_ok=True)
    path = Path(out) if out else folder / f"{to}-grades.csv"
    max_points = sum(points for _, points in record["parts"])
    result = ExportResult(grades=path, exported=[r.student_id for r in rows], pending=pending, errors=errors)
    foreign = sorted(r.student_id for r in rows if r.info.layout != to)
    if to in ("canvas", "moodle") and foreign:
        result.warnings.append(f"{len(foreign)} students were not read from a {to} download, so their ids "
                               f"({', '.join(foreign[:5])}{', ...' if len(foreign) > 5 else ''}) are written as "
                               f"{to} ids as they are")
    if to == "csv":
        _write_csv(path, rows, pending, errors, record)
    else:
        result.not_in_template = layout_module(to).write_grades(
            rows, path=path, assignment=record["assignment"], max_points=max_points, template=template, column=column)
        result.exported = [s for s in result.exported if s not in result.not_in_template]
    if feedback:
        bundled = [r for r in rows if r.student_id in result.exported]
        result.feedback_left_out = _feedback_behind(course_dir, record, [r.student_id for r in bundled])
        result.warnings += _left_out_warnings(result.feedback_left_out)
        result.feedback = _bundle(course_dir, folder, to, record,
                                  [r for r in bundled if r.student_id not in result.feedback_left_out])
    refresh_report(course_dir)  # the report shows the gradebook as exported
    return result


def _write_csv(path: Path, rows: list[GradeRow], pending: list[str], errors: dict[str, str], record: dict) -> None:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["student_id", "name", "email", "total", "max", "late", "submitted_at", "status"])
        students = record["students"]
        out = [(r.student_id, r.total, "complete") for r in rows]
        out += [(sid, None, "pending manual grading") for sid in pending]
        out += [(sid, None, status) for sid, status in errors.items()]
        for sid, total, status in sorted(out):
            info = students[sid]["info"]
            late = "" if info.late is None else ("yes" if info.late else "no")
            writer.writerow([sid, info.name, info.email, "" if total is None else f"{total:g}",
                             f"{sum(p for _, p in record['parts']):g}", late, info.submitted_at or "", status])


STALE = "older than the gradebook"
MISSING = "no feedback page"


def _feedback_behind(course_dir: Path, record: dict, student_ids: list[str]) -> dict[str, str]:
    """Students whose feedback page is missing, or shows grades or comments older than the
    gradebook's (given in formgrader after the last ``grade``): a page that contradicts the
    exported grade is never uploaded."""
    from autograder.nbgrader_glue import host

    behind = host.feedback_behind(course_dir, assignment=record["assignment"], db_url=record["db_url"],
                                  student_ids=student_ids)
    return {sid: STALE if _pages(course_dir, record, sid) else MISSING for sid in behind}


def _left_out_warnings(left_out: dict[str, str]) -> list[str]:
    warnings = []
    for why, advice in ((MISSING, "graded with --no-feedback or --scores-only, or a page that could not be "
                                  "written: run the same `grade` command without those options"),
                        (STALE, "a grade or comment was given in formgrader since: run the same `grade` command "
                                "again (it runs no submission again, it only rewrites these pages)")):
        ids = sorted(sid for sid, reason in left_out.items() if reason == why)
        if ids:
            warnings.append(f"feedback of {len(ids)} student{'s' if len(ids) > 1 else ''} left out of the bundle, {why} "
                            f"({', '.join(ids[:5])}{', ...' if len(ids) > 5 else ''}): {advice}, then export again")
    return warnings


def _pages(course_dir: Path, record: dict, student_id: str) -> list[Path]:
    return sorted((Path(course_dir) / "feedback" / student_id / record["assignment"]).glob("*.html"))


def _bundle(course_dir: Path, folder: Path, to: str, record: dict, rows: list[GradeRow]) -> list[Path]:
    """Feedback HTML per student, laid out for the LMS's bulk upload where it has one (and the
    submissions came from that LMS, whose file names the upload must repeat), else a zip per student."""
    files = {r.student_id: _pages(course_dir, record, r.student_id) for r in rows}
    files = {sid: found for sid, found in files.items() if found}
    if not files:
        return []
    if to in ("canvas", "moodle") and all(r.info.layout == to for r in rows):
        module, infos = layout_module(to), {r.student_id: r.info for r in rows}
        names = {(sid, html): module.feedback_name(infos[sid], sid, html.name)
                 for sid, found in files.items() for html in found}
        if None not in names.values():  # else the LMS would match some files to no one
            path = folder / f"{to}-feedback.zip"
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
                for (_, html), name in sorted(names.items()):
                    archive.write(html, name)
            return [path]
    target = folder / "feedback"
    target.mkdir(exist_ok=True)
    written = []
    for sid, found in sorted(files.items()):
        path = target / f"{sid}.zip"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for html in found:
                archive.write(html, html.name)
        written.append(path)
    return written
