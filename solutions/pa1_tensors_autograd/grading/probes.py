"""Probes for PA1: they run INSIDE the student's (sandboxed, untrusted) kernel.

Each ``probe_<part>(namespace, inputs, figures)`` calls the student's function on inputs
the grader chose and returns plain data (numbers, shapes, types, how many lines of the
student's own Python ran); it judges nothing.  The test functions handed to the student
(``f`` below) are built from grader-chosen coefficients, so that no answer can be
copied from the notebook; ``checks.py`` recomputes what they should give in float64.
"""

import sys

import numpy as np
import torch

_LIBRARY = tuple(p for p in {sys.prefix, sys.base_prefix, sys.exec_prefix} if p)


def _error(error):
    return f"{type(error).__name__}: {error}"[:500]


def _missing(name, namespace):
    return None if callable(namespace.get(name)) else {"error": f"NameError: no function named {name} is defined"}


def _describe(value, limit=10000):
    """Type, shape and values of an untrusted return value (tensor, array, number)."""
    info = {"type": type(value).__module__ + "." + type(value).__qualname__}
    try:
        if isinstance(value, (torch.Tensor, np.ndarray)):
            info["shape"] = list(value.shape)
            array = torch.as_tensor(value).detach().to(torch.float64).reshape(-1)
            info["requires_grad"] = bool(getattr(value, "requires_grad", False))
            if array.numel() <= limit:
                info["values"] = array.tolist()
        elif isinstance(value, (int, float, np.floating, np.integer)) and not isinstance(value, bool):
            info["values"] = [float(value)]
    except (TypeError, ValueError, RuntimeError) as error:
        info["error"] = _error(error)
    return info


def _tensor(values, shape=None, dtype=torch.float32):
    out = torch.tensor(values, dtype=dtype)
    return out if shape is None else out.reshape(shape)


# --------------------------------------------------------------------------- part 1

def _count_lines(function, *args):
    """Call ``function`` and count the lines of the student's own Python code it ran
    (frames outside the Python installation and its packages); loops make it grow."""
    count = [0]
    student = {getattr(getattr(function, "__code__", None), "co_filename", None): True}

    def local(frame, event, arg):
        if event == "line":
            count[0] += 1
        return local

    def calls(frame, event, arg):
        name = frame.f_code.co_filename
        if name not in student:
            student[name] = not (name.startswith(_LIBRARY) or (name.startswith("<") and not name.startswith("<ipython")))
        if student[name]:
            count[0] += 1
            return local
        return None

    previous = sys.gettrace()
    sys.settrace(calls)
    try:
        result = function(*args)
    finally:
        sys.settrace(previous)
    return result, count[0]


def probe_pairwise_sq_dists(namespace, inputs, figures):
    """Call ``pairwise_sq_dists`` on grader-chosen point sets; report results and line counts."""
    missing = _missing("pairwise_sq_dists", namespace)
    if missing:
        return missing
    function, cases = namespace["pairwise_sq_dists"], []
    for case in inputs["cases"]:
        a, b = _tensor(case["a"], (case["n"], case["d"])), _tensor(case["b"], (case["m"], case["d"]))
        try:
            result, lines = _count_lines(function, a, b)
            cases.append(dict(_describe(result), lines=lines))
        except Exception as error:  # the student's code may fail in any way
            cases.append({"error": _error(error)})
    return {"cases": cases}


# --------------------------------------------------------------------------- parts 2, 3

def _probe_rows(name, namespace, inputs):
    missing = _missing(name, namespace)
    if missing:
        return missing
    cases = []
    for case in inputs["cases"]:
        try:
            cases.append(_describe(namespace[name](_tensor(case["z"]))))
        except Exception as error:
            cases.append({"error": _error(error)})
    return {"cases": cases}


def probe_log_sum_exp(namespace, inputs, figures):
    """Call ``log_sum_exp`` on moderate and on huge logits."""
    return _probe_rows("log_sum_exp", namespace, inputs)


def probe_softmax(namespace, inputs, figures):
    """Call ``softmax`` on moderate and on huge logits."""
    return _probe_rows("softmax", namespace, inputs)


# --------------------------------------------------------------------------- parts 4-6

def smooth(spec, x):
    """f(x) = sum(a sin x + b x^3) + c (w . x)^2 and its gradient, in torch (float64)."""
    a, b, w = (torch.tensor(spec[k], dtype=torch.float64).reshape(x.shape) for k in ("a", "b", "w"))
    value = (a * torch.sin(x) + b * x ** 3).sum() + spec["c"] * (w * x).sum() ** 2
    return value, a * torch.cos(x) + 3 * b * x ** 2 + 2 * spec["c"] * (w * x).sum() * w


def _numpy_only(spec):
    """The smooth function evaluated through NumPy: autograd cannot see inside it."""
    def f(x):
        array = torch.as_tensor(np.asarray(torch.as_tensor(x).detach(), dtype=np.float64))
        return torch.tensor(float(smooth(spec, array)[0]), dtype=torch.float64)
    return f


