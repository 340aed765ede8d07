"""The students' feedback HTML, written off the grader's critical path from plain data.

The page is nbgrader's ``GenerateFeedback`` on the autograded notebook, with the course's
own settings (``autograder.reports.safe_html``: the sanitizing steps, templates and
Content-Security-Policy), the same files and permissions.  Three things differ, none of
them in what the page says:

* the grades come from plain data the grader read from the gradebook after recording
  (:class:`GradesFromData`, the same marks as :class:`GetGradesAndPending`), so that the
  gradebook has one user, the grader's main process, and pages can be written elsewhere;
* the exporter (:class:`QuickFeedbackExporter`) keeps its compiled templates and the
  highlighted code and rendered Markdown of cells every student shares, and adds the
  missing ``alt`` texts itself instead of re-parsing the whole page with BeautifulSoup
  (60% of nbconvert's HTML export): the page parses to the same document;
* :class:`FeedbackWriter` writes them while the grader goes on: in a process of its own,
  or for a few submissions in a thread of the grader's.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

# As in autograder/cli.py: the writer process starts here, not there (rfc3987_syntax builds
# a grammar at import, ~1.5 s of CPU, for format checks nbformat never asks for).
sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]

from jinja2 import pass_context
from nbconvert.exporters.templateexporter import TemplateExporter
from nbconvert.filters.highlight import Highlight2HTML
from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter
from nbconvert.preprocessors import Preprocessor
from nbgrader.api import MissingEntry
from traitlets import Dict

from autograder.execution.parent_watch import die_with_parent
from autograder.nbgrader_glue.preprocessors import GetGradesAndPending
from autograder.reports.safe_html import FeedbackExporter

ALT_TEXT = "No description has been provided for this image"  # nbconvert's own words
CACHE_LIMIT = 4096
# A page read as Python's HTML parser reads it: comments, the raw text of style and script
# elements, and start tags whole (quoted values may hold "<img"); only <img> tags get an alt.
_PIECES = re.compile(r"<!--.*?-->|<(style|script)\b.*?</\1\s*>|<[a-zA-Z](?:[^>\"']|\"[^\"]*\"|'[^']*')*>",
                     re.IGNORECASE | re.DOTALL)
_IMG = re.compile(r"<img[\s/>]", re.IGNORECASE)
_QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'")
_ALT = re.compile(r"\salt\s*(=|\s|/?$)", re.IGNORECASE)
_ENVIRONMENTS: dict = {}
_HIGHLIGHTED: dict = {}


def _with_alt_texts(page: str) -> str:
    """``page`` with nbconvert's alt text on every image that has none (last attribute, as
    BeautifulSoup adds it)."""
    def fix(match: re.Match) -> str:
        tag = match.group(0)
        if not _IMG.match(tag) or _ALT.search(_QUOTED.sub('""', tag[4:-1])):
            return tag
        end = len(tag) - (2 if tag.endswith("/>") else 1)
        body = tag[:end].rstrip()
        return f'{body} alt="{ALT_TEXT}"{tag[end:]}'

    return _PIECES.sub(fix, page)


def _memoized(function, key_of, cache: Optional[dict] = None):
    """``function`` remembering its results by ``key_of(*args)`` (None: not kept), in ``cache``."""
    cache = {} if cache is None else cache

    def call(*args, **kwargs):
        key = key_of(*args, **kwargs)
        if key is None:
            return function(*args, **kwargs)
        if key not in cache:
            if len(cache) >= CACHE_LIMIT:
                cache.clear()
            cache[key] = function(*args, **kwargs)
        return cache[key]

    return call


def _markdown_key(context, source) -> Optional[tuple]:
    cell = context.get("cell", {}) or {}
    if not isinstance(source, str):
        return None
    return source, json.dumps(cell.get("attachments") or {}, sort_keys=True, default=repr)


def _highlight_key(lexer: Optional[str]):
    """What nbconvert's highlighting of a cell depends on: the lexer, the source, the
    language asked for, and of the cell's metadata only its ``magics_language``."""
    def key(source, language=None, metadata=None):
        magics = metadata.get("magics_language") if hasattr(metadata, "get") else None
        return (lexer, source, language, magics) if isinstance(source, str) and isinstance(magics, (str, type(None))) \
            else None
    return key


