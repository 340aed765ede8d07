"""Speed fixes for nbgrader internals: the same SQL, files and results, less CPU.

Grading a large course calls nbgrader's converters once per submission; these are the
places where nbgrader redoes, per call, work whose result never changes.  Each fix replaces
one function nbgrader calls, and :func:`speed_up_nbgrader` applies them all (idempotent).
"""

from __future__ import annotations

import json
from typing import Optional

import jsonschema
import nbgrader.api
import nbgrader.nbgraderformat.common
import sqlalchemy

_ENGINES: dict[str, sqlalchemy.engine.Engine] = {}
_TABLES_READY: set = set()


def _share_engines() -> None:
    """nbgrader opens a new SQLAlchemy engine for every gradebook access (about ten per
    submission), and a new engine means a new connection and every query compiled again:
    SQLAlchemy's statement cache is keyed by the engine's dialect.  Hand nbgrader one
    engine per database instead, whose tables are checked once rather than at every
    access: the same SQL and the same results, connected and compiled once.
    :func:`release_engines` closes them."""
    if getattr(nbgrader.api.create_engine, "shares_engines", False):
        return

    def create_engine(url, **kwargs):
        key = f"{url}\0{sorted(kwargs.items())}"
        if key not in _ENGINES:
            engine = _ENGINES[key] = sqlalchemy.create_engine(url, **kwargs)
            # Gradebook.close() disposes of its engine's pool, so that every access would
            # connect again; the shared engine keeps its connections until release_engines.
            engine.dispose = _keep_connections
        return _ENGINES[key]

    create_all = nbgrader.api.Base.metadata.create_all
    real_inspect = nbgrader.api.inspect

    def create_tables_once(bind=None, **kwargs):
        if bind is None or bind not in _TABLES_READY:
            create_all(bind=bind, **kwargs)
            if bind is not None:
                _TABLES_READY.add(bind)

    def inspect(subject, *args, **kwargs):
        # Gradebook() asks for the table names only to know whether it must create them and
        # stamp the schema's version: those of an engine whose tables are known to exist.
        if subject in _TABLES_READY:
            return _TablesExist()
        return real_inspect(subject, *args, **kwargs)

    create_engine.shares_engines = True
    nbgrader.api.create_engine = create_engine
    nbgrader.api.Base.metadata.create_all = create_tables_once
    nbgrader.api.inspect = inspect


def _keep_connections(*args, **kwargs) -> None:
    """A shared engine's ``dispose``: nothing (see :func:`release_engines`)."""


class _TablesExist:
    """What ``nbgrader.api.Gradebook`` reads of ``sqlalchemy.inspect(engine)`` for an engine
    whose tables this process created or found: their names."""

    @staticmethod
    def get_table_names() -> list[str]:
        return sorted(nbgrader.api.Base.metadata.tables)


def release_engines() -> None:
    """Close the shared engines' connections (a gradebook file may be replaced next)."""
    _TABLES_READY.clear()
    while _ENGINES:
        sqlalchemy.engine.Engine.dispose(_ENGINES.popitem()[1])


def prefetch_lookups(gradebook, notebook: str, assignment: str, student: Optional[str] = None) -> None:
    """Answer ``gradebook``'s per-cell lookups of one notebook from rows read at once.

    nbgrader's OverwriteCells and SaveAutoGrades look up every graded cell of a notebook
    with a query of its own (``find_source_cell``, ``find_graded_cell``; for a student's
    submission ``find_grade``, ``find_comment``): some forty joins per submission.  Here
    that notebook's rows are read in a few queries (seven with a student's), in
    ``gradebook``'s own session (the same objects the lookups would return), and its
    methods answer from them; any other
    lookup, or a name not among them, goes to nbgrader's method (which raises
    ``MissingEntry`` as before).  For the life of this Gradebook object (nbgrader's
    preprocessors open one per notebook), which must not create or rename cells meanwhile;
    done once per object.
    """
    if getattr(gradebook, "prefetched_lookups", False):
        return
    gradebook.prefetched_lookups = True
    from nbgrader.api import Comment, Grade, GradeCell, MissingEntry, SolutionCell, TaskCell

    try:
        source = gradebook.find_notebook(notebook, assignment)
    except MissingEntry:
        return
    graded = {cell.name: cell for cell in source.task_cells}
    graded.update({cell.name: cell for cell in source.grade_cells})  # nbgrader's order: grade cells first
    tables = {"find_source_cell": ((notebook, assignment), {cell.name: cell for cell in source.source_cells}),
              "find_graded_cell": ((notebook, assignment), graded)}
    if student is not None:
        try:
            submitted = gradebook.find_submission_notebook(notebook, assignment, student)
        except MissingEntry:
            submitted = None
        if submitted is not None:
            def rows(kind, cell):
                return {name: row for row, name in gradebook.db.query(kind, cell.name)
                        .join(cell, cell.id == kind.cell_id).filter(kind.notebook_id == submitted.id)}

            key = (notebook, assignment, student)
            tables["find_grade"] = (key, {**rows(Grade, TaskCell), **rows(Grade, GradeCell)})  # as nbgrader looks
            tables["find_comment"] = (key, rows(Comment, SolutionCell))
    for method, (key, rows) in tables.items():
        setattr(gradebook, method, _answered_from(getattr(gradebook, method), key, rows))


def _answered_from(lookup, key: tuple, rows: dict):
    def find(name, *args):
        if args == key and name in rows:
            return rows[name]
        return lookup(name, *args)
    return find


def _alembic_head() -> str:
    """The gradebook schema's alembic revision, read in this process.

    nbgrader asks the ``alembic heads`` command for it whenever it creates a gradebook: a
    new interpreter (~2 s of CPU) that must also be on PATH.  Same answer, from nbgrader's
    own migration scripts."""
    from alembic.script import ScriptDirectory
    from nbgrader.dbutil import ALEMBIC_DIR

    return ScriptDirectory(ALEMBIC_DIR).get_current_head()


def _alembic_in_process() -> None:
    nbgrader.api.get_alembic_version = _alembic_head


class _SchemaCheckedOnce:
    """Stands for the ``jsonschema`` module in nbgrader's cell-metadata checks.

    ``jsonschema.validate`` first checks the *schema* against its meta-schema, then the
    instance; nbgrader calls it for every graded cell, so that schema check was ~90% of
    its CheckCellMetadata step.  Here each schema is checked once, then cells are validated
    exactly as ``jsonschema.validate`` does (same errors, same best match)."""

    def __init__(self):
        self._validators: dict[str, object] = {}

    def __getattr__(self, name):  # anything else nbgrader may use: the real module
        return getattr(jsonschema, name)

    def validate(self, instance, schema, cls=None, *args, **kwargs):
        key = json.dumps(schema, sort_keys=True, default=repr)
        validator = self._validators.get(key)
        if validator is None:
            validator_class = cls or jsonschema.validators.validator_for(schema)
            validator_class.check_schema(schema)
            validator = self._validators[key] = validator_class(schema, *args, **kwargs)
        error = jsonschema.exceptions.best_match(validator.iter_errors(instance))
        if error is not None:
            raise error


def _check_schemas_once() -> None:
    if not isinstance(nbgrader.nbgraderformat.common.jsonschema, _SchemaCheckedOnce):
        nbgrader.nbgraderformat.common.jsonschema = _SchemaCheckedOnce()


def speed_up_nbgrader() -> None:
    """Apply every fix of this module (again: no effect)."""
    _alembic_in_process()
    _share_engines()
    _check_schemas_once()
