"""Judges for PA2 (trusted: they run in the grader's process, never in the sandbox).

Each part's judge receives the inputs the grader chose and the untrusted data that the
matching probe in ``probes.py`` reported, and returns criteria whose points add up to
the part's points in the notebook.  The fitting functions are judged by replaying their
recorded trajectory against gradient descent computed here in float64, so any correct
implementation (autograd or analytic gradients, ``torch.optim.SGD``, any initialisation,
shuffled or ordered batches) earns full marks, and each bug loses a named criterion.
"""

from __future__ import annotations

import numpy as np

from autograder.checks import BadData, PartCheck, close, criterion, field, floats, short
from autograder.results import Criterion


# --------------------------------------------------------------------------- inputs

def _distinct(rng: np.random.Generator, n: int, low: float, high: float) -> np.ndarray:
    """n distinct float32 values (distinct values let the judge tell which points a batch held)."""
    while True:
        values = rng.uniform(low, high, n).astype(np.float32)
        if len(set(values.tolist())) == n:
            return values


def _nonzero(rng: np.random.Generator, low: float, high: float, avoid=(0.0, 1.0)) -> float:
    while True:
        value = float(np.float32(rng.uniform(low, high)))
        if all(abs(value - a) > 0.2 for a in avoid):
            return value


def _regression_data(rng: np.random.Generator, n: int) -> tuple[list, list]:
    while True:
        x = _distinct(rng, n, -2.0, 2.0)
        slope, intercept = _nonzero(rng, -4.0, 4.0), _nonzero(rng, -2.0, 2.0)
        y = (slope * x + intercept + rng.normal(0.0, 0.3, n)).astype(np.float32)
        if len(set(y.tolist())) == n:
            return [float(v) for v in x], [float(v) for v in y]


def model_inputs(rng: np.random.Generator) -> dict:
    cases = []
    for n in rng.integers(5, 13, size=3):
        cases.append({"x": [float(v) for v in _distinct(rng, int(n), -5.0, 5.0)],
                      "w": _nonzero(rng, -3.0, 3.0), "b": _nonzero(rng, -2.0, 2.0)})
    return {"cases": cases}


def loss_inputs(rng: np.random.Generator) -> dict:
    cases = []
    for n, scale in ((int(rng.integers(5, 12)), 0.4), (int(rng.integers(12, 30)), 2.5)):
        y_true = rng.normal(0.0, 3.0, n).astype(np.float32)
        y_pred = (y_true + rng.normal(0.7 * scale, scale, n)).astype(np.float32)
        cases.append({"y_pred": [float(v) for v in y_pred], "y_true": [float(v) for v in y_true]})
    return {"cases": cases}


def fit_GD_inputs(rng: np.random.Generator) -> dict:
    cases = []
    for n in (24, 30):
        x, y = _regression_data(rng, n)
        cases.append({"x": x, "y": y, "lr": round(float(rng.uniform(0.04, 0.12)), 3),
                      "num_epochs": int(rng.integers(5, 10))})
    return {"cases": cases}


def fit_BGD_inputs(rng: np.random.Generator) -> dict:
    # The number of batches never equals batch_size (so dividing by either tells them
    # apart), and the second case ends with a partial batch that must not be dropped.
    cases = []
    for n, batch_size in ((40, int(rng.choice([4, 5, 8]))), (30, int(rng.choice([4, 7])))):
        x, y = _regression_data(rng, n)
        cases.append({"x": x, "y": y, "lr": round(float(rng.uniform(0.03, 0.08)), 3),
                      "num_epochs": int(rng.integers(3, 6)), "batch_size": batch_size})
    return {"cases": cases}


#: num_epochs in the notebook's locked training cells: plot cells may rely on it for their x axis.
NOTEBOOK_EPOCHS = 20


def plot_inputs(rng: np.random.Generator) -> dict:
    # Fresh values (so copied or made-up numbers cannot match), as many as the notebook trains.
    losses = np.sort(rng.uniform(0.2, 40.0, NOTEBOOK_EPOCHS))[::-1] * rng.uniform(0.9, 1.1, NOTEBOOK_EPOCHS)
    return {"losses": [round(float(v), 6) for v in losses]}


# --------------------------------------------------------------------------- model, loss

