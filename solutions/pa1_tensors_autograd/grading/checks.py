"""Judges for PA1 (trusted: they run in the grader's process, never in the sandbox).

Every judge recomputes in float64 what the student's function should give on the inputs
the grader chose, so any correct way (loops or broadcasting where allowed, any stable
formula, torch or NumPy inside) earns full marks, and each criterion names what it saw.
Points for form (shape, no loops, no side effects, labels) are earned only when the
behaviour has substance (not a constant, not blind to its inputs, the same on a repeated
call; for the plot, one of its curves found): a constant of the right shape earns nothing.
The points come from the source notebook; each judge only splits them by weight.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from autograder.library.checks import BadData, PartCheck, close, field, floats, short
from autograder.library.points import Scale, notebook_points
from autograder.library.substance import Substance, substance
from autograder.results import Criterion

#: grade_id -> points, read from the source notebook (the judges only split them by weight).
POINTS = notebook_points(Path(__file__).resolve().parents[1])


# --------------------------------------------------------------------------- helpers

def _results(name: str, inputs: dict, data: dict, scale: Scale) -> tuple[list | None, list]:
    """(criteria all lost, []) if the probe or a call failed, else (None, per-case results)."""
    error = data.get("error") if isinstance(data, dict) else "no data came back"
    cases = [] if error else field(data, "cases", list)
    if not error and len(cases) != len(inputs["cases"]):
        raise BadData(f"expected results for {len(inputs['cases'])} cases, got {len(cases)}")
    error = error or next((c.get("error") if isinstance(c, dict) else "no result" for c in cases
                           if not isinstance(c, dict) or "error" in c), None)
    if error and str(error).startswith("NotImplementedError"):
        return scale.all_lost(f"{name.split('(')[0]} is not written yet (it raises NotImplementedError)"), []
    if error:
        return scale.all_lost(f"{name} raised {str(error)[:300]}"), []
    return None, cases


def _values(got: dict) -> np.ndarray | None:
    values = got.get("values")
    return floats(values) if isinstance(values, list) else None


def _matches(values: np.ndarray | None, want, *, rtol: float, atol: float) -> bool:
    """The returned numbers equal ``want`` element by element (any shape with as many entries)."""
    want = np.asarray(want, dtype=np.float64).reshape(-1)
    return values is not None and values.size == want.size and close(values, want, rtol=rtol, atol=atol)


def _shown(values: np.ndarray | None, got: dict) -> str:
    return short(values) if values is not None else f"a {got.get('type')}"


def _shape(got: dict) -> tuple:
    return tuple(got.get("shape", ())) if isinstance(got.get("shape"), list) else ("?",)


def _gated(scale: Scale, shown: Substance, label: str, ok: bool, good: str, bad: str) -> Criterion:
    """A criterion of form, earned only if the answer's behaviour has some substance."""
    if not shown.ok:
        return scale.criterion(label, False, good, f"not earned: {shown.reason}, so the form of the answer "
                               "cannot be credited")
    return scale.criterion(label, ok, good, bad)


def _repeated(cases: list) -> list:
    """The cases with the first one repeated second (the substance guard's determinism check)."""
    return [cases[0], dict(cases[0], repeat=True)] + cases[1:]


# --------------------------------------------------------------------------- part 1

def dists_inputs(rng: np.random.Generator) -> dict:
    cases = []
    for n, m, d in ((5, 3, 2), (4, 7, int(rng.integers(3, 6))), (6, 6, 4), (24, 24, 4)):
        a = rng.normal(0.0, 2.0, (n, d))
        b = rng.normal(1.0, 2.0, (m, d))
        if n == m == 6:
            b[:3] = a[:3]  # some pairs coincide: their distance is 0
        cases.append({"a": a.astype(np.float32).reshape(-1).tolist(), "b": b.astype(np.float32).reshape(-1).tolist(),
                      "n": n, "m": m, "d": d})
    return {"cases": _repeated(cases)}


