"""Judge side: a classification assignment's loops, replayed on the grader's own model.

The probe (:func:`.probe_training.run_loop`) runs the student's ``train_epoch(model,
loader, loss_fn, optimizer)`` or ``evaluate(model, loader, loss_fn)`` on a
:class:`~.probe_training.RecordedLinear` softmax regression, a DataLoader, the
cross-entropy loss and (for training) SGD, all the grader's; so a wrong model or loss
elsewhere in the notebook never costs these parts.  Here, in float64:

* ``train_epoch``: mode, batches, updates (:mod:`.training`'s replay) and the returned
  mean loss, each on its own;
* ``evaluate``: the mean loss, the accuracy, ``torch.no_grad()`` and ``model.eval()``.

:func:`classification_case` draws a case's data and parameters; :func:`cross_entropy` is
the reference loss and its gradient.
"""

from __future__ import annotations

from typing import Any, Optional

import numpy as np

from autograder.library import training
from autograder.library.cases import judge_each
from autograder.library.checks import field, floats
from autograder.library.points import Scale
from autograder.library.values import read_value
from autograder.results import Criterion


def cross_entropy(logits: Any, targets: Any) -> tuple[float, np.ndarray]:
    """The mean cross-entropy of ``logits`` (n, c) for class indices ``targets``, and its
    gradient with respect to the logits, ``(softmax - one_hot) / n``, in float64."""
    z = np.asarray(logits, dtype=np.float64)
    top = z.max(axis=1, keepdims=True)
    lse = top[:, 0] + np.log(np.exp(z - top).sum(axis=1))
    probs = np.exp(z - lse[:, None])
    onehot = np.eye(z.shape[1])[targets]
    return float(np.mean(lse - z[np.arange(len(z)), targets])), (probs - onehot) / len(z)


def classification_case(rng: np.random.Generator, n: int, batch_size: int, shuffle: bool, start_training: bool, *,
                        classes: int = 3, features: int = 2, **extra) -> dict:
    """One case for a probed loop: ``n`` distinct points with every class present, the
    loader's batching, the mode the model starts in, and the linear model's parameters."""
    while True:
        x = rng.uniform(-2, 2, (n, features)).astype(np.float32)
        if len({tuple(r) for r in x.tolist()}) == n:
            break
    y = np.concatenate([np.arange(classes), rng.integers(0, classes, n - classes)])
    rng.shuffle(y)
    return dict(x=x.tolist(), y=[int(v) for v in y], batch_size=batch_size, shuffle=shuffle,
                start_training=start_training, seed=int(rng.integers(1 << 30)),
                weight=rng.normal(0, 1, (classes, features)).astype(np.float32).tolist(),
                bias=rng.normal(0, 0.5, classes).astype(np.float32).tolist(), **extra)


class SoftmaxRegression:
    """The grader's softmax regression on one case's data, in float64: parameters are the
    weight (classes x features, row by row) then the bias, as the probe records them."""

    def __init__(self, case: dict):
        self.x = np.asarray(case["x"], dtype=np.float64)
        self.y = np.asarray(case["y"])
        self.classes, self.features = np.shape(case["weight"])
        self.index = {tuple(np.float32(v) for v in row): i for i, row in enumerate(case["x"])}

    @property
    def size(self) -> int:
        return self.classes * (self.features + 1)

    @property
    def names(self) -> list[str]:
        return [f"weight[{i // self.features}, {i % self.features}]" for i in range(self.classes * self.features)] + \
               [f"bias[{i}]" for i in range(self.classes)]

    def logits(self, params: Any, rows: tuple) -> np.ndarray:
        split = self.classes * self.features
        w = np.asarray(params[:split]).reshape(self.classes, self.features)
        return self.x[list(rows)] @ w.T + np.asarray(params[split:])

    def loss(self, params: Any, rows: tuple) -> float:
        return cross_entropy(self.logits(params, rows), self.y[list(rows)])[0]

    def gradient(self, params: Any, rows: tuple) -> np.ndarray:
        g = cross_entropy(self.logits(params, rows), self.y[list(rows)])[1]
        return np.concatenate([(g.T @ self.x[list(rows)]).reshape(-1), g.sum(axis=0)])

    def rows(self, x: Any) -> Optional[tuple]:
        """Which rows of the data a recorded batch ``x`` holds (None if any is not from the data)."""
        flat = floats(x)
        if flat.size % self.features:
            return None
        found = tuple(self.index.get(tuple(np.float32(v) for v in row)) for row in flat.reshape(-1, self.features))
        return None if None in found or not found else found


