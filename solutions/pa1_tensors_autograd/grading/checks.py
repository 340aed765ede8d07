"""Judges for PA1 (trusted: they run in the grader's process, never in the sandbox).

Every judge recomputes in float64 what the student's function should give on the inputs
the grader chose, so any correct way (loops or broadcasting where allowed, any stable
formula, torch or NumPy inside) earns full marks, and each criterion names what it saw.
Points for form (shape, no loops, no side effects, labels) are earned only when the
behaviour has substance (not a constant, not blind to its inputs, the same on a repeated
call; for the plot, one of its curves found): a constant of the right shape earns nothing.
The points come from the source notebook; the weights in ``common.py`` only split them.
Parts 1-3 and 7 are judged here, the gradients (parts 4-6) in ``gradients.py``.
"""

from __future__ import annotations

import re
from typing import Optional

import numpy as np

from autograder.library import figures
from autograder.library.cases import Findings, call_outputs, case_records, failed
from autograder.library.checks import PartCheck, close, differs_note, field, short
from autograder.library.loops import read_loops
from autograder.library.substance import NEARBY, Substance, changed, moved, substance, with_repeat
from autograder.library.values import Output, read_call, repeat_fault, same_values
from autograder.results import Criterion

from .common import FORM, _core, _edge, _raised_on, _scale, _shown, _squeezed
from .gradients import (_marker, check_inputs, judge_gradient_check, judge_numerical_gradient, judge_value_and_grad,
                        numerical_inputs, value_grad_inputs)


# --------------------------------------------------------------------------- part 1

def _nearby(cases: list[dict]) -> tuple:
    """:func:`substance`'s ``nearby``: the first case, then those moved from it by a hair."""
    return (0, *[i for i, case in enumerate(cases) if case.get("nearby")])


def dists_inputs(rng: np.random.Generator) -> dict:
    cases = []
    # (One case of an odd number of features: code splitting the features in halves shows.)
    for n, m, d in ((5, 3, 2), (4, 7, int(rng.choice([3, 5]))), (6, 6, 4), (24, 24, 4)):
        a = rng.normal(0.0, 2.0, (n, d))
        b = rng.normal(1.0, 2.0, (m, d))
        if n == m == 6:
            b[:3] = a[:3]  # some pairs coincide: their distance is 0
        cases.append({"a": a.astype(np.float32).reshape(-1).tolist(), "b": b.astype(np.float32).reshape(-1).tolist(),
                      "n": n, "m": m, "d": d})
    first = cases[0]
    other = {k: rng.normal(0.0, 2.0, len(first[k])).astype(np.float32).tolist() for k in ("a", "b")}
    # Last, the first case moved by a hair: a computation moves as little, noise jumps.
    near = [dict(first, nearby=True, **{k: moved(first[k], *how) for k in ("a", "b")}) for how in NEARBY]
    # Before them, the first case with only A, then only B, changed: an answer must follow both.
    alone = [dict(first, a=other["a"], moves="A"), dict(first, b=other["b"], moves="B")]
    # After them, the edge sizes the spec's (n, m) allows: one point against several, several
    # against one, one against one (a bare .squeeze() drops n or m there).
    edges = []
    for n, m in ((1, 4), (3, 1), (1, 1)):
        d = int(rng.integers(2, 5))
        a, b = rng.normal(0.0, 2.0, (n, d)), rng.normal(1.0, 2.0, (m, d))
        edges.append({"a": a.astype(np.float32).reshape(-1).tolist(), "b": b.astype(np.float32).reshape(-1).tolist(),
                      "n": n, "m": m, "d": d, "edge": True})
    # Last (drawn last), the first case with the points of A, then of B, in another order:
    # entry (i, j) of any pairwise computation, right or not, moves with points i and j.
    shuffled = []
    for k, size in (("a", first["n"]), ("b", first["m"])):
        order = np.roll(rng.permutation(size), 1) if size > 1 else np.arange(size)
        points = np.asarray(first[k]).reshape(size, -1)[order]
        shuffled.append(dict(first, **{k: points.reshape(-1).tolist()}, reordered=k.upper(), order=order.tolist()))
    return {"cases": with_repeat(cases, variant=dict(first, **other)) + alone + near + edges + shuffled}


