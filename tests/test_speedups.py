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
