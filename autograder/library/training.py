"""Judge side: a recorded training loop, rebuilt and replayed in float64.

The assignment turns its probe's call log (:mod:`.probe_training`) into
:class:`Observation` s: the parameters a forward pass saw, which rows of the data it was
given, and whether autograd was recording.  From those alone this module judges, each on
its own:

* the **updates**, from the parameters' history: each change of the parameters must be
  ``-lr`` times the gradient of one batch evaluated at the previous parameters (extra
  forward passes, for a log, a print or a validation loss, are not updates);
* the **batches**, from the batches the updates used: each epoch uses every row once, in
  batches of the asked size;
* the **logged loss**, against the losses of those batches before their updates (the
  mean of the batch losses, or the exact epoch loss weighting each batch by its size).

The replay uses the assignment's own loss and gradient in float64 (the grader's, never
the student's).  A batch may have other readings than the recorded one (``alternatives``:
PA3 tries the model's other mode, whose outputs differ); the update says which one ran.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Optional, Sequence

import numpy as np

from autograder.library.checks import close, short

Loss = Callable[[np.ndarray, tuple], float]
Gradient = Callable[[np.ndarray, tuple], np.ndarray]


@dataclass(frozen=True)
class Observation:
    """One forward pass: the parameters it saw and the rows of the data it was given."""

    params: tuple
    rows: tuple
    grad_enabled: bool = True
    backward: bool = False
    """Autograd carried a gradient back through this pass (its loss trained)."""


NUDGE = 0.5
"""Largest finite-difference step read as one, relative to ``1 + |parameter|``: the
structure (single parameters moved from one same point, several of them) tells it, not
the size, which students choose from 1e-7 to 0.1."""


def without_nudges(observations: Sequence[Observation]) -> list[Observation]:
    """The forward passes without those a finite difference made: one parameter moved at a
    time from one same point, along several parameters (central or forward differences),
    that point being the run's current parameters or a pass right after the stretch (the
    gradient taken before the loss is logged).  Those passes evaluated the loss nearby;
    they are not updates.  A slip that updates one parameter only makes none of them."""
    kept: list[Observation] = []
    i = 0
    while i < len(observations):
        skipped = _finite_difference(observations, i, kept[-1].params if kept else None)
        if skipped:
            i += skipped
            continue
        kept.append(observations[i])
        i += 1
    return kept


def _finite_difference(observations: Sequence[Observation], i: int, current: Optional[tuple]) -> int:
    """How many passes from ``i`` on take a finite difference around one same point (0 if none)."""
    size = len(observations[i].params)
    centers = ([current] if current is not None else []) + \
        [o.params for o in observations[i + 1:i + 2 + 2 * size]]
    longest = 0
    for center in centers:
        base = np.asarray(center, dtype=np.float64)
        values = base.tolist() if base.ndim == 1 else None
        j = i
        while j < len(observations) and (_nudge(base, observations[j].params) if values is None
                                         else _nudge_of_floats(values, observations[j].params)):
            j += 1
        if j - i > longest and _around(base, [np.asarray(o.params, dtype=np.float64) - base
                                              for o in observations[i:j]]):
            longest = j - i
    return longest


def _nudge(base: np.ndarray, params: tuple) -> bool:
    """Whether ``params`` differ from ``base`` in exactly one parameter, by a small step."""
    step = np.asarray(params, dtype=np.float64) - base
    moved = np.flatnonzero(step)
    return (step.shape == base.shape and len(moved) == 1 and len(base) > 1
            and abs(step[moved[0]]) <= NUDGE * (1.0 + abs(base[moved[0]])))


def _nudge_of_floats(base: list, params) -> bool:
    """:func:`_nudge` for a flat ``base`` given as Python floats, in plain Python: the same
    answer (NaN and infinite steps included), without numpy's cost per call on a handful of
    numbers (it is asked of every recorded pass, several times)."""
    if len(base) < 2 or not isinstance(params, (tuple, list)) or len(params) != len(base):
        return _nudge(np.asarray(base, dtype=np.float64), params)
    moved = None
    for p, b in zip(params, base):
        try:
            step = float(p) - b
        except (TypeError, ValueError):  # not a number: numpy's answer (or its error), as before
            return _nudge(np.asarray(base, dtype=np.float64), params)
        if step != 0.0:  # (NaN is not 0 either, as np.flatnonzero has it)
            if moved is not None:
                return False
            moved = (step, b)
    return moved is not None and abs(moved[0]) <= NUDGE * (1.0 + abs(moved[1]))


def _around(base: np.ndarray, steps: list) -> bool:
    """Whether the nudges ``steps`` from ``base`` take a finite difference (see
    :func:`without_nudges`): along several parameters from one same point.  (One parameter
    stepping alone, even back and forth, is a run whose other parameters are frozen: its
    steps are updates.)"""
    return len({int(np.flatnonzero(step)[0]) for step in steps}) > 1


@dataclass
class Segment:
    """A stretch of forward passes at the same parameters."""

    params: np.ndarray
    batches: list = field(default_factory=list)
    """Distinct (rows, grad_enabled) in order of first use."""
    passes: list = field(default_factory=list)
    """The rows of every pass, in order, repeats included."""
    trained: list = field(default_factory=list)
    """The batches whose gradient made the update that ends this segment (set by :class:`Replay`)."""
    explained: bool = False
    """Whether that update is -lr times their gradient (one batch's, pieces' joined, or several
    summed or averaged; set by :class:`Replay`)."""
    pieces: int = 0
    """The number of pieces of one batch whose gradients made the update, summed or averaged
    alike whatever their sizes (0: none such; set by :class:`Replay`)."""


def segments(observations: Sequence[Observation]) -> list[Segment]:
    """Group consecutive forward passes that saw the same parameters."""
    out: list[Segment] = []
    for obs in observations:
        params = np.asarray(obs.params, dtype=np.float64)
        if not out or out[-1].params.shape != params.shape or not np.array_equal(out[-1].params, params):
            out.append(Segment(params))
        out[-1].passes.append(obs.rows)
        seen = [rows for rows, _ in out[-1].batches]
        if obs.rows in seen:
            i = seen.index(obs.rows)
            rows, enabled = out[-1].batches[i]
            out[-1].batches[i] = (rows, enabled or obs.grad_enabled)
        else:
            out[-1].batches.append((obs.rows, obs.grad_enabled))
    return out


def _matches(got: np.ndarray, want: np.ndarray, params: np.ndarray) -> bool:
    scale = 4e-6 * (1.0 + float(np.sum(np.abs(params))))
    return bool(np.all(np.abs(got - want) <= 2e-3 * np.abs(want) + scale))


def _downhill(deltas: np.ndarray, grads: np.ndarray) -> np.ndarray:
    """Each update's cosine with minus its gradient (one row per update): 1 straight
    downhill, 0 where the update or its gradient is zero."""
    norms = np.linalg.norm(deltas, axis=1) * np.linalg.norm(grads, axis=1)
    return np.where(norms > 0, -np.sum(deltas * grads, axis=1) / np.where(norms > 0, norms, 1.0), 0.0)


def _joined(batches: Sequence[tuple]) -> Optional[tuple]:
    """The rows of several distinct, disjoint batches as one (None for fewer than two, or
    when they overlap); batches that know how to join (``+``) keep what they carry."""
    if len(batches) < 2:
        return None
    joined = batches[0]
    for rows in batches[1:]:
        joined = joined + rows
    return joined if len(set(joined)) == len(joined) else None


def _before_training_left_out(observations: Sequence[Observation]) -> list[Observation]:
    """The forward passes without those that ran, before the first pass whose gradient was
    taken (or, in a run where none was seen, the first recorded for autograd), at other
    parameters than that first one: evaluations at parameters of the run's own (a baseline
    at weight 0, candidate starting points, a shape check on zeros), not its starting point;
    no gradient existed yet to move the parameters from them.  (A run with no pass recorded
    for autograd keeps every pass.)"""
    first = next((i for i, o in enumerate(observations) if o.backward), None)
    if first is None:
        first = next((i for i, o in enumerate(observations) if o.grad_enabled), None)
    if not first:
        return list(observations)
    start = np.asarray(observations[first].params, dtype=np.float64)
    kept = [o for o in observations[:first]
            if np.shape(o.params) == start.shape and np.allclose(o.params, start, rtol=0.0, atol=0.0, equal_nan=True)]
    return kept + list(observations[first:])


class Replay:
    """The parameters' history of one run, and what each update was made of."""

    def __init__(self, observations: Sequence[Observation], *, lr: float, loss: Loss, gradient: Gradient,
                 epochs: int, expected: int, names: Sequence[str] = (),
                 alternatives: Optional[Callable[[tuple], Sequence[tuple]]] = None,
                 largest_batch: Optional[int] = None):
        self.lr, self.loss, self.gradient = lr, loss, gradient
        self.largest_batch = largest_batch
        """Rows a batch may hold at most (the loader's batch size), or None: passes are read
        as pieces of one batch up to that size, never as several of the loader's batches joined."""
        self.names = list(names)
        self.alternatives = alternatives or (lambda rows: ())
        self.segments = segments(_before_training_left_out(observations))
        self.step_ok: list[bool] = []
        for t in range(len(self.segments) - 1):
            self.step_ok.append(self._attribute(t))
        # The last update is not seen (no forward pass follows it): the final stretch's batches
        # count as trained when that completes the expected updates or whole epochs;
        # otherwise they are evaluations (a final loss, a log).
        self.unseen: list[tuple] = []
        if self.segments:
            last = self.segments[-1]
            enabled = [rows for rows, on in last.batches if on]
            if not any(on for seg in self.segments for _, on in seg.batches):
                # A loop that never records for autograd (gradients from the formulas, all
                # under no_grad): its training passes are as unrecorded as its evaluations.
                enabled = [rows for rows, _ in last.batches]
            seen = sum(len(seg.trained) for seg in self.segments[:-1])
            repeated = self._stalled_epochs(last, enabled)
            # (only a step of the rule, or a multiple of it, leads into float32's fixed point: a
            # jump there, to a solution computed in closed form, is no training)
            led_in = bool(self.updates) and (self.segments[-2].explained or self._multiple(self.updates - 1) is not None)
            if repeated and led_in and seen + len(repeated) == expected:
                self.unseen = repeated
            for reading in [] if self.unseen else self._last_stretch(enabled):
                if reading and self.updates and ((seen < expected and seen + len(reading) <= expected)
                                                 or (seen % epochs and (seen + len(reading)) % epochs == 0)):
                    self.unseen = reading
                    break

    def _stalled_epochs(self, last: Segment, enabled: list) -> list:
        """The final stretch's passes, repeats included, when they are one same sequence of
        batches run two times or more at parameters where float32 rounds every step away
        (the mean of their steps: each batch's step at a full batch's or a batch loop's fixed
        point, or one step for them all): a run converged to float32's fixed point, whose last
        epochs trained without moving the parameters.  Empty otherwise."""
        unit = [rows for rows, _ in last.batches]
        passes = last.passes
        if not unit or len(passes) < 2 * len(unit) or len(passes) % len(unit) or \
                passes != unit * (len(passes) // len(unit)) or not set(unit) <= set(enabled):
            return []
        still = np.zeros_like(last.params)
        mean = -self.lr * sum(self.gradient(last.params, rows) for rows in unit) / len(unit)
        if not _matches(still, mean, last.params):
            return []
        return list(passes)

    def _last_stretch(self, enabled: list) -> list[list]:
        """Readings of the final stretch's passes, the likeliest first, as the earlier updates
        were made: each pass a batch; the passes as pieces of one batch (a loss over per-point
        predictions); only the passes on rows, or of sizes, earlier updates trained on (a
        logging pass on a few points is an evaluation)."""
        earlier = [seg for seg in self.segments[:-1] if seg.trained]
        joined = self._joined(enabled)
        pieces = sum(len([r for r, on in seg.batches if on]) > 1 and len(seg.trained) == 1 for seg in earlier)
        readings = [[joined], enabled] if joined is not None and 2 * pieces > len(earlier) else [enabled]
        readings += [[joined]] if joined is not None else []
        trained = [rows for seg in earlier for rows in seg.trained]
        readings.append([rows for rows in enabled if rows in trained][-1:])
        sizes = {len(rows) for rows in trained}
        readings.append([rows for rows in enabled if len(rows) in sizes])
        return readings

    def _joined(self, batches: Sequence[tuple]) -> Optional[tuple]:
        joined = _joined(batches)
        return None if joined is None or (self.largest_batch and len(joined) > self.largest_batch) else joined

    @property
    def updates(self) -> int:
        return len(self.segments) - 1

    def delta(self, t: int) -> np.ndarray:
        return self.segments[t + 1].params - self.segments[t].params

    def steps_by(self, t: int, gradient: np.ndarray) -> bool:
        """Whether update ``t`` is -lr times ``gradient`` (within float32's rounding of the parameters)."""
        return _matches(self.delta(t), -self.lr * gradient, self.segments[t].params)

    def _attribute(self, t: int) -> bool:
        """Find which batch made update t (a single one whose -lr * gradient is the change)."""
        seg = self.segments[t]
        candidates = sorted(seg.batches, key=lambda b: not b[1])  # recorded with autograd first
        # Each batch as recorded first, then its other readings (the record may be wrong about them).
        readings = [rows for rows, _ in candidates] + [alt for rows, _ in candidates for alt in self.alternatives(rows)]
        for rows in readings:
            if self.steps_by(t, self.gradient(seg.params, rows)):
                seg.trained, seg.explained = self._unmoved_before(t, rows) + [rows], True
                return True
        enabled = [rows for rows, on in seg.batches if on] or [rows for rows, _ in seg.batches]
        # Gradient accumulation over pieces of one batch (each piece's loss weighted by its
        # share): the step of the batch the pieces make up.
        joined = self._joined(enabled)
        if joined is not None and self.steps_by(t, self.gradient(seg.params, joined)):
            seg.trained, seg.explained = [joined], True
            return True
        # No single batch explains the change: one update for several batches, or a wrong step
        # on the batch that was evaluated last before it.
        # (Summed, or averaged: each loss divided by their number, as gradient accumulation does.)
        total = -self.lr * sum(self.gradient(seg.params, rows) for rows in enabled)
        several = len(enabled) > 1 and any(_matches(self.delta(t), total / k, seg.params) for k in (1, len(enabled)))
        if several and joined is not None and self.largest_batch:
            # Pieces that make up no more than the loader's batch, their gradients counted alike (a
            # piece of 13 rows as one of 12): one update for that batch, not its gradient step.
            seg.trained, seg.explained, seg.pieces = [joined], False, len(enabled)
            return False
        seg.trained, seg.explained = (enabled, True) if several else (enabled[-1:], False)
        return False

    def _unmoved_before(self, t: int, rows: tuple) -> list:
        """The batches trained on before ``rows`` in this stretch whose steps left the parameters
        where they were (a gradient too small to move them: float32 rounds the step away), so
        that the next pass saw the same parameters; each was an update all the same, when it has
        the size of a batch an earlier update trained on."""
        seg = self.segments[t]
        batches = [other for other, _ in seg.batches]
        if rows not in batches:
            return []
        # Only batches the size of one an update was seen to train on: a pass on all the data
        # to log the loss, at parameters where its gradient is nil, is no update.
        sizes = {len(trained) for earlier in self.segments[:t] for trained in earlier.trained}
        sizes = (sizes | {len(rows)}) if sizes else None
        still = np.zeros_like(seg.params)
        return [other for other, on in seg.batches[:batches.index(rows)]
                if on and (sizes is None or len(other) in sizes)
                and _matches(still, -self.lr * self.gradient(seg.params, other), seg.params)]

    def trained(self) -> list[tuple[np.ndarray, tuple]]:
        """(parameters, rows) of every batch that went into an update, in order."""
        seen = [(seg.params, rows) for seg in self.segments[:-1] for rows in seg.trained]
        return seen + [(self.segments[-1].params, rows) for rows in self.unseen]

    def explain_step(self, t: int) -> str:
        """Why update t is not a gradient-descent step, from what the replay shows."""
        seg = self.segments[t]
        got = self.delta(t)
        grads = [self.gradient(seg.params, rows) for rows in seg.trained]
        want = -self.lr * grads[0]
        where = f"at update {t + 1} (lr={self.lr:g})"
        if len(seg.trained) > 1:
            return (f"{where} the parameters changed once for {len(seg.trained)} batches (by -lr times the sum "
                    "of their gradients): make one update per batch")
        if seg.pieces:
            return (f"{where} the batch of {len(seg.trained[0])} points was cut into {seg.pieces} pieces whose "
                    "gradients count alike, whatever their sizes: weight each piece's loss by its share of the batch "
                    "(its points over the batch's), or take one loss on the whole batch")
        first, after = np.asarray(self.segments[0].params), np.asarray(seg.params) + got
        if t > 0 and np.allclose(after, first, rtol=1e-6, atol=1e-9) and not np.allclose(seg.params, first):
            return (f"{where} the parameters went back to the values they started from: they are created (or "
                    "reset) again partway through, at each epoch?; create them once, before the epoch loop")
        if close(got, -want, rtol=2e-3, atol=1e-6):
            return f"{where} the parameters moved uphill (by +lr * gradient): subtract lr * gradient to descend"
        frozen = [i for i in range(len(got)) if abs(got[i]) < 1e-12 and abs(want[i]) > 1e-6]
        if frozen and len(frozen) < len(got):
            i = frozen[0]
            name = self.names[i] if i < len(self.names) else f"parameter {i + 1}"
            return f"{where} {name} did not change; it should have moved by {want[i]:.4g}"
        history = [-self.lr * self.gradient(p, rows) for p, rows in self.trained()[: self._index(t) + 1]]
        if t > 0 and _matches(got, sum(history), seg.params):
            return (f"{where} the step equals -lr times the sum of every gradient so far: "
                    "the gradients are not zeroed between updates (zero them before every backward pass)")
        if t > 0:  # some parameters step right, the others by every gradient so far: their .grad is not zeroed
            each = [(_matches(got[i], want[i], seg.params), _matches(got[i], sum(history)[i], seg.params))
                    for i in range(len(got))]
            stale = [i for i, (right, summed) in enumerate(each) if summed and not right]
            if stale and all(right or summed for right, summed in each):
                names = ", ".join(self.names[i] if i < len(self.names) else f"parameter {i + 1}" for i in stale)
                return (f"{where} {names} moved by -lr times the sum of its gradients so far: "
                        f"its gradient is not zeroed between updates (zero the .grad of every parameter before "
                        "every backward pass)")
        decay = self._decay(t)
        if decay is not None:
            return (f"{where} the step is -lr * (gradient + {decay:.3g} * parameters): the parameters also shrink "
                    "toward 0 at every update (weight decay: an optimizer's weight_decay, or an L2 term added to the "
                    "loss); step by -lr * gradient of the loss alone")
        multiple = self._multiple(t)
        if multiple is not None and multiple > 0:
            rows = len(seg.trained[0])
            if abs(multiple - self.lr) < 1e-2 * self.lr:
                return (f"{where} the step is lr * lr * gradient: the learning rate is applied twice; "
                        "subtract lr * gradient once")
            why = (": the learning rate or the gradient is off by that factor (a step size other than the lr "
                   "argument, or a gradient written by hand with a wrong constant)")
            by_share = bool(self.largest_batch and rows < self.largest_batch
                            and abs(multiple - rows / self.largest_batch) < 1e-2 * multiple)
            if by_share:
                why = (f", {rows}/{self.largest_batch} for this short batch of {rows} rows: its loss is weighted by "
                       f"its share of a full batch (times len(targets) / batch_size, or a sum divided by batch_size); "
                       "step on each batch's mean loss as it is")
            elif rows > 1 and abs(multiple * rows - 1) < 1e-2:
                why = (f", 1/{rows} for {rows} points: the gradient of the mean loss is already averaged over them "
                       "(dividing it by their number again shrinks the step); else use the lr argument")
            elif rows > 1 and abs(multiple / rows - 1) < 1e-2:
                why = (f", {rows} for {rows} points: that is the gradient of their summed loss, not of its mean; "
                       "else use the lr argument")
            elif abs(multiple - 0.5) < 1e-2:
                why = (": the learning rate or the gradient is halved (a step of lr / 2, or a gradient written by "
                       "hand without the 2 that the derivative of a square brings down)")
            elif abs(multiple - 2) < 1e-2:
                why = (": the parameters are stepped twice per batch (an update written by hand and optimizer.step(), "
                       "or step() called twice), the gradient is taken twice (backward() twice per batch adds it "
                       "up), or lr is doubled; step once, by lr times one gradient")
            later = [m for m in (self._multiple(u) for u in range(t, self.updates)) if m is not None]
            if len(later) > 1 and np.ptp(later) > 1e-2 * max(abs(m) for m in later):
                shown = ", ".join(f"{m:.3g}" for m in later[:4]) + (", ..." if len(later) > 4 else "")
                decays = len(later) > 2 and all(b < a for a, b in zip(later, later[1:]))
                return (f"{where} the step is {multiple:.3g} times -lr * gradient, and that multiple changes from "
                        f"update to update ({shown}): step by lr times the batch's gradient, as it is, at every update"
                        + (" (no decay or schedule)" if decays else " (not rescaled or clipped)"))
            return f"{where} the step is {multiple:.3g} times -lr * gradient{why}"
        if self.updates > 1 and self.same_change():
            # (Checked before the rules: a fixed change fits Adam's early, nearly constant steps.)
            return (f"{where} expected the parameters to change by {short(want)}, they changed by {short(got)}: they "
                    "change by the same amount at every update, whatever the data and the loss, so these are not "
                    "gradient steps (subtract lr * gradient)")
        rule = self._rule()[1]
        if rule:
            return (f"{where} expected the parameters to change by {short(want)}, they changed by {short(got)}: "
                    f"the steps follow {rule}, not plain gradient descent (subtract lr * gradient)")
        return f"{where} expected the parameters to change by {short(want)}, they changed by {short(got)}"

    def _decay(self, t: int) -> Optional[float]:
        """The one factor wd by which updates t, t + 1, ... (up to four) also move the parameters
        by -lr * wd * parameters beyond the gradient step (weight decay), if there is one."""
        factors = []
        for u in range(t, min(t + 4, self.updates)):
            seg = self.segments[u]
            if len(seg.trained) != 1:
                return None
            params = np.asarray(seg.params, dtype=np.float64)
            extra = self.delta(u) + self.lr * self.gradient(seg.params, seg.trained[0])
            size = float(params @ params)
            if not np.all(np.isfinite(extra)) or size == 0 or np.linalg.norm(extra) <= 1e-9 * (1 + np.linalg.norm(params)):
                return None
            wd = -float(extra @ params) / (self.lr * size)
            if wd <= 0 or np.linalg.norm(extra + self.lr * wd * params) > 1e-3 * np.linalg.norm(extra):
                return None
            factors.append(wd)
        return factors[0] if len(factors) >= 2 and np.ptp(factors) <= 1e-2 * factors[0] else None

    def _multiple(self, t: int) -> Optional[float]:
        """The one multiple of -lr * gradient that update t is, if it is one (None otherwise)."""
        seg = self.segments[t]
        if len(seg.trained) != 1:
            return None
        want = -self.lr * self.gradient(seg.params, seg.trained[0])
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio = self.delta(t) / np.where(want == 0, np.nan, want)
        if not np.all(np.isfinite(ratio)) or np.ptp(ratio) >= 1e-2 * abs(ratio[0]):
            return None
        return float(ratio[0])

    def _index(self, t: int) -> int:
        return sum(len(seg.trained) for seg in self.segments[:t + 1]) - 1

    def follows_gradient(self, others: Sequence[np.ndarray] = ()) -> bool:
        """Does the run move its parameters by its gradients at all?

        Yes when most updates are gradient steps (or steps by the sum of the gradients so far);
        when each parameter moves by one fixed
        multiple of its gradient at every one of two or more updates (uphill, a wrong step
        size, a parameter left alone: honest slips); or when the steps point downhill on
        average (another optimizer than the one given, gradients never zeroed).  No for
        changes unrelated to the gradient (a fixed nudge, noise): such a loop does not
        train, whatever else it does.

        ``others``: the :meth:`downhill` cosines of the same function's other runs (cases),
        pooled with this run's for the average: a loop that steps on the gradient of another
        loss of the model's outputs (a softmax before the loss, say) points downhill run
        after run, only less straight in some than in others, where noise averages 0 over
        every step of every run."""
        if self.updates == 0:
            return False
        cosines = self.downhill()
        if cosines is None:
            return True
        # Another optimizer's steps (momentum, Adam) still point downhill: their mean cosine
        # with -gradient is high (Adam's first step, -lr * sign(g), about 0.8), where noise
        # or a nudge in 9 or more parameters averages about 0, and one true step among nudges
        # does not lift the mean above one half.  Adam's sign-like steps on gradients that one
        # parameter dominates point less straight (down to 1/sqrt(parameters)) yet nearly all
        # downhill: with 9 parameters or more, a mean above 0.35 with 3 steps in 4 downhill
        # counts too.  (Swept on PA3's cases, 900 runs each: Adam's lowest mean 0.485, at least
        # 0.8 of its steps downhill; noise both in 3 runs, never in all three of a submission's
        # cases.  With fewer parameters, noise's cosines spread too wide for it.)
        # Pooled over a dozen updates or more, the mean of noise's cosines spreads less: over
        # 150 draws of PA3's three runs (18 updates), noise's means stayed in [-0.30, 0.20],
        # a loop stepping on the loss of softmax(logits) (Keras's from_logits=False) in [0.30,
        # 0.75] with 2 updates in 3 downhill or more: a mean above 0.25 with most downhill counts.
        pooled = np.concatenate([cosines, *[np.asarray(c, dtype=float).reshape(-1) for c in others]])
        mean, downhill = float(np.mean(pooled)), float(np.mean(pooled > 0))
        return mean > 0.5 or (self.parameters >= 9 and (
            (mean > 0.35 and downhill >= 0.75) or (pooled.size >= 12 and mean > 0.25 and downhill > 0.6)))

    @property
    def parameters(self) -> int:
        """How many numbers the run trains."""
        return int(np.asarray(self.segments[0].params).size) if self.segments else 0

    def downhill(self) -> Optional[np.ndarray]:
        """Each update's cosine with minus the gradient of what it trained on, or None when the
        updates are plainly gradient steps (most of them, or each parameter by one fixed
        multiple of its gradient at two or more updates): nothing to average."""
        if 2 * sum(self.step_ok[t] or self._accumulated(t) for t in range(self.updates)) > self.updates:
            return None
        moves = [(self.delta(t), self._trained_gradient(t), seg.params) for t, seg in enumerate(self.segments[:-1])]
        deltas, grads = np.array([m[0] for m in moves]), np.array([m[1] for m in moves])
        # Each parameter's best fixed multiple of its gradient, then every update held to it
        # within float32 rounding of the parameters (as :func:`_matches` allows).  One update
        # fits any multiple: it needs two.
        factors = np.sum(deltas * grads, axis=0) / np.maximum(np.sum(grads * grads, axis=0), 1e-300)
        if self.updates > 1 and all(_matches(delta, factors * grad, params) for delta, grad, params in moves):
            return None
        # One parameter moved by one fixed, non-zero multiple of its own gradient at every update
        # (the bias of a loss whose targets broadcast to a table, say): the loop computes
        # gradients and steps on them, of a wrong loss for the other parameters. Noise or a
        # nudge never keeps to a multiple of a gradient that changes from update to update.
        values = np.array([np.asarray(m[2], dtype=float).reshape(-1) for m in moves])
        for j in range(deltas.shape[1]):
            if self.updates > 1 and factors[j] != 0 and np.ptp(grads[:, j]) > 1e-6 * np.max(np.abs(grads[:, j])) \
                    and np.max(np.abs(deltas[:, j])) > 1e-4 * (1.0 + np.max(np.abs(values[:, j]))) \
                    and all(_matches(delta[j:j + 1], factors[j] * grad[j:j + 1], np.asarray(params)[j:j + 1])
                            for delta, grad, params in moves):
                return None
        return _downhill(deltas, grads)

    def _trained_gradient(self, t: int) -> np.ndarray:
        """The sum of the gradients of what update ``t`` trained on, at its parameters."""
        seg = self.segments[t]
        return sum(self.gradient(seg.params, rows) for rows in seg.trained)

    def step_ratio(self) -> float:
        """The median size of the updates relative to their gradient steps (-lr times the
        gradient of what each trained on): 1 for gradient descent."""
        sizes = [np.linalg.norm(self.delta(t)) / max(float(np.linalg.norm(self.lr * self._trained_gradient(t))), 1e-300)
                 for t in range(self.updates)]
        return float(np.median(sizes)) if sizes else 1.0

    def _accumulated(self, t: int) -> bool:
        """Is update t, for each parameter, -lr times its gradient or the sum of its gradients so
        far (a .grad never zeroed: an honest slip, still gradient descent)?"""
        seg = self.segments[t]
        want = -self.lr * self._trained_gradient(t)
        summed = sum(-self.lr * self.gradient(p, rows) for p, rows in self.trained()[: self._index(t) + 1])
        got = self.delta(t)
        return all(_matches(got[i], want[i], seg.params) or _matches(got[i], summed[i], seg.params)
                   for i in range(len(got)))

    @property
    def full_batch(self) -> bool:
        """Whether every update trained on one batch, the same rows each time."""
        steps = self.segments[:-1]
        return bool(steps) and all(len(seg.trained) == 1 and seg.trained[0] == steps[0].trained[0] for seg in steps)

    def follows_a_rule(self) -> Optional[bool]:
        """Do the parameter changes follow from the run's own state, by some rule, however wrong?

        For a run that trains on one batch at every update, each parameter's changes are
        fitted, by least squares over all updates, by the rules an honest loop may follow: a
        gradient formula, right or wrong (full batch: any affine function of the parameters,
        as every formula of a least-squares loss is, and weight decay; mini-batches: a fixed
        linear map of the batch's gradient, a wrong sign, factor or parameter), SGD with
        momentum (plain or Nesterov), and Adam, RMSprop or Adagrad, at any step size.  A rule
        explains the run when every update matches its fit as closely as a gradient step must
        match (:func:`_matches`).  Changes drawn at random follow none of them.  None
        (undecided) when an update trained on several batches, the run is not finite, or it is
        too short for every rule to be tested (each needs more updates than it has coefficients)."""
        return self._rule()[0]

    def _rule(self) -> tuple[Optional[bool], str]:
        """:meth:`follows_a_rule`'s answer, and the name of the rule that fits ("momentum", "Adam"...;
        "" for a gradient formula, or when none does)."""
        steps = self.segments[:-1]
        if len(steps) < 2 or any(len(seg.trained) != 1 for seg in steps):
            return None, ""
        params = np.array([seg.params for seg in steps])
        deltas = np.array([self.delta(t) for t in range(len(steps))])
        grads = np.array([self.gradient(seg.params, seg.trained[0]) for seg in steps])
        if not (np.all(np.isfinite(params)) and np.all(np.isfinite(deltas)) and np.all(np.isfinite(grads))):
            return None, ""
        untested = False
        for name, features in _step_rules(params, deltas, grads, full_batch=self.full_batch):
            if len(deltas) <= features[0].shape[1]:
                untested = True  # as many coefficients as updates: any changes would fit
                continue
            fitted = np.empty_like(deltas)
            for i in range(deltas.shape[1]):
                coefficients, *_ = np.linalg.lstsq(features[i], deltas[:, i], rcond=None)
                fitted[:, i] = features[i] @ coefficients
            if all(_matches(deltas[t], fitted[t], params[t]) for t in range(len(deltas))):
                return True, name
        return (None if untested else False), ""

    def fixed_point(self) -> Optional[np.ndarray]:
        """Where the run's changes stop, when an affine function of the parameters explains
        them on a full batch (:meth:`follows_a_rule`'s first rule): gradient descent on the data,
        right or wrong, stops at a point the data set; None when no such point is found."""
        if not self.full_batch or self._rule() != (True, ""):
            return None
        steps = self.segments[:-1]
        params = np.array([seg.params for seg in steps])
        deltas = np.array([self.delta(t) for t in range(len(steps))])
        features = np.hstack([params, np.ones((len(steps), 1))])
        maps = np.array([np.linalg.lstsq(features, deltas[:, i], rcond=None)[0] for i in range(deltas.shape[1])])
        # (A parameter that never moves leaves its coordinate free: the least-norm point is taken.)
        point = np.linalg.pinv(maps[:, :-1]) @ -maps[:, -1]
        return point if np.allclose(maps[:, :-1] @ point + maps[:, -1], 0.0, atol=1e-6) else None

    def same_change(self) -> bool:
        """Do the parameters change by one fixed amount at every update (a nudge, not a step)?"""
        first = self.delta(0)
        return bool(np.any(first != 0)) and all(_matches(self.delta(t), first, self.segments[t].params)
                                                for t in range(1, self.updates)) and not self._along_gradient()

    def _along_gradient(self) -> bool:
        """Does every update point straight down its gradient (cosine 0.9999 or more)?  Steps
        clipped to one length, or a normalised gradient, change by nearly the same amount
        while the gradient barely turns: they are gradient steps, where a fixed nudge lines up
        with every gradient of a run only by a rare chance."""
        deltas = np.array([self.delta(t) for t in range(self.updates)])
        grads = np.array([self._trained_gradient(t) for t in range(self.updates)])
        return bool(np.all(_downhill(deltas, grads) >= 0.9999))

    def judge_updates(self, expected: int) -> tuple[bool, str]:
        """Is every parameter change a gradient step on one batch? (ok, message)"""
        if self.updates == 0:
            return False, (f"never changed the parameters (expected {expected} updates): update them after "
                           "backward() (subtract lr * gradient), and zero the gradients before backward(), not "
                           "between it and the update")
        for t, ok in enumerate(self.step_ok):
            if not ok:
                return False, self.explain_step(t)
        return True, "moves the parameters by -lr * gradient of one batch at every update"


def _step_rules(params: np.ndarray, deltas: np.ndarray, grads: np.ndarray, *, full_batch: bool = True):
    """For each rule of :meth:`Replay.follows_a_rule`, its name (as messages say it) and, per
    parameter i, the features (one row per update) whose linear combination that rule makes
    each change of parameter i."""
    steps, size = deltas.shape
    ones = np.ones((steps, 1))
    before = np.vstack([np.zeros((1, size)), deltas[:-1]])  # the previous change (none before the first)
    grads_before = np.vstack([np.zeros((1, size)), grads[:-1]])
    if full_batch:  # affine in the parameters: a gradient formula, right or wrong
        yield "", [np.hstack([params, ones])] * size
    else:  # other rows at each update: a fixed linear map of the batch's gradient
        yield "", [grads] * size
    yield "momentum", [np.column_stack([before[:, i], grads[:, i]]) for i in range(size)]
    yield "Nesterov momentum", [np.column_stack([before[:, i], grads[:, i], grads_before[:, i]]) for i in range(size)]
    # torch.optim's defaults: Adam (and AdamW's decay), RMSprop, Adagrad.
    first, second, mean_square, total = np.zeros(size), np.zeros(size), np.zeros(size), np.zeros(size)
    adam, rmsprop, adagrad = np.empty_like(grads), np.empty_like(grads), np.empty_like(grads)
    for t, g in enumerate(grads):
        first, second = 0.9 * first + 0.1 * g, 0.999 * second + 0.001 * g * g
        adam[t] = (first / (1 - 0.9 ** (t + 1))) / (np.sqrt(second / (1 - 0.999 ** (t + 1))) + 1e-8)
        mean_square = 0.99 * mean_square + 0.01 * g * g
        rmsprop[t] = g / (np.sqrt(mean_square) + 1e-8)
        total = total + g * g
        adagrad[t] = g / (np.sqrt(total) + 1e-10)
    yield "Adam", [np.column_stack([adam[:, i], params[:, i]]) for i in range(size)]
    yield "RMSprop", [rmsprop[:, [i]] for i in range(size)]
    yield "Adagrad", [adagrad[:, [i]] for i in range(size)]


def judge_batches(trained: Sequence[tuple], *, n: int, batch_size: int, epochs: int,
                  empty: int = 0) -> tuple[bool, str]:
    """Does each epoch use every one of ``n`` rows once, in batches of ``batch_size``?
    ``empty``: how many forward passes were given no row at all (named: they update nothing)."""
    per_epoch = -(-n // batch_size)
    if not trained:
        return False, f"never updated the parameters, so no batch was used (expected {epochs * per_epoch} updates)"
    if len(trained) != epochs * per_epoch:
        note = (f"; {empty} forward pass{'es' * (empty != 1)} got an empty batch, whose gradient is 0 and whose "
                "mean loss is nan (a slice that starts past the end of the data: is the loop variable a batch's "
                "start, or its number?)") if empty else ""
        if batch_size >= n:  # full batch: there is no batch_size to speak of
            return False, (f"with num_epochs={epochs} expected {epochs} updates (one per epoch, on all {n} points); "
                           f"the parameters were updated {len(trained)} time{'s' * (len(trained) != 1)}{note}")
        return False, (f"with {n} points, batch_size={batch_size} and num_epochs={epochs} expected "
                       f"{epochs * per_epoch} updates ({per_epoch} per epoch, one per batch); the parameters "
                       f"were updated with {len(trained)} batches{note}")
    want_sizes = sorted([batch_size] * (n // batch_size) + ([n % batch_size] if n % batch_size else []))
    for e in range(epochs):
        epoch = [rows for _, rows in trained[e * per_epoch:(e + 1) * per_epoch]]
        sizes = sorted(len(rows) for rows in epoch)
        covered = sorted(i for rows in epoch for i in rows)
        if covered != list(range(n)) or sizes != want_sizes:
            return False, (f"epoch {e + 1} should use each of the {n} points exactly once in batches of "
                           f"{batch_size}; its batches had sizes {sizes} and covered {len(set(covered))} distinct points")
    return True, f"uses every point once per epoch in batches of {batch_size}"


def judge_epoch_losses(replay: Replay, reported: Optional[np.ndarray], *, epochs: int, batch_size: int,
                       integers: bool = False) -> tuple[bool, str]:
    """Is each reported epoch loss the loss of that epoch's batches, before their updates?

    Accepted: the mean of the batch losses, or the exact epoch loss (batch losses weighted
    by batch size), over the batches the run really used (its batching is judged apart).
    ``integers``: the values came back in an integer array (their fractions cut when stored).
    """
    if reported is None:
        return False, "the epoch losses cannot be compared: see the return value"
    trained = replay.trained()
    if not trained:
        return False, "the parameters were never updated, so there is no training loss to report"
    losses = np.array([replay.loss(p, rows) for p, rows in trained])
    sizes = np.array([len(rows) for _, rows in trained], dtype=np.float64)
    k = len(trained) // epochs
    # One epoch (a train_epoch function): no epoch to name in the messages.
    that, where = ("the", "") if epochs == 1 else ("that epoch's", "at epoch {} ")
    what = f"the loss before {that} update" if k == 1 else f"the mean of {that} batch losses, each before its update"
    if len(trained) % epochs == 0:
        per = [slice(e * k, (e + 1) * k) for e in range(epochs)]
        mean = np.array([losses[s].mean() for s in per])
        weighted = np.array([np.sum(losses[s] * sizes[s]) / np.sum(sizes[s]) for s in per])
        # float32: a diverging run's loss overflows to inf where the float64 replay still holds it.
        if (close(reported, mean, rtol=1e-4, atol=1e-6, float32=True)
                or close(reported, weighted, rtol=1e-4, atol=1e-6, float32=True)):
            return True, f"reports {what}" + ("" if epochs == 1 else " for every epoch")
    # Epochs of different lengths (the batching's own bug, judged apart): each reported loss
    # may still be the mean of its own epoch's consecutive batches.
    uneven = _uneven_epochs(reported, losses, sizes) if epochs > 1 else None
    if uneven is not None:
        return True, ("reports the mean of that epoch's batch losses, each before its update, for every epoch "
                      f"(its epochs used {', '.join(map(str, uneven))} batches: see the batches)")
    empty_batches = any(len(rows) == 0 for seg in replay.segments for rows, _ in seg.batches)
    if len(trained) % epochs:
        return False, (f"the {epochs} epoch losses cannot be matched to the {len(trained)} batches "
                       "the parameters were updated with: see the batches"
                       + (" (the mean loss of an empty batch is nan)"
                          if empty_batches and not np.all(np.isfinite(reported)) else ""))
    first = int(np.argmax(~(np.abs(reported - mean) <= 1e-6 + 1e-4 * np.abs(mean))))
    after, params_after = _losses_after(replay)
    everything = tuple(sorted({i for _, rows in trained for i in rows}))
    hint = ""
    if not np.isfinite(reported[first]) and empty_batches:
        hint = ": the mean loss of an empty batch is nan (see the batches)"
    elif k > 1 and close(reported, np.array([losses[s].sum() for s in per]) / batch_size, rtol=1e-4, atol=1e-6):
        hint = f": it divides the sum of the batch losses by batch_size ({batch_size}), not by the number of batches ({k})"
    elif k > 1 and close(reported, np.array([losses[s][-1] for s in per]), rtol=1e-4, atol=1e-6):
        hint = ": it reports only the last batch's loss"
    elif epochs > 1 and (close(reported[::-1], mean, rtol=1e-4, atol=1e-6)
                         or close(reported[::-1], weighted, rtol=1e-4, atol=1e-6)):
        hint = ": those are the right losses in reverse order, the last epoch first (inserted at the front?)"
    elif np.any(reported != 0) and (np.array_equal(reported, np.floor(mean)) or np.array_equal(reported, np.floor(weighted))):
        hint = (": each loss lost its fraction in the integer array it returned (a history made with dtype=int, "
                "or np.zeros_like of integers): store floats" if integers else
                ": that is the mean rounded down, as integer division (//) gives: divide with /")
    elif after is not None and len(after) == len(losses) and (
            close(reported, np.array([after[s].mean() for s in per]), rtol=1e-4, atol=1e-6)
            or close(reported, np.array([np.sum(after[s] * sizes[s]) / np.sum(sizes[s]) for s in per]), rtol=1e-4, atol=1e-6)):
        hint = ": it records each loss after its update instead of before it"
    elif len(params_after) == len(trained) and close(reported, np.array([replay.loss(params_after[s][-1], everything) for s in per]), rtol=1e-4, atol=1e-6):
        hint = ": it reports the loss on all the data after the epoch's last update, not the batch losses"
    return False, f"{where.format(first + 1)}expected {what}, {mean[first]:.6g}, reported {reported[first]:.6g}{hint}"


def epoch_losses(replay: Replay, epochs: int) -> Optional[np.ndarray]:
    """The loss each of ``epochs`` epochs should report (the mean of its batch losses, each
    before its update, in float64), or None when the updates do not split into equal epochs."""
    trained = replay.trained()
    if not trained or len(trained) % epochs:
        return None
    losses = np.array([replay.loss(p, rows) for p, rows in trained])
    return losses.reshape(epochs, -1).mean(axis=1)


def _uneven_epochs(reported: np.ndarray, losses: np.ndarray, sizes: np.ndarray) -> Optional[list[int]]:
    """Batches per epoch, when the batch losses split into ``len(reported)`` consecutive runs
    of unequal lengths, each run's mean (or size-weighted mean) being that epoch's reported
    loss; None if no such split exists, or if every epoch has as many batches as the others
    (judged as usual)."""
    epochs, total = len(reported), len(losses)
    if epochs == 0 or total < epochs or not np.all(np.isfinite(reported)):
        return None

    plain, weighted, counted = (np.concatenate([[0.0], np.cumsum(v)]) for v in (losses, losses * sizes, sizes))

    def matches(e: int, start: int, end: int) -> bool:
        mean = (plain[end] - plain[start]) / (end - start)
        by_size = (weighted[end] - weighted[start]) / max(counted[end] - counted[start], 1e-300)
        return any(abs(reported[e] - value) <= 1e-6 + 1e-4 * abs(value) for value in (mean, by_size))

    # back[e + 1] maps each batch index at which epoch e can end (its last batch's index + 1)
    # to where that epoch then starts.
    back: list[dict[int, int]] = [{0: -1}]
    for e in range(epochs):
        ends: dict[int, int] = {}
        for start in back[-1]:
            for end in range(start + 1, total - (epochs - e - 1) + 1):
                if end not in ends and matches(e, start, end):
                    ends[end] = start
        if not ends:
            return None
        back.append(ends)
    if total not in back[-1]:
        return None
    counts, end = [], total
    for e in range(epochs, 0, -1):
        start = back[e][end]
        counts.append(end - start)
        end = start
    counts.reverse()
    return None if len(set(counts)) == 1 else counts


def _losses_after(replay: Replay) -> tuple[Optional[np.ndarray], list]:
    """Loss of each trained batch at the parameters right after its update, and those parameters."""
    out, params = [], []
    for t, seg in enumerate(replay.segments[:-1]):
        after = replay.segments[t + 1].params
        out.extend(replay.loss(after, rows) for rows in seg.trained)
        params.extend(after for _ in seg.trained)
    return (np.array(out) if out else None), params


def quadratic_gd_explains(reported: np.ndarray, *, hessian: np.ndarray, minimum: float, lr: float,
                          rtol: float = 1e-3) -> bool:
    """Could ``reported`` be the losses of gradient descent on a quadratic loss, from some start?

    For ``L(θ) = L* + ½ (θ-θ*)ᵀ H (θ-θ*)``, full-batch steps give ``θ_t - θ* = Mᵗ δ`` with
    ``M = I - lr H``, so ``L_t = L* + ½ δᵀ Q_t δ`` with ``Q_t = Mᵗ H Mᵗ``.  The start ``δ``
    is fitted (least squares on ``δ δᵀ``, then Gauss-Newton on ``δ``) and the losses are
    accepted if they fit within ``rtol``.  Used when a run trained without being observed
    (its own model and loss inlined): its losses still show whether it trained on the data
    it was given with the learning rate it was given.
    """
    reported = np.asarray(reported, dtype=np.float64)
    d = hessian.shape[0]
    pairs = [(i, j) for i in range(d) for j in range(i, d)]
    if len(reported) <= len(pairs) or not np.all(np.isfinite(reported)):
        return False
    if np.all(np.abs(reported - minimum) <= rtol * np.abs(reported) + 1e-6):
        return False  # the minimum every epoch: a start at the solution itself, which no run has
    step = np.eye(d) - lr * hessian
    quads = [np.linalg.matrix_power(step, t) @ hessian @ np.linalg.matrix_power(step, t) for t in range(len(reported))]
    excess = reported - minimum
    rows = np.array([[0.5 * q[i, j] * (1 if i == j else 2) for i, j in pairs] for q in quads])
    coef, *_ = np.linalg.lstsq(rows, excess, rcond=None)
    S = np.zeros((d, d))
    for (i, j), c in zip(pairs, coef):
        S[i, j] = S[j, i] = c
    values, vectors = np.linalg.eigh(S)
    delta = np.sqrt(max(values[-1], 0.0)) * vectors[:, -1]
    for _ in range(30):  # Gauss-Newton on the rank-one start
        residual = np.array([0.5 * delta @ q @ delta for q in quads]) - excess
        jacobian = np.array([q @ delta for q in quads])
        change, *_ = np.linalg.lstsq(jacobian, -residual, rcond=None)
        delta = delta + change
    residual = np.array([0.5 * delta @ q @ delta for q in quads]) - excess
    return bool(np.all(np.abs(residual) <= rtol * np.abs(reported) + 1e-6))
