"""Judges of PA3's loops (trusted): ``train_epoch`` and ``evaluate``, run by the probes on the
grader's own recording softmax regression, data, loss and SGD optimizer.

``train_epoch`` is judged by replaying the recorded parameter history in float64
(:mod:`autograder.library.training`): mode, batches, updates and the returned loss each on
its own.  ``evaluate`` is judged on the grader's data and parameters: loss, accuracy,
``no_grad`` and ``eval`` mode.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from autograder.library.checks import BadData, field, floats
from autograder.library import training
from autograder.library.points import Scale, notebook_points
from autograder.library.values import read_value

POINTS = notebook_points(Path(__file__).resolve().parents[1])
WEIGHTS = {
    "train_epoch": {"mode": 4, "batches": 5, "update": 10, "loss": 6},
    "evaluate": {"loss": 6, "accuracy": 6, "no_grad": 4, "eval_mode": 4},
}
CLASSES = 3


def failed(name, data, scale):
    """All criteria lost if the probe reported an error (None otherwise)."""
    if not isinstance(data, dict):
        return scale.all_lost(f"{name} could not be checked: no data came back")
    error = data.get("error")
    if error is None:
        return None
    if str(error).startswith("NotImplementedError"):
        return scale.all_lost(f"{name} is not written yet (it raises NotImplementedError)")
    return scale.all_lost(f"{name} could not be checked: {str(error)[:300]}")


def ce(logits, targets):
    z = np.asarray(logits, dtype=np.float64)
    top = z.max(axis=1, keepdims=True)
    lse = top[:, 0] + np.log(np.exp(z - top).sum(axis=1))
    probs = np.exp(z - lse[:, None])
    onehot = np.eye(z.shape[1])[targets]
    return float(np.mean(lse - z[np.arange(len(z)), targets])), (probs - onehot) / len(z)


def _classification_case(rng, n, batch_size, shuffle, start_training, **extra):
    while True:
        x = rng.uniform(-2, 2, (n, 2)).astype(np.float32)
        if len({tuple(r) for r in x.tolist()}) == n:
            break
    y = np.concatenate([np.arange(CLASSES), rng.integers(0, CLASSES, n - CLASSES)])
    rng.shuffle(y)
    return dict(x=x.tolist(), y=[int(v) for v in y], batch_size=batch_size, shuffle=shuffle,
                start_training=start_training, seed=int(rng.integers(1 << 30)),
                weight=rng.normal(0, 1, (CLASSES, 2)).astype(np.float32).tolist(),
                bias=rng.normal(0, 0.5, CLASSES).astype(np.float32).tolist(), **extra)


def train_inputs(rng):
    return {"cases": [_classification_case(rng, 36, 8, True, False, lr=round(float(rng.uniform(0.2, 0.5)), 3)),
                      _classification_case(rng, 30, 7, False, False, lr=round(float(rng.uniform(0.2, 0.5)), 3))]}


def evaluate_inputs(rng):
    return {"cases": [_classification_case(rng, 45, 10, False, True), _classification_case(rng, 30, 8, True, True)]}


class _Problem:
    """The grader's softmax regression on one case's data, in float64."""

    def __init__(self, case):
        self.x = np.asarray(case["x"], dtype=np.float64)
        self.y = np.asarray(case["y"])
        self.index = {tuple(np.float32(v) for v in row): i for i, row in enumerate(case["x"])}

    def logits(self, params, rows):
        w, b = np.asarray(params[: 2 * CLASSES]).reshape(CLASSES, 2), np.asarray(params[2 * CLASSES:])
        return self.x[list(rows)] @ w.T + b

    def loss(self, params, rows):
        value, _ = ce(self.logits(params, rows), self.y[list(rows)])
        return value

    def gradient(self, params, rows):
        _, g = ce(self.logits(params, rows), self.y[list(rows)])
        return np.concatenate([(g.T @ self.x[list(rows)]).reshape(-1), g.sum(axis=0)])

    def rows(self, x):
        flat = floats(x)
        if flat.size % 2:
            return None
        found = tuple(self.index.get(tuple(np.float32(v) for v in row)) for row in flat.reshape(-1, 2))
        return None if None in found or not found else found


def _forwards(problem, calls):
    """(observations, training flags) of the model's forward passes, plus the final parameters."""
    obs, modes = [], []
    for c in calls:
        if not isinstance(c, dict) or c.get("kind") not in ("model", "final"):
            continue
        params = tuple(floats(c.get("params"), length=3 * CLASSES))
        if c["kind"] == "final":
            obs.append(training.Observation(params, ("final",), False))
            continue
        rows = problem.rows(c.get("x"))
        if rows is None:
            raise _Foreign()
        obs.append(training.Observation(params, rows, c.get("grad_enabled") is not False))
        modes.append((c.get("training") is True, c.get("grad_enabled") is not False))
    return obs, modes


