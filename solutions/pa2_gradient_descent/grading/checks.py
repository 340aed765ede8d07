"""Judges for PA2 (trusted: they run in the grader's process, never in the sandbox).

Each judge reads the untrusted data of the matching probe in ``probes.py`` with the
grading library (autograder.library) and returns criteria whose points add up to the
part's points in the notebook; the weights below only split them.  The fitting functions
are judged by replaying their recorded parameter history in float64
(:mod:`autograder.library.regression`), so any correct implementation earns full marks
and each bug loses the criterion it breaks.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from autograder.library import figures, regression
from autograder.library.cases import Findings, call_outputs, failed
from autograder.library.checks import PartCheck, field, floats, short
from autograder.library.points import Scale, notebook_points
from autograder.library.substance import NEARBY, changed, moved, substance
from autograder.library.values import gradient_message, same_values, values_message

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

def model_inputs(rng):
    cases = [{"x": regression.distinct(rng, int(n), -5.0, 5.0), "w": regression.nonzero(rng, -3.0, 3.0), "b": regression.nonzero(rng, -2.0, 2.0),
              "role": "main"} for n in rng.integers(5, 13, size=3)]
    first = cases[0] = _both_signs(rng, cases[0])
    cases += [dict(first, role="repeat"), dict(first, w=first["w"] + 1.5, role="weight"),
              dict(first, b=first["b"] - 1.25, role="bias"),
              dict(first, x=regression.distinct(rng, len(first["x"]), -5.0, 5.0), role="data"),
              *[dict(first, x=moved(first["x"], *how), role="nearby") for how in NEARBY],
              # One row, as a mini-batch's last batch can be: still shape (1, 1).
              dict(first, x=first["x"][:1], role="single")]
    # Called again on the same tensors after weight and bias changed in place, as a training
    # step changes them (drawn last: the cases above stay as they were).
    cases.append(dict(first, dw=regression.nonzero(rng, 0.5, 1.5), db=regression.nonzero(rng, -1.0, -0.25),
                      role="updated"))
    # After it (drawn last), predictions in the thousands, as a diverging run makes them: a
    # model that clamps or squashes its output shows.
    cases.append({"x": regression.distinct(rng, 8, -1000.0, 1000.0), "w": float(np.round(rng.uniform(1.5, 3.0), 3)),
                  "b": float(np.round(rng.uniform(100.0, 300.0), 2)), "role": "main"})
    # A bias of exactly 0, where training often starts: a model that tests its arguments for
    # truth (``bias if bias else 0``) drops it there, and no gradient reaches it.  (12 rows, as
    # many as the cases above have at most: only they show a slip that depends on the size.)
    cases.append({"x": regression.distinct(rng, 12, -5.0, 5.0), "w": regression.nonzero(rng, -3.0, 3.0), "b": 0.0,
                  "role": "main"})
    # Last (drawn after the rest): as many rows as a data set has, more than the cases above
    # and around the notebook's 200: a model right only for inputs as small as a probe's shows.
    cases.append({"x": regression.distinct(rng, int(rng.integers(150, 400)), -5.0, 5.0),
                  "w": regression.nonzero(rng, -3.0, 3.0), "b": regression.nonzero(rng, -2.0, 2.0), "role": "main"})
    return {"cases": cases}


def _both_signs(rng, case, margin=0.5):
    """``case`` with the weight and bias redrawn until its line is above ``margin`` at one of its
    points and below ``-margin`` at another.  The other cases vary this one: a prediction
    clipped at 0 (a ReLU on the output) still follows them, in part, as a line all below 0
    on the data would not."""
    x = np.asarray(case["x"], dtype=np.float64)
    for _ in range(1000):
        line = case["w"] * x + case["b"]
        if line.max() > margin and line.min() < -margin:
            return case
        case = dict(case, w=regression.nonzero(rng, -3.0, 3.0), b=regression.nonzero(rng, -2.0, 2.0))
    return case  # points bunched so close that no drawn line crosses between them: as drawn


def loss_inputs(rng):
    cases = []
    for n, scale in ((int(rng.integers(5, 12)), 0.4), (int(rng.integers(12, 30)), 2.5)):
        y_true = rng.normal(0.0, 3.0, n).astype(np.float32)
        y_pred = (y_true + rng.normal(0.7 * scale, scale, n)).astype(np.float32)
        cases.append({"y_pred": [float(v) for v in y_pred], "y_true": [float(v) for v in y_true], "role": "main"})
    # The first targets with other predictions: a loss that never reads y_pred stays put.
    others = np.asarray(cases[0]["y_true"]) + rng.normal(1.0, 1.0, len(cases[0]["y_true"]))
    cases.append(dict(cases[0], y_pred=[float(np.float32(v)) for v in others], role="other_predictions"))
    # The first predictions moved by a hair: a loss moves as little, numbers drawn from them jump.
    cases += [dict(cases[0], y_pred=moved(cases[0]["y_pred"], *how), role="nearby")
              for how in NEARBY]
    cases.append(dict(cases[0], role="repeat"))
    # Drawn last (the cases above stay as they were), placed third: predictions as a model makes
    # them (computed, not leaves), as many as the notebook's data: a loss right only for the
    # small leaf tensors the other cases are shows.
    y_true = rng.normal(0.0, 3.0, 200).astype(np.float32)
    y_pred = (y_true + rng.normal(1.0, 1.5, 200)).astype(np.float32)
    cases.insert(2, {"y_pred": [float(v) for v in y_pred], "y_true": [float(v) for v in y_true], "role": "main",
                     "computed": True})
    # After it (drawn last), placed fourth: a few errors of 20 to 40
    # among small ones, as the first epochs of a fit make them: a loss that clips or caps the
    # errors shows, in its value and its gradient.
    y_true = rng.normal(0.0, 3.0, 15).astype(np.float32)
    errors = rng.normal(0.0, 1.5, 15)
    errors[:3] = rng.uniform(20.0, 40.0, 3) * np.array([1.0, -1.0, 1.0])
    cases.insert(3, {"y_pred": [float(v) for v in (y_true + errors).astype(np.float32)],
                     "y_true": [float(v) for v in y_true], "role": "main", "outliers": True})
    # Fifth (no draw): a perfect fit, the predictions equal to the targets, whose loss is 0 (the
    # notebook's self-check tries it first): a loss that divides by the size of the errors gives 0 / 0.
    cases.insert(4, dict(cases[0], y_pred=list(cases[0]["y_true"]), role="main", perfect=True))
    # Drawn last, placed sixth: predictions under torch.no_grad(), as a loss is computed to
    # report it: a loss right only while autograd records shows.
    y_true = rng.normal(0.0, 3.0, 10).astype(np.float32)
    y_pred = (y_true + rng.normal(0.5, 1.0, 10)).astype(np.float32)
    cases.insert(5, {"y_pred": [float(v) for v in y_pred], "y_true": [float(v) for v in y_true], "role": "main",
                     "no_grad": True})
    return {"cases": cases}


def _long_run(rng, x, y):
    """A case of more epochs than the notebook trains: code sized from its num_epochs (a
    history of np.zeros(20)) fails here.  Few points keep it cheap; a small learning rate
    (still not the notebook's 0.01) keeps a loop stuck on one batch from converging to
    steps that float32 rounds away, which would hide its updates."""
    return {"x": x, "y": y, "lr": round(float(rng.uniform(0.015, 0.03)), 3),
            "num_epochs": NOTEBOOK_EPOCHS + int(rng.integers(1, 5))}


def fit_GD_inputs(rng):
    cases = []
    for n in (24, 30):
        x, y = regression.regression_data(rng, n)
        cases.append({"x": x, "y": y, "lr": round(float(rng.uniform(0.04, 0.12)), 3), "num_epochs": int(rng.integers(5, 10))})
    _as_many_epochs_as_the_notebook(cases[1])
    cases.append(_long_run(rng, *regression.regression_data(rng, 8)))
    return {"cases": cases}


def _as_many_epochs_as_the_notebook(case):
    """``case`` trained for the notebook's num_epochs (its own draw kept, so that the cases
    after it stay as they were): code that returns the notebook's curve for a call of that
    many epochs shows."""
    case["num_epochs"] = NOTEBOOK_EPOCHS


def fit_BGD_inputs(rng):
    # The number of batches never equals batch_size, and the second case ends with a partial
    # batch so short that batches of equal sizes (torch.chunk, np.array_split) differ from it;
    # the third ends with a batch of one point (a loop stopping at len(X) - 1 misses it);
    # the last runs more epochs than the notebook (4 batches of 3, 3, 3 and 1 points).
    cases = []
    for n, batch_size in ((40, int(rng.choice([4, 5, 8]))), (30, int(rng.choice([7, 9, 11]))),
                          (29, int(rng.choice([7, 14])))):
        x, y = regression.regression_data(rng, n)
        cases.append({"x": x, "y": y, "lr": round(float(rng.uniform(0.03, 0.08)), 3),
                      "num_epochs": int(rng.integers(3, 6)), "batch_size": batch_size})
    _as_many_epochs_as_the_notebook(cases[1])
    cases.append(dict(_long_run(rng, *regression.regression_data(rng, 10)), batch_size=3))
    return {"cases": cases}


def plot_inputs(rng):
    # Fresh values (copied or made-up numbers cannot match), as many as the notebook trains.
    losses = np.sort(rng.uniform(0.2, 40.0, NOTEBOOK_EPOCHS))[::-1] * rng.uniform(0.9, 1.1, NOTEBOOK_EPOCHS)
    return {"losses": [round(float(v), 6) for v in losses]}


# --------------------------------------------------------------------------- model, loss

def _prediction(w: float, b: float, x) -> np.ndarray:
    """``w * x + b`` as the model computes it in float32, in float64."""
    return (np.float32(w) * np.asarray(x, dtype=np.float32) + np.float32(b)).astype(np.float64)


def _overwritten(record, key: str, values) -> bool:
    """Whether the probe saw the caller's tensor ``record[key]`` changed from ``values`` after the call."""
    after = record.get(key) if isinstance(record, dict) else None
    return isinstance(after, list) and not np.array_equal(floats(after), np.asarray(values, dtype=np.float64))