def _reorders_with_the_points(out: Output, first: Output, case: dict) -> bool:
    """Whether the result for ``case`` (the first case with A's or B's points reordered) is
    the first result with its rows (for A) or columns (for B) reordered alike, laid out
    (n, m) or, B against A, (m, n).  (A result of another size holds no pairs to follow: not
    judged here, its shape is.)"""
    n, m, order = case["n"], case["m"], case["order"]
    if out.values is not None and first.values is not None and first.values.size != n * m:
        return True
    if out.values is None or first.values is None or out.values.shape != first.values.shape:
        return False
    for layout, axis in (((n, m), 0), ((m, n), 1)):
        axis = axis if case["reordered"] == "A" else 1 - axis
        if out.values.size == n * m and close(out.values.reshape(layout),
                                              np.take(first.values.reshape(layout), order, axis=axis),
                                              rtol=1e-5, atol=1e-5):
            return True
    return False


def _points_words(case: dict) -> str:
    """``A of shape (1, 3) (a single point) and B of shape (4, 3)``, for messages."""
    n, m, d = case["n"], case["m"], case["d"]
    one = " (a single point)"
    return f"A of shape ({n}, {d}){one if n == 1 else ''} and B of shape ({m}, {d}){one if m == 1 else ''}"


def judge_pairwise_sq_dists(inputs: dict, data: dict) -> list[Criterion]:
    scale = _scale("pairwise_sq_dists")
    lost, records = case_records("pairwise_sq_dists(A, B)", inputs, data, scale, tolerated=_edge)
    if lost:
        return lost
    outs = [read_call(r) for r in records]
    found = Findings({"values": "computes every squared distance ||A[i] - B[j]||^2",
                      "shape": "returns a tensor of shape (n, m)",
                      "no loops": "uses broadcasting, no Python loop"})
    wants = []
    for case, out in zip(inputs["cases"], outs):
        n, m, d = case["n"], case["m"], case["d"]
        a, b = (np.asarray(case[k]).reshape(-1, d) for k in ("a", "b"))
        want = ((a[:, None, :] - b[None, :, :]) ** 2).sum(-1)
        wants.append(want)
        if out.error:  # (an edge case: the others raising lose the part above)
            found.fail("values", f"for {_points_words(case)} it {_raised_on(out)}: the spec allows any n and m, "
                                 "1 included")
            continue
        # B against A: the values of want.T, laid out as its shape (m, n); the same numbers in an
        # (n, m) tensor sit in the wrong cells (pairs tiled one way and interleaved the other).
        match = same_values(out, want, atol=1e-3)
        transposed = same_values(out, want.T, atol=1e-3) and out.shape == want.T.shape
        if not (match or transposed):
            hint = " (these are the distances, not their squares)" if same_values(out, np.sqrt(want), atol=1e-3) else ""
            found.fail("values", f"for {_points_words(case)} expected squared distances "
                                 f"starting {short(want)}, got {_shown(out, None if hint else want)}{hint}")
        fault = repeat_fault(out, given=f"for {_points_words(case)}", names=("A", "B"))
        if fault:
            found.fail("values", fault)
        if not (out.is_tensor and out.shape == (n, m)):
            found.fail("shape", f"for {_points_words(case)} expected a torch.Tensor of shape ({n}, {m}); got "
                                f"{out.kind}" + (": its values are those of B against A, transpose the roles"
                                                 if transposed and not match else _squeezed(out.shape, (n, m))))
    # Both must show no loop: the count taken in the kernel (which the code it measures can
    # switch off) and the host's reading of the notebook's code (which it cannot).
    lines = {case["n"]: record.get("lines") for case, record in zip(inputs["cases"], records)
             if case["n"] == case["m"] and not case.get("edge")}
    small, large = lines.get(6), lines.get(24)  # none reported: not shown loop-free
    # A loop over the points runs at least 18 lines more for 24 points than for 6 (one per
    # extra point); a branch on the size (one formula for small inputs, another for large)
    # runs a few, whatever the size beyond: allowed up to half that.
    reading = read_loops(field(inputs, "code", list, []), "pairwise_sq_dists")
    if not reading.clean:
        found.fail("no loops", f"{reading.problem()}; " + (
            "the notebook asks for no Python loops (for, while, comprehensions, map): compute all pairs at once "
            "by broadcasting" if reading.loops else
            "the grader checks for loops by reading every line the function can run: take that out of the part's cells"))
    elif not (isinstance(small, int) and isinstance(large, int) and large <= small + 9):
        found.fail("no loops", f"for 6 x 6 points your code ran {small} lines of Python and for 24 x 24 points {large}: "
                               "it loops over the points; compute all pairs at once by broadcasting")
    follows = {case["moves"]: changed(out.values, outs[0].values) for case, out in zip(inputs["cases"], outs)
               if case.get("moves")}
    cases = _core(inputs["cases"], inputs["cases"])
    found.gate(substance([o.values for o in _core(inputs["cases"], outs)], repeat=(0, 1), variant=(0, 2),
                         expected=_core(inputs["cases"], wants), what="the result", nearby=_nearby(cases)),
               ("shape", "no loops"), FORM, values=("values",))
    for name, followed in follows.items():
        if not followed:
            found.gate(Substance(False, f"the result stays the same when only {name} changes: it ignores {name}"),
                       ("shape", "no loops"), FORM, values=("values",))
    for case, out in zip(inputs["cases"], outs):
        if case.get("reordered") and not _reorders_with_the_points(out, outs[0], case):
            found.gate(Substance(False, f"when the points of {case['reordered']} were given in another order, the "
                                        "result's entries did not move with them: entry (i, j) does not follow "
                                        "points A[i] and B[j]"), ("shape", "no loops"), FORM, values=("values",))
            break
    return found.criteria(scale)


