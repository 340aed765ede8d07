"""nbgrader's internals made cheaper: the same answers as nbgrader's own code, less work."""

import json
from pathlib import Path

import jsonschema
import nbgrader.nbgraderformat.common
import pytest
from nbformat.v4 import new_code_cell, new_notebook
from nbgrader.nbgraderformat import ValidationError
from nbgrader.preprocessors import CheckCellMetadata

from autograder.nbgrader_glue.speedups import _SchemaCheckedOnce, speed_up_nbgrader

SCHEMA = json.loads((Path(nbgrader.nbgraderformat.common.__file__).parent / "v3.json").read_text())


def _metadata(**changes):
    meta = {"schema_version": 3, "grade": True, "solution": False, "locked": True,
            "grade_id": "model_tests", "points": 10, "task": False}
    meta.update(changes)
    return meta


@pytest.mark.parametrize("metadata", [
    _metadata(),
    _metadata(points="ten"),
    _metadata(grade_id=7),
    {k: v for k, v in _metadata().items() if k != "locked"},
], ids=["valid", "points-a-string", "grade-id-a-number", "locked-missing"])
def test_cells_are_judged_exactly_as_jsonschema_validate_judges_them(metadata):
    def outcome(validate):
        try:
            validate(metadata, SCHEMA)
        except jsonschema.ValidationError as error:
            return error.message, list(error.path)
        return None

    assert outcome(_SchemaCheckedOnce().validate) == outcome(jsonschema.validate)


def test_the_schema_itself_is_checked_once(monkeypatch):
    validator_class = jsonschema.validators.validator_for(SCHEMA)
    checks = []
    original = validator_class.check_schema.__func__
    monkeypatch.setattr(validator_class, "check_schema",
                        classmethod(lambda cls, schema, **kw: (checks.append(1), original(cls, schema, **kw))[1]))
    once = _SchemaCheckedOnce()
    for _ in range(20):
        once.validate(_metadata(), dict(SCHEMA))  # nbgrader reads a fresh copy for every notebook
    assert len(checks) == 1


def test_nbgrader_still_rejects_corrupted_metadata_once_sped_up():
    speed_up_nbgrader()
    assert isinstance(nbgrader.nbgraderformat.common.jsonschema, _SchemaCheckedOnce)
    good = new_notebook(cells=[new_code_cell("x = 1", metadata={"nbgrader": _metadata()})])
    CheckCellMetadata().preprocess(good, {})
    bad = new_notebook(cells=[new_code_cell("x = 1", metadata={"nbgrader": _metadata(points="ten")})])
    with pytest.raises(ValidationError):
        CheckCellMetadata().preprocess(bad, {})


def _statements_and_connections(engine):
    """Lists that grow with each SQL statement ``engine`` runs and each connection it opens."""
    import sqlalchemy

    statements, connections = [], []
    sqlalchemy.event.listen(engine, "before_cursor_execute", lambda conn, cur, sql, *rest: statements.append(sql))
    sqlalchemy.event.listen(engine, "connect", lambda dbapi_connection, record: connections.append(1))
    return statements, connections


def test_a_gradebook_opened_again_keeps_its_connection_and_knows_its_tables(tmp_path):
    """nbgrader's Gradebook() asks the database for its table names and, when closed, drops
    its engine's connections: sped up, a gradebook opened again by the same run does neither,
    and a new gradebook is still created and stamped with the schema's version."""
    import nbgrader.api
    from nbgrader.api import Gradebook

    from autograder.nbgrader_glue.speedups import release_engines

    speed_up_nbgrader()
    db_url = f"sqlite:///{tmp_path / 'gradebook.db'}"
    try:
        with Gradebook(db_url) as gb:
            gb.add_student("bar")
        engine = nbgrader.api.create_engine(db_url, echo=False, future=True)  # the one Gradebook() got
        statements, connections = _statements_and_connections(engine)
        for _ in range(3):
            with Gradebook(db_url) as gb:
                assert gb.find_student("bar").id == "bar"
        assert connections == []
        assert not [sql for sql in statements if "sqlite_master" in sql]
        with Gradebook(db_url) as gb:
            version = gb.db.execute(nbgrader.api.text("SELECT version_num FROM alembic_version")).scalar()
        assert version == nbgrader.api.get_alembic_version()
    finally:
        release_engines()
    assert engine.pool.checkedin() == 0  # released: the file may be replaced


