"""Judges of PA1's parts 4-6, the gradients: ``numerical_gradient``, ``gradient_check`` and
``value_and_grad`` (trusted: the grader's process).  Each f handed to the student's code is
one the grader chose, its gradient known in float64 (see ``probes.py``)."""

from __future__ import annotations

from typing import Optional

import numpy as np

from autograder.library.cases import Findings, call_outputs, case_records, not_written, raised
from autograder.library.checks import REORDERED, BadData, close, differs_note, field, floats, how_it_differs, short
from autograder.library.hints import error_hint
from autograder.library.substance import Substance, changed, has_numbers, substance, with_repeat
from autograder.library.values import Output, read_call, read_value, same_values
from autograder.results import Criterion

from .common import FORM, _core, _edge, _raised_on, _scale, _shown, _squeezed, _x_words

STEPS_LEFT = (": the first entry is right and the later ones are not, as if each entry's steps stayed in place "
              "for the next: start every entry from an unchanged copy of x")


def _central_tolerance(out: Output, want: np.ndarray) -> dict:
    """How close a central difference must come to the grader's (float64): float32's rounding
    of x and of the steps moves a quotient by about 1e-7 of the gradient's scale, which the
    formula criterion does not judge (the values criterion does, at small steps)."""
    if str(out.dtype or "") in ("float32", "float16", "bfloat16"):
        return {"rtol": 1e-4, "atol": 1e-5 * (1.0 + float(np.max(np.abs(want), initial=0.0)))}
    return {"rtol": 1e-6, "atol": 1e-8}


def _stopped_early(out: Output, want: np.ndarray, *, rtol: float = 1e-6, atol: float = 1e-8) -> str:
    """Why the result is right at its first entries and exactly 0 at all the others ('' if it
    is not): the loop did not reach every entry."""
    got, want = out.values, np.asarray(want, dtype=np.float64).reshape(-1)
    if got is None or got.size != want.size or got.size < 2:
        return ""
    right = np.abs(got - want) <= atol + rtol * np.abs(want)
    reached = int(np.argmin(right)) if not right.all() else got.size
    if not 0 < reached < got.size or np.any(got[reached:] != 0) or not np.any(want[reached:] != 0):
        return ""
    return (f": the first {reached} of the {got.size} entries are right and the rest were left at 0, so the loop "
            "stops before the end (len(x) counts only the first dimension; x.numel() counts every entry)")


def _first_only(out: Output, want: np.ndarray, *, rtol: float = 1e-6, atol: float = 1e-8) -> bool:
    """Whether only the first of several returned numbers is right."""
    got, want = out.values, np.asarray(want, dtype=np.float64).reshape(-1)
    return (got is not None and got.size == want.size > 1 and close(got[:1], want[:1], rtol=rtol, atol=atol)
            and not np.any(np.abs(got[1:] - want[1:]) <= atol + rtol * np.abs(want[1:])))


# --------------------------------------------------------------------------- parts 4-6

def _smooth(spec: dict, x: np.ndarray) -> tuple[float, np.ndarray]:
    """The probes' test function f(x) = sum(a sin x + b x^3) + c (w . x)^2 (+ the case's
    constant ``offset`` and linear term ``lin . x``) and its gradient."""
    a, b, w = (np.asarray(spec[k]).reshape(x.shape) for k in ("a", "b", "w"))
    lin = np.asarray(spec.get("lin") or np.zeros(x.size), dtype=np.float64).reshape(x.shape)
    dot = float((w * x).sum())
    value = float((a * np.sin(x) + b * x ** 3).sum() + spec["c"] * dot ** 2 + (lin * x).sum()) + spec.get("offset", 0.0)
    return value, a * np.cos(x) + 3 * b * x ** 2 + 2 * spec["c"] * dot * w + lin


def _function_case(rng: np.random.Generator, shape: tuple, **extra) -> dict:
    size = int(np.prod(shape))
    coefficients = {k: [round(float(v), 4) for v in rng.uniform(-1.5, 1.5, size)] for k in ("a", "b", "w")}
    return dict(coefficients, c=round(float(rng.uniform(0.2, 0.8)), 4), shape=list(shape),
                x=[round(float(v), 4) for v in rng.uniform(-1.5, 1.5, size)], **extra)


def _untouched(record: dict, case: dict, atol: float = 1e-9) -> bool:
    """Whether the call left x as it was given: its flags as the probe saw them, its values
    compared here (a student's code may have replaced torch's comparisons in the kernel)."""
    try:
        after = floats(field(record, "x_after", list))
    except BadData:
        return False
    return record.get("x_flags") is True and close(after, _x(case).reshape(-1), rtol=0.0, atol=atol)


def _x(case: dict) -> np.ndarray:
    return np.asarray(case["x"], dtype=np.float64).reshape(case["shape"])


