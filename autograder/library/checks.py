"""What an assignment's ``grading/checks.py`` is made of (trusted, host side).

An assignment grades each autograded part with a :class:`PartCheck`: inputs chosen at
grading time, a probe (named ``probe_<part>`` in the assignment's ``grading/probes.py``,
run inside the sandboxed kernel) and a judge that turns the probe's untrusted data into
:class:`~autograder.results.Criterion` results here, outside the sandbox.

The helpers below read untrusted data defensively: anything of the wrong type or shape
raises :class:`BadData`, which the grader turns into a lost criterion, never a crash.
The grading library (:mod:`autograder.library`) builds on them: calling and comparing,
recorded training loops, figures, and points taken from the notebook.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Callable, Optional

import numpy as np

from autograder.results import Criterion


class BadData(ValueError):
    """Probe data did not have the shape the judge expects."""


@dataclass(frozen=True)
class PartCheck:
    """How one autograded part is checked."""

    make_inputs: Callable[[np.random.Generator], dict]
    """Chooses the probe's inputs (JSON-serialisable) from a seeded generator."""
    judge: Callable[[dict, Any], list[Criterion]]
    """Turns (inputs, probe data) into criteria whose points add up to the part's points."""
    replay: Optional[str] = None
    """Answer cell id to re-run between ``setup_<part>`` and ``probe_<part>``, if any."""
    function: Optional[str] = None
    """The student's function the part calls, if any: the code it reaches is read for code
    that reads the insides of the grader's objects (:func:`autograder.library.loops.read_internals`)."""
    replaced: tuple[str, ...] = ()
    """The student's functions the probe swaps for the grader's own while the part runs (so
    that a bug there costs its own part only): their code is not read for this part."""
    reads_code: bool = False
    """The judge also reads the student's code: its inputs get ``code``, the code cells
    before the part's test cell (:func:`autograder.library.loops.code_cells`), which the
    host takes from the submitted notebook, never from the kernel."""


def criterion(name: str, points: float, ok: bool, good: str, bad: str) -> Criterion:
    """A criterion worth ``points`` that is either fully earned or lost, with its message."""
    return Criterion(name=name, points=points, earned=points if ok else 0.0,
                     message=good if ok else bad)


def floats(value: Any, *, length: Optional[int] = None, limit: int = 100_000) -> np.ndarray:
    """Untrusted list of numbers -> float64 array (NaN allowed), or :class:`BadData`."""
    if not isinstance(value, list) or len(value) > limit:
        raise BadData("expected a list of numbers")
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value):
        raise BadData("expected only numbers")
    if length is not None and len(value) != length:
        raise BadData(f"expected {length} numbers, got {len(value)}")
    try:
        return np.asarray(value, dtype=np.float64)
    except OverflowError:  # JSON integers have no size limit
        raise BadData("a number is too large") from None


def field(mapping: Any, key: str, kind: type | tuple = object, default: Any = BadData) -> Any:
    """``mapping[key]`` checked to be of ``kind``; ``default`` (or :class:`BadData`) if absent."""
    if not isinstance(mapping, dict) or key not in mapping:
        if default is BadData:
            raise BadData(f"missing {key!r}")
        return default
    value = mapping[key]
    if not isinstance(value, kind):
        raise BadData(f"{key!r} has the wrong type")
    return value


def close(got: np.ndarray, want: np.ndarray, *, rtol: float = 1e-4, atol: float = 1e-5,
          float32: bool = False) -> bool:
    """Same shape and every element within tolerance (NaN never matches).

    ``float32``: ``got`` was computed in float32 and ``want`` in float64, so where float32
    cannot hold the value (:func:`overflowed`) a non-finite ``got`` agrees with it."""
    got, want = np.asarray(got, dtype=np.float64), np.asarray(want, dtype=np.float64)
    if got.shape != want.shape:
        return False
    if float32:
        beyond = overflowed(got, want)
        got, want = np.where(beyond, 0.0, got), np.where(beyond, 0.0, want)
    return bool(np.all(np.abs(got - want) <= atol + rtol * np.abs(want)))


FLOAT32_RISK = 1e30
"""Size beyond which a float32 computation of a value may overflow to inf on the way (a
mean of squares sums them first; float32 holds up to 3.4e38): a diverging run's loss."""


def overflowed(got: Any, want: Any) -> np.ndarray:
    """Where ``got`` (float32's result) is inf or NaN because float32 could not hold the
    value: ``want`` (the same value in float64) is beyond :data:`FLOAT32_RISK`, or not
    finite itself.  Same shapes."""
    got, want = np.asarray(got, dtype=np.float64), np.asarray(want, dtype=np.float64)
    with np.errstate(invalid="ignore"):
        return ~np.isfinite(got) & (~np.isfinite(want) | (np.abs(want) > FLOAT32_RISK))