def judge_pairwise_sq_dists(inputs: dict, data: dict) -> list[Criterion]:
    scale = Scale(POINTS["pairwise_sq_dists"], {"values": 8.0, "shape": 3.0, "no loops": 4.0})
    lost, cases = _results("pairwise_sq_dists(A, B)", inputs, data, scale)
    if lost:
        return lost
    values_ok, shape_ok, notes = True, True, {}
    for case, got in zip(inputs["cases"], cases):
        n, m, d = case["n"], case["m"], case["d"]
        a, b = (np.asarray(case[k]).reshape(-1, d) for k in ("a", "b"))
        want = ((a[:, None, :] - b[None, :, :]) ** 2).sum(-1)
        values = _values(got)
        match = _matches(values, want, rtol=1e-4, atol=1e-3)
        transposed = _matches(values, want.T, rtol=1e-4, atol=1e-3)
        if values_ok and not (match or transposed):
            values_ok = False
            hint = " (these are the distances, not their squares)" if _matches(values, np.sqrt(want), rtol=1e-4, atol=1e-3) else ""
            notes["values"] = (f"for A of shape ({n}, {d}) and B of shape ({m}, {d}) expected squared distances "
                               f"starting {short(want)}, got {_shown(values, got)}{hint}")
        if shape_ok and (got.get("type") != "torch.Tensor" or _shape(got) != (n, m)):
            shape_ok = False
            notes["shape"] = (f"expected a torch.Tensor of shape ({n}, {m}) for A ({n}, {d}) and B ({m}, {d}); got "
                              f"{got.get('type')} of shape {_shape(got)}"
                              + (": its values are those of B against A, transpose the roles" if transposed and not match else ""))
    small, large = (cases[-2].get("lines", 0), cases[-1].get("lines", 0))
    loops = not (isinstance(small, int) and isinstance(large, int) and large <= small + 2)
    shown = substance([_values(c) for c in cases], repeat=(0, 1), what="the result")
    return [
        scale.criterion("values", values_ok, "computes every squared distance ||A[i] - B[j]||^2", notes.get("values", "")),
        _gated(scale, shown, "shape", shape_ok, "returns a tensor of shape (n, m)", notes.get("shape", "")),
        _gated(scale, shown, "no loops", not loops, "uses broadcasting, no Python loop over the points",
               f"for 6 x 6 points your code ran {small} lines of Python and for 24 x 24 points {large}: it loops "
               "over the points; compute all pairs at once by broadcasting"),
    ]


# --------------------------------------------------------------------------- parts 2, 3

def logits_inputs(rng: np.random.Generator) -> dict:
    k = int(rng.integers(4, 7))
    moderate = rng.normal(0.0, 2.0, (3, k))
    huge = rng.normal(0.0, 3.0, (4, k))
    huge[0] += rng.uniform(900, 1100)
    huge[1] -= rng.uniform(900, 1100)
    huge[2, 0], huge[2, 1] = 1000.0, -1000.0
    huge[3] += 700.0 * np.sign(rng.normal(size=k))
    return {"cases": _repeated([{"z": moderate.astype(np.float32).tolist(), "label": "moderate"},
                                {"z": huge.astype(np.float32).tolist(), "label": "huge"}])}


def _lse(z: np.ndarray) -> np.ndarray:
    top = z.max(axis=1, keepdims=True)
    return (top + np.log(np.exp(z - top).sum(axis=1, keepdims=True)))[:, 0]


