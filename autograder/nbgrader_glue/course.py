"""The nbgrader course folder a grading run writes to, and the nbgrader steps on it.

``--out DIR`` is an ordinary nbgrader course: ``source/`` (a copy of the assignment),
``release/``, ``submitted/``, ``autograded/``, ``feedback/`` and the gradebook, plus an
``nbgrader_config.py`` so that ``nbgrader formgrader`` (``jupyter lab`` in DIR) and
``nbgrader export`` work there.  Autograding goes through nbgrader's own ``Autograde``
converter, with ``Execute`` replaced by :class:`~autograder.nbgrader_glue.preprocessors.InjectResults`.
"""

from __future__ import annotations

import logging
import shutil
import threading
import warnings
from pathlib import Path
from typing import Optional

import nbformat
from nbconvert.preprocessors import ClearMetadataPreprocessor, CSSHTMLHeaderPreprocessor
from nbgrader.api import Gradebook, MissingEntry
from nbgrader.converters import Autograde, GenerateAssignment, GenerateFeedback
from nbgrader.coursedir import CourseDirectory
from nbgrader.preprocessors import (
    AssignLatePenalties, CheckCellMetadata, ClearHiddenTests, ClearOutput, IgnorePattern,
    LimitOutput, OverwriteKernelspec,
)
from nbformat.warnings import DuplicateCellId, MissingIDFieldWarning
from sqlalchemy.exc import SAWarning
from traitlets.config import Config

from autograder.assignment import GRADING_FOLDER, Assignment
from autograder.errors import AutograderError
from autograder.nbgrader_glue.speedups import release_engines, speed_up_nbgrader
from autograder.nbgrader_glue.preprocessors import (
    DeduplicateGradeIds, GetGradesAndPending, InjectResults, OverwriteCells, RestoreMissingCells, ReuseSanitized,
)
from autograder.nbgrader_glue.run_files import notebook_digest, store_sanitized
from autograder.reports.safe_html import SanitizeStudentContent, exporter_settings, plain_name

SOURCE, RELEASE = "source", "release"
PREPARED_FILE = "prepared"
"""In ``.autograder/``: which generation of the assignment the gradebook holds."""
# nbgrader's gradebook default; an empty course id breaks foreign keys on PostgreSQL.
COURSE_ID = "default_course"
IGNORE = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback", GRADING_FOLDER]
SANITIZE_PREPROCESSORS = [ClearOutput, DeduplicateGradeIds, RestoreMissingCells, OverwriteKernelspec,
                          OverwriteCells, CheckCellMetadata]
# nbgrader's list with Execute replaced by InjectResults; its second CheckCellMetadata is
# dropped because InjectResults changes outputs only (the metadata was checked in sanitizing).
# SanitizeStudentContent: the autograded notebook formgrader and the feedback render is inert.
# KeepManualGrades is nbgrader's SaveAutoGrades keeping hand-given grades of unchanged cells settled.
AUTOGRADE_PREPROCESSORS = [InjectResults, SanitizeStudentContent, IgnorePattern, ClearMetadataPreprocessor,
                           LimitOutput, "autograder.nbgrader_glue.preprocessors.KeepManualGrades", AssignLatePenalties]
FEEDBACK_PREPROCESSORS = [GetGradesAndPending, ClearHiddenTests, CSSHTMLHeaderPreprocessor]