def short(values: Any, digits: int = 4, most: int = 6) -> str:
    """A short human-readable rendering of a few numbers for feedback messages."""
    values = list(np.asarray(values, dtype=np.float64).reshape(-1))
    # Enough digits to tell the shown numbers apart (logits like 1012.3 and 1012.4).
    while digits < 10 and len({f"{v:.{digits}g}" for v in values[:most]}) < len(set(values[:most])):
        digits += 1
    text = ", ".join("nan" if math.isnan(v) else f"{v:.{digits}g}" for v in values[:most])
    return "[" + text + (", ...]" if len(values) > most else "]")


def differs_note(got: Any, want: Any, **tolerances: float) -> str:
    """`` (how it differs)`` to end a message with, or "" (see :func:`how_it_differs`)."""
    note = how_it_differs(got, want, **tolerances)
    return f" ({note})" if note else ""


REORDERED = "the right numbers, in another order"
""":func:`how_it_differs`'s words for a result whose numbers are right but misplaced."""


def how_it_differs(got: Any, want: Any, *, rtol: float = 1e-4, atol: float = 1e-5) -> str:
    """What a wrong array of numbers has in common with the right one, in words ("" if
    nothing simple): a constant factor or offset, the right numbers in another order, or
    which entries differ.  Appended to "expected ..., got ..." messages, it points at the
    cause (a sum for a mean, a gradient accumulated twice, a step left in place)."""
    try:
        got, want = (np.asarray(v, dtype=np.float64).reshape(-1) for v in (got, want))
    except (TypeError, ValueError):
        return ""
    if got.shape != want.shape or got.size == 0 or not (np.all(np.isfinite(got)) and np.all(np.isfinite(want))):
        return ""
    tolerance = atol + rtol * np.abs(want)
    wrong = np.abs(got - want) > tolerance
    if not wrong.any():
        return ""
    rounded = next((k for k in range(1, 7) if np.array_equal(got, np.round(want, k))), None)
    # (entries all whole numbers, exact 0s and 1s say, are no sign of rounding)
    if rounded is not None and np.any(got != np.round(got)):
        return (f"the expected value{'s' if got.size > 1 else ''} rounded to {rounded} decimal{'s' if rounded > 1 else ''}: "
                f"return {'them' if got.size > 1 else 'it'} unrounded")
    if got.size == 1 and abs(got[0] - want[0]) < 1e-3 * abs(want[0]):  # too close to show at 4 digits
        return f"off by {got[0] - want[0]:+.3g}"
    if got.size > 1 and not np.any(got):
        return "every entry is 0"
    big = np.abs(want) > 10 * tolerance
    if big.any():
        ratio = float(np.median(got[big] / want[big]))
        # (atol scaled with the ratio: entries a millionth of the expected ones are not
        # "a millionth times" them unless each one is)
        if abs(ratio - 1) > rtol and np.all(np.abs(got - ratio * want) <= abs(ratio) * atol + rtol * np.abs(got)):
            if got.size == 1:  # (any wrong number is some multiple of the right one: only a simple one says why)
                return f"{ratio:.4g} times the expected value" if _simple(ratio) else ""
            return ("the expected values with the opposite sign" if abs(ratio + 1) <= rtol else
                    f"every entry is {ratio:.4g} times the expected one")
    if got.size > 1:
        offset = float(np.median(got - want))
        if np.all(np.abs(got - want - offset) <= tolerance):
            return f"every entry is off by the same {offset:+.4g}"
        if np.all(np.abs(np.sort(got) - np.sort(want)) <= atol + rtol * np.abs(np.sort(want))):
            return REORDERED
        if not wrong.all():
            first = int(np.argmax(wrong))
            return f"{int(wrong.sum())} of {got.size} entries differ, the first at flat index {first}"
    return ""


def _simple(ratio: float, tolerance: float = 1e-3) -> bool:
    """Whether ``ratio`` is a whole number or one over a whole number (either sign), as a
    sum for a mean or a step taken twice makes it."""
    return any(k != 0 and abs(k - value) <= tolerance * abs(value)
               for value in (ratio, 1.0 / ratio if ratio else 0.0) for k in (round(value),))


def verify_in_kernel(check: PartCheck, probes: Any, part: str, namespace: dict, *, seed: int = 0) -> None:
    """Run one part's probe and judge in the current process; raise unless full marks.

    For the hidden tests of a *source* notebook, executed in the instructor's kernel (for
    instance by nbval).  The data makes the same JSON round trip as in grading.

    Raises:
        AssertionError: listing each lost criterion's message.
    """
    import json

    inputs = check.make_inputs(np.random.default_rng(seed))
    data = getattr(probes, "probe_" + part)(namespace, json.loads(json.dumps(inputs)), [])
    if check.reads_code:
        from autograder.library.loops import kernel_cells

        inputs = dict(inputs, code=kernel_cells(namespace))
    criteria = check.judge(inputs, json.loads(json.dumps(data, default=repr)))
    lost = [f"{c.name} (-{c.points - c.earned:g}): {c.message}" for c in criteria if c.earned < c.points]
    assert not lost, f"{part} lost points:\n" + "\n".join(lost)