class QuickFeedbackExporter(FeedbackExporter):
    """:class:`~autograder.reports.safe_html.FeedbackExporter` for less CPU, same page.

    nbconvert's ``HTMLExporter.from_notebook_node`` without its BeautifulSoup pass, whose
    only changes to this template's pages are the alt texts of images (its ``tabindex``
    marks apply to the lab template only: a lab page takes nbconvert's own path)."""

    def _create_environment(self):
        # One per process and configuration: nbgrader makes a new exporter per student,
        # and a new environment compiles every template again.
        key = (type(self).__name__, tuple(self.template_paths), self.template_name,
               json.dumps(self.filters, sort_keys=True, default=repr))
        if key not in _ENVIRONMENTS:
            environment = super()._create_environment()
            markdown = environment.filters.get("markdown2html")
            if markdown is not None:
                environment.filters["markdown2html"] = pass_context(_memoized(markdown, _markdown_key))
            _ENVIRONMENTS[key] = environment
        return _ENVIRONMENTS[key]

    def from_notebook_node(self, nb, resources=None, **kw):
        given = dict(resources or {})
        language = nb.metadata.get("language_info", {})
        lexer = language.get("pygments_lexer", language.get("name", None))
        highlight = self.filters.get("highlight_code", Highlight2HTML(pygments_lexer=lexer, parent=self))
        resources = self._init_resources(resources)
        data_types = WidgetsDataTypeFilter(notebook_metadata=self._nb_metadata, parent=self, resources=resources)
        self.register_filter("highlight_code", _memoized(highlight, _highlight_key(lexer), _HIGHLIGHTED))
        self.register_filter("filter_data_type", data_types)
        page, resources = TemplateExporter.from_notebook_node(self, nb, resources, **kw)
        if "jp-Notebook" in page:  # not this template's page: nbconvert's own pass
            return super().from_notebook_node(nb, given, **kw)
        return _with_alt_texts(page), resources


class GradesFromData(GetGradesAndPending):
    """:class:`GetGradesAndPending` reading the grades from ``grades`` (see :func:`notebook_grades`)
    instead of the gradebook: the same marks on the same cells, the same totals."""

    grades = Dict(help="notebook -> its grades, comments and totals (notebook_grades)").tag(config=True)

    def preprocess(self, nb, resources):
        name = resources["nbgrader"]["notebook"]
        if name not in self.grades:
            raise MissingEntry(f"no grades of notebook {name} were given")
        self.data = self.grades[name]
        nb, resources = Preprocessor.preprocess(self, nb, resources)  # each cell, as GetGrades, minus its gradebook
        late = self.data["late_penalty"]
        if late is None:
            late = 0
        else:
            self.log.warning(f"Late submission penalty: {late}")
        resources["nbgrader"]["score"] = self.data["score"] - late
        resources["nbgrader"]["max_score"] = self.data["max_score"]
        resources["nbgrader"]["late_penalty"] = late
        return nb, resources

    def _lookup(self, kind: str, cell) -> Any:
        grade_id = cell.metadata["nbgrader"]["grade_id"]
        try:
            return self.data[kind][grade_id]
        except KeyError:
            raise MissingEntry(f"no {kind[:-1]} {grade_id!r} in the gradebook") from None

    def _get_comment(self, cell, resources) -> None:
        cell.metadata.nbgrader["comment"] = self._lookup("comments", cell)

    def _get_score(self, cell, resources) -> None:
        score, max_score, pending = self._lookup("grades", cell)
        meta = cell.metadata["nbgrader"]
        meta["score"], meta["points"], meta["pending"] = score, max_score, pending
        if pending:
            resources["nbgrader"]["pending_points"] = resources["nbgrader"].get("pending_points", 0) + max_score


def notebook_grades(nb) -> dict:
    """What the feedback shows of a submitted notebook of nbgrader's gradebook, as plain data:
    ``{"grades": {id: [score, max, pending]}, "comments": {id: text}, "score", "max_score",
    "late_penalty"}`` (for :class:`GradesFromData`, a notebook name to this)."""
    return {
        "grades": {g.name: [g.score, g.max_score, bool(g.needs_manual_grade) and g.manual_score is None]
                   for g in nb.grades},
        "comments": {c.name: c.comment for c in nb.comments},
        "score": nb.score, "max_score": nb.max_score, "late_penalty": nb.late_submission_penalty,
    }


@dataclass(frozen=True)
class FeedbackJob:
    """One student's feedback pages: plain data, written by any process (no gradebook)."""

    config: dict
    """The course's nbgrader configuration for this student (``Course.config``, as a dict)."""
    grades: dict
    """Notebook -> :func:`notebook_grades` of the student's."""
    log_file: str


def _converter(config_data: dict):
    """nbgrader's GenerateFeedback for ``config_data``, with grades from data and the quick exporter."""
    from nbgrader.converters import GenerateFeedback
    from nbgrader.coursedir import CourseDirectory
    from traitlets.config import Config

    from autograder.nbgrader_glue.course import FEEDBACK_PREPROCESSORS

    log = logging.getLogger("autograder.nbgrader")
    config = Config(config_data)
    config.GenerateFeedback.preprocessors = [GradesFromData if p is GetGradesAndPending else p
                                             for p in FEEDBACK_PREPROCESSORS]
    config.GenerateFeedback.exporter_class = QuickFeedbackExporter
    return GenerateFeedback(coursedir=CourseDirectory(config=config, log=log), config=config, log=log)


