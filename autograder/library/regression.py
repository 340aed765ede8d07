"""Judge side: fitting a line by gradient descent, the student's loop replayed in float64.

The probe (:func:`.probe_training.run_fit`) runs the student's ``fit(model, loss_func, X,
Y, lr, num_epochs[, batch_size])`` with the grader's own recording model ``weight * data
+ bias`` and MSE loss, on fresh data: so a wrong ``model`` or loss elsewhere in the
notebook never costs these parts.  Here the parameters' history is rebuilt from the
recorded calls and replayed (:mod:`.training`): the returned losses, the batches, the
updates and the logged loss, each judged on its own; and the caller's X and Y as the run
left them (a run that scrambles their pairs in place breaks every later call on them).  A run that bypasses the model and
loss it was given can still earn its return value if its losses are those of gradient
descent on the given data (:func:`~.training.quadratic_gd_explains`).

:func:`regression_data` draws a case's data: distinct float32 points (so that a batch's
rows can be told from its values) around a line.
"""

from __future__ import annotations

import functools
from typing import Any, Callable, Optional

import numpy as np

from autograder.library import training
from autograder.library.cases import judge_each, returned_nothing
from autograder.library.checks import BadData, field, floats, short
from autograder.library.points import Scale
from autograder.library.values import read_value, returned_array
from autograder.results import Criterion

#: The criteria of a fit (weigh them with a :class:`~.points.Scale`).
CRITERIA = ("returns", "batches", "update", "loss")


def distinct(rng: np.random.Generator, n: int, low: float, high: float) -> list[float]:
    """``n`` distinct float32 values (so that the judge can tell which points a batch held)."""
    while True:
        values = rng.uniform(low, high, n).astype(np.float32)
        if len(set(values.tolist())) == n:
            return [float(v) for v in values]


def nonzero(rng: np.random.Generator, low: float, high: float) -> float:
    """A float32 value away from 0 and 1 (a weight or bias whose mistakes show)."""
    while True:
        value = float(np.float32(rng.uniform(low, high)))
        if abs(value) > 0.2 and abs(value - 1.0) > 0.2:
            return value


def regression_data(rng: np.random.Generator, n: int) -> tuple[list[float], list[float]]:
    """``(x, y)``: ``n`` distinct points near a line, ``y`` distinct too (a batch is known by its values)."""
    while True:
        x = np.asarray(distinct(rng, n, -2.0, 2.0))
        y = (nonzero(rng, -4.0, 4.0) * x + nonzero(rng, -2.0, 2.0) + rng.normal(0.0, 0.3, n)).astype(np.float32)
        if len(set(y.tolist())) == n:
            return [float(v) for v in x], [float(v) for v in y]


def _mse(params, x: np.ndarray, y: np.ndarray, rows: tuple) -> float:
    rows = list(rows)
    if not rows:  # an empty batch: its mean is nan, as torch's is
        return float("nan")
    return float(np.mean((params[0] * x[rows] + params[1] - y[rows]) ** 2))


def _grad(params, x: np.ndarray, y: np.ndarray, rows: tuple) -> np.ndarray:
    rows = list(rows)
    if not rows:
        return np.full(2, np.nan)
    residual = params[0] * x[rows] + params[1] - y[rows]
    return np.array([2.0 * np.mean(residual * x[rows]), 2.0 * np.mean(residual)])


def _every_step_on(replay: training.Replay, case: dict, gradient: Callable) -> bool:
    """Whether every update is -lr times ``gradient(params, x, y, rows)`` on its batch's rows
    (a loss other than the MSE asked for, recognised by its gradient)."""
    x, y = np.asarray(case["x"], dtype=float).reshape(-1), np.asarray(case["y"], dtype=float).reshape(-1)
    if replay.updates == 0:
        return False
    for t in range(replay.updates):
        seg = replay.segments[t]
        rows = next((list(rows) for rows, _ in seg.batches if rows), None)
        if rows is None or not replay.steps_by(t, gradient(seg.params, x, y, rows)):
            return False
    return True