# --------------------------------------------------------------------------- parts 2, 3

def logits_inputs(rng: np.random.Generator) -> dict:
    k = int(rng.integers(4, 7))
    moderate = rng.normal(0.0, 2.0, (3, k))
    huge = rng.normal(0.0, 3.0, (4, k))
    huge[0] += rng.uniform(900, 1100)
    huge[1] -= rng.uniform(900, 1100)
    # The largest logit of the mixed rows is not first: a shift by the row's first logit (or
    # by any one column) instead of its maximum overflows there.
    huge[2, 0], huge[2, 1] = -1000.0, 1000.0
    huge[3] += 700.0 * np.sign(rng.normal(size=k))
    huge[3, 0], huge[3, -1] = -700.0, 700.0
    # Its second logit within 2 of the others' largest (from its own noise, no draw): a row
    # spread far beyond exp's range whose top logits are close is no one-hot, and its LSE is
    # not its maximum (a shortcut taking every row that wide for one shows; by the signs alone
    # one draw in eight had no such row, and one in twenty had its top two too far apart for the LSE).
    huge[3, 1] = np.delete(huge[3], 1).max() - abs(huge[3, 1]) % 2.0
    other = rng.normal(0.0, 2.0, moderate.shape)
    # Last, the first case moved by a hair: a computation moves as little, noise jumps.
    first = moderate.astype(np.float32)
    # Then tensors whose logits are ALL near -1000, or all near +1000: a shift applied only
    # when the tensor's maximum is large, or only once exp overflowed, is skipped on the
    # first (exp underflows to 0 everywhere: log 0, 0 / 0), which the mixed tensor above,
    # with its +1000 row, never shows; the second is its mirror image.
    sign = {s: rng.normal(0.0, 2.0, (3, k)) + s * rng.uniform(950.0, 1050.0, (3, 1)) for s in (-1, 1)}
    # Last, the edge shapes the spec's (n, k) allows: one row (a bare .squeeze() drops n = 1)
    # and one column (the LSE of a single logit is that logit, its softmax 1).
    edges = [rng.normal(0.0, 2.0, (1, k)), rng.normal(0.0, 2.0, (3, 1))]
    # Before them (drawn after them: the cases above stay as they were), a batch of the size a
    # classifier's is, (128, 10): an answer right only for the small tensors above shows.
    batch = rng.normal(0.0, 2.0, (128, 10))
    # After the batch (drawn last), rows of logits a few hundred from 0, up and down: beyond
    # float32's exp (about +-88) but far from +-1000, so a shift applied only past some large
    # threshold (one thought right for float64) shows.
    middling = rng.normal(0.0, 2.0, (4, k)) + np.array([[1.0], [-1.0], [1.0], [-1.0]]) * rng.uniform(120.0, 400.0, (4, 1))
    # After them (drawn last), rows whose maximum is tied: all logits equal, two maxima, and
    # small integers (an answer that sets every maximum apart, or compares with it by ==,
    # counts it once where it is there k times).
    ties = np.round(rng.normal(0.0, 2.0, (3, k)), 0)
    ties[0] = round(float(rng.uniform(-3.0, 3.0)), 2)
    ties[1, :2] = ties[1].max() + 1.0
    ties[2, ::2] = ties[2].max() + 2.0
    stepped = np.round(first.astype(np.float64) * 64.0) / 64.0
    # Drawn last: two classes, a binary classifier's logits, unequal in every row (a shortcut
    # for k = 2, sigmoid of the difference, taken the wrong way round swaps the pair).
    pair = rng.normal(0.0, 2.0, (4, 2))
    return {"cases": with_repeat([{"z": first.tolist(), "label": "moderate"},
                                  {"z": huge.astype(np.float32).tolist(), "label": "huge"}],
                                 variant={"z": other.astype(np.float32).tolist(), "label": "moderate"})
            + [{"z": moved(first, *how), "label": "moderate", "nearby": True} for how in NEARBY]
            + [{"z": sign[s].astype(np.float32).tolist(), "label": "huge", "sign": s} for s in (-1, 1)]
            + [{"z": batch.astype(np.float32).tolist(), "label": "moderate"}]
            + [{"z": middling.astype(np.float32).tolist(), "label": "huge"}]
            + [{"z": ties.astype(np.float32).tolist(), "label": "moderate"}]
            # The first case in steps of 1/64, then its rows in another order (no draw): the same
            # shape and exactly the same total in any order of summing, each row's result moving
            # with its row (a result kept by shape and sum does not).
            + [{"z": z.tolist(), "label": "moderate", "reordered": reordered}
               for reordered, z in enumerate((stepped, np.roll(stepped, 1, axis=0)))]
            + [{"z": z.astype(np.float32).tolist(), "label": "moderate", "edge": True} for z in edges + [pair]]}