def _judge_rows(part: str, inputs: dict, data: dict, expect, out_shape, rtol: float) -> list[Criterion]:
    name = f"{part}(z)"
    scale = Scale(POINTS[part], {"values": 4.0, "stable": 4.0, "shape": 2.0})
    lost, cases = _results(name, inputs, data, scale)
    if lost:
        return lost
    verdicts, shape_ok, shape_note = {}, True, ""
    for case, got in zip(inputs["cases"], cases):
        z = np.asarray(case["z"], dtype=np.float64)
        want, values = expect(z), _values(got)
        want_rows, row, shown = want.reshape(len(z), -1), 0, str(got.get("type"))
        ok = values is not None and values.size == want.size
        if ok:  # name the first row that is wrong
            rows = values.reshape(len(z), -1)
            wrong = [i for i in range(len(z)) if not close(rows[i], want_rows[i], rtol=rtol, atol=1e-6)]
            ok, row, shown = not wrong, (wrong or [0])[0], short(rows[(wrong or [0])[0]])
            if not np.all(np.isfinite(rows[row])):
                shown += " (exp of a large logit overflows to inf, or all underflow to 0: shift by the row maximum)"
        verdicts[case["label"]] = (ok, f"for the row of logits {short(z[row])} (row {row + 1} of an input of shape "
                                       f"{z.shape}) expected {short(want_rows[row])}, got {shown}")
        if shape_ok and _shape(got) != out_shape(z):
            shape_ok, shape_note = False, f"for logits of shape {z.shape} expected shape {out_shape(z)}, got {_shape(got)}"
    shown = substance([_values(c) for c in cases], repeat=(0, 1), what="the result")
    return [
        scale.criterion("values", verdicts["moderate"][0], "right values on ordinary logits", verdicts["moderate"][1]),
        scale.criterion("stable", verdicts["huge"][0], "finite and right for logits like +-1000", verdicts["huge"][1]),
        _gated(scale, shown, "shape", shape_ok, f"returns shape {out_shape(np.zeros((2, 3)))} for logits (2, 3)", shape_note),
    ]


def judge_log_sum_exp(inputs: dict, data: dict) -> list[Criterion]:
    return _judge_rows("log_sum_exp", inputs, data, _lse, lambda z: (z.shape[0],), rtol=1e-5)


def judge_softmax(inputs: dict, data: dict) -> list[Criterion]:
    # float32 keeps ~7 digits, and z - LSE(z) near 1000 only ~4 of them: exp(z - LSE) is right to 1e-3.
    return _judge_rows("softmax", inputs, data, lambda z: np.exp(z - _lse(z)[:, None]), lambda z: z.shape, rtol=1e-3)


# --------------------------------------------------------------------------- parts 4-6

def _smooth(spec: dict, x: np.ndarray) -> tuple[float, np.ndarray]:
    """The probes' test function f(x) = sum(a sin x + b x^3) + c (w . x)^2 and its gradient."""
    a, b, w = (np.asarray(spec[k]).reshape(x.shape) for k in ("a", "b", "w"))
    dot = float((w * x).sum())
    return float((a * np.sin(x) + b * x ** 3).sum() + spec["c"] * dot ** 2), a * np.cos(x) + 3 * b * x ** 2 + 2 * spec["c"] * dot * w


def _function_case(rng: np.random.Generator, shape: tuple, **extra) -> dict:
    size = int(np.prod(shape))
    coefficients = {k: [round(float(v), 4) for v in rng.uniform(-1.5, 1.5, size)] for k in ("a", "b", "w")}
    return dict(coefficients, c=round(float(rng.uniform(0.2, 0.8)), 4), shape=list(shape),
                x=[round(float(v), 4) for v in rng.uniform(-1.5, 1.5, size)], **extra)


def _x(case: dict) -> np.ndarray:
    return np.asarray(case["x"], dtype=np.float64).reshape(case["shape"])


def _central(case: dict, x: np.ndarray, eps: float, forward: bool = False) -> np.ndarray:
    """Central (or forward) difference quotients of the test function at x, in float64."""
    f = lambda t: _smooth(case, t)[0]  # noqa: E731
    steps = np.eye(x.size).reshape(x.size, *x.shape) * eps
    return np.array([(f(x + s) - (f(x) if forward else f(x - s))) / (eps if forward else 2 * eps)
                     for s in steps]).reshape(x.shape)


def numerical_inputs(rng: np.random.Generator) -> dict:
    return {"cases": _repeated([_function_case(rng, (5,), eps=1e-6), _function_case(rng, (2, 3), eps=1e-5),
                                _function_case(rng, (4,), eps=round(float(rng.uniform(0.2, 0.4)), 3))])}


