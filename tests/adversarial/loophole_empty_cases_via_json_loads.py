"""Forges nothing: it monkeypatches json.loads so that the grader's probe inputs parse to
{"cases": []} inside the kernel, and defines model and loss_func as functions that return
None. The genuine probes then run the functions on no case at all and honestly report an
empty list. Nothing is implemented: an honest grader gives 0 everywhere. (The judges must
check that every case they asked for was reported.)"""

EXPECTED = {"model": 0, "loss_func": 0, "fit_GD": 0, "plot_GD": 0, "fit_BGD": 0, "plot_BGD": 0, "discussion": None}


ANSWERS = {
    "model_answer": '''
import json

_real_loads = json.loads


def _loads(text, *args, **kwargs):
    value = _real_loads(text, *args, **kwargs)
    if isinstance(value, dict) and "cases" in value:
        return {"cases": []}
    return value


json.loads = _loads


def model(data, weight, bias):
    return None


def loss_func(y_pred, y_true):
    return None
''',
    "loss_func_answer": "pass",
    "fit_GD_answer": "pass",
    "plot_GD_answer": "pass",
    "fit_BGD_answer": "pass",
    "plot_BGD_answer": "pass",
}