def _logits_words(shape: tuple) -> str:
    """``a single row of logits (shape (1, 5))``, for messages."""
    kind = ("a single row of logits" if shape[0] == 1 else "a single column of logits" if shape[1] == 1
            else "two classes' logits" if shape[1] == 2 else "logits")
    return f"{kind} (shape {shape})"


def _lse(z: np.ndarray) -> np.ndarray:
    top = z.max(axis=1, keepdims=True)
    return (top + np.log(np.exp(z - top).sum(axis=1, keepdims=True)))[:, 0]


def _judge_rows(part: str, inputs: dict, data: dict, expect, out_shape, rtol: float) -> list[Criterion]:
    scale = _scale(part)
    lost, outs = call_outputs(f"{part}(z)", inputs, data, scale, tolerated=_edge)
    if lost:
        return lost
    found = Findings({"values": "right values on ordinary logits", "stable": "finite and right for logits like +-1000",
                      "shape": f"returns shape {out_shape(np.zeros((2, 3)))} for logits (2, 3)"})
    wants = []
    for index, (case, out) in enumerate(zip(inputs["cases"], outs)):
        z = np.asarray(case["z"], dtype=np.float64)
        want_rows, row, shown, finite = expect(z).reshape(len(z), -1), 0, out.kind, True
        wants.append(want_rows)
        if out.error:  # (an edge case: the others raising lose the part above)
            found.fail("values", f"for {_logits_words(z.shape)} it {_raised_on(out)}: the spec allows any n and k, "
                                 "1 included")
            continue
        ok = out.values is not None and out.values.size == want_rows.size
        if ok:  # name the first row that is wrong
            rows = out.values.reshape(len(z), -1)
            wrong = [i for i in range(len(z)) if not close(rows[i], want_rows[i], rtol=rtol, atol=1e-6)]
            ok, row = not wrong, (wrong or [0])[0]
            shown = short(rows[row]) + differs_note(rows[row], want_rows[row], rtol=rtol, atol=1e-6)
            finite = bool(np.all(np.isfinite(rows[row])))
        # The right numbers of the row in another order, on huge logits too: finite and
        # computed stably, wrong as the ordinary logits show (that costs the values only).
        reordered = bool(not ok and out.values is not None and out.values.size == want_rows.size and finite
                         and close(np.sort(rows[row]), np.sort(want_rows[row]), rtol=rtol, atol=1e-6))
        if not ok and case.get("sign") and not reordered:
            why = ("exp underflows to 0 for every logit there (log 0 = -inf, 0 / 0 = NaN)" if case["sign"] < 0 else
                   "exp overflows to inf there (log inf = inf, inf / inf = NaN)")
            # (the mixed tensor before it was right: the shift depends on the whole tensor)
            mixed = ("; the tensor mixing rows of +1000 and -1000 came out right, so the shift is not always made: "
                     "shift every row by its own maximum, whatever the other logits" if found.ok("stable") else
                     ": shift every row by its own maximum")
            found.fail("stable", f"a tensor whose logits are all near {case['sign'] * 1000:+d} gave {shown} for its "
                                 f"row {row + 1} of logits {short(z[row])}, expected {short(want_rows[row])}"
                                 + (mixed if finite else f": {why}{mixed}"))
        elif not ok:
            overflow = ("" if finite else
                        " (exp of a large logit overflows to inf, or all underflow to 0: shift by the row maximum)")
            before = outs[index - 1] if index else out
            if case.get("reordered") and out.values is not None and before.values is not None \
                    and out.values.shape == before.values.shape and close(out.values, before.values, rtol=1e-6, atol=1e-7):
                overflow = ("; these logits are those of an earlier call, the same rows in another order (the same shape "
                            "and the same total), and the result is that call's, rows unmoved: a result kept from an "
                            "earlier call, found by something other than the logits themselves?")
            found.fail("values" if case["label"] == "moderate" or reordered else "stable",
                       f"for the row of logits {short(z[row])} (row {row + 1} of {_logits_words(z.shape)}) "
                       f"expected {short(want_rows[row])}, got {shown}{overflow}")
        fault = repeat_fault(out, given=f"for {_logits_words(z.shape)}", names=("z",))
        if fault:
            found.fail("values", fault)
        if not (out.is_tensor and out.shape == out_shape(z)):
            found.fail("shape", f"for {_logits_words(z.shape)} expected a tensor of shape {out_shape(z)}, got "
                                f"{out.kind}{_squeezed(out.shape, out_shape(z))}")
    # (the edge cases are left out: on one column the LSE is the logit itself)
    cases, outs = _core(inputs["cases"], inputs["cases"]), _core(inputs["cases"], outs)
    found.gate(substance([o.values for o in outs], repeat=(0, 1), variant=(0, 2),
                         expected=_core(inputs["cases"], wants), what="the result", nearby=_nearby(cases)),
               ("shape",), FORM, values=("values",))
    columns = [_echoed_column(o, c) for o, c in zip(outs, cases)]
    if columns and all(j is not None for j in columns):
        found.gate(Substance(False, "the result is one column of the logits (plus the same number for every row): "
                                    "nothing is computed from the row"),
                   ("shape",), FORM)
    sized = [(o, c) for o, c in zip(outs, cases) if o.values is not None and o.values.size == np.size(c["z"])]
    if sized and all(close(o.values, np.asarray(c["z"], dtype=np.float64).reshape(-1), rtol=1e-6, atol=1e-6)
                     for o, c in sized):
        found.gate(Substance(False, "the result is the logits themselves: nothing is computed from them"), ("shape",), FORM)
    return found.criteria(scale)