def _across(rng: np.random.Generator, case: dict) -> dict:
    """``case`` with a linear term g . x added to f, g orthogonal to x: f is unchanged along
    the line through 0 and x, its gradient is not (it moves by g).  An answer that measures f
    along x alone (one difference quotient in x's direction, times x's direction) stays put.
    Its largest entry is 2.5 to 4 in size: a gradient stored in an integer tensor (each entry
    cut to an integer) moves with it too, where entries under 1 could all be cut away."""
    x = np.asarray(case["x"], dtype=np.float64)
    g = rng.uniform(-1.0, 1.0, x.size)
    g -= (g @ x) / (x @ x) * x
    g *= rng.uniform(2.5, 4.0) / np.abs(g).max()
    return dict(case, lin=[float(v) for v in g], across=True)


#: What an answer that stays put on :func:`_across` computes.
ALONG_X = ("the gradient stayed the same when f changed across x only (a term g . x with g orthogonal to x was "
           "added: f is the same along the line through x, its gradient is not): it measures how f changes along "
           "x alone, not each entry's partial derivative")


def _stays_across(cases: list[dict], values: list, *, tol: float) -> Optional[Substance]:
    """No substance if the result of :func:`_across`'s case equals that of the case it was made from."""
    for i, (case, value) in enumerate(zip(cases, values)):
        if case.get("across"):
            base = _base_of(cases, i)
            if value is not None and base is not None and values[base] is not None \
                    and not changed(value, values[base], tol=tol):
                return Substance(False, ALONG_X)
    return None


def _one_direction(cases: list[dict], values: list) -> Optional[Substance]:
    """No substance if, at every x tried with another function (``other_f``, ``across``), the
    result points the same way as for the first function there: one slope measured along one
    direction and spread over the entries (along x, or along ones) changes in size with f, never
    in direction, where the gradients of two functions at one point point anywhere."""
    pairs = []
    for i, (case, value) in enumerate(zip(cases, values)):
        if case.get("other_f") or case.get("across"):
            base = _base_of(cases, i)
            pairs.append((value, None if base is None else values[base]))
    flat = [[None if v is None else np.asarray(v, dtype=np.float64).reshape(-1) for v in pair] for pair in pairs]
    if len(flat) < 2 or any(a is None or b is None or a.shape != b.shape for a, b in flat):
        return None
    norms = [(np.linalg.norm(a), np.linalg.norm(b)) for a, b in flat]
    if all(na > 0 and nb > 0 and abs(float(a @ b)) >= (1 - 1e-6) * na * nb for (a, b), (na, nb) in zip(flat, norms)):
        return Substance(False, "at each point x tried, the results for different functions f point in one same "
                                "direction (only their size changes): one slope measured along a direction and spread "
                                "over the entries is no gradient; take each entry's own partial derivative")
    return None


def _marker(rng: np.random.Generator) -> dict:
    """Coefficients of the small marker the probe's f adds to its autograd gradient."""
    return {"e": round(float(rng.uniform(0.05, 0.1)), 3), "k": round(float(rng.uniform(2.0, 4.0)), 3)}


def _autograd_gradient(case: dict, x: np.ndarray) -> np.ndarray:
    """The gradient autograd gives for the probe's marked f: the true one plus its marker."""
    return _smooth(case, x)[1] + case["e"] * (1.5 + np.cos(case["k"] * x))


def _central(case: dict, x: np.ndarray, eps: float, forward: bool = False) -> np.ndarray:
    """Central (or forward) difference quotients of the test function at x, in float64."""
    f = lambda t: _smooth(case, t)[0]  # noqa: E731
    steps = np.eye(x.size).reshape(x.size, *x.shape) * eps
    return np.array([(f(x + s) - (f(x) if forward else f(x - s))) / (eps if forward else 2 * eps)
                     for s in steps]).reshape(x.shape)


