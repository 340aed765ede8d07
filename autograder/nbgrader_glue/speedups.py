"""Speed fixes for nbgrader internals: the same SQL, files and results, less CPU.

Grading a large course calls nbgrader's converters once per submission; these are the
places where nbgrader redoes, per call, work whose result never changes.  Each fix replaces
one function nbgrader calls, and :func:`speed_up_nbgrader` applies them all (idempotent).
"""

from __future__ import annotations

import json

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
            _ENGINES[key] = sqlalchemy.create_engine(url, **kwargs)
        return _ENGINES[key]

    create_all = nbgrader.api.Base.metadata.create_all

    def create_tables_once(bind=None, **kwargs):
        if bind is None or bind not in _TABLES_READY:
            create_all(bind=bind, **kwargs)
            if bind is not None:
                _TABLES_READY.add(bind)

    create_engine.shares_engines = True
    nbgrader.api.create_engine = create_engine
    nbgrader.api.Base.metadata.create_all = create_tables_once


def release_engines() -> None:
    """Close the shared engines' connections (a gradebook file may be replaced next)."""
    _TABLES_READY.clear()
    while _ENGINES:
        _ENGINES.popitem()[1].dispose()


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