def _steps_on_a_table(replay: training.Replay, case: dict) -> bool:
    """Whether every update is -lr times the gradient of the mean of (prediction_i - y_j)^2
    over all pairs of its batch's rows (a (n, 1) and a (n,) broadcast to a table): the
    targets then count only through their mean."""
    return _every_step_on(replay, case, lambda p, x, y, rows: _grad(p, x, np.full(len(x), np.mean(y[rows])), rows))


def _steps_on_absolute_error(replay: training.Replay, case: dict) -> bool:
    """Whether every update is -lr times the gradient of its batch's mean absolute error (each
    residual's sign times its input, averaged): a loop descending an L1 loss of its own, an
    honest slip whose steps are all alike while every residual keeps its sign."""
    def gradient(p, x, y, rows):
        sign = np.sign(p[0] * x[rows] + p[1] - y[rows])
        return np.array([np.mean(sign * x[rows]), np.mean(sign)])
    return _every_step_on(replay, case, gradient)


def observations(case: dict, calls: list) -> list[training.Observation]:
    """Forward passes from the recorded model calls (or, if the model was not used, the loss
    calls: the line through the predictions gives the parameters), those of a finite
    difference left out (:func:`.training.without_nudges`).  Rows not from the case's data
    are ``None``.

    Raises:
        BadData: unreadable calls, or a weight or bias of more than one number.
    """
    x_index = {v: i for i, v in enumerate(case["x"])}
    y_index = {v: i for i, v in enumerate(case["y"])}
    x, obs = np.asarray(case["x"]), []
    calls = [c for c in calls if isinstance(c, dict)]
    model_calls = [c for c in calls if c.get("kind") == "model"]
    following = {id(c): after for c, after in zip(calls, calls[1:])}
    for c in model_calls or [c for c in calls if c.get("kind") == "loss"]:
        enabled = c.get("grad_enabled") is not False
        if model_calls:
            w, b = floats(c.get("w")), floats(c.get("b"))
            if len(w) != 1 or len(b) != 1:
                raise BadData(f"weight and bias should hold one number each, got {len(w)} and {len(b)}")
            rows = _loss_rows(tuple(x_index.get(float(v)) for v in floats(c.get("x"))), following.get(id(c)), y_index,
                              predictions=_predictions(c, w, b))
        else:
            rows = tuple(y_index.get(float(v)) for v in floats(c.get("y_true")))
            pred = floats(c.get("y_pred"))
            if None in rows or len(rows) < 2 or len(pred) != len(rows):
                obs.append(training.Observation((np.nan, np.nan), (None,), enabled))
                continue
            w, b = np.polyfit(x[list(rows)], pred, 1)  # predictions are linear in x
        obs.append(training.Observation((float(np.float32(w[0] if np.ndim(w) else w)),
                                         float(np.float32(b[0] if np.ndim(b) else b))), rows, enabled,
                                        c.get("backward") is True))
    return training.without_nudges(obs)


def _loss_rows(rows: tuple, after: Any, y_index: dict, predictions: Optional[np.ndarray] = None) -> tuple:
    """The rows a forward pass really trained on: a pass over all the data whose predictions
    the next call, the loss, took only some of (``loss_func(pred[s:e], Y[s:e])``) trained on
    those (the rows of the targets the loss was given, in either argument: the squared error
    is the same for ``loss_func(Y[s:e], pred[s:e])``).

    A pass may also see rows that are not the data (padding to a fixed batch shape) whose
    predictions never reach the loss: those rows did not train, so the pass trained on the
    targets' rows, provided every prediction the loss was given is one of a row of the data
    (``predictions``: the model's output at each row it saw).  A loss fed predictions of rows
    that are not the data (the notebook's X) keeps them, and the run is told so."""
    if not (isinstance(after, dict) and after.get("kind") == "loss"):
        return rows
    known = {r for r in rows if r is not None}
    for given, other in (("y_true", "y_pred"), ("y_pred", "y_true")):
        targets = tuple(y_index.get(float(v)) for v in floats(after.get(given)))
        if not targets or None in targets or len(targets) >= len(rows) or not set(targets) <= known:
            continue
        if None in rows and not _from_rows(floats(after.get(other)), predictions, rows):
            continue
        return targets
    return rows