def _echoed_column(out: Output, case: dict) -> Optional[int]:
    """The column of the logits the result repeats, one number per row, give or take one
    constant for every row (``z[:, 0] + log(k)``); None if none."""
    z = np.asarray(case["z"], dtype=np.float64)
    if out.values is None or out.values.size != len(z) or len(z) < 2:
        return None
    got = out.values.reshape(-1)
    rounding = 1e-5 + 4e-7 * float(np.abs(z).max())  # (float32 keeps about 7 digits of logits near 1000)
    return next((j for j in range(z.shape[1]) if close(got - z[:, j], np.full(len(z), got[0] - z[0, j]),
                                                      rtol=0.0, atol=rounding)), None)


def judge_log_sum_exp(inputs: dict, data: dict) -> list[Criterion]:
    return _judge_rows("log_sum_exp", inputs, data, _lse, lambda z: (z.shape[0],), rtol=1e-5)


def judge_softmax(inputs: dict, data: dict) -> list[Criterion]:
    # float32 keeps ~7 digits, and z - LSE(z) near 1000 only ~4 of them: exp(z - LSE) is right to 1e-3.
    return _judge_rows("softmax", inputs, data, lambda z: np.exp(z - _lse(z)[:, None]), lambda z: z.shape, rtol=1e-3)