CONFIG_FILE = '''\
# Written by `python -m autograder grade`: this folder is an nbgrader course.
# Run `jupyter lab` here for formgrader (manual grading), or `nbgrader export`.
# Autograding stays with `python -m autograder grade`: nbgrader's Execute is replaced by
# InjectResults, which only accepts results of the sandboxed grader.
c = get_config()  # noqa: F821
c.CourseDirectory.root = {root!r}
c.CourseDirectory.db_url = {db_url!r}
c.CourseDirectory.course_id = {course_id!r}
c.CourseDirectory.source_directory = {source!r}
c.CourseDirectory.release_directory = {release!r}
c.CourseDirectory.ignore = {ignore!r}
c.Exporter.optimistic_validation = True
c.Autograde.sanitize_preprocessors = [
    "nbgrader.preprocessors.ClearOutput", "autograder.nbgrader_glue.preprocessors.DeduplicateGradeIds",
    "autograder.nbgrader_glue.preprocessors.RestoreMissingCells", "nbgrader.preprocessors.OverwriteKernelspec",
    "autograder.nbgrader_glue.preprocessors.OverwriteCells", "nbgrader.preprocessors.CheckCellMetadata"]
c.RestoreMissingCells.source_dir = {source_dir!r}
c.RestoreMissingCells.release_dir = {release_dir!r}
c.Autograde.autograde_preprocessors = [
    "autograder.nbgrader_glue.preprocessors.InjectResults", "autograder.reports.safe_html.SanitizeStudentContent",
    "nbgrader.preprocessors.IgnorePattern",
    "nbconvert.preprocessors.ClearMetadataPreprocessor", "nbgrader.preprocessors.LimitOutput",
    "autograder.nbgrader_glue.preprocessors.KeepManualGrades", "nbgrader.preprocessors.AssignLatePenalties"]
c.InjectResults.results_dir = {results!r}
c.KeepManualGrades.results_dir = {results!r}
c.GenerateFeedback.preprocessors = [
    "autograder.nbgrader_glue.preprocessors.GetGradesAndPending", "nbgrader.preprocessors.ClearHiddenTests",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor"]
# `nbgrader export` writes its own CSV: a name of its own, so that grades.csv (the kit's) stays.
c.CsvExportPlugin.to = "nbgrader_grades.csv"
# Deleted cells come back through RestoreMissingCells (nbgrader's own version fails on
# notebooks whose duplicated grade ids were cleared by DeduplicateIds).
c.OverwriteCells.add_missing_cells = False
# Student content is untrusted HTML: formgrader's submission view and the feedback show it
# cleaned and under a Content-Security-Policy (autograder/reports/safe_html.py, docs/security.md).
{exporters}
'''


def exporter_lines() -> str:
    """The HTML exporter settings of :func:`autograder.reports.safe_html.exporter_settings` as config lines."""
    return "\n".join(f"c.{section}.{trait} = {value!r}"
                     for section, traits in exporter_settings().items() for trait, value in traits.items())


def quiet_nbgrader(log_file: Path) -> logging.Logger:
    """Send nbgrader's and traitlets' chatter to a log file instead of the terminal."""
    logger = logging.getLogger("autograder.nbgrader")
    logger.handlers.clear()
    handler = logging.FileHandler(log_file)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    return logger


# nbgrader's gradebook API trips SQLAlchemy's autoflush warnings; they say nothing to instructors.
warnings.filterwarnings("ignore", category=SAWarning)
# A student's notebook with missing or repeated cell ids: nbformat fixes them as it reads (one
# warning line per cell, on the instructor's terminal, about nothing they need to do).
warnings.filterwarnings("ignore", category=DuplicateCellId)
warnings.filterwarnings("ignore", category=MissingIDFieldWarning)