def numerical_inputs(rng: np.random.Generator) -> dict:
    # The large-eps case's f is one autograd can follow, its gradient marked (see the probe's
    # _Marked): an answer that takes autograd's gradient where it can does not use eps there.
    cases = [_function_case(rng, (5,), eps=1e-6), _function_case(rng, (2, 3), eps=1e-5),
             dict(_function_case(rng, (4,), eps=round(float(rng.uniform(0.2, 0.4)), 3)), autograd=True,
                  **_marker(rng))]
    elsewhere = [round(float(v), 4) for v in rng.uniform(-1.5, 1.5, len(cases[0]["x"]))]
    # Last, the first case's x with another function: an answer that never calls f stays put.
    other_f = dict(_function_case(rng, (5,), eps=1e-6), x=cases[0]["x"], other_f=True)
    # Before it, the large-eps case with a constant added to f: a gradient cannot change.
    shifted = dict(cases[2], offset=round(float(rng.uniform(20.0, 60.0)), 2))
    # After them, the shapes "x of any shape" also allows: a 3-D x at a tiny and at a large eps
    # (x[i] or x[i, j] of it is a whole slice, not an entry), and a 0-d x (nothing to index).
    edges = [_function_case(rng, (2, 1, 3), eps=1e-6, edge=True),
             _function_case(rng, (1, 2, 2), eps=round(float(rng.uniform(0.2, 0.4)), 3), edge=True),
             _function_case(rng, (), eps=1e-6, edge=True)]
    # And the large-eps case with f changed across x only (drawn last: the cases above stay as
    # they were): at that step, rounding leaves the added g exact in any precision.
    across = _across(rng, cases[2])
    # Last of all, an x of 15 entries: an answer right only for the few entries above shows.
    larger = _function_case(rng, (3, 5), eps=1e-6)
    # After it (drawn last), an x whose entries come in equal pairs and zeros: an answer that
    # finds entry i by its value nudges every equal entry with it.
    tied = _function_case(rng, (6,), eps=1e-6)
    tied["x"] = [tied["x"][0], tied["x"][0], 0.0, 0.0, tied["x"][1], tied["x"][1]]
    return {"cases": with_repeat(cases, variant=dict(cases[0], x=elsewhere)) + [shifted, across, other_f] + edges
            + [larger, tied]}


#: Why an answer right on the usual shapes is wrong on an edge one.
ANY_SHAPE = (" (right on the other shapes tried: x may have any shape, 0-d and 3-D too, and x[i] or x[i, j] of a "
             "3-D x is a whole slice, not one entry; index a flat copy, x.reshape(-1)[i], to reach each entry)")


#: The flags of a case made from another at the same x (f shifted by a constant, changed across
#: x, replaced by another f, or the same call again).
VARIANTS = ("offset", "across", "other_f", "repeat")


def _base_of(cases: list[dict], index: int) -> Optional[int]:
    """The case that ``cases[index]`` (one of the :data:`VARIANTS`) was made from: the first
    plain case at its x."""
    x = cases[index]["x"]
    return next((i for i, c in enumerate(cases) if c["x"] == x and not any(c.get(v) for v in VARIANTS)), None)


def _changed_by_a_constant(cases: list[dict], values: list, *, tol: float) -> Optional[Substance]:
    """No substance if a result changed (beyond ``tol``) when a constant was added to f: a
    gradient cannot (None when none did)."""
    for i, case in enumerate(cases):
        base = _base_of(cases, i) if case.get("offset") else None
        # (a gradient missing from either, None say, is no change: the substance gate names it)
        if base is not None and has_numbers(values[i]) and has_numbers(values[base]) \
                and changed(values[i], values[base], tol=tol):
            return Substance(False, "the gradient changed when a constant was added to f: a gradient follows how "
                                    "f changes, not its value")
    return None