def judge_model(inputs, data):
    scale = Scale(POINTS["model"], WEIGHTS["model"])
    lost, outs = call_outputs("model(data, weight, bias)", inputs, data, scale,
                              tolerated=lambda case: case["role"] in ("single", "updated"))
    if lost:
        return lost
    cases = inputs["cases"]
    main = [i for i, c in enumerate(cases) if c["role"] == "main"]
    role = {c["role"]: i for i, c in enumerate(cases)}
    values = [o.values if o.is_tensor else None for o in outs]
    responds = {arg: values[role[arg]] is not None and values[0] is not None
                and not np.array_equal(values[role[arg]], values[0]) for arg in ("weight", "bias", "data")}
    found = Findings({"values": "returns weight * data + bias", "shape": "keeps the shape of data",
                      "gradient": "gradients reach weight and bias"})
    for i in main:
        c, out = cases[i], outs[i]
        x = np.asarray(c["x"], dtype=np.float32)
        want = _prediction(c["w"], c["b"], x)
        given = f"with weight={c['w']:.4g}, bias={c['b']:.4g} and data={short(x)}"
        if not out.is_tensor:
            found.fail("values", f"model should return a torch.Tensor, got {out.kind}")
        elif not same_values(out, want):
            found.fail("values", values_message(out, want, given=given, expected="weight*data + bias"))
        elif _overwritten(data["cases"][i], "data_after", x):
            found.fail("values", f"model {given} overwrites the data it is given (an in-place *= or +=): the caller's "
                                 "X changes at every call, so training sees other data each time; compute a new tensor "
                                 "(weight * data + bias)")
        if not (out.is_tensor and out.shape == (len(x), 1)):
            found.fail("shape", f"for data of shape ({len(x)}, 1) the prediction should have the same shape, got {out.kind}")
        # The weight's gradient is sum(data), summed in float32 by torch: near 0 its rounding
        # (about 1e-7 of sum(|data|)) is no longer small against it, hence the absolute bound.
        rounding = 1e-6 * (1.0 + float(np.sum(np.abs(x))))
        for arg, grad in (("weight", [float(np.sum(x))]), ("bias", [float(len(x))])):
            got = out.grads.get(arg)
            if found.ok("gradient") and not (got is not None and np.allclose(got, grad, rtol=1e-3, atol=rounding)):
                found.fail("gradient", gradient_message(out, arg, grad, given=given, responds=responds.get(arg)))
    single = outs[role["single"]] if "single" in role else None
    if found.ok("shape") and single is not None and not (single.is_tensor and single.shape == (1, 1)):
        found.fail("shape", "for data of ONE row, shape (1, 1), the prediction should have shape (1, 1), "
                            + (f"got {single.kind}: a squeeze() drops the row dimension of a single row"
                               if not single.error else f"the call raised {single.error}")
                            + " (a mini-batch's last batch can hold one row)")
    updated = outs[role["updated"]] if "updated" in role else None
    if found.ok("values") and updated is not None and not updated.error:
        case = cases[role["updated"]]
        x = np.asarray(case["x"], dtype=np.float32)
        want = _prediction(case["w"] + case["dw"], case["b"] + case["db"], x)
        if not (updated.is_tensor and same_values(updated, want)):
            old = _prediction(case["w"], case["b"], x)
            found.fail("values", "called again on the same tensors after weight and bias changed in place (as a training "
                                 "step changes them), model " + (
                                     "returned the prediction of the old parameters: compute from the values the tensors "
                                     "hold now (a cache keyed by the tensors, such as functools.cache, keeps the old result)"
                                     if updated.is_tensor and same_values(updated, old) else
                                     values_message(updated, want, given=f"with weight={case['w'] + case['dw']:.4g}, "
                                                    f"bias={case['b'] + case['db']:.4g}", expected="weight*data + bias")))
    near = [i for i, c in enumerate(cases) if c["role"] == "nearby"]
    shown = main + [role["repeat"]] + near
    wants = [np.float32(cases[i]["w"]) * np.asarray(cases[i]["x"], dtype=np.float32) + np.float32(cases[i]["b"])
             for i in shown]
    for needs in (("weight", "bias"), ("data",)):
        found.gate(substance([values[i] for i in shown], repeat=(0, len(main)), responds=responds, needs=needs,
                             what="the prediction", expected=wants,
                             nearby=(0, *range(len(main) + 1, len(shown))) if near else None),
                   ("shape", "gradient"), " (shape and gradient count only when the predictions follow the inputs at least in part)",
                   values=("values",))
    return found.criteria(scale)