class _Foreign(Exception):
    """The model was given data that is not from the loader."""


def _judge_train_case(case, record):
    labels = WEIGHTS["train_epoch"]
    if "error" in record:
        error = str(record["error"])
        why = "is not written yet (it raises NotImplementedError)" if error.startswith("NotImplementedError") else f"raised {error[:300]}"
        return {label: (False, f"train_epoch {why}") for label in labels}
    problem = _Problem(case)
    n, batch_size, lr = len(case["x"]), case["batch_size"], case["lr"]
    try:
        obs, modes = _forwards(problem, field(record, "calls", list))
    except _Foreign:
        return {label: (False, "train_epoch fed the model data that is not from the loader it was given: "
                               "iterate over the loader argument") for label in labels}
    if not modes:
        return {label: (False, "train_epoch never called the model it was given") for label in labels}
    per_epoch = -(-n // batch_size)
    replay = training.Replay(obs, lr=lr, loss=problem.loss, gradient=problem.gradient, epochs=1,
                             expected=per_epoch, names=[f"weight[{i // 2}, {i % 2}]" for i in range(6)] +
                             [f"bias[{i}]" for i in range(3)])
    update_ok, update_msg = replay.judge_updates(per_epoch)
    if update_ok:
        update_msg = "makes one SGD step per batch (zero_grad, backward, step)"
    elif replay.updates == 0:
        update_msg = (f"never changed the parameters (expected {per_epoch} optimizer steps): call optimizer.step() "
                      "after loss.backward(), and zero the gradients before the backward pass, not between it and the step")
    if "use the lr argument" in update_msg:
        update_msg = update_msg.split(": use")[0] + ": step with the optimizer train_epoch is given (it holds the learning rate)"
    trained = [(p, r) for p, r in replay.trained() if r != ("final",)]
    batches_ok, batches_msg = training.judge_batches(trained, n=n, batch_size=batch_size, epochs=1)
    if batches_ok:
        batches_msg = "makes one update per batch of the loader"
    elif len(trained) != per_epoch:
        batches_msg = (f"should make one update per batch: the loader has {per_epoch} batches ({n} points in batches "
                       f"of {batch_size}), and the parameters were updated {len(trained)} time(s)")
    reported = read_value(record.get("returned")).values
    reported = reported if reported is not None and reported.size == 1 else None
    if reported is None:
        loss_ok, loss_msg = False, (f"should return the mean loss as one number, returned "
                                    f"{read_value(record.get('returned')).kind}")
    else:
        loss_ok, loss_msg = training.judge_epoch_losses(replay, reported, epochs=1, batch_size=batch_size)
        total = sum(problem.loss(p, r) for p, r in trained)
        if not loss_ok and len(trained) > 1 and abs(reported[0] - total) <= 1e-4 * abs(total):
            loss_msg = (f"returned {reported[0]:.6g}, the sum of the {len(trained)} batch losses: divide by the "
                        "number of batches to get their mean")
        loss_msg = ("returns the mean of the batch losses, each before its update" if loss_ok else
                    loss_msg.replace("at epoch 1 expected", "expected").replace("that epoch's", "the"))
    mode_ok = all(on for on, grad in modes if grad)
    mode_msg = ("puts the model in training mode (model.train()) before the forward passes" if mode_ok else
                "the forward passes ran with the model in evaluation mode: call model.train() at the start "
                "(evaluate switches the model to eval mode, and dropout or batch norm would then not train)")
    if replay.updates == 0:
        mode_ok, mode_msg = False, "not earned: train_epoch does not train (the parameters never changed)"
    return {"mode": (mode_ok, mode_msg), "batches": (batches_ok, "train_epoch " + batches_msg),
            "update": (update_ok, "train_epoch " + update_msg), "loss": (loss_ok, "train_epoch: " + loss_msg)}


def _judge_runs(name, judge_case, inputs, data):
    scale = Scale(POINTS[name], WEIGHTS[name])
    lost = failed(name, data, scale)
    if lost:
        return lost
    records = field(data, "cases", list)
    if len(records) != len(inputs["cases"]):
        return scale.all_lost(f"{name} was not run on every case")
    results = {label: (True, "") for label in scale.names}
    for case, record in zip(inputs["cases"], records):
        try:
            verdict = judge_case(case, record if isinstance(record, dict) else {})
        except BadData as error:
            verdict = {label: (False, f"{name}'s run could not be read: {error}") for label in scale.names}
        for label, (ok, message) in verdict.items():
            if results[label][0]:
                results[label] = (ok, message)
    return scale.verdicts(results)


def judge_train_epoch(inputs, data):
    return _judge_runs("train_epoch", _judge_train_case, inputs, data)


def _judge_evaluate_case(case, record):
    labels = WEIGHTS["evaluate"]
    if "error" in record:
        error = str(record["error"])
        why = "is not written yet (it raises NotImplementedError)" if error.startswith("NotImplementedError") else f"raised {error[:300]}"
        return {label: (False, f"evaluate {why}") for label in labels}
    problem = _Problem(case)
    n, params = len(case["x"]), np.concatenate([np.ravel(case["weight"]), case["bias"]]).astype(np.float32)
    try:
        obs, modes = _forwards(problem, field(record, "calls", list))
    except _Foreign:
        return {label: (False, "evaluate fed the model data that is not from the loader it was given: "
                               "iterate over the loader argument") for label in labels}
    everything = tuple(range(n))
    batches = [o.rows for o in obs if o.rows != ("final",)]
    if sorted(i for rows in batches for i in rows) != list(range(n)):
        batches = [everything[i:i + case["batch_size"]] for i in range(0, n, case["batch_size"])]
    exact = problem.loss(params, everything)
    batch_mean = float(np.mean([problem.loss(params, rows) for rows in batches]))
    correct = problem.logits(params, everything).argmax(axis=1) == problem.y
    accuracy = float(correct.mean())
    out = read_value(record.get("returned"))
    pair = out.values if out.values is not None and out.values.size == 2 else None
    if pair is None:
        what = f"should return (mean loss, accuracy), two numbers; it returned {out.kind}"
        results = {"loss": (False, "evaluate " + what), "accuracy": (False, "evaluate " + what)}
    else:
        loss_ok = any(abs(pair[0] - v) <= 1e-4 * abs(v) + 1e-6 for v in (exact, batch_mean))
        acc_ok = abs(pair[1] - accuracy) <= 1e-6
        hint = ""
        if abs(pair[0] - exact * n) <= 1e-4 * exact * n or abs(pair[0] - batch_mean * len(batches)) <= 1e-4 * batch_mean * len(batches):
            hint = ": that is a sum, divide by the number of examples (or of batches)"
        results = {"loss": (loss_ok, f"evaluate returns the mean loss ({exact:.6g})" if loss_ok else
                            f"evaluate on {n} examples should return the mean loss {exact:.6g}, it returned {pair[0]:.6g}{hint}")}
        acc_hint = ""
        batch_acc = np.mean([correct[list(rows)].mean() for rows in batches])
        if abs(pair[1] - 100 * accuracy) <= 1e-4:
            acc_hint = ": that is a percentage; return the fraction"
        elif abs(pair[1] - correct.sum()) <= 1e-6:
            acc_hint = ": that is the number of correct predictions; divide by the number of examples"
        elif abs(pair[1] - (1 - accuracy)) <= 1e-6:
            acc_hint = ": that is the error rate (the fraction wrong)"
        elif abs(pair[1] - batch_acc) <= 1e-6:
            acc_hint = ": that is the mean of the batch accuracies; count correct predictions over all examples"
        results["accuracy"] = (acc_ok, f"evaluate returns the accuracy ({accuracy:.4g})" if acc_ok else
                               f"evaluate on {n} examples, {int(correct.sum())} of them predicted right, should return "
                               f"the accuracy {accuracy:.6g}, it returned {pair[1]:.6g}{acc_hint}")
    if not modes:
        results["no_grad"] = results["eval_mode"] = (False, "evaluate never called the model it was given")
    else:
        results["no_grad"] = ((True, "runs the model under torch.no_grad()") if all(not grad for _, grad in modes) else
                              (False, "evaluate ran the model with autograd recording: wrap the loop in torch.no_grad() "
                                      "(no graph is needed to evaluate, and building one wastes memory)"))
        results["eval_mode"] = ((True, "puts the model in evaluation mode (model.eval())") if not any(on for on, _ in modes) else
                                (False, "evaluate ran the model in training mode: call model.eval() first "
                                        "(dropout and batch norm behave differently when evaluating)"))
    if not (results["loss"][0] or results["accuracy"][0]):
        for label in ("no_grad", "eval_mode"):
            results[label] = (False, "not earned: neither the loss nor the accuracy is right, and these count only "
                                     "when the result follows the model and the data")
    return results


def judge_evaluate(inputs, data):
    return _judge_runs("evaluate", _judge_evaluate_case, inputs, data)