def judge_numerical_gradient(inputs: dict, data: dict) -> list[Criterion]:
    scale = _scale("numerical_gradient")
    lost, records = case_records("numerical_gradient(f, x, eps)", inputs, data, scale, tolerated=_edge)
    if lost:
        return lost
    outs = [read_call(r) for r in records]
    found = Findings({"values": "approximates the gradient", "shape": "returns a tensor shaped like x",
                      "central difference": "uses central differences with the given eps", "x unchanged": "leaves x as it was"})
    for case, record, out in zip(inputs["cases"], records, outs):
        x, eps = _x(case), case["eps"]
        exact = _smooth(case, x)[1]
        # An edge shape names itself, and, when the usual shapes were right, the likely cause.
        where = f"for {_x_words(x.shape)} " if case.get("edge") else ""
        # No gradient at all for an edge shape (an error, None) is a gradient missing there,
        # whatever the step; wrong numbers at a large eps are not central differences.
        missing = case.get("edge") and out.values is None
        criterion = "values" if missing or eps < 1e-4 else "central difference"
        cause = ANY_SHAPE if case.get("edge") and found.ok(criterion) and x.ndim else ""
        if missing:
            found.fail("values", f"{where}with eps = {eps:g} it "
                                 + (_raised_on(out, x.shape) if out.error else f"returned {out.kind}")
                                 + f": the spec says x may have any shape{cause}")
            if out.error:  # (nothing came back to judge further)
                continue
        elif eps < 1e-4:
            if not same_values(out, exact, rtol=1e-3, atol=5e-4):
                single = (f" (returned as {out.dtype}: with eps = {eps:g}, single precision rounds f's values by "
                          "about 1e-7 of their size, which swamps a difference that small; compute in x's dtype)"
                          if out.dtype == "float32" and x.dtype == np.float64 else "")
                found.fail("values", f"{where}at x = {short(x)} with eps = {eps:g} expected about the gradient "
                                     f"{short(exact)}, "
                                     + (f"got {_shown(out)}{early}" if (early := _stopped_early(out, exact, rtol=1e-3, atol=5e-4))
                                        else f"got {_shown(out)}{STEPS_LEFT}" if _first_only(out, exact, rtol=1e-3, atol=5e-4)
                                        else f"got {_shown(out, exact)}{single}{cause}"))
        elif not same_values(out, want := _central(case, x, eps), **(tolerance := _central_tolerance(out, want))):
            if how_it_differs(out.values, want, **tolerance) == REORDERED:
                # The central differences, each in another entry's place (a column-major fill, say):
                # the step is right, where each difference goes is not, which "values" is about.
                found.fail("values", f"{where}with eps = {eps:g} at x = {short(x)} expected "
                                     f"(f(x + eps e_i) - f(x - eps e_i)) / (2 eps) = {short(want)}, got "
                                     f"{_shown(out, want, **tolerance)}")
            else:
                hint = ""
                if same_values(out, _central(case, x, eps, forward=True), rtol=1e-6, atol=1e-8):
                    hint = ": that is the forward difference (f(x + eps) - f(x)) / eps"
                elif same_values(out, exact, rtol=1e-5, atol=1e-6):
                    hint = (": that is the exact gradient, not the central difference with step eps (eps unused "
                            "as the step, or a higher-order formula, such as Richardson's, that cancels the "
                            "difference's error: the part asks for the plain central difference)")
                elif case.get("autograd") and same_values(out, _autograd_gradient(case, x), rtol=1e-5, atol=1e-6):
                    hint = (": that is autograd's gradient (this f is one autograd can follow), not a difference "
                            "quotient with step eps")
                elif not _untouched(record, case):
                    hint = (": x itself was changed while they were taken, so later entries were measured at a "
                            "moved point")
                elif _stopped_early(out, want):
                    hint = _stopped_early(out, want)
                elif _first_only(out, want):
                    hint = STEPS_LEFT
                elif str(out.dtype or "").startswith(("int", "uint", "bool")):
                    hint = (f": the result tensor is {out.dtype}, so each entry lost its fraction when stored (make it "
                            "in x's dtype, e.g. torch.zeros_like(x) of the float x)")
                note = (f"{where}with eps = {eps:g} at x = {short(x)} expected "
                        f"(f(x + eps e_i) - f(x - eps e_i)) / (2 eps) = {short(want)}, got "
                        f"{_shown(out, None if hint else want, **tolerance)}{hint or cause}")
                found.fail("central difference", note)
        if not (out.is_tensor and out.shape == x.shape):
            found.fail("shape", f"for {_x_words(x.shape)} expected a tensor of that shape, got "
                                f"{out.kind}{_squeezed(out.shape, x.shape)}")
        if not _untouched(record, case, atol=0.0):
            found.fail("x unchanged", "x was changed by rounding (its entries are off by about 1e-16 after the "
                                      "call): nudging x in place and undoing the nudge by arithmetic (+= eps, then "
                                      "-= 2 * eps, += eps) does not give back the same float; nudge a copy, or put "
                                      "each entry's saved value back" if _untouched(record, case) else
                                      "x was changed (its values, requires_grad or .grad): work on a copy")
    # (the edge cases are left out: the others show whether the answer has substance)
    cases, values = _core(inputs["cases"], inputs["cases"]), _core(inputs["cases"], [o.values for o in outs])
    follows_f = all(changed(value, values[_base_of(cases, i)]) for i, (case, value) in enumerate(zip(cases, values))
                    if case.get("other_f"))
    shifted = _changed_by_a_constant(cases, values, tol=1e-3)  # (difference quotients round a little)
    # (A gradient that changes from one call to the next on the same f and x changes with a
    # constant added too: the substance gate names the plainer cause.)
    if shifted and not (has_numbers(values[0]) and has_numbers(values[1]) and changed(values[1], values[0], tol=1e-3)):
        found.gate(shifted, ("shape", "x unchanged"), FORM)
    wants = [_smooth(case, _x(case))[1] for case in cases]
    found.gate(substance(values, repeat=(0, 1), variant=(0, 2), what="the gradient", expected=wants,
                         responds={"f": follows_f}, needs=("f",)), ("shape", "x unchanged"), FORM, values=("values",))
    # (after: an answer that ignores f is told that first)
    for lacking in (_stays_across(cases, values, tol=1e-3), _one_direction(cases, values)):
        if lacking:
            found.gate(lacking, ("shape", "x unchanged"), FORM)
    return found.criteria(scale)