class Foreign(Exception):
    """The model was given data that is not from the loader."""


def forwards(problem: SoftmaxRegression, calls: list) -> tuple[list[training.Observation], list[tuple[bool, bool]]]:
    """The recorded forward passes as observations (plus the final parameters, rows
    ``("final",)``) and each pass's (training mode, autograd recording).

    Raises:
        Foreign: a forward pass was given data that is not the case's.
        BadData: unreadable parameters.
    """
    obs, modes = [], []
    for c in calls:
        if not isinstance(c, dict) or c.get("kind") not in ("model", "final"):
            continue
        params = tuple(floats(c.get("params"), length=problem.size))
        if c["kind"] == "final":
            obs.append(training.Observation(params, ("final",), False))
            continue
        rows = problem.rows(c.get("x"))
        if rows is None:
            raise Foreign()
        obs.append(training.Observation(params, rows, c.get("grad_enabled") is not False))
        modes.append((c.get("training") is True, c.get("grad_enabled") is not False))
    return obs, modes


def _foreign(name: str, labels) -> dict:
    return {label: (False, f"{name} fed the model data that is not from the loader it was given: "
                           "iterate over the loader argument") for label in labels}


def judge_train_case(case: dict, record: dict, *, name: str = "train_epoch") -> dict[str, tuple[bool, str]]:
    """One run of ``train_epoch``: ``mode``, ``batches``, ``update`` and ``loss`` -> (ok, message)."""
    labels = ("mode", "batches", "update", "loss")
    problem = SoftmaxRegression(case)
    n, batch_size, lr = len(case["x"]), case["batch_size"], case["lr"]
    try:
        obs, modes = forwards(problem, field(record, "calls", list))
    except Foreign:
        return _foreign(name, labels)
    if not modes:
        return {label: (False, f"{name} never called the model it was given") for label in labels}
    per_epoch = -(-n // batch_size)
    replay = training.Replay(obs, lr=lr, loss=problem.loss, gradient=problem.gradient, epochs=1,
                             expected=per_epoch, names=problem.names)
    update_ok, update_msg = replay.judge_updates(per_epoch)
    if update_ok:
        update_msg = "makes one SGD step per batch (zero_grad, backward, step)"
    elif replay.updates == 0:
        update_msg = (f"never changed the parameters (expected {per_epoch} optimizer steps): call optimizer.step() "
                      "after loss.backward(), and zero the gradients before the backward pass, not between it and the step")
    if "use the lr argument" in update_msg:
        update_msg = update_msg.split(": use")[0] + f": step with the optimizer {name} is given (it holds the learning rate)"
    trained = [(p, r) for p, r in replay.trained() if r != ("final",)]
    batches_ok, batches_msg = training.judge_batches(trained, n=n, batch_size=batch_size, epochs=1)
    if batches_ok:
        batches_msg = "makes one update per batch of the loader"
    elif len(trained) != per_epoch:
        batches_msg = (f"should make one update per batch: the loader has {per_epoch} batches ({n} points in batches "
                       f"of {batch_size}), and the parameters were updated {len(trained)} time(s)")
    returned = read_value(record.get("returned"))
    reported = returned.values if returned.values is not None and returned.values.size == 1 else None
    if reported is None:
        loss_ok, loss_msg = False, f"should return the mean loss as one number, returned {returned.kind}"
    else:
        loss_ok, loss_msg = training.judge_epoch_losses(replay, reported, epochs=1, batch_size=batch_size)
        total = sum(problem.loss(p, r) for p, r in trained)
        if not loss_ok and len(trained) > 1 and abs(reported[0] - total) <= 1e-4 * abs(total):
            loss_msg = (f"returned {reported[0]:.6g}, the sum of the {len(trained)} batch losses: divide by the "
                        "number of batches to get their mean")
        elif loss_ok:
            loss_msg = "returns the mean of the batch losses, each before its update"
    mode_ok = all(on for on, grad in modes if grad)
    mode_msg = ("puts the model in training mode (model.train()) before the forward passes" if mode_ok else
                "the forward passes ran with the model in evaluation mode: call model.train() at the start "
                "(evaluate switches the model to eval mode, and dropout or batch norm would then not train)")
    if replay.updates == 0:
        mode_ok, mode_msg = False, f"not earned: {name} does not train (the parameters never changed)"
    return {"mode": (mode_ok, mode_msg), "batches": (batches_ok, f"{name} {batches_msg}"),
            "update": (update_ok, f"{name} {update_msg}"), "loss": (loss_ok, f"{name}: {loss_msg}")}


def _accuracy_hint(got: float, *, correct: np.ndarray, batch_accuracy: float) -> str:
    """What a wrong accuracy is instead, if it is a common slip."""
    accuracy = float(correct.mean())
    if abs(got - 100 * accuracy) <= 1e-4:
        return ": that is a percentage; return the fraction"
    if abs(got - correct.sum()) <= 1e-6:
        return ": that is the number of correct predictions; divide by the number of examples"
    if abs(got - (1 - accuracy)) <= 1e-6:
        return ": that is the error rate (the fraction wrong)"
    if abs(got - batch_accuracy) <= 1e-6:
        return ": that is the mean of the batch accuracies; count correct predictions over all examples"
    return ""


def judge_evaluate_case(case: dict, record: dict, *, name: str = "evaluate") -> dict[str, tuple[bool, str]]:
    """One run of ``evaluate``: ``loss``, ``accuracy``, ``no_grad`` and ``eval_mode`` -> (ok, message)."""
    problem = SoftmaxRegression(case)
    n, params = len(case["x"]), np.concatenate([np.ravel(case["weight"]), case["bias"]]).astype(np.float32)
    try:
        obs, modes = forwards(problem, field(record, "calls", list))
    except Foreign:
        return _foreign(name, ("loss", "accuracy", "no_grad", "eval_mode"))
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
        what = f"{name} should return (mean loss, accuracy), two numbers; it returned {out.kind}"
        results = {"loss": (False, what), "accuracy": (False, what)}
    else:
        hint = ""
        if abs(pair[0] - exact * n) <= 1e-4 * exact * n or \
                abs(pair[0] - batch_mean * len(batches)) <= 1e-4 * batch_mean * len(batches):
            hint = ": that is a sum, divide by the number of examples (or of batches)"
        loss_ok = any(abs(pair[0] - v) <= 1e-4 * abs(v) + 1e-6 for v in (exact, batch_mean))
        acc_ok = abs(pair[1] - accuracy) <= 1e-6
        batch_acc = float(np.mean([correct[list(rows)].mean() for rows in batches]))
        results = {
            "loss": (loss_ok, f"{name} returns the mean loss ({exact:.6g})" if loss_ok else
                     f"{name} on {n} examples should return the mean loss {exact:.6g}, it returned {pair[0]:.6g}{hint}"),
            "accuracy": (acc_ok, f"{name} returns the accuracy ({accuracy:.4g})" if acc_ok else
                         f"{name} on {n} examples, {int(correct.sum())} of them predicted right, should return the "
                         f"accuracy {accuracy:.6g}, it returned {pair[1]:.6g}"
                         f"{_accuracy_hint(pair[1], correct=correct, batch_accuracy=batch_acc)}")}
    if not modes:
        results["no_grad"] = results["eval_mode"] = (False, f"{name} never called the model it was given")
    else:
        results["no_grad"] = ((True, "runs the model under torch.no_grad()") if all(not grad for _, grad in modes) else
                              (False, f"{name} ran the model with autograd recording: wrap the loop in torch.no_grad() "
                                      "(no graph is needed to evaluate, and building one wastes memory)"))
        results["eval_mode"] = ((True, "puts the model in evaluation mode (model.eval())") if not any(on for on, _ in modes) else
                                (False, f"{name} ran the model in training mode: call model.eval() first "
                                        "(dropout and batch norm behave differently when evaluating)"))
    if not (results["loss"][0] or results["accuracy"][0]):
        for label in ("no_grad", "eval_mode"):
            results[label] = (False, "not earned: neither the loss nor the accuracy is right, and these count only "
                                     "when the result follows the model and the data")
    return results


def judge_train_epoch(inputs: dict, data: Any, scale: Scale, *, name: str = "train_epoch") -> list[Criterion]:
    """Every run of ``train_epoch`` judged; ``scale`` weighs mode, batches, update and loss."""
    return judge_each(name, inputs, data, scale, lambda case, record: judge_train_case(case, record, name=name))


def judge_evaluate(inputs: dict, data: Any, scale: Scale, *, name: str = "evaluate") -> list[Criterion]:
    """Every run of ``evaluate`` judged; ``scale`` weighs loss, accuracy, no_grad and eval_mode."""
    return judge_each(name, inputs, data, scale, lambda case, record: judge_evaluate_case(case, record, name=name))