def _claimed(spec):
    """The smooth function whose backward claims ``scale * gradient + shift``."""
    class Claimed(torch.autograd.Function):
        @staticmethod
        def forward(ctx, x):
            ctx.save_for_backward(x)
            return smooth(spec, x.detach())[0]

        @staticmethod
        def backward(ctx, grad_output):
            (x,) = ctx.saved_tensors
            claimed = spec["scale"] * smooth(spec, x.detach())[1]
            return grad_output * (claimed + torch.tensor(spec["shift"], dtype=x.dtype).reshape(x.shape))
    return Claimed.apply


def _reference_numerical_gradient(f, x, eps=1e-6):
    grad = torch.zeros_like(x, dtype=torch.float64)
    flat = x.detach().to(torch.float64).reshape(-1)
    for i in range(flat.numel()):
        step = torch.zeros_like(flat)
        step[i] = eps
        grad.view(-1)[i] = (float(f((flat + step).reshape(x.shape))) - float(f((flat - step).reshape(x.shape)))) / (2 * eps)
    return grad


def _x(case):
    return torch.tensor(case["x"], dtype=torch.float64).reshape(case["shape"])


def _untouched(x, before):
    return bool(not x.requires_grad and x.grad is None and torch.allclose(x, before, rtol=0, atol=1e-9))


def probe_numerical_gradient(namespace, inputs, figures):
    """Call ``numerical_gradient`` with NumPy-backed functions; report results and side effects."""
    missing = _missing("numerical_gradient", namespace)
    if missing:
        return missing
    cases = []
    for case in inputs["cases"]:
        x = _x(case)
        before = x.clone()
        try:
            record = _describe(namespace["numerical_gradient"](_numpy_only(case), x, case["eps"]))
            record["x_untouched"] = _untouched(x, before)
            cases.append(record)
        except Exception as error:
            cases.append({"error": _error(error)})
    return {"cases": cases}


def probe_gradient_check(namespace, inputs, figures):
    """Call ``gradient_check`` on functions whose backward is right or wrong by a known amount.

    Its own ``numerical_gradient`` is swapped for a reference while it runs, so that a bug
    there costs points in Part 4 only."""
    missing = _missing("gradient_check", namespace)
    if missing:
        return missing
    own = namespace.get("numerical_gradient")
    namespace["numerical_gradient"] = _reference_numerical_gradient
    cases = []
    try:
        for case in inputs["cases"]:
            try:
                cases.append(_describe(namespace["gradient_check"](_claimed(case), _x(case), case["eps"])))
            except Exception as error:
                cases.append({"error": _error(error)})
    finally:
        if own is None:
            namespace.pop("numerical_gradient", None)
        else:
            namespace["numerical_gradient"] = own
    return {"cases": cases}


def probe_value_and_grad(namespace, inputs, figures):
    """Call ``value_and_grad`` twice on the same tensor (plain, then a leaf with a stale .grad)."""
    missing = _missing("value_and_grad", namespace)
    if missing:
        return missing
    cases = []
    for case in inputs["cases"]:
        x = _x(case)
        if case.get("leaf"):
            x.requires_grad_(True)
            x.grad = torch.ones_like(x)
        before = x.detach().clone()
        calls = []
        for _ in range(2):
            try:
                result = namespace["value_and_grad"](lambda t, spec=case: smooth(spec, t)[0], x)
                if not isinstance(result, (tuple, list)) or len(result) != 2:
                    calls.append({"error": f"returned {type(result).__name__}, not a pair (value, gradient)"})
                    continue
                calls.append({"value": _describe(result[0]), "grad": _describe(result[1])})
            except Exception as error:
                calls.append({"error": _error(error)})
        stale = case.get("leaf") and x.grad is not None and bool(torch.all(x.grad == 1))
        untouched = x.requires_grad == bool(case.get("leaf")) and (stale if case.get("leaf") else x.grad is None) \
            and torch.allclose(x.detach(), before, rtol=0, atol=0)
        cases.append({"calls": calls, "x_untouched": bool(untouched)})
    return {"cases": cases}


# --------------------------------------------------------------------------- part 7

_SAVED = {}


def setup_plot_derivative(namespace, inputs):
    """Put a grader-chosen function in ``wiggle`` before the plot cell is replayed."""
    _SAVED["wiggle"] = namespace.get("wiggle", _SAVED)
    a, b, c, d = (inputs[k] for k in "abcd")
    namespace["wiggle"] = lambda x: a * torch.sin(b * x) + c * x ** 2 + d * x


def probe_plot_derivative(namespace, inputs, figures):
    """Report the figures the replayed plot cell drew (and the student's own)."""
    original = _SAVED.pop("wiggle", _SAVED)
    if original is _SAVED:
        namespace.pop("wiggle", None)
    else:
        namespace["wiggle"] = original
    data = {"student": [], "replay": []}
    for entry in figures:
        data[entry["phase"]].extend(entry["figures"])
    return data