def _cases(inputs: dict, data: dict) -> list:
    """The probe's per-case results, one for each case it was given (else BadData)."""
    cases = field(data, "cases", list)
    if len(cases) != len(inputs["cases"]):
        raise BadData(f"expected results for {len(inputs['cases'])} cases, got {len(cases)}")
    return cases


def _raised(data: dict, name: str, parts: list[tuple[str, float]]) -> list[Criterion] | None:
    """All criteria lost if the probe reports an error, else None."""
    error = data.get("error") if isinstance(data, dict) else "no data came back"
    if error is None:
        return None
    return [Criterion(label, points, 0.0, f"{name} could not be checked: {str(error)[:300]}")
            for label, points in parts]


def judge_model(inputs: dict, data: dict) -> list[Criterion]:
    parts = [("values", 6.0), ("shape", 2.0), ("gradient", 2.0)]
    lost = _raised(data, "model", parts)
    if lost:
        return lost
    values_ok = shape_ok = grad_ok = True
    notes = {"values": "", "shape": "", "gradient": ""}
    for case, got in zip(inputs["cases"], _cases(inputs, data)):
        x, w, b = np.asarray(case["x"]), case["w"], case["b"]
        want = (np.float32(w) * x.astype(np.float32) + np.float32(b)).astype(np.float64)
        if not isinstance(got, dict) or "error" in got:
            message = got.get("error") if isinstance(got, dict) else "no result"
            return [Criterion(label, points, 0.0, f"model(data, weight, bias) raised {message}")
                    for label, points in parts]
        if got.get("type") != "torch.Tensor":
            values_ok = shape_ok = grad_ok = False
            notes["values"] = f"model should return a torch.Tensor, got {got.get('type')}"
            notes["shape"] = notes["gradient"] = notes["values"]
            continue
        values = floats(got.get("values", []))
        if values_ok and not close(values, want):
            values_ok = False
            notes["values"] = (f"with weight={w:.4g}, bias={b:.4g} and data={short(x)}, expected "
                               f"weight*data + bias = {short(want)}, got {short(values)}")
        if shape_ok and got.get("shape") != [len(x), 1]:
            shape_ok = False
            notes["shape"] = (f"for data of shape ({len(x)}, 1) the prediction should have the same "
                              f"shape, got {tuple(got.get('shape', []))}")
        grad_w, grad_b = got.get("grad_w"), got.get("grad_b")
        want_grads = (float(np.sum(x)), float(len(x)))
        if grad_ok and not (isinstance(grad_w, list) and isinstance(grad_b, list)
                            and close(floats(grad_w), [want_grads[0]], rtol=1e-3)
                            and close(floats(grad_b), [want_grads[1]], rtol=1e-3)):
            grad_ok = False
            notes["gradient"] = ("the prediction must stay differentiable in weight and bias "
                                 "(no .item(), .detach() or numpy inside model); the gradient of "
                                 f"sum(prediction) came back as weight: {grad_w}, bias: {grad_b}")
    return [
        criterion("values", 6.0, values_ok, "returns weight * data + bias", notes["values"]),
        criterion("shape", 2.0, shape_ok, "keeps the shape of data", notes["shape"]),
        criterion("gradient", 2.0, grad_ok, "gradients reach weight and bias", notes["gradient"]),
    ]


