"""Judges for PA3 (trusted: they run in the grader's process, never in the sandbox).

Each judge reads the untrusted data of the matching probe in ``probes.py`` with the
grading library (autograder.library) and returns criteria whose points add up to the
part's points in the notebook; the weights below only split them.  Models are judged
with grader-chosen parameters (any initialisation, ``nn.Sequential`` or a class);
``train_epoch`` by replaying the grader's own model, data and SGD in float64;
``evaluate`` on the grader's data and model.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from autograder.library.checks import BadData, PartCheck, field, short
from autograder.library import figures
from autograder.library.points import Scale, notebook_points
from autograder.library.substance import substance
from autograder.library.values import read_call

from .loops import ce, evaluate_inputs, failed, judge_evaluate, judge_train_epoch, train_inputs

POINTS = notebook_points(Path(__file__).resolve().parents[1])
WEIGHTS = {
    "model": {"shape": 3, "structure": 4, "gradient": 3},
    "cross_entropy": {"value": 7, "stable": 4, "gradient": 2, "by_hand": 2},
    "plot_curves": {"train": 3, "val": 3, "labels": 2, "title": 2},
}
#: Epochs trained by the notebook's locked cell: a plot cell may take its x axis from it.
NOTEBOOK_EPOCHS = 60


def _cases(name, inputs, data, scale):
    """(criteria if everything is lost, the per-case records)."""
    lost = failed(name, data, scale)
    if lost:
        return lost, []
    cases = field(data, "cases", list)
    if len(cases) != len(inputs["cases"]):
        raise BadData(f"expected results for {len(inputs['cases'])} cases, got {len(cases)}")
    for case in cases:
        if isinstance(case, dict) and "error" in case:
            return failed(name, case, scale), []
    return None, [c if isinstance(c, dict) else {} for c in cases]


# --------------------------------------------------------------------------- models

def _points(rng, n, d, scale=3.0):
    a, b = rng.uniform(-scale, scale, (n, d)), rng.uniform(-scale, scale, (n, d))
    return [[float(np.float32(v)) for v in row] for row in np.vstack([a, b, (a + b) / 2])]


def linear_inputs(rng):
    return {"cases": [{"args": [d, c], "x": _points(rng, 6, d), "seed": int(rng.integers(1 << 30)), "classes": c,
                       "params": d * c + c} for d, c in ((2, 3), (5, 4), (3, 2))]}


def mlp_inputs(rng):
    return {"cases": [{"args": [d, h, c], "x": _points(rng, 8, d), "seed": int(rng.integers(1 << 30)), "classes": c,
                       "params": d * h + h + h * c + c, "hidden": h} for d, h, c in ((2, 16, 3), (4, 7, 5), (3, 12, 2))]}


def _judge_builder(name, inputs, data, affine):
    scale = Scale(POINTS[name.split("make_")[1] if name == "make_mlp" else "linear_classifier"], WEIGHTS["model"])
    lost, records = _cases(name, inputs, data, scale)
    if lost:
        return lost
    results = {"shape": (True, "returns logits of shape (n, num_classes)"),
               "structure": (True, "has the parameters of " + ("one linear layer with a bias" if affine else
                                                               "one hidden layer and a nonlinearity")),
               "gradient": (True, "gradients reach every parameter")}
    outs = []
    for case, record in zip(inputs["cases"], records):
        if record.get("module") is not True:
            return scale.all_lost(f"{name} should return an nn.Module (nn.Linear, nn.Sequential or your own class), "
                                  f"returned {str(record.get('type'))[:80]}")
        out, other = read_call(record.get("out")), read_call(record.get("other_params"))
        if out.error:
            return scale.all_lost(f"calling the model built by {name}{tuple(case['args'])} on a batch raised {out.error}")
        n, c = len(case["x"]), case["classes"]
        given = f"{name}{tuple(case['args'])}"
        values = out.values if out.is_tensor and out.values is not None and out.values.size == n * c else None
        outs.append(values)
        if results["shape"][0] and not (out.is_tensor and out.shape == (n, c)):
            results["shape"] = (False, f"for a batch of shape ({n}, {case['args'][0]}) the model built by {given} should "
                                       f"return logits of shape ({n}, {c}), it returned {out.kind}")
        if results["structure"][0]:
            results["structure"] = _structure(given, case, record, values, affine)
        if results["gradient"][0]:
            grads = list(out.grads.values())
            if record.get("trainable") is not True:
                results["gradient"] = (False, f"the model built by {given} has parameters that do not require grad "
                                              "(or none at all): the optimizer could not train them")
            elif not grads or any(g is None for g in grads):
                results["gradient"] = (False, f"in the model built by {given}, {sum(g is None for g in grads)} of its "
                                              f"{len(grads)} parameters got no gradient from the output: every layer "
                                              "should be used in forward")
            elif other.values is not None and out.values is not None and np.array_equal(other.values, out.values):
                results["gradient"] = (False, f"the output of the model built by {given} does not change when its "
                                              "parameters do: forward must use the model's own layers")
    rows = [v.reshape(len(c["x"]), -1) if v is not None else None for v, c in zip(outs, inputs["cases"])]
    sub = substance([None if r is None else r[: len(r) // 3] for r in rows] +
                    [None if r is None else r[len(r) // 3: 2 * len(r) // 3] for r in rows[:1]], what="the logits")
    if sub.ok and all(r is not None and np.allclose(r, r[0]) for r in rows):
        sub.ok, sub.reason = False, "the logits are the same for every input row"
    if not sub.ok:
        for label in ("shape", "structure", "gradient"):
            results[label] = (False, f"not earned: {sub.reason} (shape, structure and gradients count only when "
                                     "the logits follow the inputs)")
    return scale.verdicts(results)


def _structure(given, case, record, values, affine):
    count = record.get("params")
    want = case["params"]
    if count != want:
        what = (f"{case['args'][0]} x {case['classes']} weights and {case['classes']} biases" if affine else
                f"one hidden layer of {case['hidden']} units with biases, then the output layer with biases")
        return False, f"the model built by {given} has {count} parameters; {what} make {want}"
    if values is None:
        return False, f"the model built by {given} returned no logits to judge"
    m = len(case["x"]) // 3
    out = values.reshape(3 * m, -1)
    gap = np.max(np.abs(out[2 * m:] - (out[:m] + out[m:2 * m]) / 2))
    size = 1.0 + np.max(np.abs(out))
    if np.all(out >= 0) and np.allclose(out.sum(axis=1), 1.0, atol=1e-4):
        return False, (f"the model built by {given} returns probabilities (each row sums to 1): return the logits, "
                       "the loss applies the softmax itself")
    if affine and gap > 1e-4 * size:
        return False, f"the model built by {given} is not affine in its input: softmax regression is one nn.Linear layer"
    if not affine and gap <= 1e-5 * size:
        return False, (f"the model built by {given} is affine in its input: without a nonlinearity (ReLU, tanh, ...) "
                       "between them, two linear layers collapse into one")
    return True, "has the parameters of " + ("one linear layer with a bias" if affine else "one hidden layer and a nonlinearity")


def judge_linear_classifier(inputs, data):
    return _judge_builder("make_linear_classifier", inputs, data, affine=True)


def judge_mlp(inputs, data):
    return _judge_builder("make_mlp", inputs, data, affine=False)


# --------------------------------------------------------------------------- cross-entropy

def ce_inputs(rng):
    cases = []
    for n, c in ((7, 3), (12, 5)):
        logits = rng.normal(0.0, 3.0, (n, c)).astype(np.float32)
        cases.append({"logits": logits.tolist(), "targets": [int(t) for t in rng.integers(0, c, n)], "role": "main"})
    shifted = (np.asarray(cases[0]["logits"], dtype=np.float32) + np.float32(1000.0)).tolist()
    cases += [dict(cases[0], logits=shifted, role="large"), dict(cases[0], role="repeat")]
    return {"cases": cases}


def _one(out):
    return out.values[0] if out.values is not None and out.values.size == 1 and np.isfinite(out.values[0]) else None


def judge_cross_entropy(inputs, data):
    scale = Scale(POINTS["cross_entropy"], WEIGHTS["cross_entropy"])
    lost, records = _cases("cross_entropy", inputs, data, scale)
    if lost:
        return lost
    outs = [read_call(r) for r in records]
    for out in outs:
        if out.error:
            return scale.all_lost(f"cross_entropy(logits, targets) raised {out.error}")
    results = {"value": (True, "computes the mean of -log softmax(logits)[target]"),
               "stable": (True, "gives the same loss when every logit is raised by 1000 (no overflow)"),
               "gradient": (True, "returns a one-element tensor that autograd differentiates to softmax - one_hot"),
               "by_hand": (True, "computes the loss itself (no F.cross_entropy or F.nll_loss)")}
    cases = inputs["cases"]
    for case, out in zip(cases, outs):
        if case["role"] != "main":
            continue
        want, grad = ce(case["logits"], case["targets"])
        n, c = np.shape(case["logits"])
        got = _one(out)
        shown = "nothing numeric" if out.values is None else short(out.values, digits=6)
        if results["value"][0] and not (got is not None and abs(got - want) <= 1e-4 * abs(want) + 1e-5):
            hint = ""
            if got is not None and abs(got - n * want) <= 1e-4 * n * want:
                hint = ": that is the sum over the batch, not the mean"
            elif out.values is not None and out.values.size == n:
                hint = ": it returns one loss per example; average them"
            results["value"] = (False, f"for {n} examples of {c} classes expected the mean cross-entropy {want:.6g}, "
                                       f"got {shown}{hint}")
        g, r = out.grads.get("logits"), grad.reshape(-1)
        factor = float(g @ r / (r @ r)) if g is not None and g.shape == r.shape else 0.0
        if results["gradient"][0] and not (out.is_tensor and out.values is not None and out.values.size == 1):
            results["gradient"] = (False, f"cross_entropy should return a one-element tensor (so that backward() "
                                          f"works), got {out.kind}")
        elif results["gradient"][0] and not (factor > 0 and np.allclose(g, factor * r, rtol=1e-3, atol=1e-6)):
            results["gradient"] = (False, f"for {n} examples expected the gradient with respect to the logits to be "
                                          f"(softmax - one_hot) / n = {short(grad)}, got "
                                          f"{'None (the loss is cut off from autograd)' if g is None else short(g)}")
    role = {c["role"]: i for i, c in enumerate(cases)}
    base, large = _one(outs[0]), _one(outs[role["large"]])
    drift = ce(cases[role["large"]]["logits"], cases[0]["targets"])[0] - ce(cases[0]["logits"], cases[0]["targets"])[0]
    if large is None or base is None or abs(large - base - drift) > 2e-4 * (1 + abs(base)):
        shown = short(outs[role["large"]].values, digits=6) if outs[role["large"]].values is not None else "nothing numeric"
        results["stable"] = (False, f"adding 1000 to every logit should not change the loss ({short([base or np.nan], digits=6)} "
                                    f"before), got {shown}: subtract each row's maximum before exp (log-sum-exp)")
    used = data.get("ready_made")
    if isinstance(used, list) and used:
        results["by_hand"] = (False, f"calls F.{', F.'.join(str(u)[:20] for u in used)}: write the cross-entropy "
                                     "yourself from the log-sum-exp")
    main = [i for i, c in enumerate(cases) if c["role"] == "main"]
    sub = substance([outs[i].values for i in main] + [outs[role["repeat"]].values], repeat=(0, len(main)), what="the loss")
    if not sub.ok:
        for label in ("stable", "gradient", "by_hand"):
            results[label] = (False, f"not earned: {sub.reason} (this counts only when the loss follows the logits)")
    return scale.verdicts(results)


# --------------------------------------------------------------------------- plot

def plot_inputs(rng):
    epochs = np.arange(NOTEBOOK_EPOCHS)
    train = 1.1 * np.exp(-epochs / rng.uniform(8, 15)) + rng.uniform(0.02, 0.1) + rng.uniform(0, 0.01, NOTEBOOK_EPOCHS)
    val = train + rng.uniform(0.05, 0.15) + 0.004 * epochs * rng.uniform(0.5, 1.5)
    return {"train_losses": [round(float(v), 6) for v in train], "val_losses": [round(float(v), 6) for v in val]}


def judge_plot_curves(inputs, data):
    scale = Scale(POINTS["plot_curves"], WEIGHTS["plot_curves"])
    lost = failed("the plot of the curves", data, scale)
    if lost:
        return lost
    drawn = field(data, "replay", list, [])
    results, found = {}, []
    for label, variable in (("train", "train_losses"), ("val", "val_losses")):
        wanted = np.asarray(inputs[variable])
        series = figures.find_series(drawn, wanted)
        if series is not None:
            found.append(series)
            results[label] = (True, f"plots {variable}, one point per epoch")
        else:
            partial = figures.find_partial(drawn, wanted)
            what = ("no figure" if not drawn else "a line with some of those values, not all in epoch order"
                    if partial is not None else f"{len(drawn)} figure(s) without those values")
            results[label] = (False, f"re-running the plot cell with {variable} = {short(wanted)} ({len(wanted)} epochs) "
                                     f"should draw those values in epoch order; it drew {what}")
    if not found:
        for label in ("labels", "title"):
            results[label] = (False, f"not earned: the {label} are judged on the axes that show the curves, and no axes showed them")
        return scale.verdicts(results)
    verdict = figures.judge_labels(found[0].axes, y_words=figures.LOSS_WORDS + ("entropy", "nll", "likelihood"))
    title = figures.title_of(found[0].axes, found[0].figure)
    results["labels"] = (verdict.ok, verdict.message)
    results["title"] = (bool(title), f"has a title ({title!r})" if title else "the figure of the curves needs a title")
    return scale.verdicts(results)


PARTS = {
    "linear_classifier": PartCheck(make_inputs=linear_inputs, judge=judge_linear_classifier),
    "mlp": PartCheck(make_inputs=mlp_inputs, judge=judge_mlp),
    "cross_entropy": PartCheck(make_inputs=ce_inputs, judge=judge_cross_entropy),
    "train_epoch": PartCheck(make_inputs=train_inputs, judge=judge_train_epoch),
    "evaluate": PartCheck(make_inputs=evaluate_inputs, judge=judge_evaluate),
    "plot_curves": PartCheck(make_inputs=plot_inputs, judge=judge_plot_curves, replay="plot_curves_answer"),
}