def judge_loss_func(inputs, data):
    scale = Scale(POINTS["loss_func"], WEIGHTS["loss_func"])
    lost, outs = call_outputs("loss_func(y_pred, y_true)", inputs, data, scale)
    if lost:
        return lost
    cases = inputs["cases"]
    main = [i for i, c in enumerate(cases) if c["role"] == "main"]
    found = Findings({"value": "computes the mean of squared errors", "tensor": "returns a scalar tensor",
                      "gradient": "backpropagates 2(y_pred - y_true)/n"})
    for i in main:
        out, c = outs[i], cases[i]
        y_pred, y_true = np.asarray(c["y_pred"]), np.asarray(c["y_true"])
        want = float(np.mean((y_pred - y_true) ** 2))
        given = (f"for {len(y_pred)} predictions equal to their targets (a perfect fit, whose mean squared error is 0)"
                 if c.get("perfect") else f"for {len(y_pred)} predictions whose mean squared error is {want:.6g}"
                 + (", under torch.no_grad() (as a loss is computed to report it)" if c.get("no_grad") else ""))
        if not (out.values is not None and len(out.values) == 1 and same_values(out, [want])):
            capped = " (a few of these errors are 20 to 40: errors that large are clipped or capped)" if c.get("outliers") else ""
            found.fail("value", f"{given}, loss_func returned "
                                f"{short(out.values, digits=6) if out.values is not None else out.kind}{capped}")
        elif _overwritten(data["cases"][i], "y_true_after", y_true):
            found.fail("value", f"{given}, loss_func overwrote y_true, the caller's targets (an in-place -= or += on "
                                "y_true, or on a name for the same tensor): training's Y changes at every call; "
                                "compute a new tensor (y_pred - y_true)")
        if c.get("perfect") or c.get("no_grad"):
            continue  # (its value only: the other cases judge the rest)
        if not (out.is_tensor and out.values is not None and len(out.values) == 1):
            found.fail("tensor", f"loss_func should return a one-element torch.Tensor (so that backward() works), got {out.kind}")
        want_grad = 2.0 * (y_pred - y_true) / len(y_pred)
        got = out.grads.get("y_pred")
        if not (got is not None and got.shape == want_grad.shape and np.allclose(got, want_grad, rtol=1e-3, atol=1e-6)):
            found.fail("gradient", gradient_message(out, "y_pred", want_grad, given=given))
    moved = next((outs[i].values for i, c in enumerate(cases) if c["role"] == "other_predictions"), None)
    near = [outs[i].values for i, c in enumerate(cases) if c["role"] == "nearby"]
    found.gate(substance([outs[i].values for i in main] + [outs[-1].values] + near,
                         repeat=(0, len(main)), what="the loss",
                         nearby=(0, *range(len(main) + 1, len(main) + 1 + len(near))) if near else None,
                         responds={"y_pred": changed(moved, outs[main[0]].values, tol=1e-5)}, needs=("y_pred",)),
               ("tensor", "gradient"), " (the form of the result counts only when its value follows the predictions at least in part)",
               values=("value",))
    return found.criteria(scale)