def _predictions(call: dict, w, b) -> Optional[np.ndarray]:
    """The grader's model's output, in float32, at each row of a recorded model call."""
    try:
        x = floats(call.get("x")).astype(np.float32)
    except BadData:
        return None
    return (np.float32(w[0]) * x + np.float32(b[0])).astype(np.float64) if len(w) == len(b) == 1 else None


def _from_rows(given: np.ndarray, predictions: Optional[np.ndarray], rows: tuple) -> bool:
    """Is each of the ``given`` predictions the model's output at one of ``rows`` that is from the data?"""
    if predictions is None or len(predictions) != len(rows):
        return False
    real = np.array([p for p, r in zip(predictions, rows) if r is not None])
    return len(real) > 0 and all(np.any(np.abs(real - v) <= 1e-6 + 1e-5 * abs(v)) for v in given)


def _rounded(x: np.ndarray, kind: str) -> np.ndarray:
    """``x`` rounded to float16, or to bfloat16 (float32's upper half, to nearest even)."""
    if kind == "float16":
        return x.astype(np.float16).astype(np.float64)
    bits = x.astype(np.float32).view(np.uint32).astype(np.uint64)
    bits = (bits + 0x7FFF + ((bits >> 16) & 1)) & 0xFFFF0000
    return bits.astype(np.uint32).view(np.float32).astype(np.float64)


def _transformed(case: dict, calls: list) -> str:
    """'X rescaled or shifted (...): ' when the model was fed X as a whole through a line
    a X + c other than the identity (inputs centred or standardised); 'X rounded to ...: '
    when it was fed X's values rounded to a half-precision type; else ''."""
    x = np.asarray(case["x"], dtype=np.float64)
    for call in calls:
        if not (isinstance(call, dict) and call.get("kind") == "model"):
            continue
        try:
            fed = floats(call.get("x"))
        except BadData:
            return ""
        for kind, digits in (("bfloat16", "about 3"), ("float16", "about 4")):
            if len(fed) and not np.isin(fed, x).all() and np.isin(fed, _rounded(x, kind)).all():
                return (f"X rounded to {kind} ({digits} significant digits: keep the data and the parameters "
                        f"in the dtype they are given), ")
        if len(fed) != len(x) or np.ptp(x) == 0:
            return ""
        a, c = np.polyfit(x, fed, 1)
        if np.allclose(a * x + c, fed, rtol=1e-4, atol=1e-5 * (1 + np.abs(fed).max())) and not (
                abs(a - 1) < 1e-6 and abs(c) < 1e-6):
            return f"X rescaled or shifted ({a:.4g} * X {c:+.4g}: centred or standardised?), "
        return ""
    return ""


def trains_unobserved(case: dict, reported) -> bool:
    """Did a run that bypassed the given model and loss still do gradient descent on the given data?"""
    if reported is None or "batch_size" in case:
        return False
    x, y, n = np.asarray(case["x"]), np.asarray(case["y"]), len(case["x"])
    design = np.column_stack([x, np.ones(n)])
    solution, *_ = np.linalg.lstsq(design, y, rcond=None)
    minimum = float(np.mean((design @ solution - y) ** 2))
    return training.quadratic_gd_explains(reported, hessian=2.0 * design.T @ design / n, minimum=minimum, lr=case["lr"])


JITTER = 0.05
"""Below this median size relative to the gradient steps, mini-batch changes that follow no
gradient are jitter (the honest slips that follow none measured 0.4 and more)."""