def judge_loss_func(inputs: dict, data: dict) -> list[Criterion]:
    parts = [("value", 6.0), ("tensor", 2.0), ("gradient", 2.0)]
    lost = _raised(data, "loss_func", parts)
    if lost:
        return lost
    value_ok = tensor_ok = grad_ok = True
    notes = {"value": "", "tensor": "", "gradient": ""}
    for case, got in zip(inputs["cases"], _cases(inputs, data)):
        y_pred, y_true = np.asarray(case["y_pred"]), np.asarray(case["y_true"])
        want = float(np.mean((y_pred - y_true) ** 2))
        if not isinstance(got, dict) or "error" in got:
            message = got.get("error") if isinstance(got, dict) else "no result"
            return [Criterion(label, points, 0.0, f"loss_func(y_pred, y_true) raised {message}")
                    for label, points in parts]
        values = floats(got.get("values", []))
        if value_ok and not (len(values) == 1 and close(values, [want])):
            value_ok = False
            notes["value"] = (f"for {len(y_pred)} predictions whose mean squared error is {want:.6g}, "
                              f"loss_func returned {short(values, digits=6)}")
        if tensor_ok and not (got.get("type") == "torch.Tensor" and len(values) == 1):
            tensor_ok = False
            notes["tensor"] = ("loss_func should return a one-element torch.Tensor (so that "
                               f"backward() works), got {got.get('type')} with {len(values)} values")
        grad = got.get("grad")
        want_grad = 2.0 * (y_pred - y_true) / len(y_pred)
        if grad_ok and not (isinstance(grad, list) and close(floats(grad), want_grad, rtol=1e-3)):
            grad_ok = False
            notes["gradient"] = ("the gradient of the loss with respect to y_pred should be "
                                 "2 (y_pred - y_true) / n; it came back as "
                                 + (short(grad) if isinstance(grad, list) else "missing (not differentiable)"))
    return [
        criterion("value", 6.0, value_ok, "computes the mean of squared errors", notes["value"]),
        criterion("tensor", 2.0, tensor_ok, "returns a scalar tensor", notes["tensor"]),
        criterion("gradient", 2.0, grad_ok, "backpropagates 2(y_pred - y_true)/n", notes["gradient"]),
    ]


# --------------------------------------------------------------------------- fitting

FIT_CRITERIA = (("returns", 6.0), ("batches", 8.0), ("update", 10.0), ("loss", 6.0))


def _mse(w: float, b: float, x: np.ndarray, y: np.ndarray) -> float:
    return float(np.mean((w * x + b - y) ** 2))


