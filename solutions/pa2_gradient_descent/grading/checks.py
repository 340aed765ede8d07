"""Judges for PA2 (trusted: they run in the grader's process, never in the sandbox).

Each judge reads the untrusted data of the matching probe in ``probes.py`` with the
grading library (autograder.library) and returns criteria whose points add up to the
part's points in the notebook; the weights below only split them.  The fitting functions
are judged by replaying their recorded parameter history in float64, so any correct
implementation earns full marks and each bug loses the criterion it breaks.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from autograder.library.checks import BadData, PartCheck, field, floats, short
from autograder.library import figures, training
from autograder.library.points import Scale, notebook_points
from autograder.library.substance import substance
from autograder.library.values import gradient_message, read_calls, returned_array, same_values, values_message

POINTS = notebook_points(Path(__file__).resolve().parents[1])
WEIGHTS = {
    "model": {"values": 0.6, "shape": 0.2, "gradient": 0.2},
    "loss_func": {"value": 0.6, "tensor": 0.2, "gradient": 0.2},
    "fit": {"returns": 0.2, "batches": 8 / 30, "update": 1 / 3, "loss": 0.2},
    "plot": {"curve": 0.6, "labels": 0.2, "title": 0.2},
}
#: num_epochs in the notebook's locked training cells: plot cells may rely on it for their x axis.
NOTEBOOK_EPOCHS = 20


# --------------------------------------------------------------------------- inputs

def _distinct(rng, n, low, high):
    """n distinct float32 values (so that the judge can tell which points a batch held)."""
    while True:
        values = rng.uniform(low, high, n).astype(np.float32)
        if len(set(values.tolist())) == n:
            return [float(v) for v in values]


def _nonzero(rng, low, high):
    while True:
        value = float(np.float32(rng.uniform(low, high)))
        if abs(value) > 0.2 and abs(value - 1.0) > 0.2:
            return value


def _regression_data(rng, n):
    while True:
        x = np.asarray(_distinct(rng, n, -2.0, 2.0))
        y = (_nonzero(rng, -4.0, 4.0) * x + _nonzero(rng, -2.0, 2.0) + rng.normal(0.0, 0.3, n)).astype(np.float32)
        if len(set(y.tolist())) == n:
            return [float(v) for v in x], [float(v) for v in y]


def model_inputs(rng):
    cases = [{"x": _distinct(rng, int(n), -5.0, 5.0), "w": _nonzero(rng, -3.0, 3.0), "b": _nonzero(rng, -2.0, 2.0),
              "role": "main"} for n in rng.integers(5, 13, size=3)]
    first = cases[0]
    cases += [dict(first, role="repeat"), dict(first, w=first["w"] + 1.5, role="weight"),
              dict(first, b=first["b"] - 1.25, role="bias")]
    return {"cases": cases}


def loss_inputs(rng):
    cases = []
    for n, scale in ((int(rng.integers(5, 12)), 0.4), (int(rng.integers(12, 30)), 2.5)):
        y_true = rng.normal(0.0, 3.0, n).astype(np.float32)
        y_pred = (y_true + rng.normal(0.7 * scale, scale, n)).astype(np.float32)
        cases.append({"y_pred": [float(v) for v in y_pred], "y_true": [float(v) for v in y_true], "role": "main"})
    cases.append(dict(cases[0], role="repeat"))
    return {"cases": cases}


def fit_GD_inputs(rng):
    cases = []
    for n in (24, 30):
        x, y = _regression_data(rng, n)
        cases.append({"x": x, "y": y, "lr": round(float(rng.uniform(0.04, 0.12)), 3), "num_epochs": int(rng.integers(5, 10))})
    return {"cases": cases}


def fit_BGD_inputs(rng):
    # The number of batches never equals batch_size, and the second case ends with a partial batch.
    cases = []
    for n, batch_size in ((40, int(rng.choice([4, 5, 8]))), (30, int(rng.choice([4, 7])))):
        x, y = _regression_data(rng, n)
        cases.append({"x": x, "y": y, "lr": round(float(rng.uniform(0.03, 0.08)), 3),
                      "num_epochs": int(rng.integers(3, 6)), "batch_size": batch_size})
    return {"cases": cases}


def plot_inputs(rng):
    # Fresh values (copied or made-up numbers cannot match), as many as the notebook trains.
    losses = np.sort(rng.uniform(0.2, 40.0, NOTEBOOK_EPOCHS))[::-1] * rng.uniform(0.9, 1.1, NOTEBOOK_EPOCHS)
    return {"losses": [round(float(v), 6) for v in losses]}


# --------------------------------------------------------------------------- model, loss

def judge_model(inputs, data):
    scale = Scale(POINTS["model"], WEIGHTS["model"])
    outs = read_calls(inputs, data, "model")
    if isinstance(outs, str):
        return scale.all_lost(outs)
    cases = inputs["cases"]
    main = [i for i, c in enumerate(cases) if c["role"] == "main"]
    role = {c["role"]: i for i, c in enumerate(cases)}
    for i, out in enumerate(outs):
        if out.error:
            c = cases[i]
            return scale.all_lost(f"model(data, weight, bias) raised {out.error} (weight={c['w']:.4g}, bias={c['b']:.4g})")
    values = [o.values if o.is_tensor else None for o in outs]
    responds = {arg: values[role[arg]] is not None and values[0] is not None
                and not np.array_equal(values[role[arg]], values[0]) for arg in ("weight", "bias")}
    sub = substance([values[i] for i in main] + [values[role["repeat"]]], repeat=(0, len(main)),
                    responds=responds, needs=("weight", "bias"), what="the prediction")
    results = {"values": (True, "returns weight * data + bias"), "shape": (True, "keeps the shape of data"),
               "gradient": (True, "gradients reach weight and bias")}
    for i in main:
        c, out = cases[i], outs[i]
        x = np.asarray(c["x"], dtype=np.float32)
        want = (np.float32(c["w"]) * x + np.float32(c["b"])).astype(np.float64)
        given = f"with weight={c['w']:.4g}, bias={c['b']:.4g} and data={short(x)}"
        if results["values"][0] and not out.is_tensor:
            results["values"] = (False, f"model should return a torch.Tensor, got {out.kind}")
        elif results["values"][0] and not same_values(out, want):
            results["values"] = (False, values_message(out, want, given=given, expected="weight*data + bias"))
        if results["shape"][0] and not (out.is_tensor and out.shape == (len(x), 1)):
            results["shape"] = (False, f"for data of shape ({len(x)}, 1) the prediction should have the same shape, got {out.kind}")
        for arg, grad in (("weight", [float(np.sum(x))]), ("bias", [float(len(x))])):
            got = out.grads.get(arg)
            if results["gradient"][0] and not (got is not None and np.allclose(got, grad, rtol=1e-3)):
                results["gradient"] = (False, gradient_message(out, arg, grad, given=given, responds=responds.get(arg)))
    if not sub.ok:
        for name in ("shape", "gradient"):
            results[name] = (False, f"not earned: {sub.reason} (shape and gradient count only when the predictions "
                                    "follow the inputs at least in part)")
    return scale.verdicts(results)


def judge_loss_func(inputs, data):
    scale = Scale(POINTS["loss_func"], WEIGHTS["loss_func"])
    outs = read_calls(inputs, data, "loss_func")
    if isinstance(outs, str):
        return scale.all_lost(outs)
    cases = inputs["cases"]
    main = [i for i, c in enumerate(cases) if c["role"] == "main"]
    for out in outs:
        if out.error:
            return scale.all_lost(f"loss_func(y_pred, y_true) raised {out.error}")
    results = {"value": (True, "computes the mean of squared errors"), "tensor": (True, "returns a scalar tensor"),
               "gradient": (True, "backpropagates 2(y_pred - y_true)/n")}
    for i in main:
        out, c = outs[i], cases[i]
        y_pred, y_true = np.asarray(c["y_pred"]), np.asarray(c["y_true"])
        want = float(np.mean((y_pred - y_true) ** 2))
        given = f"for {len(y_pred)} predictions whose mean squared error is {want:.6g}"
        if results["value"][0] and not (out.values is not None and len(out.values) == 1 and same_values(out, [want])):
            results["value"] = (False, f"{given}, loss_func returned {short(out.values, digits=6) if out.values is not None else out.kind}")
        if results["tensor"][0] and not (out.is_tensor and out.values is not None and len(out.values) == 1):
            results["tensor"] = (False, f"loss_func should return a one-element torch.Tensor (so that backward() works), got {out.kind}")
        want_grad = 2.0 * (y_pred - y_true) / len(y_pred)
        got = out.grads.get("y_pred")
        if results["gradient"][0] and not (got is not None and got.shape == want_grad.shape and np.allclose(got, want_grad, rtol=1e-3, atol=1e-6)):
            results["gradient"] = (False, gradient_message(out, "y_pred", want_grad, given=given))
    sub = substance([outs[i].values for i in main] + [outs[-1].values], repeat=(0, len(main)), what="the loss")
    if not sub.ok:
        results["tensor"] = results["gradient"] = (False, f"not earned: {sub.reason} (the form of the result counts "
                                                          "only when its value follows the predictions at least in part)")
    return scale.verdicts(results)


# --------------------------------------------------------------------------- fitting

def _mse(params, x, y, rows):
    rows = list(rows)
    return float(np.mean((params[0] * x[rows] + params[1] - y[rows]) ** 2))


def _grad(params, x, y, rows):
    rows = list(rows)
    residual = params[0] * x[rows] + params[1] - y[rows]
    return np.array([2.0 * np.mean(residual * x[rows]), 2.0 * np.mean(residual)])


def _observations(case, calls):
    """Forward passes from the recorded model calls (or, if the model was not used, the loss calls)."""
    x_index = {v: i for i, v in enumerate(case["x"])}
    y_index = {v: i for i, v in enumerate(case["y"])}
    x, obs = np.asarray(case["x"]), []
    model_calls = [c for c in calls if isinstance(c, dict) and c.get("kind") == "model"]
    for c in model_calls or [c for c in calls if isinstance(c, dict) and c.get("kind") == "loss"]:
        enabled = c.get("grad_enabled") is not False
        if model_calls:
            w, b = floats(c.get("w")), floats(c.get("b"))
            if len(w) != 1 or len(b) != 1:
                raise BadData(f"weight and bias should hold one number each, got {len(w)} and {len(b)}")
            rows = tuple(x_index.get(float(v)) for v in floats(c.get("x")))
        else:
            rows = tuple(y_index.get(float(v)) for v in floats(c.get("y_true")))
            pred = floats(c.get("y_pred"))
            if None in rows or len(rows) < 2 or len(pred) != len(rows):
                obs.append(training.Observation((np.nan, np.nan), (None,), enabled))
                continue
            w, b = np.polyfit(x[list(rows)], pred, 1)  # predictions are linear in x
        obs.append(training.Observation((float(np.float32(w[0] if np.ndim(w) else w)),
                                         float(np.float32(b[0] if np.ndim(b) else b))), rows, enabled))
    return obs


def _trains_unobserved(case, reported):
    """Did a run that bypassed the given model and loss still do gradient descent on the given data?"""
    if reported is None or "batch_size" in case:
        return False
    x, y, n = np.asarray(case["x"]), np.asarray(case["y"]), len(case["x"])
    design = np.column_stack([x, np.ones(n)])
    solution, *_ = np.linalg.lstsq(design, y, rcond=None)
    minimum = float(np.mean((design @ solution - y) ** 2))
    return training.quadratic_gd_explains(reported, hessian=2.0 * design.T @ design / n, minimum=minimum, lr=case["lr"])


def _judge_fit_case(case, record, name):
    criteria = WEIGHTS["fit"]
    if "error" in record:
        return {label: (False, f"{name} raised {str(record['error'])[:300]}") for label in criteria}
    epochs, n = case["num_epochs"], len(case["x"])
    batch_size = case.get("batch_size", n)
    returns_ok, reported, returns_msg = returned_array(record.get("returned"), epochs)
    obs = _observations(case, field(record, "calls", list))
    if not obs or any(None in o.rows for o in obs):
        why = ("never called the model and loss_func it was given, so its training cannot be checked; "
               "train the model passed in as an argument") if not obs else \
              "fed the model data that is not the X it was given: use the X and Y arguments, not the notebook's data"
        out = {label: (False, f"{name} {why}") for label in ("batches", "update", "loss")}
        if returns_ok and not _trains_unobserved(case, reported):
            returns_ok, returns_msg = False, (f"returned losses that are not those of gradient descent on the data it was "
                                              f"given (lr={case['lr']}), so the return value earns nothing")
        out["returns"] = (returns_ok, f"{name} {returns_msg}")
        return out
    per_epoch = -(-n // batch_size)
    replay = training.Replay(obs, lr=case["lr"], loss=lambda p, r: _mse(p, np.asarray(case["x"]), np.asarray(case["y"]), r),
                             gradient=lambda p, r: _grad(p, np.asarray(case["x"]), np.asarray(case["y"]), r), epochs=epochs,
                             expected=epochs * per_epoch, names=("weight", "bias"))
    update_ok, update_msg = replay.judge_updates(epochs * per_epoch)
    batches_ok, batches_msg = training.judge_batches(replay.trained(), n=n, batch_size=batch_size, epochs=epochs)
    loss_ok, loss_msg = training.judge_epoch_losses(replay, reported, epochs=epochs, batch_size=batch_size)
    if replay.updates == 0 and returns_ok:
        returns_ok, returns_msg = False, "does not train (the parameters never changed), so its return value earns nothing"
    return {"returns": (returns_ok, f"{name} {returns_msg}"), "batches": (batches_ok, f"{name} {batches_msg}"),
            "update": (update_ok, f"{name} {update_msg}"), "loss": (loss_ok, f"{name}: {loss_msg}")}


def _judge_fit(name, inputs, data):
    scale = Scale(POINTS[name], WEIGHTS["fit"])
    if not isinstance(data, dict):
        raise BadData("no data came back")
    if "error" in data:
        return scale.all_lost(f"{name} could not be checked: {str(data['error'])[:300]}")
    records = field(data, "cases", list)
    if len(records) != len(inputs["cases"]):
        return scale.all_lost(f"{name} was not run on every case")
    results = {label: (True, "") for label in scale.names}
    for case, record in zip(inputs["cases"], records):
        try:
            verdict = _judge_fit_case(case, record if isinstance(record, dict) else {}, name)
        except BadData as error:
            verdict = {label: (False, f"{name}'s run could not be read: {error}") for label in scale.names}
        for label, (ok, message) in verdict.items():
            if results[label][0]:
                results[label] = (ok, message)
    return scale.verdicts(results)


def judge_fit_GD(inputs, data):
    return _judge_fit("fit_GD", inputs, data)


def judge_fit_BGD(inputs, data):
    return _judge_fit("fit_BGD", inputs, data)


# --------------------------------------------------------------------------- plots

def _judge_plot(variable, inputs, data):
    part = "plot_GD" if variable == "loss_GD" else "plot_BGD"
    scale = Scale(POINTS[part], WEIGHTS["plot"])
    if not isinstance(data, dict) or "error" in data:
        return scale.all_lost(f"the {variable} plot could not be checked: {str((data or {}).get('error', 'no data'))[:300]}"
                              if isinstance(data, dict) else "no data came back")
    wanted = np.asarray(inputs["losses"])  # only the grader's own values count
    drawn = field(data, "replay", list, [])
    found = figures.find_series(drawn, wanted)
    curve = (found is not None, f"plots {variable} with one point per epoch", "")
    if found is None:
        found = figures.find_partial(drawn, wanted)
        what = ("no figure" if not drawn else "a line with some of those values, not all of them in epoch order"
                if found is not None else f"{len(drawn)} figure(s) without those values")
        curve = (False, "", f"re-running the plot cell with {variable} = {short(wanted)} ({len(wanted)} epochs) should "
                            f"draw those {len(wanted)} values in epoch order; it drew {what}")
    if found is None:
        return [scale.criterion("curve", *curve)] + [
            scale.criterion(name, False, "", f"not earned: {what_} judged on the axes that show {variable}, and no "
                                             "axes showed it") for name, what_ in (("labels", "the axis labels are"),
                                                                                   ("title", "the title is"))]
    labels = figures.judge_labels(found.axes)
    title = figures.title_of(found.axes, found.figure)
    return [scale.criterion("curve", *curve),
            scale.criterion("labels", labels.ok, labels.message, labels.message),
            scale.criterion("title", bool(title), f"has a title ({title!r})", "the loss curve needs a title")]


def judge_plot_GD(inputs, data):
    return _judge_plot("loss_GD", inputs, data)


def judge_plot_BGD(inputs, data):
    return _judge_plot("loss_BGD", inputs, data)


PARTS = {
    "model": PartCheck(make_inputs=model_inputs, judge=judge_model),
    "loss_func": PartCheck(make_inputs=loss_inputs, judge=judge_loss_func),
    "fit_GD": PartCheck(make_inputs=fit_GD_inputs, judge=judge_fit_GD),
    "plot_GD": PartCheck(make_inputs=plot_inputs, judge=judge_plot_GD, replay="plot_GD_answer"),
    "fit_BGD": PartCheck(make_inputs=fit_BGD_inputs, judge=judge_fit_BGD),
    "plot_BGD": PartCheck(make_inputs=plot_inputs, judge=judge_plot_BGD, replay="plot_BGD_answer"),
}