def check_inputs(rng: np.random.Generator) -> dict:
    """A right gradient, one scaled and one shifted, each asked twice, in an order drawn
    from the submission's seed: an answer that follows the order of the calls (or any
    state) instead of f and x gives two results for one case."""
    cases = []
    for key, (scale, shift) in enumerate(((1.0, 0.0), (round(float(rng.uniform(1.3, 2.0)), 3), 0.0),
                                          (1.0, round(float(rng.uniform(0.2, 0.6)), 3)))):
        case = _function_case(rng, (int(rng.integers(3, 7)),), eps=1e-6, scale=scale, key=key)
        case["shift"] = [shift * float(s) for s in np.sign(rng.normal(size=len(case["x"])))]
        cases.append(case)
    asked = cases + [dict(case, repeat=True) for case in cases]
    # A function whose gradient is zero everywhere: the relative error is 0/0, defined as 0.0.
    flat = _function_case(rng, (int(rng.integers(3, 7)),), eps=1e-6, scale=1.0, key=len(cases))
    flat.update({k: [0.0] * len(flat["x"]) for k in ("a", "b", "w")}, shift=[0.0] * len(flat["x"]))
    order = rng.permutation(len(asked))
    # Last, x of other shapes (the check's f takes "a tensor shaped like x", and the notebook's
    # numerical_gradient any shape): a matrix and a 3-D x, each with a right gradient and a
    # wrong one, asked once; x[i] of them is a whole slice and len(x) counts the rows only.
    edges = []
    kinds = (((2, 3), 1.0, 0.0), ((2, 3), round(float(rng.uniform(1.3, 2.0)), 3), 0.0),
             ((2, 1, 2), 1.0, 0.0), ((2, 1, 2), 1.0, round(float(rng.uniform(0.2, 0.6)), 3)))
    for key, (shape, scale, shift) in enumerate(kinds, start=len(cases) + 1):
        case = _function_case(rng, shape, eps=1e-6, scale=scale, key=key, edge=True)
        case["shift"] = [shift * float(s) for s in np.sign(rng.normal(size=len(case["x"])))]
        edges.append(case)
    # After them all (drawn last), another function at the x of the scaled case, its gradient
    # right: a check that keeps results by x alone (or by id(f), which Python reuses once an f
    # is freed) answers with the scaled case's error.
    other = _function_case(rng, (len(cases[1]["x"]),), eps=1e-6, scale=1.0, key=len(cases) + 1 + len(kinds))
    other.update(x=cases[1]["x"], shift=[0.0] * len(cases[1]["x"]), other_f=True)
    # And a backward that returns zeros (the commonest broken one: relative error 1), its f a
    # plain Python function calling the autograd Function, as a student's f is.
    zero = _function_case(rng, (int(rng.integers(3, 7)),), eps=1e-6, scale=0.0, key=other["key"] + 1, plain=True)
    zero["shift"] = [0.0] * len(zero["x"])
    # Last (drawn last), a wrong gradient of an f scaled down to gradients of about 1e-9: the
    # relative error does not depend on f's scale (a guard for 0 / 0 that tests the norms
    # against some small threshold instead of 0 reports 0.0 there).
    tiny = _function_case(rng, (int(rng.integers(3, 7)),), eps=1e-6, scale=round(float(rng.uniform(1.3, 2.0)), 3),
                          key=zero["key"] + 1, tiny=True)
    tiny.update({k: [v * 1e-9 for v in tiny[k]] for k in ("a", "b")}, c=tiny["c"] * 1e-9, shift=[0.0] * len(tiny["x"]))
    return {"cases": [asked[i] for i in order] + [flat] + edges + [other, zero, tiny]}


def _relative_error(case: dict) -> float:
    """What gradient_check should report for the case: ||g_auto - g_num|| / (||g_auto|| + ||g_num||)."""
    x = _x(case)
    true = _smooth(case, x)[1]
    claimed = case["scale"] * true + np.asarray(case["shift"]).reshape(x.shape)
    norms = np.linalg.norm(claimed) + np.linalg.norm(true)
    return float(np.linalg.norm(claimed - true) / norms) if norms else 0.0


def _unstable(cases: list, values: list, dirty: bool = False) -> dict[str, str]:
    """Criterion -> why, for each case whose two calls gave different results (``dirty``: a
    call left requires_grad or a .grad on the x it was given, which the repeat gets again)."""
    first: dict = {}
    lost: dict[str, str] = {}
    for case, value in zip(cases, values):
        if case["key"] not in first:
            first[case["key"]] = value
            continue
        before = first[case["key"]]
        if before == value or (before is not None and value is not None and abs(before - value) <= 1e-9 * (1 + abs(before))):
            continue
        right = _relative_error(case) == 0.0
        shown = [f"{v:.6g}" if v is not None else "no number" for v in (before, value)]
        why = (f"called twice with the same f and x (autograd's gradient {'right' if right else 'wrong'}), it gave "
               f"{shown[0]} then {shown[1]}: " + (
                   "it leaves requires_grad or a .grad on the caller's x, so the second backward() adds into the first "
                   "one's .grad; take autograd's gradient on a copy, x.detach().clone().requires_grad_(), and leave x "
                   "as it was given" if dirty else
                   "a result that depends on the calls before it, not on f and x, measures nothing"))
        for name in (("right gradient",) if right else ("wrong gradient", "right gradient")):
            lost.setdefault(name, why)
    return lost