class Course:
    """One grading folder (an nbgrader course) for one assignment."""

    def __init__(self, root: Path, assignment: Assignment, *, db_url: Optional[str] = None):
        self.root = Path(root).resolve()
        self.assignment = assignment
        self.db_url = db_url or f"sqlite:///{self.root / 'gradebook.db'}"
        self.private = self.root / ".autograder"
        self.results_dir = self.private / "results"
        self.log = None

    # ---------------------------------------------------------------- configuration

    def config(self, student_id: str = "*") -> Config:
        c = Config()
        c.CourseDirectory.root = str(self.root)
        c.CourseDirectory.db_url = self.db_url
        c.CourseDirectory.course_id = COURSE_ID
        c.CourseDirectory.source_directory = SOURCE
        c.CourseDirectory.release_directory = RELEASE
        c.CourseDirectory.ignore = IGNORE
        c.CourseDirectory.assignment_id = self.assignment.name
        c.CourseDirectory.student_id = student_id
        c.BaseConverter.force = True
        c.Exporter.optimistic_validation = True  # validate once per pass, not after every step
        c.Autograde.sanitize_preprocessors = SANITIZE_PREPROCESSORS
        c.RestoreMissingCells.source_dir = str(self.root / SOURCE)
        c.RestoreMissingCells.release_dir = str(self.root / RELEASE)
        c.Autograde.autograde_preprocessors = AUTOGRADE_PREPROCESSORS
        c.InjectResults.results_dir = str(self.results_dir)
        c.KeepManualGrades.results_dir = str(self.results_dir)
        c.GenerateFeedback.preprocessors = FEEDBACK_PREPROCESSORS
        c.OverwriteCells.add_missing_cells = False  # RestoreMissingCells does it
        for section, traits in exporter_settings().items():
            for trait, value in traits.items():
                c[section][trait] = value
        return c

    def _coursedir(self, config: Config) -> CourseDirectory:
        return CourseDirectory(config=config, log=self.log)

    # ---------------------------------------------------------------- steps

    def prepare(self) -> None:
        """Create the folder, copy the assignment's source and record it in the gradebook.

        Raises:
            AutograderError: if nbgrader cannot generate the assignment.
        """
        release_engines()
        speed_up_nbgrader()
        self.private.mkdir(parents=True, exist_ok=True)
        self.results_dir.mkdir(exist_ok=True)
        self.log = quiet_nbgrader(self.private / "nbgrader.log")
        source = self.root / SOURCE / self.assignment.name
        if source.exists():
            shutil.rmtree(source)
        shutil.copytree(self.assignment.source_dir, source,
                        ignore=shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints"))
        (self.root / "nbgrader_config.py").write_text(CONFIG_FILE.format(
            root=str(self.root), db_url=self.db_url, course_id=COURSE_ID, source=SOURCE, release=RELEASE,
            ignore=IGNORE, results=str(self.results_dir), source_dir=str(self.root / SOURCE),
            release_dir=str(self.root / RELEASE), exporters=exporter_lines()))
        key = self._generation_key()
        stamp = self.private / PREPARED_FILE
        if self._generated(stamp, key) or self._copied_template(key):
            return
        fresh = self._default_gradebook() and not (self.root / "gradebook.db").exists()
        config = self.config(".")
        converter = GenerateAssignment(coursedir=self._coursedir(config), config=config, log=self.log)
        converter.create_assignment = True
        if not _start(converter):
            raise AutograderError(f"nbgrader could not generate {self.assignment.name}: "
                                  f"see {self.private / 'nbgrader.log'}")
        stamp.write_text(f"{key}\n{self.db_url}")
        if fresh:
            self._keep_template(key)

    # What GenerateAssignment writes (the released notebooks, the assignment in the gradebook)
    # depends on the assignment's files and nbgrader alone: a regrading skips it, and a new
    # course folder starts from a copy kept in the user's cache (~0.4 s of CPU either way).

    def _generation_key(self) -> str:
        import hashlib

        import nbgrader

        from autograder import __version__

        parts = [__version__, nbgrader.__version__, COURSE_ID, self.assignment.name, self.assignment.fingerprint,
                 hashlib.sha256(Path(__file__).read_bytes()).hexdigest()]  # this module's settings (IGNORE &c.)
        return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:32]

    def _default_gradebook(self) -> bool:
        return self.db_url == f"sqlite:///{self.root / 'gradebook.db'}"

    def _generated(self, stamp: Path, key: str) -> bool:
        """Whether this folder's gradebook already holds exactly this assignment, released."""
        try:
            if stamp.read_text() != f"{key}\n{self.db_url}":
                return False
        except OSError:
            return False
        if not all(path.is_file() for path in self.released()):
            return False
        with Gradebook(self.db_url, COURSE_ID) as gb:
            try:
                known = {nb.name for nb in gb.find_assignment(self.assignment.name).notebooks}
            except MissingEntry:
                return False
        return known == set(self.assignment.notebooks)

    def _template(self, key: str) -> Path:
        from autograder.cache import user_cache

        return user_cache() / "generated" / key

    def _copied_template(self, key: str) -> bool:
        """A new folder: the gradebook and release of an earlier generation, if kept."""
        template = self._template(key)
        if not (self._default_gradebook() and not (self.root / "gradebook.db").exists()
                and (template / "gradebook.db").is_file() and (template / RELEASE).is_dir()):
            return False
        release = self.root / RELEASE / self.assignment.name
        if release.exists():
            shutil.rmtree(release)
        shutil.copytree(template / RELEASE, release)
        shutil.copyfile(template / "gradebook.db", self.root / "gradebook.db")
        (self.private / PREPARED_FILE).write_text(f"{key}\n{self.db_url}")
        return True

    def _keep_template(self, key: str) -> None:
        """Keep this fresh generation for the next new folder (whole or not at all)."""
        import sqlite3
        import tempfile
        from contextlib import closing

        template = self._template(key)
        if template.exists():
            return
        try:
            template.parent.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(prefix=f".{key}-", dir=template.parent))
        except OSError:
            return  # no cache: the next new folder generates again
        try:
            shutil.copytree(self.root / RELEASE / self.assignment.name, staging / RELEASE)
            with closing(sqlite3.connect(self.root / "gradebook.db")) as source, \
                    closing(sqlite3.connect(staging / "gradebook.db")) as target:
                source.backup(target)
            staging.rename(template)
        except (OSError, sqlite3.Error):
            shutil.rmtree(staging, ignore_errors=True)

    def close(self) -> None:
        """Close the gradebook's connections (they reopen on the next use)."""
        release_engines()

    def released(self) -> list[Path]:
        """The released notebooks (what every student started from)."""
        return [self.root / RELEASE / self.assignment.name / f"{name}.ipynb" for name in self.assignment.notebooks]

    def submitted_path(self, student_id: str, notebook: str) -> Path:
        return self.root / "submitted" / student_id / self.assignment.name / f"{notebook}.ipynb"

    def submit(self, student_id: str, notebooks: dict[str, nbformat.NotebookNode], *,
               timestamps: tuple[Optional[str], ...] = ()) -> None:
        """Place a student's notebooks where nbgrader expects submissions, with the first of
        ``timestamps`` that reads as a time as the submission's (nbgrader's ``timestamp.txt``:
        formgrader shows it, Autograde records it; none readable: no time)."""
        folder = self.submitted_path(student_id, "x").parent
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        for name, nb in notebooks.items():
            nbformat.write(nb, str(self.submitted_path(student_id, name)))
        timestamp = readable_timestamp(timestamps)
        if timestamp is not None:
            (folder / TIMESTAMP_FILE).write_text(timestamp + "\n")

    def sanitize(self, student_id: str, notebook: str, warnings: Optional[list[str]] = None) -> nbformat.NotebookNode:
        """The submission as nbgrader's Autograde sees it after its sanitizing steps; what the
        steps found worth telling the instructor (a deleted answer cell) is added to ``warnings``."""
        config = self.config(student_id)
        resources = {"nbgrader": {"notebook": notebook, "assignment": self.assignment.name,
                                  "student": student_id, "db_url": self.db_url}}
        nb = nbformat.read(str(self.submitted_path(student_id, notebook)), as_version=4)
        submitted = notebook_digest(nb)
        for step in Autograde(coursedir=self._coursedir(config), config=config, log=self.log).sanitize_preprocessors:
            nb, resources = step(config=config, log=self.log)(nb, resources)
        store_sanitized(self.results_dir, student_id, notebook, submitted=submitted, sanitized=nb)
        if warnings is not None:
            warnings.extend(resources.get("autograder_warnings", []))
        return nb

    def autograde(self, student_id: str) -> None:
        """Record the injected results through nbgrader's Autograde converter.

        Raises:
            AutograderError: if nbgrader rejects the submission.
        """
        config = self.config(student_id)
        # Sanitized in sanitize() already, by the same steps: use that result.
        config.Autograde.sanitize_preprocessors = [ReuseSanitized]
        config.ReuseSanitized.results_dir = str(self.results_dir)
        converter = Autograde(coursedir=self._coursedir(config), config=config, log=self.log)
        if not _start(converter):
            raise AutograderError(f"nbgrader could not autograde this submission: see {self.private / 'nbgrader.log'}")

    def feedback(self, student_id: str) -> list[Path]:
        """Write the student's HTML feedback (hidden tests removed) and return its files."""
        config = self.config(student_id)
        converter = GenerateFeedback(coursedir=self._coursedir(config), config=config, log=self.log)
        if not _start(converter):
            raise AutograderError(f"nbgrader could not write feedback: see {self.private / 'nbgrader.log'}")
        folder = self.root / "feedback" / student_id / self.assignment.name
        return sorted(folder.glob("*.html"))

    def record_students(self, names: dict[str, tuple[str, str]]) -> None:
        """Give students their (first, last) names in the gradebook, as formgrader lists them
        (see :func:`formgrader_name`)."""
        with Gradebook(self.db_url, COURSE_ID) as gb:
            for student_id, (first, last) in names.items():
                first, last = formgrader_name(first, last, student_id=student_id)
                gb.update_or_create_student(student_id, first_name=first, last_name=last)

    def name_unnamed(self, student_ids: list[str]) -> None:
        """Students the gradebook knows no name of are named by their id, a missing half of a
        name is marked (:func:`formgrader_name`) and a missing e-mail left empty: formgrader
        prints a missing one as "None". Names and e-mails from an LMS export or typed in
        formgrader are kept."""
        with Gradebook(self.db_url, COURSE_ID) as gb:
            for student_id in student_ids:
                try:
                    student = gb.find_student(student_id)
                except MissingEntry:
                    first, last = formgrader_name("", "", student_id=student_id)
                    gb.add_student(student_id, first_name=first, last_name=last, email="")
                    continue
                missing: dict[str, str] = {}
                first, last = formgrader_name(student.first_name, student.last_name, student_id=student_id)
                if (first, last) != (student.first_name, student.last_name):
                    missing.update(first_name=first, last_name=last)
                if student.email is None:
                    missing["email"] = ""
                if missing:
                    gb.update_or_create_student(student_id, **missing)

    def scores(self, student_id: str) -> dict[str, Optional[float]]:
        """Part -> score from the gradebook (None while a manual grade is pending)."""
        out: dict[str, Optional[float]] = {}
        with Gradebook(self.db_url, COURSE_ID) as gb:
            for notebook in self.assignment.notebooks:
                try:
                    submission = gb.find_submission_notebook(notebook, self.assignment.name, student_id)
                except MissingEntry:
                    continue
                for grade in submission.grades:
                    pending = grade.needs_manual_grade and grade.manual_score is None
                    out[grade.name] = None if pending or grade.score is None else float(grade.score)
        return out


