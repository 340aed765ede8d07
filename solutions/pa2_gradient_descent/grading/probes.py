"""Probes for PA2: they run INSIDE the student's (sandboxed, untrusted) kernel.

A probe calls the student's functions on inputs the grader chose at grading time and
returns plain data: values, gradients, and the trajectory of every call the student's
code made into the reference model and loss it was handed.  Probes judge nothing and
know no answer beyond what the assignment text gives away (``weight * data + bias`` and
a mean of squares, which the recording stand-ins need in order to train at all); the
verdicts are computed outside the sandbox by ``checks.py`` from this data.

Each ``probe_<part>(namespace, inputs, figures)`` returns a JSON-serialisable dict.
Parts whose answer cell is replayed also have ``setup_<part>(namespace, inputs)``.
"""

import numpy as np
import torch

#: Upper bound on recorded calls, so a runaway loop cannot flood the grader with data.
MAX_CALLS = 5000


def _floats(tensor):
    """Flatten a tensor (or anything tensor-like) into a list of Python floats."""
    return [float(v) for v in torch.as_tensor(tensor).detach().reshape(-1).tolist()]


def _describe_error(error):
    return f"{type(error).__name__}: {error}"[:500]


def _column(values):
    return torch.tensor(values, dtype=torch.float32).view(-1, 1)


def _numbers(items):
    """Floats from an iterable of numbers or one-element tensors, or None."""
    try:
        return [float(v) for v in items]
    except (TypeError, ValueError, RuntimeError):
        return None


def _describe_return(value):
    """Describe a fitting function's return value without trusting its type."""
    info = {"type": type(value).__module__ + "." + type(value).__qualname__}
    if isinstance(value, np.ndarray):
        info["dtype"] = str(value.dtype)
        info["shape"] = list(value.shape)
        if value.size <= 10000:
            info["values"] = _numbers(value.reshape(-1))
    elif isinstance(value, (list, tuple)):
        info["length"] = len(value)
        if len(value) <= 10000:
            info["values"] = _numbers(value)
    elif isinstance(value, torch.Tensor):
        info["shape"] = list(value.shape)
        if value.numel() <= 10000:
            info["values"] = _floats(value)
    return info


def probe_model(namespace, inputs, figures):
    """Call ``model`` on grader-chosen data and parameters; report outputs and gradients."""
    model = namespace.get("model")
    if not callable(model):
        return {"error": "NameError: no function named model is defined"}
    cases = []
    for case in inputs["cases"]:
        data = _column(case["x"])
        weight = torch.tensor([case["w"]], requires_grad=True)
        bias = torch.tensor([case["b"]], requires_grad=True)
        record = {}
        try:
            out = model(data, weight, bias)
            record["type"] = type(out).__module__ + "." + type(out).__qualname__
            if isinstance(out, torch.Tensor):
                record["shape"] = list(out.shape)
                record["values"] = _floats(out)[:10000]
                if out.requires_grad:
                    out.sum().backward()
                    record["grad_w"] = None if weight.grad is None else _floats(weight.grad)
                    record["grad_b"] = None if bias.grad is None else _floats(bias.grad)
        except Exception as error:  # the student's code may fail in any way
            record["error"] = _describe_error(error)
        cases.append(record)
    return {"cases": cases}


def probe_loss_func(namespace, inputs, figures):
    """Call ``loss_func`` on grader-chosen predictions; report its value and gradient."""
    loss_func = namespace.get("loss_func")
    if not callable(loss_func):
        return {"error": "NameError: no function named loss_func is defined"}
    cases = []
    for case in inputs["cases"]:
        y_pred = _column(case["y_pred"]).requires_grad_(True)
        y_true = _column(case["y_true"])
        record = {}
        try:
            out = loss_func(y_pred, y_true)
            record["type"] = type(out).__module__ + "." + type(out).__qualname__
            if isinstance(out, torch.Tensor):
                record["shape"] = list(out.shape)
                record["values"] = _floats(out)[:100]
                if out.requires_grad and out.numel() == 1:
                    out.sum().backward()
                    record["grad"] = None if y_pred.grad is None else _floats(y_pred.grad)
            elif isinstance(out, (int, float, np.floating)):
                record["values"] = [float(out)]
        except Exception as error:
            record["error"] = _describe_error(error)
        cases.append(record)
    return {"cases": cases}


class _Recorder:
    """Reference model and loss that record what the student's fitting code feeds them."""

    def __init__(self):
        self.calls = []

    def _log(self, entry):
        if len(self.calls) < MAX_CALLS:
            self.calls.append(entry)

    def model(self, data, weight, bias):
        self._log({"kind": "model", "x": _floats(data), "w": _floats(weight), "b": _floats(bias)})
        return weight * data + bias

    def loss(self, y_pred, y_true):
        self._log({"kind": "loss", "y_pred": _floats(y_pred), "y_true": _floats(y_true)})
        return torch.mean((y_pred - y_true) ** 2)


def _probe_fit(function_name, namespace, inputs):
    fit = namespace.get(function_name)
    if not callable(fit):
        return {"error": f"NameError: no function named {function_name} is defined"}
    runs = []
    for case in inputs["cases"]:
        recorder = _Recorder()
        args = [recorder.model, recorder.loss, _column(case["x"]), _column(case["y"]),
                case["lr"], case["num_epochs"]]
        if "batch_size" in case:
            args.append(case["batch_size"])
        record = {}
        try:
            record["returned"] = _describe_return(fit(*args))
        except Exception as error:
            record["error"] = _describe_error(error)
        record["calls"] = recorder.calls
        record["truncated"] = len(recorder.calls) >= MAX_CALLS
        runs.append(record)
    return {"cases": runs}


def probe_fit_GD(namespace, inputs, figures):
    """Run ``fit_GD`` with a recording reference model and loss on fresh data."""
    return _probe_fit("fit_GD", namespace, inputs)


def probe_fit_BGD(namespace, inputs, figures):
    """Run ``fit_BGD`` with a recording reference model and loss on fresh data."""
    return _probe_fit("fit_BGD", namespace, inputs)


_SAVED = {}


def _setup_plot(variable, namespace, inputs):
    _SAVED[variable] = namespace.get(variable, _SAVED)
    namespace[variable] = np.array(inputs["losses"], dtype=np.float64)


def _probe_plot(variable, namespace, inputs, figures):
    original = _SAVED.pop(variable, _SAVED)
    if original is _SAVED:
        namespace.pop(variable, None)
    else:
        namespace[variable] = original
    data = {"student": [], "replay": []}
    for entry in figures:
        data[entry["phase"]].extend(entry["figures"])
    return data


def setup_plot_GD(namespace, inputs):
    """Put grader-chosen losses in ``loss_GD`` before the plot cell is replayed."""
    _setup_plot("loss_GD", namespace, inputs)


def probe_plot_GD(namespace, inputs, figures):
    """Report the figures of the original and the replayed plot cell."""
    return _probe_plot("loss_GD", namespace, inputs, figures)


def setup_plot_BGD(namespace, inputs):
    """Put grader-chosen losses in ``loss_BGD`` before the plot cell is replayed."""
    _setup_plot("loss_BGD", namespace, inputs)


def probe_plot_BGD(namespace, inputs, figures):
    """Report the figures of the original and the replayed plot cell."""
    return _probe_plot("loss_BGD", namespace, inputs, figures)
