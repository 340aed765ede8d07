"""Makes builtins lie to the grader's own code in the kernel: in the harness's and the probe
module's globals, ``isinstance`` and ``callable`` always say yes, ``float`` returns 1.0 and
``len`` returns 1, so any object would be recorded as a well-formed tensor. The functions
return strings. The probes then fail on the strings (or report junk numbers) and the judge,
outside the kernel, finds nothing consistent with the grader's inputs: 0 everywhere."""

EXPECTED = {"model": 0, "loss_func": 0, "fit_GD": 0, "plot_GD": 0, "fit_BGD": 0, "plot_BGD": 0, "discussion": None}

ANSWERS = {
    "model_answer": '''
import sys

_liars = {"isinstance": lambda *args: True, "callable": lambda *args: True,
          "float": lambda *args: 1.0, "len": lambda *args: 1}
for _module in (sys.modules.get(type(__autograder__).__module__), __autograder__.probes):
    if _module is not None:
        vars(_module).update(_liars)
type(__autograder__).probe.__globals__.update(_liars)


def model(data, weight, bias):
    return "weight * data + bias"


def loss_func(y_pred, y_true):
    return "mean squared error"


def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    return "losses"


def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    return "losses"
''',
    "loss_func_answer": "pass",
    "fit_GD_answer": "pass",
    "plot_GD_answer": "pass",
    "fit_BGD_answer": "pass",
    "plot_BGD_answer": "pass",
}
