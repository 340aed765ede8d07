"""Replaces the harness's probe() by one that publishes, with the grader's MIME type, a
200 000-level nested JSON array (about 400 kB, within the size cap): parsing it recursively
overflows Python's recursion limit. The grader must treat it as unreadable data and grade
the submission (0 everywhere), not fail on it."""

EXPECTED = {"*": 0}

#: Every other autograded answer cell: nothing implemented.
OTHERS = "pass"


ANSWERS = {
    "{ANSWER0}": '''
from IPython.display import publish_display_data

_nested = "[" * 200000 + "]" * 200000
__autograder__.setup = lambda part, inputs_json: None
__autograder__.probe = lambda part, inputs_json: publish_display_data({"text/x-autograder-probe": _nested})
''',
}