# --------------------------------------------------------------------------- fitting

def judge_fit_GD(inputs, data):
    return regression.judge_fit("fit_GD", inputs, data, Scale(POINTS["fit_GD"], WEIGHTS["fit"]))


def judge_fit_BGD(inputs, data):
    return regression.judge_fit("fit_BGD", inputs, data, Scale(POINTS["fit_BGD"], WEIGHTS["fit"]))


# --------------------------------------------------------------------------- plots

def _judge_plot(part, variable, inputs, data):
    scale = Scale(POINTS[part], WEIGHTS["plot"])
    lost = failed(f"the {variable} plot", data, scale)
    if lost:
        return lost
    curves = {"curve": (variable, inputs["losses"])}  # only the grader's own values count
    return scale.verdicts(figures.judge_curves(field(data, "replay", list, []), curves, what="the loss curve",
                                               failed=data.get("replay_error"),
                                               overwritten=field(data, "overwritten", list, [])))


def judge_plot_GD(inputs, data):
    return _judge_plot("plot_GD", "loss_GD", inputs, data)


def judge_plot_BGD(inputs, data):
    return _judge_plot("plot_BGD", "loss_BGD", inputs, data)


PARTS = {
    "model": PartCheck(make_inputs=model_inputs, judge=judge_model, function="model"),
    "loss_func": PartCheck(make_inputs=loss_inputs, judge=judge_loss_func, function="loss_func"),
    "fit_GD": PartCheck(make_inputs=fit_GD_inputs, judge=judge_fit_GD, function="fit_GD"),
    "plot_GD": PartCheck(make_inputs=plot_inputs, judge=judge_plot_GD, replay="plot_GD_answer"),
    "fit_BGD": PartCheck(make_inputs=fit_BGD_inputs, judge=judge_fit_BGD, function="fit_BGD"),
    "plot_BGD": PartCheck(make_inputs=plot_inputs, judge=judge_plot_BGD, replay="plot_BGD_answer"),
}