def write_pages(job: FeedbackJob) -> None:
    """Write the student's feedback pages (nbgrader's GenerateFeedback, grades from ``job``).

    Raises:
        RuntimeError: if nbgrader could not write them (the reason is in ``job.log_file``).
    """
    from autograder.nbgrader_glue.course import _start

    _quiet(job.log_file)
    if not _start(_converter({**job.config, "GradesFromData": {"grades": job.grades}})):
        raise RuntimeError(f"nbgrader could not write feedback: see {job.log_file}")


def _quiet(log_file: str) -> None:
    from autograder.nbgrader_glue.course import quiet_nbgrader

    if not logging.getLogger("autograder.nbgrader").handlers:
        quiet_nbgrader(Path(log_file))


def _warm_up(config_data: Optional[dict], notebooks: list[str], log_file: Optional[str]) -> None:
    """Get the writer ready before its first page: imports done, templates compiled, and
    ``notebooks`` (the released assignment: the cells every student shares) highlighted and
    rendered once, grades aside, so that a student's page renders only what is new in it."""
    import nbformat

    from autograder.nbgrader_glue.course import FEEDBACK_PREPROCESSORS

    if config_data is None:
        return
    if log_file:
        _quiet(log_file)
    converter = _converter(config_data)
    exporter = converter.exporter_class(parent=converter, config=converter.config)  # as converter.start() does
    for step in FEEDBACK_PREPROCESSORS:
        if step is not GetGradesAndPending:
            exporter.register_preprocessor(step)
    for path in notebooks:
        try:
            nb = nbformat.read(path, as_version=4)
        except (OSError, ValueError):
            continue  # only a head start: the page itself will tell
        for cell in nb.cells:  # what GradesFromData would mark: nothing scored yet
            meta = cell.get("metadata", {}).get("nbgrader")
            if meta:
                meta.update(score=0.0, points=meta.get("points", 0.0), pending=False, comment=None)
        resources = {"nbgrader": {"notebook": Path(path).stem, "score": 0, "max_score": 0, "late_penalty": 0}}
        exporter.from_notebook_node(nb, resources=resources)


class FeedbackWriter:
    """Writes feedback pages while the grader goes on: in a process of its own, or with
    ``in_thread`` in a thread of the grader's (a few submissions: no second import of
    nbconvert and nbgrader, ~1.2 s of CPU, and the grader's process waits for its kernels
    meanwhile anyway).

    It starts at :meth:`start` (the grader calls it with its first kernel's job) or with
    the first page.  :meth:`submit` queues a student's job with a tag of the caller's;
    :meth:`finished` hands back the tags of the jobs done, each with None or the error.  If
    the process dies, the jobs it had are written in the grader's process instead."""

    def __init__(self, *, in_thread: bool = False):
        self.in_thread = in_thread
        self.pool = None
        self.jobs: dict[Future, tuple[FeedbackJob, Any]] = {}

    @property
    def started(self) -> bool:
        return self.pool is not None

    def start(self, *, config: Optional[dict] = None, notebooks: tuple[str, ...] = (),
              log_file: Optional[str] = None) -> None:
        """Start the writer, and with ``config`` (the course's, ``Course.config``), render
        ``notebooks`` (the released assignment) once meanwhile (see :func:`_warm_up`)."""
        if self.pool is None:
            import multiprocessing
            from concurrent.futures import ThreadPoolExecutor

            # spawn: the writer must not inherit the grader's gradebook connections or threads.
            self.pool = ThreadPoolExecutor(max_workers=1) if self.in_thread else \
                ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                                    initializer=die_with_parent)  # (it goes when the grader goes)
            self.pool.submit(_warm_up, config, list(notebooks), log_file)

    def submit(self, job: FeedbackJob, tag: Any) -> None:
        from concurrent.futures.process import BrokenProcessPool

        self.start()
        try:
            future = self.pool.submit(write_pages, job)
        except BrokenProcessPool:  # the process died earlier: write it here
            future = Future()
            error = _write_here(job)
            if error is None:
                future.set_result(None)
            else:
                future.set_exception(RuntimeError(error))
        self.jobs[future] = (job, tag)

    def finished(self, *, block: bool) -> list[tuple[Any, Optional[str]]]:
        """(tag, None or the error) of every job done; with ``block``, of every job."""
        from concurrent.futures import wait
        from concurrent.futures.process import BrokenProcessPool

        if block and self.jobs:
            wait(list(self.jobs))
        done = []
        for future in [f for f in self.jobs if f.done()]:
            job, tag = self.jobs.pop(future)
            try:
                future.result()
                done.append((tag, None))
            except BrokenProcessPool:  # the process died (not the job's fault): write it here
                done.append((tag, _write_here(job)))
            except Exception as error:  # noqa: BLE001 - this student's feedback failed: say why
                done.append((tag, str(error) or type(error).__name__))
        return done

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None


def _write_here(job: FeedbackJob) -> Optional[str]:
    try:
        write_pages(job)
    except Exception as error:  # noqa: BLE001 - reported as that student's error
        return str(error) or type(error).__name__
    return None
