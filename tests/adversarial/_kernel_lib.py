# Kernel-side helpers shared by the adversarial cases.
#
# This text is pasted (through the {KERNEL_LIB} placeholder) at the top of an attack cell:
# it runs INSIDE the student's sandboxed kernel, in the notebook's namespace. It is not
# imported by the tests. Everything here is bounded and touches nothing outside the kernel.
#
# * _ag_fullmark(part): probe data a CORRECT implementation reports, but on inputs the
#   attacker guessed (the grader's inputs are secret until the probe runs): "full-mark
#   looking" data. It claims nothing that holds whatever the inputs (no axis labels, no
#   plausible shapes or return types), so an honest grader gives it 0 on every part.
# * _ag_vacuous(part, inputs): data aimed at judge loopholes: no cases at all, a fit that
#   never stepped, a plot whose curve is "explained" by a reassigned variable.
# * _ag_send(part, data): publishes forged probe data with the grader's MIME type, through
#   references taken before any attack patches them.
# * _ag_probe_call(code): (part, inputs) if ``code`` is the grader's probe call, else None.
# * _ag_escaped(reason): called when an attack that must fail succeeded; it defines a
#   correct model and loss_func so the escape shows up as undeserved points (and prints).
import ast as _ag_ast
import json as _ag_json_module

from IPython.display import publish_display_data as _ag_publish_real

_AG_MIME = "text/x-autograder-probe"
_ag_dumps = _ag_json_module.dumps
_ag_loads = _ag_json_module.loads


def _ag_fullmark(part, inputs=None):
    if part == "model":
        x = [-1.5, -0.5, 0.5, 1.5]
        return {"cases": [{"type": "torch.Tensor", "shape": [4, 1], "values": [w * v + b for v in x],
                           "grad_w": [sum(x)], "grad_b": [4.0]}
                          for w, b in ((2.0, 1.0), (-1.5, 0.5), (0.7, -1.2))]}
    if part == "loss_func":
        p, t = [1.0, 2.0, 3.5], [0.5, 2.5, 3.0]
        d = [a - b for a, b in zip(p, t)]
        case = {"type": "numpy.float32", "values": [sum(v * v for v in d) / 3],
                "grad": [2 * v / 3 for v in d]}
        return {"cases": [case, case]}
    if part in ("fit_GD", "fit_BGD"):
        x = [i / 10 for i in range(-12, 12)]
        y = [3 * v + 0.5 for v in x]
        w = b = 0.0
        calls, losses = [], []
        for _ in range(12):  # a correct gradient-descent trajectory on the guessed data
            pred = [w * a + b for a in x]
            calls.append({"kind": "model", "x": x, "w": [w], "b": [b]})
            calls.append({"kind": "loss", "y_pred": pred, "y_true": y})
            r = [p - c for p, c in zip(pred, y)]
            losses.append(sum(v * v for v in r) / len(x))
            gw, gb = 2 * sum(v * a for v, a in zip(r, x)) / len(x), 2 * sum(r) / len(x)
            w, b = w - 0.1 * gw, b - 0.1 * gb
        record = {"returned": {"type": "numpy.ndarray", "dtype": "float64", "shape": [12], "values": losses},
                  "calls": calls, "truncated": False}
        return {"cases": [record, record]}
    figure = {"suptitle": "", "axes": [{"title": "", "xlabel": "", "ylabel": "",
                                       "lines": [{"x": [float(i) for i in range(12)],
                                                  "y": [30.0 / (i + 1) for i in range(12)]}]}]}
    return {"student": [figure], "replay": [figure], "reassigned": None, "original": None}


def _ag_vacuous(part, inputs):
    if part in ("model", "loss_func"):
        return {"cases": []}
    if part in ("fit_GD", "fit_BGD"):
        return {"cases": [{"returned": {"type": "builtins.NoneType"},
                           "calls": [{"kind": "model", "x": case["x"], "w": [0.0], "b": [0.0]}],
                           "truncated": False} for case in inputs["cases"]]}
    made_up = [3.0, 2.0, 1.0]
    figure = {"suptitle": "", "axes": [{"title": "", "xlabel": "", "ylabel": "",
                                       "lines": [{"x": [0.0, 1.0, 2.0], "y": made_up}]}]}
    return {"student": [figure], "replay": [figure], "reassigned": made_up, "original": made_up}


def _ag_send(part, data):
    _ag_publish_real({_AG_MIME: _ag_dumps({"part": part, "data": data})})


def _ag_probe_call(code):
    if "__autograder__" not in str(code):
        return None
    try:
        tree = _ag_ast.parse(str(code))
    except SyntaxError:
        return None
    for node in _ag_ast.walk(tree):
        if isinstance(node, _ag_ast.Call) and getattr(node.func, "attr", None) in ("probe", "setup") \
                and len(node.args) == 2:
            try:
                part, inputs = _ag_ast.literal_eval(node.args[0]), _ag_ast.literal_eval(node.args[1])
                return node.func.attr, part, _ag_loads(inputs)
            except ValueError:
                return None
    return None


def _ag_escaped(reason):
    print("AGADV-" + "ESCAPE:", reason)

    def model(data, weight, bias):
        return weight * data + bias

    def loss_func(y_pred, y_true):
        return ((y_pred - y_true) ** 2).mean()

    globals()["model"], globals()["loss_func"] = model, loss_func
# ---- end of the adversarial kernel helpers
