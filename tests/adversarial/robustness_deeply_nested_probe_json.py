"""Replaces the harness's probe() by one that publishes, with the grader's MIME type, a
200 000-level nested JSON array (about 400 kB, within the size cap): parsing it recursively
overflows Python's recursion limit. The grader must treat it as unreadable data and grade
the submission (0 everywhere), not fail on it."""

EXPECTED = {"model": 0, "loss_func": 0, "fit_GD": 0, "plot_GD": 0, "fit_BGD": 0, "plot_BGD": 0, "discussion": None}


ANSWERS = {
    "model_answer": '''
from IPython.display import publish_display_data

_nested = "[" * 200000 + "]" * 200000
__autograder__.setup = lambda part, inputs_json: None
__autograder__.probe = lambda part, inputs_json: publish_display_data({"text/x-autograder-probe": _nested})
''',
    "loss_func_answer": "pass",
    "fit_GD_answer": "pass",
    "plot_GD_answer": "pass",
    "fit_BGD_answer": "pass",
    "plot_BGD_answer": "pass",
}