def test_a_released_gradebook_is_read_afresh(tmp_path):
    """After release_engines, a gradebook file replaced by another (the kept template, a
    restored backup) is read as it is now: its tables are looked up again."""
    import shutil

    import nbgrader.api
    from nbgrader.api import Gradebook

    from autograder.nbgrader_glue.speedups import release_engines

    speed_up_nbgrader()
    path = tmp_path / "gradebook.db"
    db_url = f"sqlite:///{path}"
    try:
        with Gradebook(db_url) as gb:
            gb.add_student("bar")
        release_engines()
        shutil.copy(path, tmp_path / "with-bar.db")
        path.unlink()
        with Gradebook(db_url) as gb:  # a new, empty gradebook: created and stamped again
            assert [s.id for s in gb.students] == []
            assert gb.db.execute(nbgrader.api.text("SELECT count(*) FROM alembic_version")).scalar() == 1
        release_engines()
        shutil.copy(tmp_path / "with-bar.db", path)
        with Gradebook(db_url) as gb:
            assert [s.id for s in gb.students] == ["bar"]
    finally:
        release_engines()


def _source_and_submission(db_url: str):
    """A gradebook holding a notebook of a test cell, a written answer, a task and a locked
    cell, and one student's submission of it."""
    from nbgrader.api import Gradebook

    with Gradebook(db_url) as gb:
        gb.add_assignment("ps0")
        gb.add_student("bar")
        gb.add_notebook("nb", "ps0")
        gb.add_grade_cell("tests", "nb", "ps0", max_score=3, cell_type="code")
        gb.add_grade_cell("written", "nb", "ps0", max_score=5, cell_type="markdown")
        gb.add_solution_cell("written", "nb", "ps0")
        gb.add_task_cell("task", "nb", "ps0", max_score=2, cell_type="markdown")
        for name, locked in (("tests", True), ("written", False), ("task", False), ("setup", True)):
            gb.add_source_cell(name, "nb", "ps0", cell_type="code", locked=locked, source=f"# {name}", checksum=name)
        gb.add_submission("ps0", "bar")


def test_prefetched_lookups_give_what_nbgraders_own_give_and_its_errors(tmp_path):
    """Each lookup answers with the very object nbgrader's method returns in that session,
    and a name or notebook it does not hold still gets nbgrader's MissingEntry."""
    from nbgrader.api import Gradebook, MissingEntry

    from autograder.nbgrader_glue.speedups import prefetch_lookups, release_engines

    speed_up_nbgrader()
    db_url = f"sqlite:///{tmp_path / 'gradebook.db'}"
    try:
        _source_and_submission(db_url)
        with Gradebook(db_url) as plain, Gradebook(db_url) as fast:
            prefetch_lookups(fast, "nb", "ps0", "bar")
            for method, names, where in (
                    ("find_source_cell", ["tests", "written", "task", "setup"], ("nb", "ps0")),
                    ("find_graded_cell", ["tests", "written", "task"], ("nb", "ps0")),
                    ("find_grade", ["tests", "written", "task"], ("nb", "ps0", "bar")),
                    ("find_comment", ["written"], ("nb", "ps0", "bar"))):
                for name in names:
                    ours = getattr(fast, method)(name, *where)
                    assert ours is type(fast).__dict__[method](fast, name, *where), (method, name)
                    theirs = getattr(plain, method)(name, *where)
                    assert (type(ours), ours.id) == (type(theirs), theirs.id), (method, name)
                with pytest.raises(MissingEntry):
                    getattr(fast, method)("no-such-cell", *where)
            with pytest.raises(MissingEntry):
                fast.find_source_cell("tests", "other-notebook", "ps0")
    finally:
        release_engines()


def test_prefetched_lookups_of_a_graded_notebook_read_it_in_a_few_queries(tmp_path):
    """A notebook's lookups, however many cells, cost a fixed number of queries."""
    import nbgrader.api
    from nbgrader.api import Gradebook

    from autograder.nbgrader_glue.speedups import prefetch_lookups, release_engines

    speed_up_nbgrader()
    db_url = f"sqlite:///{tmp_path / 'gradebook.db'}"
    try:
        _source_and_submission(db_url)
        engine = nbgrader.api.create_engine(db_url, echo=False, future=True)
        statements, _ = _statements_and_connections(engine)
        with Gradebook(db_url) as gb:
            opening = len(statements)
            prefetch_lookups(gb, "nb", "ps0", "bar")
            for _ in range(3):
                for name in ("tests", "written", "task"):
                    gb.find_source_cell(name, "nb", "ps0")
                    gb.find_graded_cell(name, "nb", "ps0")
                    gb.find_grade(name, "nb", "ps0", "bar")
        assert len(statements) - opening <= 8, statements[opening:]
    finally:
        release_engines()