def judge_gradient_check(inputs: dict, data: dict) -> list[Criterion]:
    scale = _scale("gradient_check")
    lost, outs = call_outputs("gradient_check(f, x, eps)", inputs, data, scale, tolerated=_edge)
    if lost:
        return lost
    found = Findings({"wrong gradient": "measures the relative error of a wrong gradient",
                      "right gradient": "reports about 0 for a right gradient"})
    values = [float(out.values[0]) if out.values is not None and out.values.size == 1 else None for out in outs]
    records = data.get("cases") if isinstance(data.get("cases"), list) else []
    dirty = any(isinstance(r, dict) and r.get("x_flags") is False for r in records)
    for name, why in _unstable(inputs["cases"], values, dirty).items():
        found.fail(name, why)
    # "Right gradient" counts only for a check that flags some wrong gradient: one that says
    # about 0 for every one measures nothing.  (Not every one: a slip in the formula, as the
    # difference of the norms, is blind to some wrong gradients, and that costs "wrong gradient".)
    flagged = False
    for case, out, value in zip(inputs["cases"], outs, values):
        x = _x(case)
        want = _relative_error(case)
        criterion = "right gradient" if want == 0.0 else "wrong gradient"
        # An edge shape names itself, and, when vectors were right, the likely cause.
        where = f"for {_x_words(x.shape)}, " if case.get("edge") else ""
        squeezable = 1 in x.shape  # (a .squeeze() drops that dimension from one gradient, not the other)
        cause = (" (right for a vector x: x[i] of a matrix is a whole row, and len(x) counts its rows only; go over "
                 "x.reshape(-1), or call numerical_gradient, which takes any shape"
                 + ("; or a .squeeze() dropped x's dimension of size 1 from one of the two gradients, so that they "
                    "broadcast against each other: keep both shaped like x" if squeezable else "") + ")"
                 if case.get("edge") and found.ok(criterion) else "")
        if out.error:  # (an edge case: the others raising lose the part above)
            found.fail(criterion, f"{where}it {_raised_on(out, x.shape)}: x may have any shape")
            continue
        shown = f"{value:.6g}" if value is not None else f"{out.type} {short(out.values) if out.values is not None else ''}"
        if want == 0.0:
            if not (value is not None and 0.0 <= value < 1e-6):
                found.fail("right gradient", "when both gradients are zero (a constant f) the relative error is 0.0 by "
                                             f"definition, got {shown}" if not np.any(_smooth(case, x)[1]) else
                                             f"{where}when autograd's gradient is right the relative error should be "
                                             f"below 1e-6, got {shown}{cause}" + (
                                                 " (for another f at the x of an earlier call: a result kept from "
                                                 "that call, looked up by x alone, answers for the other f)"
                                                 if case.get("other_f") else ""))
            continue
        flagged = flagged or (value is not None and value > 1e-3)
        # (the tiny f's: its differences round more, and a denominator nudged by 1e-12 is no slip)
        if case.get("tiny"):
            where = "for an f scaled down to gradients of about 1e-9 (the relative error does not depend on f's scale), "
        if found.ok("wrong gradient") and not (value is not None
                                               and abs(value - want) <= (1e-2 if case.get("tiny") else 1e-4) * want):
            true = _smooth(case, x)[1]
            claimed = case["scale"] * true + np.asarray(case["shift"]).reshape(x.shape)
            how = ("all zero (a backward that returns zeros) and the true one is not," if case["scale"] == 0
                   else f"{case['scale']:.3g} times the true one" if case["scale"] != 1 else "shifted from the true one")
            note = (f"{where}when autograd's gradient is {how} "
                    f"the relative error ||g_auto - g_num|| / (||g_auto|| + ||g_num||) is {want:.6g}, got {shown}")
            by_max = np.linalg.norm(claimed - true) / max(np.linalg.norm(claimed), np.linalg.norm(true))
            if value is not None and abs(value - by_max) < 1e-4 * want:
                note += " (that divides by the larger norm, not by the sum of the norms)"
            else:
                note += cause
            found.fail("wrong gradient", note)
    if not flagged:
        found.fail("right gradient", "it reports a tiny error even when autograd's gradient is wrong, so a small value means nothing")
    return found.criteria(scale)