def judge_numerical_gradient(inputs: dict, data: dict) -> list[Criterion]:
    scale = Scale(POINTS["numerical_gradient"], {"values": 6.0, "shape": 3.0, "central difference": 4.0, "x unchanged": 2.0})
    lost, cases = _results("numerical_gradient(f, x, eps)", inputs, data, scale)
    if lost:
        return lost
    notes, oks = {}, {label: True for label in scale.names}
    for case, got in zip(inputs["cases"], cases):
        x, eps = _x(case), case["eps"]
        values = _values(got)
        exact = _smooth(case, x)[1]
        shown = _shown(values, got)
        if eps < 1e-4:
            label, ok = "values", _matches(values, exact, rtol=1e-3, atol=5e-4)
            note = f"at x = {short(x)} with eps = {eps:g} expected about the gradient {short(exact)}, got {shown}"
        else:
            want = _central(case, x, eps)
            label, ok = "central difference", _matches(values, want, rtol=1e-6, atol=1e-8)
            note = (f"with eps = {eps:g} at x = {short(x)} expected (f(x + eps e_i) - f(x - eps e_i)) / (2 eps) = "
                    f"{short(want)}, got {shown}")
            if _matches(values, _central(case, x, eps, forward=True), rtol=1e-6, atol=1e-8):
                note += ": that is the forward difference (f(x + eps) - f(x)) / eps"
            elif _matches(values, exact, rtol=1e-5, atol=1e-6):
                note += ": that is the exact gradient, so eps was not used as the step"
        if oks[label] and not ok:
            oks[label], notes[label] = False, note
        if oks["shape"] and (got.get("type") != "torch.Tensor" or _shape(got) != x.shape):
            oks["shape"] = False
            notes["shape"] = (f"for x of shape {x.shape} expected a tensor of that shape, got {got.get('type')} "
                              f"of shape {_shape(got)}")
        if oks["x unchanged"] and got.get("x_untouched") is not True:
            oks["x unchanged"], notes["x unchanged"] = False, "x was changed (its values, requires_grad or .grad): work on a copy"
    shown = substance([_values(c) for c in cases], repeat=(0, 1), what="the gradient")
    return [
        scale.criterion("values", oks["values"], "approximates the gradient", notes.get("values", "")),
        _gated(scale, shown, "shape", oks["shape"], "returns a tensor shaped like x", notes.get("shape", "")),
        scale.criterion("central difference", oks["central difference"], "uses central differences with the given eps",
                  notes.get("central difference", "")),
        _gated(scale, shown, "x unchanged", oks["x unchanged"], "leaves x as it was", notes.get("x unchanged", "")),
    ]


def check_inputs(rng: np.random.Generator) -> dict:
    cases = []
    for scale, shift in ((1.0, 0.0), (round(float(rng.uniform(1.3, 2.0)), 3), 0.0), (1.0, round(float(rng.uniform(0.2, 0.6)), 3))):
        case = _function_case(rng, (int(rng.integers(3, 7)),), eps=1e-6, scale=scale)
        case["shift"] = [shift * float(s) for s in np.sign(rng.normal(size=len(case["x"])))]
        cases.append(case)
    return {"cases": cases}


def judge_gradient_check(inputs: dict, data: dict) -> list[Criterion]:
    scale = Scale(POINTS["gradient_check"], {"wrong gradient": 6.0, "right gradient": 4.0})
    lost, cases = _results("gradient_check(f, x, eps)", inputs, data, scale)
    if lost:
        return lost
    wrong_ok, wrong_note, flagged = True, "", True
    right_ok, right_note = True, ""
    for case, got in zip(inputs["cases"], cases):
        x = _x(case)
        true = _smooth(case, x)[1]
        claimed = case["scale"] * true + np.asarray(case["shift"]).reshape(x.shape)
        want = np.linalg.norm(claimed - true) / (np.linalg.norm(claimed) + np.linalg.norm(true))
        values = _values(got)
        value = float(values[0]) if values is not None and values.size == 1 else None
        shown = f"{value:.6g}" if value is not None else f"{got.get('type')} {short(values) if values is not None else ''}"
        if want == 0.0:
            if right_ok and not (value is not None and 0.0 <= value < 1e-6):
                right_ok, right_note = False, f"when autograd's gradient is right the relative error should be below 1e-6, got {shown}"
            continue
        flagged = flagged and value is not None and value > 1e-3
        if wrong_ok and not (value is not None and abs(value - want) <= 1e-4 * want):
            wrong_ok = False
            how = f"{case['scale']:.3g} times" if case["scale"] != 1 else "shifted from"
            wrong_note = (f"when autograd's gradient is {how} the true one "
                          f"the relative error ||g_auto - g_num|| / (||g_auto|| + ||g_num||) is {want:.6g}, got {shown}")
            by_max = np.linalg.norm(claimed - true) / max(np.linalg.norm(claimed), np.linalg.norm(true))
            if value is not None and abs(value - by_max) < 1e-4 * want:
                wrong_note += " (that divides by the larger norm, not by the sum of the norms)"
    if right_ok and not flagged:
        right_ok, right_note = False, "it reports a tiny error even when autograd's gradient is wrong, so a small value means nothing"
    return [scale.criterion("wrong gradient", wrong_ok, "measures the relative error of a wrong gradient", wrong_note),
            scale.criterion("right gradient", right_ok, "reports about 0 for a right gradient", right_note)]