# --------------------------------------------------------------------------- part 7

def plot_inputs(rng: np.random.Generator) -> dict:
    """wiggle's coefficients, and its autograd marker's (``e``, ``k``: see the probe's _Wiggle)."""
    return {"a": round(float(rng.uniform(0.6, 2.0)), 3), "b": round(float(rng.uniform(1.2, 3.0)), 3),
            "c": round(float(rng.uniform(-0.4, 0.4)), 3), "d": round(float(rng.uniform(-1.0, 1.0)), 3),
            **_marker(rng)}


def judge_plot_derivative(inputs: dict, data: dict) -> list[Criterion]:
    scale = _scale("plot_derivative")
    lost = failed("the plot", data, scale)
    if lost:
        return lost
    a, b, c, d = (inputs[k] for k in "abcd")
    e, k = inputs.get("e", 0.0), inputs.get("k", 1.0)
    drawn = field(data, "replay", list, [])
    exact = figures.find_function(drawn, lambda x: a * b * np.cos(b * x) + 2 * c * x + d)
    marked = lambda x: a * b * np.cos(b * x) + 2 * c * x + d + e * (1.5 + np.cos(k * x))  # noqa: E731 - autograd's
    curves = {"function": lambda x: a * np.sin(b * x) + c * x ** 2 + d * x, "derivative": marked}
    found = {name: figures.find_function(drawn, g) for name, g in curves.items()}
    # Points on the curve that do not show it (too few distinct x, a line zigzagging through them):
    # that curve is lost, and the labels and title are judged where it is drawn.
    flawed = {name: figures.find_function(drawn, g, loose=True) for name, g in curves.items() if found[name] is None}
    flawed = {name: s for name, s in flawed.items() if s is not None}
    used = [s for s in found.values() if s is not None] + list(flawed.values())
    seen = figures.nothing_drawn(data.get("replay_error")) if not drawn else f"{len(drawn)} figure(s) without such a line"
    where = (f"the grader re-ran the plot cell with wiggle(x) = {a} sin({b} x) {c:+g} x^2 {d:+g} x; it should draw "
             "(on a grid of at least 20 points spanning at least 2 units)")
    results = Findings({"function": "plots wiggle on a grid", "derivative": "plots the derivative from autograd",
                        "labels": "labels both axes", "title": "has a title"})
    if not used and _redefines(inputs.get("code"), "wiggle"):
        for name in ("function", "derivative"):
            results.fail(name, "the plot cell defines a wiggle of its own, so the grader's could not stand in for "
                               "it: plot the wiggle defined above the cell, without redefining it")
    def not_a_curve(name: str, what: str) -> str:
        return (f"the plot draws {what} at points of the grid, but not their curve: "
                f"{figures.how_drawn_wrong(flawed[name], min_points=20)}")

    if "function" in flawed:
        results.fail("function", not_a_curve("function", "wiggle's values"))
    elif found["function"] is None:
        results.fail("function", f"{where} the curve of wiggle itself; it drew {seen}")
    if "derivative" in flawed:
        results.fail("derivative", not_a_curve("derivative", "the derivative's values"))
    elif found["derivative"] is None and exact is not None:
        results.fail("derivative", "the derivative drawn is right, but it was not taken by autograd: the grader's "
                                   "wiggle has an autograd derivative that differs from the true one by a small "
                                   "marker, and the line lacks it (finite differences, or the formula typed by "
                                   "hand?); call backward() (or torch.autograd.grad) on wiggle's values")
        used.append(exact)  # (its labels and title still count)
    elif found["derivative"] is None:
        scaled = _scaled_line(drawn, marked)
        if scaled is not None:
            factor, points = scaled
            # (a mean divides by the number of points: 1/200 for a grid of 200, not just any factor below 1)
            seen = (f"the derivative times {factor:.4g}"
                    + (": backward() on the mean of wiggle's values divides each derivative by their number; "
                       "take .sum() (each value depends on its own x only)" if abs(factor * points - 1) <= 1e-3 else
                       f": backward() called {round(factor)} times on the same leaf (.grad adds up over the calls: "
                       "call it once, or reset the leaf's .grad to None in between), or wiggle evaluated at "
                       f"{round(factor)} times the grid (the chain rule brings that factor in: take the gradient "
                       "with respect to the points drawn)"
                       if abs(factor - round(factor)) < 1e-6 and round(factor) >= 2 else ""))
        results.fail("derivative", f"{where} the derivative {a * b:.4g} cos({b} x) {2 * c:+.4g} x {d:+g}, computed by "
                                   f"autograd from wiggle; it drew {seen}")
    if not any(figures.labelled(s.axes, s.figure) for s in used):
        texts = dict(zip("xy", figures.axis_labels(used[0].axes, used[0].figure))) if used else {}
        missing = [axis for axis, text in texts.items() if not text]
        results.fail("labels", (f"the {missing[0]} axis has no label (the other one reads "
                                f"{next(t for t in texts.values() if t)!r}): label both axes"
                                if len(missing) == 1 else "label the x axis and the y axis")
                     + (figures.EMPTY_FIGURE if figures.set_on_an_empty_figure(drawn, "labels") else ""))
    if not any(figures.title_of(s.axes, s.figure) for s in used):
        elsewhere = any(figures.title_of(axes, figure) for axes, figure in figures.axes_of(drawn))
        results.fail("title", "give the figure a title" + (
            figures.EMPTY_FIGURE if figures.set_on_an_empty_figure(drawn, "title") else
            ": a title was set, but on another figure (plt.title before plt.figure() titles a figure of its own)"
            if elsewhere else ""))
    results.gate(Substance(bool(used), "neither wiggle nor its derivative was found in the figure"), ("labels", "title"), FORM)
    return results.criteria(scale)