def _gradient(w: float, b: float, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    residual = w * x + b - y
    return np.array([2.0 * np.mean(residual * x), 2.0 * np.mean(residual)])


class _Trajectory:
    """The parameter steps a fitting function took, rebuilt from its recorded calls."""

    def __init__(self, case: dict, calls: list):
        self.x = np.asarray(case["x"], dtype=np.float64)
        self.y = np.asarray(case["y"], dtype=np.float64)
        x_index = {v: i for i, v in enumerate(case["x"])}
        y_index = {v: i for i, v in enumerate(case["y"])}
        observations = []
        model_calls = [c for c in calls if isinstance(c, dict) and c.get("kind") == "model"]
        if model_calls:
            for call in model_calls:
                w, b = floats(call.get("w")), floats(call.get("b"))
                if len(w) != 1 or len(b) != 1:
                    raise BadData("weight and bias should hold one number each, "
                                  f"got {len(w)} and {len(b)}")
                observations.append((float(w[0]), float(b[0]), self._indices(call.get("x"), x_index)))
        else:
            for call in calls:
                if isinstance(call, dict) and call.get("kind") == "loss":
                    observations.append(self._from_loss(call, y_index))
        self.steps = []
        for obs in observations:  # repeated evaluations at the same point are one step
            if not self.steps or self.steps[-1] != obs:
                self.steps.append(obs)

    @staticmethod
    def _indices(values, index):
        values = floats(values)
        found = [index.get(float(v)) for v in values]
        return None if any(i is None for i in found) else tuple(found)

    def _from_loss(self, call, y_index):
        idx = self._indices(call.get("y_true"), y_index)
        pred = floats(call.get("y_pred"))
        if idx is None or len(pred) != len(idx) or len(idx) < 2:
            return (float("nan"), float("nan"), idx)
        w, b = np.polyfit(self.x[list(idx)], pred, 1)  # predictions are linear in x
        return (float(np.float32(w)), float(np.float32(b)), idx)

    def loss(self, step) -> float:
        w, b, idx = step
        return _mse(w, b, self.x[list(idx)], self.y[list(idx)])

    def gradient(self, step) -> np.ndarray:
        w, b, idx = step
        return _gradient(w, b, self.x[list(idx)], self.y[list(idx)])


def _returned_losses(returned, epochs: int):
    """(ok, values or None, message) for the value a fitting function returned.

    Values are given back whenever they can be read, even from a wrong type, so that the
    epoch losses are still judged on their own.
    """
    if not isinstance(returned, dict):
        return False, None, "returned nothing"
    kind, values = returned.get("type"), returned.get("values")
    arr = floats(values) if isinstance(values, list) else None
    usable = arr if arr is not None and len(arr) == epochs else None
    if kind != "numpy.ndarray":
        detail = f" of {returned['length']} items" if "length" in returned else ""
        advice = {"builtins.list": " (wrap the list in np.array)",
                  "torch.Tensor": " (build a numpy array of loss.item() values)"}.get(kind, "")
        return False, usable, f"should return a numpy array of per-epoch losses, returned a {kind}{detail}{advice}"
    if not str(returned.get("dtype", "")).startswith(("float", "int")):
        return False, usable, (f"returned an array of dtype {returned.get('dtype')}: record "
                               "loss.item() (a float), not the loss tensor")
    if arr is None or len(arr) != epochs:
        count = "unreadable" if arr is None else str(len(arr))
        return False, None, (f"was asked for num_epochs={epochs} and returned {count} losses "
                             "(use the num_epochs argument)")
    if not np.all(np.isfinite(arr)):
        return False, arr, f"returned non-finite losses {short(arr)}"
    return True, arr, f"returns {epochs} float losses"


def _classify_step(traj: _Trajectory, steps: list, t: int, lr: float) -> str:
    """Explain why step t -> t+1 is not a gradient-descent step."""
    got = np.array(steps[t + 1][:2]) - np.array(steps[t][:2])
    want = -lr * traj.gradient(steps[t])
    where = f"at step {t + 1} (lr={lr})"
    if close(got, -want, rtol=2e-3, atol=1e-5):
        return f"{where} the parameters moved uphill: subtract lr * grad to descend"
    for name, i in (("weight", 0), ("bias", 1)):
        if abs(got[i]) < 1e-9 and abs(want[i]) > 1e-6:
            return f"{where} {name} did not change; it should move by {want[i]:.4g}"
    accumulated = -lr * sum(traj.gradient(s) for s in steps[: t + 1])
    if t > 0 and close(got, accumulated, rtol=2e-3, atol=1e-5):
        return (f"{where} the step equals lr times the sum of all gradients so far: "
                "the gradients are never zeroed")
    ratio = got / np.where(want == 0, np.nan, want)
    if np.all(np.isfinite(ratio)) and abs(ratio[0] - ratio[1]) < 1e-2 * abs(ratio[0]) and ratio[0] > 0:
        return (f"{where} the step is {ratio[0]:.3g} times -lr * gradient: use the lr argument "
                "as the step size")
    return (f"{where} expected (weight, bias) to change by {short(want)}, they changed by "
            f"{short(got)}")


def _judge_fit_case(case: dict, record: dict, name: str) -> dict[str, tuple[bool, str]]:
    epochs, lr = case["num_epochs"], case["lr"]
    n = len(case["x"])
    batch_size = case.get("batch_size", n)
    per_epoch = -(-n // batch_size)
    if "error" in record:
        fail = (False, f"{name} raised {str(record['error'])[:300]}")
        return {label: fail for label, _ in FIT_CRITERIA}
    returns_ok, reported, returns_msg = _returned_losses(record.get("returned"), epochs)
    out = {"returns": (returns_ok, f"{name} {returns_msg}")}
    traj = _Trajectory(case, field(record, "calls", list))
    steps = traj.steps
    if not steps:
        fail = (False, f"{name} never called the model and loss_func it was given, so its "
                       "training cannot be checked; train the model passed in as an argument")
        out.update(batches=fail, update=fail, loss=fail)
        return out
    if any(idx is None for _, _, idx in steps):
        fail = (False, f"{name} fed the model data that is not the X it was given: use the "
                       "X and Y arguments, not the notebook's global data")
        out.update(batches=fail, update=fail, loss=fail)
        return out
    expected_steps = epochs * per_epoch
    # One extra full-data evaluation after training (or after each update) is harmless.
    evaluation_tail = len(steps) == expected_steps + 1 and len(steps[-1][2]) == n
    batches_ok, batches_msg = True, f"uses every point once per epoch in batches of {batch_size}"
    if len(steps) != expected_steps and not evaluation_tail:
        batches_ok = False
        batches_msg = (f"with {n} points, batch_size={batch_size} and num_epochs={epochs} "
                       f"expected {expected_steps} updates ({per_epoch} per epoch), observed "
                       f"{len(steps)} distinct parameter values")
    else:
        for e in range(epochs):
            epoch = steps[e * per_epoch:(e + 1) * per_epoch]
            sizes = sorted(len(idx) for _, _, idx in epoch)
            want_sizes = sorted([batch_size] * (n // batch_size) + ([n % batch_size] if n % batch_size else []))
            covered = sorted(i for _, _, idx in epoch for i in idx)
            if covered != list(range(n)) or sizes != want_sizes:
                batches_ok = False
                batches_msg = (f"epoch {e + 1} should use each of the {n} points exactly once in "
                               f"batches of {batch_size}; its batches had sizes {sizes} and covered "
                               f"{len(set(covered))} distinct points")
                break
    out["batches"] = (batches_ok, f"{name} {batches_msg}")
    update_ok, update_msg = True, "moves weight and bias by -lr * gradient at every step"
    if len(steps) < 2:  # no step was taken, so there is nothing that could be right
        update_ok = False
        update_msg = (f"never changed weight and bias (one parameter value observed; expected "
                      f"{expected_steps} updates)")
    for t in range(min(len(steps), expected_steps + 1) - 1):
        got = np.array(steps[t + 1][:2]) - np.array(steps[t][:2])
        want = -lr * traj.gradient(steps[t])
        scale = 4e-6 * (1.0 + abs(steps[t][0]) + abs(steps[t][1]))
        if not np.all(np.abs(got - want) <= 2e-3 * np.abs(want) + scale):
            update_ok, update_msg = False, _classify_step(traj, steps, t, lr)
            break
    out["update"] = (update_ok, f"{name} {update_msg}")
    out["loss"] = _judge_epoch_losses(traj, steps, reported, epochs, per_epoch, batch_size, name)
    return out


def _judge_epoch_losses(traj, steps, reported, epochs, per_epoch, batch_size, name):
    what = ("the loss before that epoch's update" if per_epoch == 1
            else "the mean of that epoch's batch losses (sum / number of batches)")
    if reported is None:
        return False, f"{name}'s epoch losses cannot be compared: see the return value"
    # Judge the reporting on the batches the function really used (its batching is judged apart).
    if len(steps) in (epochs * per_epoch, epochs * per_epoch + 1):
        k = per_epoch
    elif len(steps) % epochs == 0:
        k = len(steps) // epochs
    else:
        return False, f"{name}'s epoch losses cannot be matched to its updates: see the batches"
    batch_losses = [traj.loss(s) for s in steps]
    want = np.array([np.mean(batch_losses[e * k:(e + 1) * k]) for e in range(epochs)])
    if close(reported, want, rtol=1e-4, atol=1e-6):
        return True, f"{name} reports {what} for every epoch"
    first = int(np.argmax(~(np.abs(reported - want) <= 1e-6 + 1e-4 * np.abs(want))))
    hint = ""
    sums = np.array([np.sum(batch_losses[e * k:(e + 1) * k]) for e in range(epochs)])
    last = np.array([batch_losses[(e + 1) * k - 1] for e in range(epochs)])
    after = np.array([batch_losses[(e + 1) * k] if (e + 1) * k < len(batch_losses) else np.nan
                      for e in range(epochs)])
    if k > 1 and close(reported, sums / batch_size, rtol=1e-4, atol=1e-6):
        hint = f": it divides the sum of batch losses by batch_size ({batch_size}), not by the number of batches ({k})"
    elif k > 1 and close(reported, last, rtol=1e-4, atol=1e-6):
        hint = ": it reports only the last batch's loss"
    elif close(reported[:-1], after[:-1], rtol=1e-4, atol=1e-6):
        hint = ": it records the loss after the update instead of before it"
    return False, (f"{name}: at epoch {first + 1} expected {what}, {want[first]:.6g}, "
                   f"reported {reported[first]:.6g}{hint}")


def _judge_fit(name: str, inputs: dict, data: dict) -> list[Criterion]:
    lost = _raised(data, name, list(FIT_CRITERIA))
    if lost:
        return lost
    records = field(data, "cases", list)
    results = {label: (True, "") for label, _ in FIT_CRITERIA}
    for case, record in zip(inputs["cases"], records):
        try:
            verdict = _judge_fit_case(case, record if isinstance(record, dict) else {}, name)
        except BadData as error:
            verdict = {label: (False, f"{name}'s run could not be read: {error}")
                       for label, _ in FIT_CRITERIA}
        for label, (ok, message) in verdict.items():
            if results[label][0]:
                results[label] = (ok, message)
    if len(records) != len(inputs["cases"]):
        results = {label: (False, f"{name} was not run on every case") for label, _ in FIT_CRITERIA}
    return [Criterion(label, points, points if results[label][0] else 0.0, results[label][1])
            for label, points in FIT_CRITERIA]


def judge_fit_GD(inputs: dict, data: dict) -> list[Criterion]:
    return _judge_fit("fit_GD", inputs, data)


def judge_fit_BGD(inputs: dict, data: dict) -> list[Criterion]:
    return _judge_fit("fit_BGD", inputs, data)


# --------------------------------------------------------------------------- plots

def _curves(figures: list, wanted: np.ndarray):
    """Yield (axes, figure) pairs holding a line whose y values equal ``wanted``."""
    for figure in figures if isinstance(figures, list) else []:
        for axes in field(figure, "axes", list, []):
            for line in field(axes, "lines", list, []):
                try:
                    y, x = floats(field(line, "y", list)), floats(field(line, "x", list))
                except BadData:
                    continue
                if len(y) == len(wanted) and close(y, wanted, rtol=1e-5, atol=1e-8) \
                        and len(x) == len(y) and np.all(np.diff(x) > 0):
                    yield axes, figure


def _judge_plot(variable: str, inputs: dict, data: dict) -> list[Criterion]:
    parts = [("curve", 3.0), ("labels", 1.0), ("title", 1.0)]
    lost = _raised(data, f"the {variable} plot", parts)
    if lost:
        return lost
    # Only the grader's own values count: anything else the kernel reports could be made up.
    wanted = np.asarray(inputs["losses"])
    figures = field(data, "replay", list, [])
    found = next(_curves(figures, wanted), None)
    if found:
        axes_list, suptitles = [found[0]], [field(found[1], "suptitle", str, "")]
    else:
        axes_list = [a for f in figures for a in field(f, "axes", list, [])]
        suptitles = [field(f, "suptitle", str, "") for f in figures]
    labelled = any(field(a, "xlabel", str, "").strip() and field(a, "ylabel", str, "").strip()
                   for a in axes_list)
    titled = any(field(a, "title", str, "").strip() for a in axes_list) or any(s.strip() for s in suptitles)
    drawn = "no figure" if not figures else f"{len(figures)} figure(s) without such a line"
    return [
        criterion("curve", 3.0, found is not None,
                  f"plots {variable} with one point per epoch",
                  f"re-running the plot cell with {variable} = {short(wanted)} ({len(wanted)} epochs) "
                  f"should draw one line with those {len(wanted)} values in epoch order; it drew {drawn}"),
        criterion("labels", 1.0, bool(labelled), "labels both axes",
                  "the loss curve needs an x-axis label (epochs) and a y-axis label (loss)"),
        criterion("title", 1.0, bool(titled), "has a title", "the loss curve needs a title"),
    ]


def judge_plot_GD(inputs: dict, data: dict) -> list[Criterion]:
    return _judge_plot("loss_GD", inputs, data)


def judge_plot_BGD(inputs: dict, data: dict) -> list[Criterion]:
    return _judge_plot("loss_BGD", inputs, data)


PARTS = {
    "model": PartCheck(make_inputs=model_inputs, judge=judge_model),
    "loss_func": PartCheck(make_inputs=loss_inputs, judge=judge_loss_func),
    "fit_GD": PartCheck(make_inputs=fit_GD_inputs, judge=judge_fit_GD),
    "plot_GD": PartCheck(make_inputs=plot_inputs, judge=judge_plot_GD, replay="plot_GD_answer"),
    "fit_BGD": PartCheck(make_inputs=fit_BGD_inputs, judge=judge_fit_BGD),
    "plot_BGD": PartCheck(make_inputs=plot_inputs, judge=judge_plot_BGD, replay="plot_BGD_answer"),
}