def value_grad_inputs(rng: np.random.Generator) -> dict:
    return {"cases": [_function_case(rng, (4,)), _function_case(rng, (2, 3)), _function_case(rng, (5,), leaf=True)]}


def judge_value_and_grad(inputs: dict, data: dict) -> list[Criterion]:
    scale = Scale(POINTS["value_and_grad"], {"value": 4.0, "gradient": 6.0, "no side effects": 5.0})
    lost, cases = _results("value_and_grad(f, x)", inputs, data, scale)
    if lost:
        return lost
    oks, notes, firsts = {label: True for label in scale.names}, {}, []
    for case, got in zip(inputs["cases"], cases):
        x = _x(case)
        value, grad = _smooth(case, x)
        calls = field(got, "calls", list)
        errors = [c.get("error") for c in calls if isinstance(c, dict) and "error" in c]
        if errors or len(calls) != 2:
            return scale.all_lost(f"value_and_grad(f, x) failed: {str(errors[:1])[:300]}")
        grads = [_values(field(c, "grad", dict)) for c in calls]
        got_value = _values(field(calls[0], "value", dict))
        good = _matches(grads[0], grad, rtol=1e-6, atol=1e-8)
        if oks["value"] and not _matches(got_value, [value], rtol=1e-6, atol=1e-8):
            oks["value"] = False
            notes["value"] = f"at x = {short(x)} expected f(x) = {value:.6g}, got {_shown(got_value, calls[0]['value'])}"
        shape = tuple(field(calls[0], "grad", dict).get("shape", ()))
        if not case.get("leaf") and oks["gradient"] and not (good and shape == x.shape):
            oks["gradient"] = False
            notes["gradient"] = (f"at x = {short(x)} (shape {x.shape}) expected the gradient {short(grad)} of that shape, "
                                 f"got {_shown(grads[0], calls[0]['grad'])} of shape {shape}")
        firsts.append(grads[0])
        repeats = grads[0] is not None and grads[1] is not None and close(grads[1], grads[0], rtol=1e-9, atol=1e-12)
        stale = case.get("leaf") and grads[0] is not None and grads[0].size == x.size \
            and close(grads[0], grad.reshape(-1) + 1.0, rtol=1e-6, atol=1e-8)
        if oks["no side effects"] and not (repeats and not stale and got.get("x_untouched") is True):
            oks["no side effects"] = False
            if stale:
                why = ("for an x that already had requires_grad and a .grad of ones, the result included that old "
                       ".grad: gradients accumulate, so use a fresh leaf (x.detach().clone().requires_grad_())")
            elif not repeats:
                why = (f"calling it twice on the same x gave {short(grads[0])} then {short(grads[1])}: .grad "
                       "accumulates across backward() calls; work on a fresh copy of x")
            else:
                why = "the caller's x was changed (its requires_grad, its .grad or its values): work on a copy"
            notes["no side effects"] = why
    shown = substance(firsts, what="the gradient")
    return [scale.criterion("value", oks["value"], "returns f(x)", notes.get("value", "")),
            scale.criterion("gradient", oks["gradient"], "returns autograd's gradient, shaped like x", notes.get("gradient", "")),
            _gated(scale, shown, "no side effects", oks["no side effects"],
                   "repeatable, and leaves the caller's x and its .grad alone", notes.get("no side effects", ""))]