def _scaled_line(drawn, function) -> Optional[tuple[float, int]]:
    """The factor k of a drawn line on y = k function(x) (k not 1), and the line's number of
    points, if one is drawn."""
    for line in figures.series(drawn):
        want = function(line.x)
        if line.kind != "line" or len(line.x) < 20 or np.any(np.abs(want) < 1e-6):
            continue
        ratio = line.y / want
        if np.all(np.isfinite(ratio)) and abs(ratio[0]) > 1e-6 and np.ptp(ratio) <= 1e-4 * abs(ratio[0]) \
                and abs(ratio[0] - 1) > 1e-3:
            return float(ratio[0]), len(line.x)
    return None


def _redefines(code, name: str) -> bool:
    """Whether the last code cell (the plot's answer cell) binds ``name`` itself."""
    cells = code if isinstance(code, list) else []
    source = cells[-1].get("source", "") if cells and isinstance(cells[-1], dict) else ""
    return bool(re.search(rf"^\s*(def\s+{name}\b|{name}\s*=[^=])", source if isinstance(source, str) else "", re.M))


PARTS = {
    "pairwise_sq_dists": PartCheck(make_inputs=dists_inputs, judge=judge_pairwise_sq_dists,
                                   reads_code=True, function="pairwise_sq_dists"),
    "log_sum_exp": PartCheck(make_inputs=logits_inputs, judge=judge_log_sum_exp, function="log_sum_exp"),
    "softmax": PartCheck(make_inputs=logits_inputs, judge=judge_softmax, function="softmax"),
    "numerical_gradient": PartCheck(make_inputs=numerical_inputs, judge=judge_numerical_gradient,
                                    function="numerical_gradient"),
    "gradient_check": PartCheck(make_inputs=check_inputs, judge=judge_gradient_check, function="gradient_check",
                                replaced=("numerical_gradient",)),
    "value_and_grad": PartCheck(make_inputs=value_grad_inputs, judge=judge_value_and_grad, function="value_and_grad"),
    "plot_derivative": PartCheck(make_inputs=plot_inputs, judge=judge_plot_derivative,
                                 replay="plot_derivative_answer", reads_code=True, replaced=("value_and_grad",)),
}