UNKNOWN_HALF = "\u2014"
"""Stored for the half of a name nobody gave. formgrader prints every name as "last, first"
(a missing half as "None"), so with one name known, or only the id, an empty half would
leave "alice, " with its comma dangling: "alice, \u2014" reads as "first name unknown"."""


def formgrader_name(first: Optional[str], last: Optional[str], *, student_id: str) -> tuple[str, str]:
    """(first, last) to store for formgrader: markup characters removed (formgrader prints
    names unescaped), the id as the last name when no name is known, and
    :data:`UNKNOWN_HALF` for a half still missing."""
    first, last = plain_name(first or ""), plain_name(last or "")
    if not first and not last:
        last = student_id  # ids are letters, digits and _ . @ + - (lms.submissions.STUDENT_ID)
    return first or UNKNOWN_HALF, last or UNKNOWN_HALF


TIMESTAMP_FILE = "timestamp.txt"
"""nbgrader's record of when a submission was handed in, in its submitted folder."""


def readable_timestamp(candidates: tuple[Optional[str], ...]) -> Optional[str]:
    """The first of ``candidates`` that reads as a time, in ISO 8601 (which nbgrader reads
    right: its own parser takes Gradescope's "... -07:00" as UTC, and fails the autograding
    on a time it cannot read); None when none does. A time without a zone stays so (nbgrader
    takes it as UTC)."""
    from dateutil.parser import parse  # nbgrader's own dependency, and its parser

    for text in candidates:
        if not text:
            continue
        try:
            return parse(text.strip()).isoformat()
        except (ValueError, OverflowError):
            continue
    return None


CONVERTER_LOCK = threading.Lock()
"""Held while an nbgrader converter runs: each changes the process's working folder
(``BaseConverter.start``), so two in threads of one process must not overlap."""


def _start(converter) -> bool:
    """Run an nbgrader converter; True if it finished without errors."""
    from nbgrader.converters.base import NbGraderException

    try:
        with CONVERTER_LOCK:
            converter.start()
    except NbGraderException:
        return False
    return True