# --------------------------------------------------------------------------- part 7

def plot_inputs(rng: np.random.Generator) -> dict:
    return {"a": round(float(rng.uniform(0.6, 2.0)), 3), "b": round(float(rng.uniform(1.2, 3.0)), 3),
            "c": round(float(rng.uniform(-0.4, 0.4)), 3), "d": round(float(rng.uniform(-1.0, 1.0)), 3)}


def judge_plot_derivative(inputs: dict, data: dict) -> list[Criterion]:
    scale = Scale(POINTS["plot_derivative"], {"function": 3.0, "derivative": 5.0, "labels": 1.0, "title": 1.0})
    error = data.get("error") if isinstance(data, dict) else "no data came back"
    if error:
        return scale.all_lost(f"the plot could not be checked: {str(error)[:300]}")
    a, b, c, d = (inputs[k] for k in "abcd")
    curves = {"function": lambda x: a * np.sin(b * x) + c * x ** 2 + d * x,
              "derivative": lambda x: a * b * np.cos(b * x) + 2 * c * x + d}
    found, axes_used, figures = {}, [], field(data, "replay", list, [])
    for figure in figures:
        for axes in field(figure, "axes", list, []):
            for line in field(axes, "lines", list, []):
                try:
                    x, y = floats(field(line, "x", list)), floats(field(line, "y", list))
                except BadData:
                    continue
                if len(x) != len(y) or len(x) < 20 or not np.all(np.isfinite(x)) or np.ptp(x) < 2.0:
                    continue
                for name, g in curves.items():
                    if name not in found and close(y, g(x), rtol=1e-4, atol=1e-4):
                        found[name] = True
                        axes_used.append((axes, figure))
    labelled = any(field(ax, "xlabel", str, "").strip() and field(ax, "ylabel", str, "").strip() for ax, _ in axes_used)
    titled = any(field(ax, "title", str, "").strip() or field(fig, "suptitle", str, "").strip() for ax, fig in axes_used)
    drawn = "no figure" if not figures else f"{len(figures)} figure(s) without such a line"
    drew = Substance(bool(found), "neither wiggle nor its derivative was found in the figure")
    where = (f"the grader re-ran the plot cell with wiggle(x) = {a} sin({b} x) {c:+g} x^2 {d:+g} x; it should draw "
             "(on a grid of at least 20 points spanning at least 2 units)")
    return [
        scale.criterion("function", "function" in found, "plots wiggle on a grid", f"{where} the curve of wiggle itself; it drew {drawn}"),
        scale.criterion("derivative", "derivative" in found, "plots the derivative from autograd",
                  f"{where} the derivative {a * b:.4g} cos({b} x) {2 * c:+.4g} x {d:+g}, computed by autograd from "
                  f"wiggle; it drew {drawn}"),
        _gated(scale, drew, "labels", labelled, "labels both axes", "label the x axis and the y axis"),
        _gated(scale, drew, "title", titled, "has a title", "give the figure a title"),
    ]


PARTS = {
    "pairwise_sq_dists": PartCheck(make_inputs=dists_inputs, judge=judge_pairwise_sq_dists),
    "log_sum_exp": PartCheck(make_inputs=logits_inputs, judge=judge_log_sum_exp),
    "softmax": PartCheck(make_inputs=logits_inputs, judge=judge_softmax),
    "numerical_gradient": PartCheck(make_inputs=numerical_inputs, judge=judge_numerical_gradient),
    "gradient_check": PartCheck(make_inputs=check_inputs, judge=judge_gradient_check),
    "value_and_grad": PartCheck(make_inputs=value_grad_inputs, judge=judge_value_and_grad),
    "plot_derivative": PartCheck(make_inputs=plot_inputs, judge=judge_plot_derivative, replay="plot_derivative_answer"),
}