def value_grad_inputs(rng: np.random.Generator) -> dict:
    cases = [_function_case(rng, (4,), **_marker(rng)), _function_case(rng, (2, 3), **_marker(rng)),
             _function_case(rng, (5,), leaf=True, **_marker(rng))]
    # The first function with a constant added: its gradient cannot change.
    cases.append(dict(cases[0], offset=round(float(rng.uniform(20.0, 60.0)), 2)))
    # Another function at the first x: a gradient that ignores f is no gradient.
    cases.append(dict(_function_case(rng, (4,), **_marker(rng)), x=cases[0]["x"], other_f=True))
    # Then: the first function at another x (same shape): a gradient that ignores x is no gradient.
    cases.append(dict(cases[0], x=[round(float(v), 4) for v in rng.uniform(-1.5, 1.5, 4)]))
    # Last, the shapes "a tensor shaped like x" also allows: a 0-d x and a 3-D one.
    edges = [_function_case(rng, shape, edge=True, **_marker(rng)) for shape in ((), (2, 1, 2))]
    # Before the other f: the first f changed across x only (drawn last: the cases above stay as they were).
    cases.insert(4, _across(rng, cases[0]))
    return {"cases": cases + edges}


def _side_effect(case: dict, grads: list, grad: np.ndarray, untouched) -> str:
    """Why value_and_grad is not free of side effects ('' if it is)."""
    x = _x(case)
    if case.get("leaf") and grads[0] is None:
        return ("for an x that already requires grad, the gradient came back as None (and x's own .grad changed): "
                "a clone of such an x is not a leaf, so no .grad is kept on it; take a fresh leaf, "
                "x.detach().clone().requires_grad_()")
    repeats = grads[0] is not None and grads[1] is not None and close(grads[1], grads[0], rtol=1e-9, atol=1e-12)
    stale = case.get("leaf") and grads[0] is not None and grads[0].size == x.size \
        and close(grads[0], grad.reshape(-1) + 1.0, rtol=1e-6, atol=1e-8)
    if stale:
        return ("for an x that already had requires_grad and a .grad of ones, the result included that old "
                ".grad: gradients accumulate, so use a fresh leaf (x.detach().clone().requires_grad_())")
    if not repeats:
        first, second = ("None" if g is None else short(g) for g in grads)
        return (f"calling it twice on the same x gave {first} then {second}: .grad "
                "accumulates across backward() calls; work on a fresh copy of x")
    if untouched is not True:
        return "the caller's x was changed (its requires_grad, its .grad or its values): work on a copy"
    return ""


#: Why value and gradient are off when the gradient comes back in float32 for a float64 x.
SINGLE = (" (the gradient came back as float32 for a float64 x: the leaf was made in the default dtype, e.g. "
          "torch.tensor(x.tolist(), requires_grad=True), so f ran at x rounded to float32; make the leaf from x "
          "itself, x.detach().clone().requires_grad_(), which keeps its dtype)")


#: The types of a Python float (``isinstance(v, float)``, as the notebook's self-check asks).
FLOATS = ("builtins.float", "numpy.float64")