def _descends_its_losses(calls: list) -> Optional[bool]:
    """Do the parameter changes point down the gradients of the losses the run computed, as
    the loss calls logged them (predictions of the rows the model saw, against the targets the
    loss was given, whatever rows those are)?  Mean cosine above one half over the updates;
    None when fewer than three updates can be read so."""
    calls = [c for c in calls if isinstance(c, dict) and c.get("kind") in ("model", "loss")]
    passes = []  # (params, gradient of the loss that followed the pass)
    for call, after in zip(calls, calls[1:]):
        if call.get("kind") != "model" or after.get("kind") != "loss":
            continue
        try:
            x, w, b = floats(call.get("x")), floats(call.get("w")), floats(call.get("b"))
            pred, target = floats(after.get("y_pred")), floats(after.get("y_true"))
        except BadData:
            continue
        own = _predictions(call, w, b)  # (None unless one weight and one bias)
        if own is None or not len(x) or len(pred) != len(x) or len(target) != len(x) \
                or not np.allclose(pred, own, rtol=1e-5, atol=1e-6):
            continue
        residual = 2.0 * (pred - target) / len(x)
        passes.append((np.array([w[0], b[0]]), np.array([residual @ x, residual.sum()])))
    cosines = []
    for (before, grad), (after, _) in zip(passes, passes[1:]):
        delta = after - before
        norms = np.linalg.norm(delta) * np.linalg.norm(grad)
        if norms > 0 and np.all(np.isfinite(delta)):
            cosines.append(float(-(delta @ grad) / norms))
    return None if len(cosines) < 3 else float(np.mean(cosines)) > 0.5


def _not_training(replay: training.Replay, expected: int, calls: list,
                  trains_elsewhere: Callable[[], bool] = lambda: False) -> Optional[str]:
    """Why a run whose parameters change, none of them by a gradient step, does not train at
    all (None: it trains, however wrongly); ``expected``: the updates it should make; ``calls``:
    the run's log; ``trains_elsewhere``: whether another run of the same function made a
    gradient step (then a run whose every step is one same change saturated a clip: each
    gradient component beyond it, as early steps far from the minimum can all be)."""
    if replay.updates == 0 or any(replay.step_ok):
        return None
    if replay.updates == 1:
        # One jump (to a solution found otherwise, say), where gradient descent makes many.
        return None if expected < 2 else (
            f"its parameters changed once, and not by a gradient step, where {expected} updates were expected: "
            "it does not descend the gradient (subtract lr * gradient at every update)")
    if replay.same_change():
        # (Not follows_gradient's downhill test: with two parameters, a fixed nudge points
        # downhill often enough by chance.)
        if trains_elsewhere():
            return None
        return ("its parameters change by the same amount at every update, whatever the data and the loss, "
                "so these are not gradient steps (subtract lr * gradient)")
    # On mini-batches a gradient on mismatched rows (X shuffled, Y not) is an honest slip that
    # no rule of the batches' gradients explains, as noise is not; but its steps are as large
    # as gradient steps, where jitter that only makes the parameters move is far smaller.
    if not replay.full_batch and replay.updates > 1 and not replay.follows_gradient() \
            and (ratio := replay.step_ratio()) < JITTER:
        return (f"its parameters change by steps about {ratio:.2g} times the size of a gradient step, in no "
                "relation to the gradient: they only move, these are not training steps (subtract lr * gradient)")
    if replay.follows_a_rule() is False and not _follows_throughout(replay) and (
            replay.full_batch or _descends_its_losses(calls) is False):
        # No rule of an honest loop (a wrong gradient formula, momentum, Adam, ...) explains
        # the changes, nor do they point down the gradient (steps clipped to a length do):
        # parameters drawn at random.  (On mini-batches, a loss on mismatched rows,
        # X shuffled and Y not, is an honest slip no rule of the right rows explains: its steps
        # still go down the gradients of the losses it computed.)
        return ("its parameter changes follow neither the gradient nor any rule of the parameters "
                "(a wrong formula, momentum or Adam would): they look drawn at random, so these are not training steps "
                "(new parameters made for each batch, by a call that starts from scratch, instead of those the last "
                "update left, look like this)")
    return None


def _follows_throughout(replay: training.Replay) -> bool:
    """Whether a run that no rule explains still follows its gradients as an honest loop does:
    on mini-batches as :meth:`~.training.Replay.follows_gradient` says; on the full batch, every
    step downhill as well (a step size changed along the way, clipped steps, a line search or
    Newton's steps all point downhill), where parameters drawn at random around the minimum
    point downhill on average, but not at every step."""
    if not replay.follows_gradient():
        return False
    cosines = replay.downhill() if replay.full_batch else None
    return cosines is None or bool(np.all(cosines > 0))


