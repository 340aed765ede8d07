"""Judge side: the "form without substance" guard.

Points for the form of an answer (its type, its shape) may only be earned when its
behaviour is at least partly right: an output that ignores the inputs, a constant of the
right shape, or an answer that changes when called twice on the same inputs earns
nothing.  The probe calls the function on several inputs, once more on a repeat of the
first (:func:`with_repeat` adds it to the cases), on a variant of the first with other
values of the same shapes, and (optionally) with one argument changed at a time;
:func:`substance` reads those outputs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

import numpy as np


@dataclass
class Substance:
    """Whether an answer's behaviour is at least partly right, and if not, why."""

    ok: bool
    reason: str = ""
    """Empty when ``ok``; otherwise what was observed, e.g. "the output ignores its inputs"."""


def _flat(values) -> Optional[np.ndarray]:
    return None if values is None else np.asarray(values, dtype=np.float64).reshape(-1)


def _same(a: np.ndarray, b: np.ndarray, tol: float = 1e-9) -> bool:
    """Equal within ``tol`` of the larger magnitude of the two (an answer of tiny numbers, a
    gradient scaled by 1e-12 say, still differs from another one)."""
    if a.shape != b.shape:
        return False
    scale = max(float(np.max(np.abs(a), initial=0.0)), float(np.max(np.abs(b), initial=0.0)))
    return bool(np.all(np.abs(a - b) <= tol * scale))


def has_numbers(value) -> bool:
    """Whether ``value`` holds numbers to compare (not None, nor anything non-numeric)."""
    return _flat(value) is not None


def changed(output, baseline, tol: float = 1e-9) -> bool:
    """Whether ``output`` (a call with one argument changed) differs from ``baseline``, for
    :func:`substance`'s ``responds``; a missing one counts as changed (judged elsewhere)."""
    a, b = _flat(output), _flat(baseline)
    return a is None or b is None or not _same(a, b, tol)


def substance(outputs: Sequence, *, repeat: Optional[tuple[int, int]] = None,
              variant: Optional[tuple[int, int]] = None,
              responds: Optional[dict[str, bool]] = None, needs: Sequence[str] = (),
              expected: Optional[Sequence] = None, nearby: Optional[tuple[int, int]] = None,
              what: str = "the output") -> Substance:
    """Judge whether ``outputs`` show any substance.

    Args:
        outputs: the numbers returned for each input case (None where nothing numeric
            came back); the cases' expected outputs must differ from one another.
        repeat: indices of two cases with identical inputs (determinism).
        variant: indices of two cases whose inputs have the same shapes and other values
            (an output that follows only the shapes of its inputs is no answer).
        responds: argument name -> whether the output changed when only that argument did.
        needs: arguments of which at least one must change the output (for example the
            parameters of a model: an output that follows the data alone is not a model).
        expected: the right outputs, case by case (optional): when some of them vary from
            entry to entry, outputs that are each one number repeated are no answer, whatever
            that number follows (``torch.full(shape, A.sum())``).
        nearby: indices of a case, then of cases whose inputs differ from it by a hair
            (:data:`NEARBY`): a computation from the inputs, right or wrong, moves by a few
            percent at most; numbers drawn from the inputs (noise seeded by their hash) jump,
            and with several such cases, one of them surely does.
        what: how to name the output in the reason.
    """
    flats = [_flat(v) for v in outputs]
    empty = sum(v is None or v.size == 0 for v in flats)
    if not flats or empty == len(flats):
        return Substance(False, f"{what} has no numbers to judge")
    if empty:  # (junk could dodge the repeat and nearby cases this way: none may be missing)
        return Substance(False, f"{what} has no numbers for {empty} of the {len(flats)} inputs the grader tried "
                                "(None, or nothing), so how it follows its inputs cannot be checked")
    if repeat is not None and not _same(flats[repeat[0]], flats[repeat[1]]):
        return Substance(False, f"{what} changed between two calls on the same inputs")
    constants = [float(v[0]) if np.all(v == v[0]) else None for v in flats]
    if all(c is not None for c in constants) and len({round(c, 12) for c in constants}) == 1:
        return Substance(False, f"{what} is the constant {constants[0]:.4g} whatever the inputs")
    if expected is not None and all(c is not None for c in constants) and any(v.size > 1 for v in flats):
        wanted = [_flat(v) for v in expected]
        if any(w is not None and w.size > 1 and np.ptp(w) > 1e-9 * (1.0 + np.max(np.abs(w))) for w in wanted):
            return Substance(False, f"{what} is one number repeated over every entry, where the answer "
                                    "differs from entry to entry")
    distinct = [i for i in range(len(flats)) if repeat is None or i != repeat[1]]
    if len(distinct) > 1 and all(_same(flats[i], flats[distinct[0]]) for i in distinct):
        return Substance(False, f"{what} is the same for every input: it ignores its inputs")
    if variant is not None and _same(flats[variant[0]], flats[variant[1]]):
        return Substance(False, f"{what} is the same for other inputs of the same shapes: "
                                "it follows their shapes, not their values")
    if nearby is not None:
        # Measured against the outputs' size over every case: an answer near 0 in the first
        # case (the square of a small mean error) may move by much of its own size.
        a = flats[nearby[0]]
        scale = max([float(np.max(np.abs(f), initial=0.0)) for f in flats if np.all(np.isfinite(f))] + [1e-12])
        for b in (flats[i] for i in nearby[1:]):
            if a.shape == b.shape and np.all(np.isfinite(a)) and np.all(np.isfinite(b)) \
                    and float(np.max(np.abs(a - b))) > 0.05 * scale:
                return Substance(False, f"{what} jumps when its inputs move by a hair: it is not computed "
                                        "from them (numbers drawn from the inputs are no answer)")
    if responds is not None and needs and not any(responds.get(name) for name in needs):
        return Substance(False, f"{what} stayed the same when {' or '.join(needs)} changed: it ignores "
                                f"{'them' if len(needs) > 1 else 'it'} (or returns a result kept from an earlier call)")
    return Substance(True)


#: How the inputs of :func:`substance`'s ``nearby`` cases are moved: each value v becomes
#: ``v * scale + shift``, a hundred-thousandth off, then a thousandth either way (noise seeded
#: by inputs rounded to a thousandth jumps there; a computation moves by about as much).
NEARBY = ((1 + 1e-5, 1e-5), (1 - 1e-3, -1e-3), (1 + 1e-3, 1e-3))


def moved(values, scale: float, shift: float) -> list:
    """``values`` (numbers, nested lists) moved as a ``nearby`` case moves them, in float32."""
    return (np.asarray(values, dtype=np.float64) * scale + shift).astype(np.float32).tolist()


def with_repeat(cases: list[dict], variant: Optional[dict] = None) -> list[dict]:
    """The input cases with a copy of the first (marked ``repeat``) second: call
    :func:`substance` with ``repeat=(0, 1)`` on their outputs.  Given ``variant`` (the
    first case with other values of the same shapes), it comes third: add ``variant=(0, 2)``."""
    return [cases[0], dict(cases[0], repeat=True)] + ([dict(variant, variant=True)] if variant else []) + cases[1:]