def judge_value_and_grad(inputs: dict, data: dict) -> list[Criterion]:
    scale = _scale("value_and_grad")
    lost, records = case_records("value_and_grad(f, x)", inputs, data, scale, tolerated=_edge)
    if lost:
        return lost
    found, firsts = Findings({"value": "returns f(x)", "gradient": "returns autograd's gradient, shaped like x",
                              "no side effects": "repeatable, and leaves the caller's x and its .grad alone"}), []
    multiples = []  # each call's gradient as a multiple of the right one (0: no multiple)
    for case, record in zip(inputs["cases"], records):
        x = _x(case)
        value, true = _smooth(case, x)
        grad = _autograd_gradient(case, x)  # the probe's f marks its autograd gradient
        where = f"for {_x_words(x.shape)} " if case.get("edge") else ""
        calls = field(record, "calls", list)
        errors = [c.get("error") for c in calls if isinstance(c, dict) and "error" in c]
        if errors and case.get("edge"):  # one shape it cannot take: that case's value and gradient are lost
            for name in ("value", "gradient"):
                found.fail(name, f"{where}it {_raised_on(Output(error=str(errors[0])[:300]), x.shape)}: "
                                 "x may have any shape")
            firsts.append(None)
            continue
        if errors:  # a call raised, or did not return a pair
            return scale.all_lost(raised("value_and_grad(f, x)", errors[0]) if not_written(errors[0])
                                  else f"value_and_grad(f, x) failed: {str(errors[0])[:300]}{error_hint(errors[0])}")
        if len(calls) != 2:
            raise BadData("expected two calls")
        got_value, first = read_value(field(calls[0], "value", dict)), read_value(field(calls[0], "grad", dict))
        # A gradient handed back inside a one-item tuple is still judged for side effects.
        grads = [read_value(c.get("grad_inside") if isinstance(c.get("grad_inside"), dict) else field(c, "grad", dict)).values
                 for c in calls]
        # A float32 gradient for the float64 x: the leaf was made in the default dtype, so f ran
        # at x rounded to float32 (its value off by about 1e-7 of its size): both are wrong,
        # whatever the draw's rounding happens to give.
        single = first.dtype == "float32" and first.values is not None
        tol = dict(rtol=1e-12, atol=1e-12) if single else dict(rtol=1e-6, atol=1e-8)
        value_right = same_values(got_value, [value], **tol)
        if not value_right:
            found.fail("value", f"{where}at x = {short(x)} expected f(x) = {value:.10g}, got {_shown(got_value)}"
                                + (SINGLE if single else differs_note(got_value.values, [value], **tol)
                                   if got_value.values is not None else ""))
        elif got_value.type not in FLOATS:  # (numpy's float64 is a Python float; a 0-d array is not)
            found.fail("value", f"{where}at x = {short(x)} returned f(x) = {value:.6g} as a {got_value.kind}, "
                                "not the Python float asked for: .item() turns a one-element tensor into one")
        shape, right = first.shape or (), same_values(first, grad, rtol=1e-6, atol=1e-8)
        if not case.get("leaf") and right and shape == x.shape and not first.is_tensor:
            found.fail("gradient", f"at x = {short(x)} returned the right gradient as a {first.kind}, not the tensor "
                                   "asked for: return x's .grad (or autograd's result) as it is, without .numpy()")
        elif not case.get("leaf") and single and shape == x.shape:
            # f's value in float64's precision says f ran at x itself: the gradient alone was cast.
            found.fail("gradient", f"at x = {short(x)} returned the gradient as float32, for an x in float64" + (
                " (f(x) came back exact to float64's precision, so f ran at x itself: the gradient alone was cast, "
                "by .float() or a float32 copy; return the leaf's .grad as it is, in x's dtype)"
                if value_right else SINGLE))
        elif not case.get("leaf") and not (right and shape == x.shape):
            times = next((k for k in (2, 3, 4) if same_values(first, k * np.asarray(grad), rtol=1e-6, atol=1e-8)), 0)
            why = (f" ({times} times the gradient: .grad adds up over backward() calls, and {times} reached this "
                   "tensor)") if times else differs_note(first.values, grad) if first.values is not None else ""
            multiples.append(times)
            if "grad_inside" in calls[0]:
                why = " holding the gradient: torch.autograd.grad returns a tuple, one gradient per input; take its [0]"
            elif _squeezed(shape, x.shape) and same_values(first, grad, rtol=1e-6, atol=1e-8):
                why = _squeezed(shape, x.shape)
            elif shape == x.shape and same_values(first, true, rtol=1e-5, atol=1e-7):
                why = (": that is f's exact gradient, computed without autograd (finite differences, or a formula "
                       "typed by hand); the grader's f has a backward of its own, which only autograd follows: "
                       "take the gradient with backward() or torch.autograd.grad")
            found.fail("gradient", f"at x = {short(x)} (shape {x.shape}) expected the gradient {short(grad)} of that shape, "
                                   f"got {_shown(first)} of shape {shape}{why}")
        if not case.get("leaf") and right:
            multiples.append(1)
        firsts.append(grads[0])
        why = _side_effect(case, grads, grad, _untouched(record, case, atol=0.0))
        if why:
            found.fail("no side effects", why)
    # A gradient that adds up from call to call changes with a constant added to f for that
    # reason, which the side effects' own message names: the form is not to blame.
    accumulating = len(set(multiples)) > 1 and max(multiples) >= 2
    # (a None from the leaf case is that case's side effect, said above, not a lack of substance)
    shifted = _changed_by_a_constant(inputs["cases"], firsts, tol=1e-6)
    if shifted and not accumulating:
        found.gate(shifted, ("no side effects",), FORM)
    # (the edge cases are left out: the last of the others is the first at another x)
    kept = [(g, case) for g, case in zip(_core(inputs["cases"], firsts), _core(inputs["cases"], inputs["cases"]))
            if not (case.get("leaf") and g is None)]
    found.gate(substance([g for g, _ in kept], variant=(0, len(kept) - 1), what="the gradient",
                         expected=[_autograd_gradient(case, _x(case)) for _, case in kept]), ("no side effects",), FORM)
    other_f = next((g for g, case in kept if case.get("other_f")), None)
    if other_f is not None and kept[0][0] is not None and not changed(other_f, kept[0][0]):
        found.gate(Substance(False, "the gradient stays the same when only f changes: it ignores f"),
                   ("no side effects",), FORM)
    for lacking in (_stays_across([case for _, case in kept], [g for g, _ in kept], tol=1e-6),
                    _one_direction([case for _, case in kept], [g for g, _ in kept])):
        if lacking:
            found.gate(lacking, ("no side effects",), FORM)
    return found.criteria(scale)