def _replay(case: dict, obs: list[training.Observation]) -> training.Replay:
    """The run of one case, replayed with the grader's MSE on the case's data."""
    epochs, x, y = case["num_epochs"], np.asarray(case["x"]), np.asarray(case["y"])
    return training.Replay(obs, lr=case["lr"], loss=lambda p, r: _mse(p, x, y, r), gradient=lambda p, r: _grad(p, x, y, r),
                           epochs=epochs, expected=epochs * -(-len(x) // case.get("batch_size", len(x))),
                           names=("weight", "bias"))


def judge_fit_case(case: dict, record: dict, name: str, *,
                   trains_elsewhere: Callable[[], bool] = lambda: False) -> dict[str, tuple[bool, str]]:
    """One run of the fitting function ``name``: each of :data:`CRITERIA` -> (ok, message).
    ``trains_elsewhere``: whether another run of the function made a gradient step (see
    :func:`_not_training`).

    A run that leaves the caller's X and Y holding other pairs than it was given (X shuffled
    in place, Y not) trains every later call on them on inputs paired with the wrong targets:
    it loses what mismatched pairs cost, the update and the loss (:func:`_callers_pairs`)."""
    out = _judge_run(case, record, name, trains_elsewhere)
    why = _callers_pairs(case, field(record, "calls", list))
    if why:
        cause = f"{name} {why}"
        out.update({label: (False, cause if out[label][0] else f"{cause}; {out[label][1]}") for label in ("update", "loss")})
    if record.get("truncated") is True:
        # What the log does not hold cannot be credited, nor blamed on the batches it lacks.
        cause = (f"{name} called the model and the loss more times in this run than the grader records (work "
                 "repeated at every batch, a loss over all the data point by point, say), so its later calls "
                 "could not be checked")
        out.update({label: (False, f"{cause}; {message}") for label, (ok, message) in out.items() if not ok})
    return out


def _judge_run(case: dict, record: dict, name: str, trains_elsewhere: Callable[[], bool]) -> dict[str, tuple[bool, str]]:
    """:func:`judge_fit_case` on the run itself (what it did to the caller's data apart)."""
    epochs, n = case["num_epochs"], len(case["x"])
    batch_size = case.get("batch_size", n)
    returns_ok, reported, returns_msg = returned_array(record.get("returned"), epochs)
    obs = observations(case, field(record, "calls", list))
    if not obs or any(None in o.rows for o in obs):
        nothing = returned_nothing(record)
        why = (f"never called the model and loss_func it was given{nothing}" if not obs and nothing else
               "never called the model and loss_func it was given, so its training cannot be checked; "
               "train the model passed in as an argument" if not obs else
               f"fed the model {_transformed(case, field(record, 'calls', list))}data that is not the X it was given: use "
               "the X and Y arguments as they are, not the notebook's data")
        out = {label: (False, f"{name} {why}") for label in ("batches", "update", "loss")}
        if returns_ok and not trains_unobserved(case, reported):
            returns_ok, returns_msg = False, (f"returned losses that are not those of gradient descent on the data it was "
                                              f"given (lr={case['lr']}), so the return value earns nothing")
        out["returns"] = (returns_ok, f"{name} {returns_msg}")
        return out
    per_epoch = -(-n // batch_size)
    given = read_value(record.get("returned")).values
    if reported is None and given is not None and len(given) == per_epoch and per_epoch not in (1, epochs):
        returns_msg = (f"returned {per_epoch} values, as many as an epoch has batches, for num_epochs={epochs}: one "
                       "value per epoch is asked, the mean of that epoch's batch losses, not one per batch (the last "
                       "epoch's batch losses, or each batch position averaged over the epochs: axis=0 of an epochs x "
                       "batches table where axis=1 is meant)")
    replay = _replay(case, obs)
    update_ok, update_msg = replay.judge_updates(epochs * per_epoch)
    absolute = not update_ok and _steps_on_absolute_error(replay, case)
    if not update_ok and not any(isinstance(c, dict) and c.get("kind") == "loss" for c in field(record, "calls", list)):
        # (its steps follow another loss than the one it was given: that, not the step, is the cause)
        update_msg = (f"never called the loss_func it was given: it trains on a loss of its own (a global one, or "
                      f"one written inline), so its steps are not gradient descent on the given loss: {update_msg}")
    elif absolute:
        update_msg = ("steps on the gradient of the mean absolute error (the sign of each residual), an L1 loss of "
                      "its own, not on the gradient of the loss_func it was given: compute the loss with loss_func "
                      "and call backward() on that")
    elif not update_ok and _steps_on_a_table(replay, case):
        update_msg = ("steps on the gradient of a table of every pair: predictions of shape (n, 1) against targets "
                      "of shape (n,) (or the other way round) broadcast to (n, n), so the loss averages "
                      "(prediction_i - y_j)^2 over all pairs i, j, whose gradient is right for the bias only; give "
                      "both the same shape (a Y.ravel() or Y.view(-1) against (n, 1) predictions?)")
    batches_ok, batches_msg = training.judge_batches(replay.trained(), n=n, batch_size=batch_size, epochs=epochs,
                                                     empty=sum(1 for o in obs if not o.rows))
    if not returns_ok and reported is not None and not np.all(np.isfinite(reported)):
        # Values float32 cannot hold, from a run that diverges: judged with its update.
        returns_ok, _, returns_msg = returned_array(record.get("returned"), epochs,
                                                    overflow=training.epoch_losses(replay, epochs))
    integers = str(read_value(record.get("returned")).dtype or "").startswith("int")
    loss_ok, loss_msg = training.judge_epoch_losses(replay, reported, epochs=epochs, batch_size=batch_size,
                                                    integers=integers)
    if replay.updates == 0 and returns_ok:
        returns_ok, returns_msg = False, "does not train (the parameters never changed), so its return value earns nothing"
    # (an L1 loss's steps are all alike while every residual keeps its sign: a step, not a nudge)
    why = None if absolute else _not_training(replay, epochs * per_epoch, field(record, "calls", list), trains_elsewhere)
    if why:
        return {"returns": (False, f"{name} does not train: {why}; its return value earns nothing"),
                "batches": (False, f"{name} does not train: {why}; its batches earn nothing"),
                "update": (update_ok, f"{name} {update_msg}"),
                "loss": (False, f"{name}: the losses count only once it trains: {why}")}
    if reported is not None and len(obs) < epochs and np.sum(np.isfinite(reported)) > len(obs):
        # Losses for epochs that ran no forward pass were computed by no run: made up (an
        # extrapolation after a few honest steps).  Nothing of such a run can be trusted.
        # (Not NaN: the mean of no batch losses, from epochs whose batches ran out, is no
        # made-up number; those epochs are judged as the slip they are.)
        why = (f"returned {epochs} epoch losses but ran the model only {len(obs)} time{'s' * (len(obs) != 1)}: the "
               "losses of the other epochs were computed by no training (made up), so the fit earns nothing; "
               "train every one of the num_epochs epochs")
        return {label: (False, f"{name} {why}") for label in CRITERIA}
    invented = _losses_without_training(replay, obs, reported, n)
    if invented:
        why = (f"returned {invented[0]} different epoch losses, but every forward pass ran on all {n} points and its "
               f"parameters took only {invented[1]} value{'s' * (invented[1] != 1)}: one set of parameters gives one "
               "loss, so the others were computed by no training (made up), and the fit earns nothing; train every "
               "one of the num_epochs epochs and return the losses it computed")
        return {label: (False, f"{name} {why}") for label in CRITERIA}
    out = {"returns": (returns_ok, f"{name} {returns_msg}"), "batches": (batches_ok, f"{name} {batches_msg}"),
           "update": (update_ok, f"{name} {update_msg}"), "loss": (loss_ok, f"{name}: {loss_msg}")}
    if _foreign_targets(case, field(record, "calls", list)):
        cause = (f"{name} gave loss_func targets that are not the Y it was given (the notebook's own Y?): use the "
                 "X and Y arguments")
        out = {label: (ok, message if ok else f"{cause}; {message}") for label, (ok, message) in out.items()}
    return out


def _losses_without_training(replay: training.Replay, obs: list, reported: Optional[np.ndarray],
                             n: int) -> Optional[tuple[int, int]]:
    """(distinct finite losses returned, parameter values the run's passes saw) when the first
    is larger, although every forward pass ran on all ``n`` points: each epoch's loss a
    full-batch run computes is a function of its parameters (whatever slip scales or sums it),
    so more distinct losses than parameter values are made up (a few honest steps, then losses
    extrapolated next to forward passes run for show).  None otherwise."""
    if reported is None or not obs or any(len(o.rows) != n or len(set(o.rows)) != n for o in obs):
        return None
    finite = np.sort(reported[np.isfinite(reported)])
    if finite.size < 2:
        return None
    distinct = 1 + int(np.sum(np.diff(finite) > 1e-5 * np.maximum(np.abs(finite[1:]), 1e-3)))
    states = replay.updates + 1
    return (distinct, states) if distinct > states else None


def _callers_pairs(case: dict, calls: list) -> Optional[str]:
    """Why the caller's X and Y, as the run left them (the ``data_after`` entry), no longer pair
    each point with its target; None when they do (untouched, or shuffled together: the same
    data in another order) or when the record does not say."""
    after = next((c for c in reversed(calls) if isinstance(c, dict) and c.get("kind") == "data_after"), None)
    if after is None:
        return None
    try:
        x, y = floats(after.get("x")), floats(after.get("y"))
    except BadData:
        return None
    given_x, given_y = np.asarray(case["x"], dtype=np.float64), np.asarray(case["y"], dtype=np.float64)
    changed = [label for label, got, given in (("X", x, given_x), ("Y", y, given_y)) if not np.array_equal(got, given)]
    if not changed or (len(x) == len(y) == len(given_x)
                       and sorted(zip(x.tolist(), y.tolist())) == sorted(zip(given_x.tolist(), given_y.tolist()))):
        return None
    which = " and ".join(changed)
    reordered = all(len(got) == len(given) and np.array_equal(np.sort(got), np.sort(given))
                    for label, got, given in (("X", x, given_x), ("Y", y, given_y)) if label in changed)
    how = "shuffled" if reordered else "overwrote"
    first = changed[0]
    return (f"{how} the caller's {which} in place ({first}[:] = ..., {first}.copy_(...) or another in-place operation): "
            f"after the call X and Y no longer pair each point with its target, so every later call on them (the "
            f"notebook's self-check, a second run) trains on inputs paired with the wrong targets, as shuffling X "
            f"but not Y does; shuffle or change copies (X = X[perm], Y = Y[perm]) and leave the caller's data as it was")


def _foreign_targets(case: dict, calls: list) -> bool:
    """Whether no call of the loss had targets from the case's Y (in either argument), while
    the model was fed the case's X: a loop reading the notebook's global Y."""
    y = {float(v) for v in case["y"]}
    losses = [c for c in calls if isinstance(c, dict) and c.get("kind") == "loss"]
    if not losses:
        return False
    def from_y(values) -> bool:
        try:
            numbers = floats(values)
        except BadData:
            return False
        return len(numbers) > 0 and all(float(v) in y for v in numbers)
    return not any(from_y(c.get("y_true")) or from_y(c.get("y_pred")) for c in losses)


def judge_fit(name: str, inputs: dict, data: Any, scale: Scale) -> list[Criterion]:
    """Every run of the fitting function ``name`` judged; ``scale`` weighs :data:`CRITERIA`.

    Runs on different data that move their parameters toward one same point (a line typed in
    the code) train on none of them, however their steps look, and earn nothing."""
    runs = _runs(inputs, data)  # (read once for both rules across the cases)
    blind = _data_blind(inputs, runs)
    if blind is not None:
        return scale.all_lost(f"{name} does not train on the data it is given: on every data set its parameters "
                              f"move toward the same point ({short(blind)}), which the data do not set")
    @functools.cache  # (several runs may ask; the answer is the function's, so replayed once)
    def trains_elsewhere() -> bool:
        # (asked only of a run whose every step is one same change: rare, so replayed then)
        replays = [(case, _replay(case, run)) for case, run in zip(inputs["cases"], runs or []) if run is not None]
        return any(any(replay.step_ok) for _, replay in replays) or _against_gradient_signs(replays)

    criteria = judge_each(name, inputs, data, scale,
                          lambda case, record: judge_fit_case(case, record, name, trains_elsewhere=trains_elsewhere))
    carried = _carried_over(inputs, runs)
    if carried is None:
        return criteria
    message = (f"{name}'s run on data set {carried + 1} started from the parameters its run on data set {carried} "
               "ended with: it trains parameters it did not make (the notebook's global weight and bias?), whose "
               "gradients an earlier cell may have left to spoil its first step; create weight and bias "
               "(requires_grad=True) inside the function, at every call")
    return [Criterion(c.name, c.points, 0.0, message) if c.name == "update" and c.earned > 0 else c for c in criteria]


def _against_gradient_signs(replays: list) -> bool:
    """Whether every update of every run moved each parameter against the sign of its batch's
    gradient, and those signs were not the same at every update: steps set by the gradient's
    signs (a clip that every gradient component exceeds, sign descent), which a fixed nudge,
    blind to the gradient, cannot follow."""
    patterns = set()
    for case, replay in replays:
        x, y = np.asarray(case["x"], dtype=float).reshape(-1), np.asarray(case["y"], dtype=float).reshape(-1)
        for t in range(replay.updates):
            seg = replay.segments[t]
            if len(seg.trained) != 1:
                return False
            signs = np.sign(_grad(seg.params, x, y, seg.trained[0]))
            if not np.all(signs != 0) or not np.array_equal(np.sign(replay.delta(t)), -signs):
                return False
            patterns.add(tuple(signs))
    return len(patterns) > 1


def _runs(inputs: dict, data: Any) -> Optional[list[Optional[list[training.Observation]]]]:
    """Each case's forward passes, all of them on the case's own rows (None for a case whose
    calls cannot be read, or that made none); None when the cases' records cannot be read."""
    records = data.get("cases") if isinstance(data, dict) else None
    if not isinstance(records, list) or len(records) != len(inputs["cases"]):
        return None
    runs = []
    for case, record in zip(inputs["cases"], records):
        try:
            obs = observations(case, field(record, "calls", list)) if isinstance(record, dict) else []
        except (BadData, KeyError, TypeError, ValueError):
            obs = []
        runs.append(obs if obs and not any(None in o.rows for o in obs) else None)
    return runs


def _carried_over(inputs: dict, runs: Optional[list]) -> Optional[int]:
    """The first case whose run (``runs``: :func:`_runs`) starts where the run of the case
    before it ended (its last parameters, or those after its last update): the same tensors
    trained on and on, not parameters of its own (None if no run does, or when that cannot be read)."""
    ends: list[np.ndarray] = []
    for i, (case, obs) in enumerate(zip(inputs["cases"], runs or [])):
        if obs is None:
            ends = []
            continue
        try:
            start, last = np.asarray(obs[0].params, dtype=np.float64), np.asarray(obs[-1].params, dtype=np.float64)
            if any(np.allclose(start, end, rtol=1e-5, atol=1e-6) for end in ends):
                return i
            x, y = np.asarray(case["x"], dtype=np.float64), np.asarray(case["y"], dtype=np.float64)
            stepped = last - case["lr"] * _grad(last, x, y, obs[-1].rows)
        except (KeyError, TypeError, ValueError):
            ends = []
            continue
        # (a run that never moved ends where it started: no evidence of carrying anything over)
        ends = [end for end in (last, stepped) if not np.allclose(end, start, rtol=1e-5, atol=1e-6)]
    return None


def _data_blind(inputs: dict, runs: Optional[list]) -> Optional[np.ndarray]:
    """The point the runs of every case (``runs``: :func:`_runs`) move toward, if it is one same
    point although their data differ (None otherwise, or when that cannot be read)."""
    if runs is None or len(runs) < 2 or None in runs:
        return None
    points = []
    for case, obs in zip(inputs["cases"], runs):
        try:
            replay = _replay(case, obs)
        except (BadData, KeyError, TypeError, ValueError):
            return None
        if any(replay.step_ok):
            return None
        point = replay.fixed_point()
        if point is None or not np.all(np.isfinite(point)):
            return None
        points.append(point)
    first = points[0]
    same = all(np.allclose(p, first, rtol=1e-3, atol=1e-3) for p in points[1:])
    return first if same else None
