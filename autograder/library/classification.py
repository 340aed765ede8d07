"""Judge side: a classification assignment's loops, replayed on the grader's own model.

The probe (:func:`.probe_training.run_loop`) runs the student's ``train_epoch(model,
loader, loss_fn, optimizer)`` or ``evaluate(model, loader, loss_fn)`` on the grader's
recording softmax regression (:func:`~.probe_training.recorded_linear`), a DataLoader,
the cross-entropy loss and (for training) SGD, all the grader's; so a wrong model or loss
elsewhere in the notebook never costs these parts.  Here, in float64:

* ``train_epoch``: mode, batches, updates (:mod:`.training`'s replay) and the returned
  mean loss, each on its own;
* ``evaluate``: the mean loss, the accuracy, ``torch.no_grad()`` and ``model.eval()``.

**Modes are read from values.**  The recording model shifts its logits by per-class
offsets drawn for each case: one always, one in training mode, one while autograd
records (:func:`classification_case`).  Each recorded batch is a :class:`Batch`, rows
read in one mode; the judge computes what the returned numbers and the parameter updates
would be in each mode and takes the mode from the ones that match.  The flags the model
logs in the kernel (which the student's code can reach) only break ties: when they
disagree with the values, the values count and the message says so.

:func:`classification_case` draws a case's data, parameters and offsets;
:func:`cross_entropy` is the reference loss and its gradient.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
from itertools import combinations
from typing import Any, Optional, Sequence

import numpy as np

from autograder.library import training
from autograder.library.cases import judge_each, returned_nothing
from autograder.library.checks import BadData, field, floats
from autograder.library.points import Scale
from autograder.library.values import read_value
from autograder.results import Criterion

#: The model's modes (training, autograd recording), in the order a correct evaluate prefers them.
MODES = ((False, False), (True, False), (False, True), (True, True))
#: What the probe model's offsets reveal unless a case says otherwise.
SHOWN = ("training", "grad")


def cross_entropy(logits: Any, targets: Any, smoothing: float = 0.0) -> tuple[float, np.ndarray]:
    """The mean cross-entropy of ``logits`` (n, c) for class indices ``targets``, and its
    gradient with respect to the logits, ``(softmax - q) / n``, in float64; ``q`` is the
    one-hot target, or with ``smoothing`` ε, ``(1 - ε) one_hot + ε / c`` (``F.cross_entropy``'s
    ``label_smoothing``)."""
    z = np.asarray(logits, dtype=np.float64)
    top = z.max(axis=1, keepdims=True)
    lse = top[:, 0] + np.log(np.exp(z - top).sum(axis=1))
    probs = np.exp(z - lse[:, None])
    q = (1.0 - smoothing) * np.eye(z.shape[1])[targets] + smoothing / z.shape[1]
    return float(np.mean(lse - np.sum(q * z, axis=1))), (probs - q) / len(z)


def classification_case(rng: np.random.Generator, n: int, batch_size: int, shuffle: bool, start_training: bool, *,
                        classes: int = 3, features: int = 2, shown: tuple[str, ...] = SHOWN, **extra) -> dict:
    """One case for a probed loop: ``n`` distinct points with every class present, the
    loader's batching, the mode the model starts in, the linear model's parameters and the
    offsets that make the modes in ``shown`` ("training", "grad") visible in its outputs.

    The offsets are drawn from the case's own seed, so ``rng`` draws what it drew before
    they existed; they are redrawn until every pair of modes gives the data distinct losses
    and accuracies (at the starting parameters) and, unshuffled with a short last batch, the
    mean of the batch accuracies differs from the accuracy, and (3 classes or more) the rows
    whose likeliest class has less than half the probability are predicted as two classes
    or more.  The rows the model is least sure of are labelled with its prediction
    (:func:`_sure_where_unsure`).
    """
    while True:
        x = rng.uniform(-2, 2, (n, features)).astype(np.float32)
        if len({tuple(r) for r in x.tolist()}) == n:
            break
    y = np.concatenate([np.arange(classes), rng.integers(0, classes, n - classes)])
    rng.shuffle(y)
    case = dict(x=x.tolist(), y=[int(v) for v in y], batch_size=batch_size, shuffle=shuffle,
                start_training=start_training, seed=int(rng.integers(1 << 30)),
                weight=rng.normal(0, 1, (classes, features)).astype(np.float32).tolist(),
                bias=rng.normal(0, 0.5, classes).astype(np.float32).tolist(), **extra)
    draw = np.random.default_rng([case["seed"], 1])
    for _ in range(200):
        case["offsets"] = {key: draw.normal(0, 2, classes).astype(np.float32).tolist() for key in ("base", *shown)}
        case["y"], hesitant = _sure_where_unsure(case, y)
        if len(set(case["y"])) == classes and (classes < 3 or len(hesitant) > 1) and _modes_distinct(case, shown):
            break
    return case


def _sure_where_unsure(case: dict, labels: np.ndarray) -> tuple[list[int], set[int]]:
    """``labels``, but for the rows the model is least sure of in evaluation mode (at its
    starting parameters): every row whose likeliest class has less than half the
    probability, and the eighth with the smallest gap between their two largest logits.
    Those get the model's prediction, so that a rule of prediction that leaves the argmax
    where the model hesitates (a threshold at one half, rounded probabilities) costs
    accuracy: with random labels there, its misses and lucky hits can cancel out (one draw
    in thirty before, over PA3's cases).  Also the classes predicted for the rows under one
    half: with two or more, a rule sending them all to one class, whichever, misses some."""
    problem = SoftmaxRegression(dict(case, y=list(labels)))
    z = problem.logits(problem.start, Batch(tuple(range(len(labels))), False, False))
    ordered = np.sort(z, axis=1)
    gap = ordered[:, -1] - ordered[:, -2]
    top = 1.0 / np.sum(np.exp(z - ordered[:, -1:]), axis=1)
    unsure = (gap <= np.sort(gap)[len(gap) // 8]) | (top < 0.5)
    predicted = z.argmax(axis=1)
    return [int(v) for v in np.where(unsure, predicted, labels)], {int(v) for v in predicted[top < 0.5]}


def same_loader_case(rng: np.random.Generator, case: dict, index: int, *, same_model: bool = False,
                     shown: tuple[str, ...] = SHOWN) -> dict:
    """``case`` (the ``index``-th) again, with other parameters, its DataLoader handed over as
    the same object (``same_loader_as``): an ``evaluate`` that keeps its results per loader
    returns the first case's numbers, which these parameters do not give.  With
    ``same_model``, its model too (``same_model_as``), its parameters changed in place as an
    epoch changes them: a loop that keeps its results, or trains, once per model shows it.
    ``shown``: the modes the case's offsets make visible."""
    classes, features = np.shape(case["weight"])
    everything = tuple(range(len(case["x"])))

    def loss(c: dict) -> float:
        problem = SoftmaxRegression(c)
        return Expected.of(problem, problem.start, (Batch(everything, False, False),)).loss

    for _ in range(200):
        again = dict(case, same_loader_as=index,
                     weight=rng.normal(0, 1, (classes, features)).astype(np.float32).tolist(),
                     bias=rng.normal(0, 0.5, classes).astype(np.float32).tolist(),
                     **({"same_model_as": index} if same_model else {}))
        if _modes_distinct(again, shown) and abs(loss(again) - loss(case)) > 0.05 * loss(case):
            break
    return again


def _modes_distinct(case: dict, shown: tuple[str, ...]) -> bool:
    # Called for every draw of every case (a few per case, for every submission): only the
    # numbers asked for are computed, as Expected.of computes them (the same draws, a third of the time).
    problem = SoftmaxRegression(case)
    everything = tuple(range(len(case["x"])))
    modes = {(t and "training" in shown, g and "grad" in shown) for t, g in MODES}
    seen, whole = [], np.array([len(everything)], dtype=np.float64)
    for m in modes:
        z = problem.logits(problem.start, Batch(everything, *m))
        seen.append((float(np.dot([problem.batch_loss(z, problem.y)[0]], whole) / whole.sum()),
                     int((z.argmax(axis=1) == problem.y).sum())))
    if not all(abs(a[0] - b[0]) > 0.05 * max(a[0], b[0]) and a[1] != b[1] for a, b in combinations(seen, 2)):
        return False
    n, size = len(everything), case["batch_size"]
    if case["shuffle"] or n % size == 0:
        return True
    # Unshuffled with a short last batch: the mean of the batch accuracies must differ from
    # the accuracy in every mode, or averaging per batch (a common slip) would go unseen.
    batches = [tuple(range(i, min(i + size, n))) for i in range(0, n, size)]
    for m in modes:
        hits = [problem.logits(problem.start, Batch(rows, *m)).argmax(axis=1) == problem.y[list(rows)]
                for rows in batches]
        accuracy = int(sum(h.sum() for h in hits)) / float(n)
        if abs(float(np.mean([h.mean() for h in hits])) - accuracy) <= 1e-3:
            return False
    return True


class Batch(tuple):
    """Rows of the data one forward pass was given, read in one of the model's modes:
    ``mode`` is (training, autograd recording).  Equal only to the same rows in the same mode."""

    def __new__(cls, rows, training: bool = True, grad: bool = True):
        batch = super().__new__(cls, rows)
        batch.mode = (bool(training), bool(grad))
        return batch

    def __eq__(self, other):
        return isinstance(other, Batch) and self.mode == other.mode and tuple.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash((tuple(self), self.mode))

    def __add__(self, other):
        """The rows of both, in the mode they share (a plain tuple if they differ)."""
        rows = tuple(self) + tuple(other)
        return Batch(rows, *self.mode) if getattr(other, "mode", None) == self.mode else rows


class SoftmaxRegression:
    """The grader's softmax regression on one case's data, in float64: parameters are the
    weight (classes x features, row by row) then the bias, as the probe records them.  The
    logits of a :class:`Batch` carry its mode's offsets; rows of any other kind are read in
    training mode with autograd on, the mode a training loop's passes run in."""

    def __init__(self, case: dict):
        self.x = np.asarray(case["x"], dtype=np.float64)
        self.y = np.asarray(case["y"])
        self.classes, self.features = np.shape(case["weight"])
        self.start = np.concatenate([np.ravel(case["weight"]), case["bias"]]).astype(np.float32).astype(np.float64)
        offsets = case.get("offsets") or {}
        # The probe's loss_fn is the cross-entropy times this factor (drawn per submission):
        # a loop that computes a loss of its own instead shows it.
        self.loss_scale = float(case.get("loss_scale", 1.0))
        # And with label smoothing (``loss_kwargs``, as the probe passes them to F.cross_entropy):
        # a loss of the grader's choosing that no multiple of the plain cross-entropy matches.
        self.smoothing = float((case.get("loss_kwargs") or {}).get("label_smoothing", 0.0))
        self.offsets = {key: np.asarray(offsets.get(key) or np.zeros(self.classes), dtype=np.float64)
                        for key in ("base", "training", "grad")}

    @property
    def size(self) -> int:
        return self.classes * (self.features + 1)

    @property
    def names(self) -> list[str]:
        return [f"weight[{i // self.features}, {i % self.features}]" for i in range(self.classes * self.features)] + \
               [f"bias[{i}]" for i in range(self.classes)]

    def shift(self, mode: tuple[bool, bool]) -> np.ndarray:
        """What the probe model adds to every row's logits in ``mode``."""
        return self.offsets["base"] + mode[0] * self.offsets["training"] + mode[1] * self.offsets["grad"]

    def logits(self, params: Any, rows: tuple) -> np.ndarray:
        split = self.classes * self.features
        w = np.asarray(params[:split]).reshape(self.classes, self.features)
        mode = rows.mode if isinstance(rows, Batch) else (True, True)
        return self.x[list(rows)] @ w.T + np.asarray(params[split:]) + self.shift(mode)

    def batch_loss(self, logits: np.ndarray, targets: np.ndarray) -> tuple[float, np.ndarray]:
        """The loss_fn the probe passes (its scale and smoothing) on ``logits``, and its gradient."""
        value, grad = cross_entropy(logits, targets, self.smoothing)
        return self.loss_scale * value, self.loss_scale * grad

    def loss(self, params: Any, rows: tuple) -> float:
        return self.batch_loss(self.logits(params, rows), self.y[list(rows)])[0]

    @property
    def own_loss(self) -> bool:
        """Whether the loss_fn the probe passes is other than the plain cross-entropy (scaled, smoothed)."""
        return (self.loss_scale, self.smoothing) != (1.0, 0.0)

    def plain(self) -> SoftmaxRegression:
        """The same problem with the plain cross-entropy as its loss (no scale, no smoothing)."""
        plain = copy.copy(self)
        plain.loss_scale, plain.smoothing = 1.0, 0.0
        return plain

    def gradient(self, params: Any, rows: tuple) -> np.ndarray:
        g = self.batch_loss(self.logits(params, rows), self.y[list(rows)])[1]
        return np.concatenate([(g.T @ self.x[list(rows)]).reshape(-1), g.sum(axis=0)])

    def readings(self, batch: tuple) -> list[Batch]:
        """The other modes a batch whose gradient made an update may have run in (autograd
        was recording, or there would be no gradient): the same rows, the other training mode."""
        if not isinstance(batch, Batch):
            return []
        on, grad = batch.mode
        return [Batch(batch, t, True) for t in (on, not on) if (t, True) != (on, grad)]

    @functools.cached_property
    def _row_index(self) -> dict:
        """Row (its float32 values) -> its index in the data; built when a batch is first read."""
        return {tuple(np.float32(v) for v in row): i for i, row in enumerate(self.x)}

    def rows(self, x: Any) -> Optional[tuple]:
        """Which rows of the data a recorded batch ``x`` holds (None if any is not from the data)."""
        flat = floats(x)
        if flat.size % self.features:
            return None
        found = tuple(self._row_index.get(tuple(np.float32(v) for v in row)) for row in flat.reshape(-1, self.features))
        return None if None in found or not found else found


class Foreign(Exception):
    """The model was given data that is not from the loader."""


def forwards(problem: SoftmaxRegression, calls: list) -> tuple[list[training.Observation], list[tuple[bool, bool]]]:
    """The recorded forward passes as observations, each batch a :class:`Batch` in the mode
    the log claims (plus the final parameters, rows ``("final",)``), and each pass's
    logged (training mode, autograd recording).

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
        mode = (c.get("training") is True, c.get("grad_enabled") is not False)
        obs.append(training.Observation(params, Batch(rows, *mode), mode[1], c.get("backward") is True))
        modes.append(mode)
    return obs, modes


def _foreign(name: str, labels) -> dict:
    return {label: (False, f"{name} fed the model data that is not from the loader it was given: "
                           "iterate over the loader argument") for label in labels}


#: Said when the modes the kernel logged are not the ones the values show.
NOT_AS_LOGGED = " (the modes logged while it ran are not the ones its results show; the results count)"
FROM_THE_LOG = (" (read from the model's log: neither the updates nor the returned loss are the ones asked for, so "
                "their values cannot show it)")


def _reread(replay: training.Replay, on: bool) -> training.Replay:
    """``replay`` with the batches no update confirmed read in training mode ``on``."""
    other = copy.copy(replay)
    ok = replay.step_ok + [False]
    other.segments = [dataclasses.replace(seg, trained=[Batch(rows, on, True) if isinstance(rows, Batch) and not good
                                                        else rows for rows in seg.trained])
                      for seg, good in zip(replay.segments, ok)]
    other.unseen = [Batch(rows, on, True) if isinstance(rows, Batch) else rows for rows in replay.unseen]
    return other


def _confirmed(replay: training.Replay) -> list[Batch]:
    """The trained batches whose mode an update confirmed (its gradient in that mode is the step)."""
    return [rows for seg, ok in zip(replay.segments, replay.step_ok) if ok for rows in seg.trained
            if isinstance(rows, Batch)]


#: Why the layers ran in another mode than the model's own flag says.
FLAG_ONLY = (" (setting model.training by hand changes the model's own flag, not its layers': model.train() "
             "and model.eval() switch them all)")


def _flag_only(calls: list) -> str:
    """:data:`FLAG_ONLY` if a forward pass ran with the model's own flag and its layer's
    apart, else ''."""
    return FLAG_ONLY if any(isinstance(c, dict) and c.get("kind") == "model" and isinstance(c.get("own"), bool)
                            and c.get("own") != c.get("training") for c in calls) else ""


def _train_mode(replay: training.Replay, shown: list[Batch], logged: set, name: str) -> tuple[bool, str]:
    """``mode`` of train_epoch from the batches whose mode the values show."""
    if replay.updates == 0:
        return False, f"not earned: {name} does not train (the parameters never changed)"
    if not shown:
        # A run that trains, however wrongly (a penalty added to the loss): its values show no
        # mode, its log does (the caller takes the mode back from a run that does not train).
        passes = [b for b in logged if isinstance(b, Batch) and b.mode[1]]
        if not passes:
            return False, ("not earned: neither the updates nor the returned loss follow the model's outputs, "
                           "so they do not show the mode it ran in")
        shown, note = passes, FROM_THE_LOG
    else:
        note = NOT_AS_LOGGED if any(b not in logged for b in shown) else ""
    if all(b.mode[0] for b in shown):
        return True, "puts the model in training mode (model.train()) before the forward passes" + note
    if shown[0].mode[0]:  # trained at first, then not
        return False, ("the forward passes after the first ran with the model in evaluation mode: something in the "
                       "loop switches it to eval mode (a model.eval() inside the loop?); call model.train() once, "
                       "before the loop" + note)
    return False, ("the forward passes ran with the model in evaluation mode: call model.train() at the start "
                   "(evaluate switches the model to eval mode, and dropout or batch norm would then not train)" + note)


#: What a loop that never called the loss_fn it was given computed with, in messages.
_OWN_LOSS = ("a loss of its own: it never called the loss_fn it was given (the notebook's cross_entropy instead, say); "
             "the grader, like any caller, passes the loss to use: compute each batch's loss with loss_fn")


def _calls_loss(calls: list) -> bool:
    """Whether the run called the loss it was given (the recorder logs each call)."""
    return any(isinstance(c, dict) and c.get("kind") == "loss" for c in calls)


def _rate_zeroed(calls: list, lr: float) -> bool:
    """Whether every step() found the learning rates at 0, where the optimizer was given ``lr``
    (the recorder logs them at each step)."""
    rates = [c.get("lr") for c in calls if isinstance(c, dict) and c.get("kind") == "step"]
    return lr > 0 and bool(rates) and all(isinstance(r, list) and r and all(
        isinstance(v, (int, float)) and v == 0 for v in r) for r in rates)


def _never_called(name: str, record: dict, case: Optional[dict] = None) -> str:
    again = (" when handed again a model it had been given before, its parameters changed since (as the next "
             "epoch hands it over): compute from the model as it is at every call, and keep nothing per model"
             if case is not None and case.get("same_model_as") is not None else "")
    return f"{name} never called the model it was given{again}{returned_nothing(record)}"


def _plain_steps(problem: SoftmaxRegression, obs: list, per_epoch: int, lr: float, batch_size: int) -> bool:
    """Whether every update is a gradient step on the plain cross-entropy, where the loss_fn
    given was another (scaled, smoothed)."""
    if not problem.own_loss:
        return False
    plain = problem.plain()
    return training.Replay(obs, lr=lr, loss=plain.loss, gradient=plain.gradient, epochs=1, expected=per_epoch,
                           names=plain.names, alternatives=plain.readings,
                           largest_batch=batch_size).judge_updates(per_epoch)[0]


def _train_replay(case: dict, record: dict):
    """``(problem, forward observations, modes, replay)`` of one run of ``train_epoch``
    (:class:`Foreign` when its forward passes are not the grader's model's)."""
    problem = SoftmaxRegression(case)
    obs, modes = forwards(problem, field(record, "calls", list))
    replay = training.Replay(obs, lr=case["lr"], loss=problem.loss, gradient=problem.gradient, epochs=1,
                             expected=-(-len(case["x"]) // case["batch_size"]), names=problem.names,
                             alternatives=problem.readings, largest_batch=case["batch_size"])
    return problem, obs, modes, replay


def _downhill_of(run: Optional[tuple]) -> Optional[np.ndarray]:
    """The cosines of a run's updates with its gradients (:meth:`training.Replay.downhill`),
    given its :func:`_train_replay` (None: unreadable, or not the grader's model), or None
    when it has none to give (no forward pass, no update, plainly gradient steps)."""
    if run is None:
        return None
    _, _, modes, replay = run
    return replay.downhill() if modes and replay.updates else None


def judge_train_case(case: dict, record: dict, *, name: str = "train_epoch",
                     others: Sequence[np.ndarray] = (), run: Optional[tuple] = None) -> dict[str, tuple[bool, str]]:
    """One run of ``train_epoch``: ``mode``, ``batches``, ``update`` and ``loss`` -> (ok, message).

    The update that each batch made (its gradient in the mode it ran in) shows that mode;
    a batch no update explains shows it through the returned loss, if that matches.
    ``others``: the other runs' :func:`_downhill_of`, pooled with this one's to tell whether
    its steps train at all (:meth:`training.Replay.follows_gradient`); ``run``: this run's
    :func:`_train_replay` when the caller made it already."""
    labels = ("mode", "batches", "update", "loss")
    n, batch_size, lr = len(case["x"]), case["batch_size"], case["lr"]
    calls = field(record, "calls", list)
    try:
        problem, obs, modes, replay = run or _train_replay(case, record)
    except Foreign:
        return _foreign(name, labels)
    if not modes:
        return {label: (False, _never_called(name, record, case)) for label in labels}
    per_epoch = -(-n // batch_size)
    final = [np.asarray(o.params) for o in obs if o.rows == ("final",)]
    if replay.updates and final and np.array_equal(final[-1], problem.start):
        # The steps were another model's (a deep copy of the one given): the given one never trained.
        why = (f"{name} left the model it was given unchanged: its steps trained another model (a copy?), or it "
               "put the first parameters back afterwards (load_state_dict); train the model passed in, with the "
               "optimizer passed in, and keep what it learnt")
        return {label: (False, why) for label in labels}
    update_ok, update_msg = replay.judge_updates(per_epoch)
    trained = [(p, r) for p, r in replay.trained() if r != ("final",)]
    if update_ok and replay.updates < len(trained):
        # Every step it made was right, but a batch it trained on (its loss computed, backward
        # run) had none: a step skipped on a short batch.  (Batches never reached at all cost
        # the batches criterion instead.)
        short = f", the last one shorter ({n % batch_size} point(s))" if n % batch_size else ""
        update_ok, update_msg = False, (
            f"made {replay.updates} optimizer step(s) for the {len(trained)} batches it computed a loss on ({n} "
            f"points in batches of {batch_size}{short}): every batch needs its own step, whatever its size")
    elif update_ok:
        update_msg = "makes one SGD step per batch (zero_grad, backward, step)"
    elif replay.updates == 0:
        update_msg = (f"never changed the parameters (expected {per_epoch} optimizer steps): call optimizer.step() "
                      "after loss.backward(), and zero the gradients before the backward pass, not between it and the step")
        steps = sum(1 for c in calls if isinstance(c, dict) and c.get("kind") == "step")
        if steps and not any(o.backward for o in obs):
            update_msg = (f"never changed the parameters: it called optimizer.step() {steps} time(s), but no gradient "
                          "reached the model's parameters (the loss it differentiated is cut off from the model: a "
                          "torch.tensor(loss.item(), requires_grad=True), a .detach() or .item() on the way?); call "
                          "backward() on the loss that loss_fn returns")
        if _rate_zeroed(calls, lr):
            update_msg = (f"never changed the parameters: it called optimizer.step(), but with the optimizer's "
                          f"learning rates set to 0 (given {lr:g}), so no step moved anything; leave the "
                          "optimizer's param_groups as they are given")
    if replay.updates and not any(isinstance(c, dict) and c.get("kind") == "step" for c in calls):
        # Its own optimizer, or updates by hand, at the given optimizer's learning rate: the
        # steps replay as SGD's, but the notebook's training (Adam) would not run.
        update_ok, update_msg = False, ("changed the parameters without ever calling step() on the optimizer it is "
                                        "given: train with that optimizer (the notebook passes Adam; an optimizer "
                                        "of your own, or updates by hand, train differently)")
    if "use the lr argument" in update_msg:
        update_msg = update_msg.split(": use")[0] + (f": step with the optimizer {name} is given (its learning rate) "
                                                     "on the gradient of the loss as it is (not scaled, clipped or summed)")
    batches_ok, batches_msg = training.judge_batches(trained, n=n, batch_size=batch_size, epochs=1)
    if batches_ok:
        batches_msg = "trains on every batch of the loader, each once"
    elif len(trained) != per_epoch:
        batches_msg = (f"should make one update per batch: the loader has {per_epoch} batches ({n} points in batches "
                       f"of {batch_size}), and the parameters were updated {len(trained)} time(s)")
    shown = _confirmed(replay)
    returned = read_value(record["returned"]) if "returned" in record else None  # (none: it raised, judged elsewhere)
    reported = returned.values if returned is not None and returned.values is not None and returned.values.size == 1 \
        else None
    if returned is None:
        loss_ok, loss_msg = False, "returned nothing"
    elif reported is None:
        loss_ok, loss_msg = False, f"should return the mean loss as one number, returned {returned.kind}"
    else:
        # The log's reading first; batches no update confirmed may have run in the other mode.
        readings = [replay] + ([_reread(replay, True), _reread(replay, False)] if len(shown) < len(trained) else [])
        verdicts = [training.judge_epoch_losses(r, reported, epochs=1, batch_size=batch_size) for r in readings]
        loss_ok, loss_msg = next((v for v in verdicts if v[0]), verdicts[0])
        replay = readings[[v[0] for v in verdicts].index(True)] if loss_ok else replay
        total = sum(problem.loss(p, r) for p, r in trained)
        if not loss_ok and len(trained) > 1 and abs(reported[0] - total) <= 1e-4 * abs(total):
            loss_msg = (f"returned {reported[0]:.6g}, the sum of the {len(trained)} batch losses: divide by the "
                        "number of batches to get their mean")
        elif loss_ok:
            loss_msg = "returns the mean of the batch losses, each before its update"
            shown = [r for _, r in replay.trained() if isinstance(r, Batch)]
    mode = _train_mode(replay, shown, {o.rows for o in obs}, name)
    if not mode[0] and not mode[1].startswith("not earned"):
        mode = (False, mode[1] + _flag_only(calls))
    if replay.updates == 0 and reported is not None:
        loss_msg = "the loss it returns counts only once it trains (the parameters never changed)"
    elif replay.updates and not replay.follows_gradient(others):
        why = "its parameter changes are not optimizer steps along the gradient of the loss, so it does not train"
        mode = (False, f"not earned: {why}")
        batches_ok, batches_msg = False, f"batches not earned: {why}"
        loss_ok, loss_msg = False, f"the loss it returns counts only once it trains: {why}"
    if not _calls_loss(calls):
        # Its steps and its mean are of a loss of its own (the notebook's cross_entropy, say):
        # with the grader's plain cross-entropy the numbers agree, with another loss they would not.
        update_ok, update_msg = False, f"steps on {_OWN_LOSS}"
        loss_ok, loss_msg = False, f"returns the mean of {_OWN_LOSS}"
    elif replay.updates and not update_ok and _plain_steps(problem, obs, per_epoch, lr, batch_size):
        # It called loss_fn (for show, or for a log) but stepped on a loss of its own.
        own = ("the plain cross-entropy, not of the loss_fn it was given: it calls loss_fn, but trains on a loss of "
               "its own (the notebook's cross_entropy, say); the grader, like any caller, passes the loss to use: "
               "compute each batch's loss with loss_fn and step on that")
        update_ok, update_msg = False, f"steps on the gradient of {own}"
        if not loss_ok:
            loss_msg = f"returns the mean of {own}"
    return {"mode": mode, "batches": (batches_ok, f"{name} {batches_msg}"),
            "update": (update_ok, f"{name} {update_msg}"), "loss": (loss_ok, f"{name}: {loss_msg}")}


@dataclasses.dataclass(frozen=True)
class Expected:
    """What ``evaluate`` should return if the model ran ``batches`` (each in its mode)."""

    batches: tuple
    loss: float
    batch_loss: float
    accuracy: float
    correct: int
    batch_accuracy: float
    of_probabilities: tuple = ()
    """The loss of the softmax's probabilities taken as logits (exact, and mean of batches)."""
    plain: tuple = ()
    """The plain cross-entropy (exact, and mean of batches), when the loss_fn is another."""
    unpaired: Optional[float] = None
    """The accuracy of the predictions, in the loader's order, against the labels in the data
    set's order (when the loader shuffles, they differ)."""

    @classmethod
    def of(cls, problem: SoftmaxRegression, params: np.ndarray, batches: tuple) -> Expected:
        losses, hits, twice, plain, predicted = [], [], [], [], []
        for rows in batches:
            z, targets = problem.logits(params, rows), problem.y[list(rows)]
            predicted.extend(z.argmax(axis=1))
            losses.append(problem.batch_loss(z, targets)[0])
            plain.append(cross_entropy(z, targets)[0])
            hits.append(z.argmax(axis=1) == targets)
            probabilities = np.exp(z - z.max(axis=1, keepdims=True))
            twice.append(problem.batch_loss(probabilities / probabilities.sum(axis=1, keepdims=True), targets)[0])
        sizes = np.array([len(rows) for rows in batches], dtype=np.float64)
        correct = int(sum(h.sum() for h in hits))

        def means(values: list) -> tuple[float, float]:
            return float(np.dot(values, sizes) / sizes.sum()), float(np.mean(values))
        return cls(tuple(batches), *means(losses), correct / sizes.sum(), correct, float(np.mean([h.mean() for h in hits])),
                   means(twice), means(plain) if problem.own_loss else (),
                   float(np.mean(np.asarray(predicted) == problem.y)) if len(predicted) == len(problem.y) else None)

    def loss_right(self, got: float) -> bool:
        return any(abs(got - v) <= 1e-4 * abs(v) + 1e-6 for v in (self.loss, self.batch_loss))

    def accuracy_right(self, got: float) -> bool:
        return abs(got - self.accuracy) <= 1e-6

    def explains(self, loss: float, accuracy: float) -> bool:
        """Are both numbers this reading's (the mean loss, the accuracy)?"""
        return self.loss_right(loss) and self.accuracy_right(accuracy)

    def loss_hint(self, got: float, n: int) -> str:
        """What a wrong loss is instead, if it is a common slip."""
        if any(abs(got - v) <= 1e-4 * v for v in (self.loss * n, self.batch_loss * len(self.batches))):
            return ": that is a sum, divide by the number of examples (or of batches)"
        if len(self.batches) > 1 and abs(got - self.loss * n / len(self.batches)) <= 1e-4 * self.loss * n:
            return (f": that is the total loss over the examples divided by the number of batches "
                    f"({len(self.batches)}); divide it by the number of examples ({n})")
        if any(abs(got - v) <= 1e-4 * abs(v) + 1e-6 for v in self.plain):
            return (": that is the plain cross-entropy, not the loss of the loss_fn it was given (the grader, like "
                    "any caller, passes a loss of its own): compute each batch's loss with loss_fn")
        if any(abs(got - v) <= 1e-4 * abs(v) + 1e-6 for v in self.of_probabilities):
            return (": that is the loss of the probabilities (a softmax applied before a loss that applies its "
                    "own); give the loss the logits")
        return ""

    def accuracy_hint(self, got: float) -> str:
        """What a wrong accuracy is instead, if it is a common slip."""
        if abs(got - 100 * self.accuracy) <= 1e-4:
            return ": that is a percentage; return the fraction"
        if abs(got - self.correct) <= 1e-6:
            return ": that is the number of correct predictions; divide by the number of examples"
        if abs(got - (1 - self.accuracy)) <= 1e-6:
            return ": that is the error rate (the fraction wrong)"
        if abs(got - self.batch_accuracy) <= 1e-6:
            return ": that is the mean of the batch accuracies; count correct predictions over all examples"
        if self.unpaired is not None and abs(self.unpaired - self.accuracy) > 1e-6 and abs(got - self.unpaired) <= 1e-6:
            return (": that compares the predictions, in the order the loader gave the examples (shuffled), with the "
                    "data set's labels in their own order; compare each batch's predictions with that batch's targets")
        return ""

    def shows(self, pair: np.ndarray, n: int) -> int:
        """How well the returned pair follows this reading: 2 a right value, 1 a common slip, 0 neither."""
        if self.loss_right(pair[0]) or self.accuracy_right(pair[1]):
            return 2
        return int(bool(self.loss_hint(pair[0], n) or self.accuracy_hint(pair[1])))


def _evaluate_readings(passes: list, n: int, batch_size: int) -> tuple[Optional[tuple], list]:
    """The batches as the log says they ran (None if their modes cannot be laid over the
    data), and the same batches in each mode of :data:`MODES` (the loader's batches when
    the recorded ones do not cover every row once)."""
    everything = tuple(range(n))
    tiled = sorted(i for rows in passes for i in rows) == list(everything)
    layout = passes if tiled else [everything[i:i + batch_size] for i in range(0, n, batch_size)]
    modes = {rows.mode for rows in passes}
    logged = tuple(passes) if tiled else None
    if not tiled and len(modes) == 1:  # one mode throughout: it lays over the loader's batches
        (mode,) = modes
        logged = tuple(Batch(rows, *mode) for rows in layout)
    return logged, [tuple(Batch(rows, *mode) for rows in layout) for mode in MODES]


def _subset_reading(problem: SoftmaxRegression, passes: list, n: int, pair: np.ndarray) -> Optional[Expected]:
    """The reading of the forward passes as they ran, when they cover only some of the
    examples and the returned pair is exactly their loss and accuracy (in the logged modes
    or in any one mode): an evaluation of part of the data, right as far as it went."""
    ran = tuple(rows for rows in passes if isinstance(rows, Batch))
    if not ran or len({i for rows in ran for i in rows}) >= n:
        return None
    for batches in [ran] + [tuple(Batch(rows, *mode) for rows in ran) for mode in MODES]:
        e = Expected.of(problem, problem.start, batches)
        if e.explains(pair[0], pair[1]):
            return e
    return None


def _above_one(accuracy: float) -> str:
    """What an accuracy above 1 tells, when no common slip explains it."""
    return (": an accuracy above 1 counts more matches than there are examples, or divides the count by less "
            "than their number: divide the number of correct predictions by the number of examples (len of the "
            "dataset, or the batch sizes added up), comparing predictions and labels of the same shape (an (n, 1) "
            "against an (n,) broadcasts to an n x n table)") \
        if accuracy > 1 else ""


def _evaluate_modes(chosen: list[Expected], note: str, name: str, logged: list) -> dict[str, tuple[bool, str]]:
    """``no_grad`` and ``eval_mode`` from the modes the results show; a mode counts only if the
    forward passes also logged it (results that show a mode no pass ran in come from a
    model whose behaviour was changed, not from evaluating)."""
    batches = [rows for e in chosen for rows in e.batches]
    shown = {"grad": any(rows.mode[1] for rows in batches), "training": any(rows.mode[0] for rows in batches)}
    notes = dict.fromkeys(shown, note)
    for key, index in (("grad", 1), ("training", 0)):
        if note and not shown[key] and any(mode[index] for mode in logged):
            shown[key], notes[key] = True, " (as the model logged its forward passes, whatever its results show)"
    return {"no_grad": (True, "runs the model under torch.no_grad()" + notes["grad"]) if not shown["grad"] else
            (False, f"{name} ran the model with autograd recording: wrap the loop in torch.no_grad() "
                    "(no graph is needed to evaluate, and building one wastes memory)" + notes["grad"]),
            "eval_mode": (True, "puts the model in evaluation mode (model.eval())" + notes["training"])
            if not shown["training"] else
            (False, f"{name} ran the model in training mode"
                    + (" after its first batch: something in the loop switches the model back to training mode "
                       "(a model.train() inside the loop?); call model.eval() once, before the loop"
                       if not batches[0].mode[0] else ": call model.eval() first")
                    + " (dropout and batch norm behave differently when evaluating)" + notes["training"])}


def judge_evaluate_case(case: dict, record: dict, *, name: str = "evaluate") -> dict[str, tuple[bool, str]]:
    """One run of ``evaluate``: ``loss``, ``accuracy``, ``no_grad`` and ``eval_mode`` -> (ok, message).

    The returned pair is compared with what each reading of the run (as logged, or every
    batch in one mode) would give: the reading it follows shows the modes, and the loss
    and accuracy are judged against it, so a missing ``eval()`` costs ``eval_mode`` alone."""
    problem = SoftmaxRegression(case)
    n = len(case["x"])
    try:
        obs, modes = forwards(problem, field(record, "calls", list))
    except Foreign:
        return _foreign(name, ("loss", "accuracy", "no_grad", "eval_mode"))
    passes = [o.rows for o in obs if o.rows != ("final",)]
    logged, uniform = _evaluate_readings(passes, n, case["batch_size"])
    readings = ([logged] if logged else []) + [r for r in uniform if r != logged]
    expected = [Expected.of(problem, problem.start, batches) for batches in readings]
    out = read_value(record.get("returned"))
    pair = out.values if out.values is not None and out.values.size == 2 else None
    strength = [e.shows(pair, n) for e in expected] if pair is not None else [0]
    matching = [e for e, s in zip(expected, strength) if s == max(strength) > 0]
    note = ""
    if logged and expected[0] in matching:
        chosen = expected[:1]
    elif matching:
        chosen, note = matching, (NOT_AS_LOGGED if logged else "")
    else:
        chosen = expected[:1]
    near = max(strength) < 2 and pair is not None  # nothing right as it stands: a known slip of a right result?
    swapped = next((e for e in expected if e.explains(pair[1], pair[0])), None) \
        if near else None
    # Part of the data, right as far as it went: tried whenever no reading of all of it gives
    # both numbers (a first batch's accuracy can equal the whole set's by chance).
    both = pair is not None and any(e.explains(pair[0], pair[1]) for e in expected)
    subset = _subset_reading(problem, passes, n, pair) if pair is not None and not both and swapped is None else None
    # The right pair with more after it ((loss, accuracy, count), a scikit-learn habit): not the
    # pair asked for, but a result that follows the model and the data, as a swapped pair does.
    longer = out.values is not None and out.values.size > 2
    ahead = next((e for e in expected if e.explains(out.values[0], out.values[1])), None) if longer else None
    if ahead is not None:
        chosen, note = [ahead], ""
        what = (f"{name} returned {out.values.size} values, ({out.values[0]:.6g}, {out.values[1]:.6g}, ...): the mean "
                "loss and the accuracy, then more; return exactly the two, (mean_loss, accuracy)")
        results = {"loss": (False, what), "accuracy": (False, what)}
    elif swapped is not None:
        chosen, note = [swapped], ""
        what = (f"{name} returned ({pair[0]:.6g}, {pair[1]:.6g}): the accuracy then the mean loss; return them the "
                "other way round, (mean_loss, accuracy)")
        results = {"loss": (False, what), "accuracy": (False, what)}
    elif subset is not None:  # right for the examples it ran on, which are not all of them
        chosen, note = [subset], ""
        seen = len({i for rows in subset.batches for i in rows})
        what = (f"{name} returned the {{}} of only the {seen} examples the model was run on, of the {n} the "
                "loader gives: loop over every batch of the loader")
        results = {"loss": (False, what.format("mean loss")), "accuracy": (False, what.format("accuracy"))}
    elif pair is None:
        what = f"{name} should return (mean loss, accuracy), two numbers; it returned {out.kind}"
        results = {"loss": (False, what), "accuracy": (False, what)}
    else:
        by_loss = next((e for e in chosen if e.loss_right(pair[0])), chosen[0])
        by_accuracy = next((e for e in chosen if e.accuracy_right(pair[1])), chosen[0])
        loss_ok, acc_ok = by_loss.loss_right(pair[0]), by_accuracy.accuracy_right(pair[1])
        results = {
            "loss": (loss_ok, f"{name} returns the mean loss ({by_loss.loss:.6g})" if loss_ok else
                     f"{name} on {n} examples should return the mean loss {by_loss.loss:.6g}, it returned "
                     f"{pair[0]:.6g}{by_loss.loss_hint(pair[0], n)}"),
            "accuracy": (acc_ok, f"{name} returns the accuracy ({by_accuracy.accuracy:.4g})" if acc_ok else
                         f"{name} on {n} examples, {by_accuracy.correct} of them predicted right, should return the "
                         f"accuracy {by_accuracy.accuracy:.6g}, it returned {pair[1]:.6g}"
                         f"{by_accuracy.accuracy_hint(pair[1]) or _above_one(pair[1])}")}
    if not modes:  # numbers it did not get from the model (a majority-class guess) earn nothing either
        return {label: (False, _never_called(name, record, case))
                for label in ("loss", "accuracy", "no_grad", "eval_mode")}
    results.update(_evaluate_modes(chosen, note, name, modes))
    if not results["eval_mode"][0]:
        results["eval_mode"] = (False, results["eval_mode"][1] + _flag_only(field(record, "calls", list)))
    if record.get("grad_left_off") is True and results["no_grad"][0]:
        results["no_grad"] = (False, f"{name} switches autograd off and leaves it off after it returns "
                                     "(torch.set_grad_enabled(False) never undone), so the training that follows "
                                     "gets no gradients: use `with torch.no_grad():` around the loop")
    if results["loss"][0] and not _calls_loss(field(record, "calls", list)):
        results["loss"] = (False, f"{name} returns the mean of {_OWN_LOSS}")
    if not (results["loss"][0] or results["accuracy"][0] or subset is not None or swapped is not None
            or ahead is not None):
        for label in ("no_grad", "eval_mode"):
            results[label] = (False, "not earned: neither the loss nor the accuracy is right, and these count only "
                                     "when the result follows the model and the data")
    return results


def judge_evaluate_raised(record: dict, *, name: str = "evaluate") -> dict[str, tuple[bool, str]]:
    """What a run of ``evaluate`` that raised did right before it raised: ``loss`` if every
    forward pass's batch had its loss computed by the loss_fn given (the call returned: the
    error came after it), ``no_grad`` and ``eval_mode`` from the modes its passes logged (no
    returned values to show them).  ``accuracy`` is not judged: the error is its loss.  (For
    a function that ran right on other data: :func:`judge_evaluate`.)"""
    calls = [c for c in field(record, "calls", list) if isinstance(c, dict) and c.get("kind") in ("model", "loss")]
    passes = [c for c in calls if c["kind"] == "model"]
    if not passes:
        return {}
    each = all(c["kind"] == "model" and nxt.get("kind") == "loss" and nxt.get("returned") is True
               for c, nxt in zip(calls, calls[1:] + [{}]) if c["kind"] == "model")
    before = " before it raised"
    return {"loss": (each, f"{name} computed every batch's loss with loss_fn{before}" if each else
                     f"{name} did not compute every batch's loss with loss_fn{before}"),
            "no_grad": (True, f"runs the model under torch.no_grad() (as logged{before})")
            if not any(c.get("grad_enabled") is not False for c in passes) else
            (False, f"{name} ran the model with autograd recording{before}: wrap the loop in torch.no_grad()"),
            "eval_mode": (True, f"puts the model in evaluation mode (as logged{before})")
            if not any(c.get("training") is True for c in passes) else
            (False, f"{name} ran the model in training mode{before}: call model.eval() first")}


def judge_train_epoch(inputs: dict, data: Any, scale: Scale, *, name: str = "train_epoch") -> list[Criterion]:
    """Every run of ``train_epoch`` judged; ``scale`` weighs mode, batches, update and loss.

    Runs with another optimizer (a case whose ``optimizer`` is ``"adam"``) are not replayed:
    a loop that trains with the grader's optimizer and leaves the model as it was with that
    one trains only with an optimizer like the grader's, and earns nothing."""
    cases = inputs["cases"]
    other = [i for i, case in enumerate(cases) if case.get("optimizer")]
    records = field(data, "cases", list, []) if isinstance(data, dict) else []
    if other and len(records) == len(cases):
        inputs = dict(inputs, cases=[case for i, case in enumerate(cases) if i not in other])
        data = dict(data, cases=[record for i, record in enumerate(records) if i not in other])
    # A loop that trained, then failed to return (np.mean of tensors holding their graph, say),
    # keeps what its steps show and loses the loss.
    # Each run replayed once: its cosines are pooled with the other runs' when it is judged.
    runs = {id(case): _readable_run(case, record)
            for case, record in zip(inputs["cases"], field(data, "cases", list, []) if isinstance(data, dict) else [])}
    downhill = {key: _downhill_of(run) for key, run in runs.items()}

    def judge_case(case: dict, record: dict) -> dict[str, tuple[bool, str]]:
        others = [d for key, d in downhill.items() if key != id(case) and d is not None]
        return judge_train_case(case, record, name=name, others=others, run=runs.get(id(case)))

    criteria = judge_each(name, inputs, data, scale, judge_case, judged_when_raised=("mode", "batches", "update"))
    if len(records) != len(cases) or not any(_moved(case, record) for case, record in zip(inputs["cases"], data["cases"])):
        return criteria
    still = next((i for i in other if not _moved(cases[i], records[i])), None)
    if still is None:
        return criteria
    error = records[still].get("error") if isinstance(records[still], dict) else None
    left = f"it raised {str(error)[:200]}" if isinstance(error, str) else "it leaves the model's parameters as they were"
    return [Criterion(c.name, c.points, 0.0, f"not earned: {name} trains the model with the grader's optimizer, but "
                      f"with a torch.optim.{cases[still]['optimizer'].capitalize()} optimizer (the one the notebook's "
                      f"fit passes) {left}: it must train with whatever optimizer it is given") for c in criteria]


def _readable_run(case: dict, record: Any) -> Optional[tuple]:
    """:func:`_train_replay` of a run that did not raise, or None (it raised, or its record
    cannot be read, or its passes are not the grader's model's: judged as such on its own)."""
    if not isinstance(record, dict) or "error" in record:
        return None
    try:
        return _train_replay(case, record)
    except (Foreign, BadData):
        return None


def _moved(case: dict, record: Any) -> bool:
    """Whether a run left the model's parameters other than the case's starting ones."""
    start = np.concatenate([np.ravel(np.asarray(case["weight"], dtype=np.float64)),
                            np.ravel(np.asarray(case["bias"], dtype=np.float64))])
    calls = record.get("calls") if isinstance(record, dict) else None
    final = [c.get("params") for c in calls or [] if isinstance(c, dict) and c.get("kind") == "final"]
    try:
        end = floats(final[-1]) if final else None
    except BadData:
        return False
    return end is not None and end.shape == start.shape and not np.array_equal(end, start.astype(np.float32))


def judge_evaluate(inputs: dict, data: Any, scale: Scale, *, name: str = "evaluate") -> list[Criterion]:
    """Every run of ``evaluate`` judged; ``scale`` weighs loss, accuracy, no_grad and eval_mode.

    A run that raised loses its accuracy (and all it cannot show); the loss and the modes it
    shows before it raised stand (:func:`judge_evaluate_raised`), but only when another run
    returned, on which the loss and the accuracy are judged in full: a function that fails
    on data of one shape (another number of classes, say) keeps what it does right, one that
    always fails earns nothing.  A run that raised before it ran the model shows no mode: the
    modes are those of the runs that returned."""
    records = field(data, "cases", list, []) if isinstance(data, dict) else []
    returned = any(isinstance(r, dict) and "error" not in r for r in records)

    def judge(case, record):
        if "error" in record:
            return judge_evaluate_raised(record, name=name)
        return judge_evaluate_case(case, record, name=name)

    return judge_each(name, inputs, data, scale, judge,
                      judged_when_raised=("loss", "no_grad", "eval_mode") if returned else (),
                      unseen_when_raised=("no_grad", "eval_mode") if returned else ())
