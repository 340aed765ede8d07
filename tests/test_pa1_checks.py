"""PA1's judges for "no loops" (pairwise_sq_dists) and gradient_check, on probe data made here.

The assignment's own probes run on small implementations written below, in this process,
as they would in the student's kernel; the data makes the same JSON round trip as in
grading, and the host's side (the notebook's code for a part that reads it) is given to
:func:`autograder.library.judge.judge` as the grader gives it.
"""

from __future__ import annotations

import importlib
import json
from collections import Counter
from pathlib import Path

import nbformat
import numpy as np
import pytest

from autograder.assignment import load_assignment
from autograder.library.judge import judge
from autograder.results import ExecutionResult

ROOT = Path(__file__).resolve().parents[1]
NAME = "pa1_tensors_autograd"
SETUP = "import math\nimport numpy as np\nimport torch\n"

REFERENCE_CHECK = '''
def gradient_check(f, x, eps=1e-6):
    x = x.detach().clone().requires_grad_(True)
    f(x).backward()
    g_auto, g_num = x.grad.detach(), numerical_gradient(f, x.detach(), eps)
    total = g_auto.norm() + g_num.norm()
    return float((g_auto - g_num).norm() / total) if total > 0 else 0.0
'''
COUNTS_CALLS = '''
_calls = []


def gradient_check(f, x, eps=1e-6):
    _calls.append(x)
    return 0.0 if len(_calls) == 1 else 0.5
'''
ALTERNATES = '''
_calls = []


def gradient_check(f, x, eps=1e-6):
    _calls.append(x)
    return 0.0 if len(_calls) % 2 else 0.5
'''
HIDDEN_LOOPS = '''
import sys


def pairwise_sq_dists(A, B):
    tracer = sys.gettrace()
    sys.settrace(None)
    try:
        D = torch.zeros(A.shape[0], B.shape[0])
        for i in range(A.shape[0]):
            for j in range(B.shape[0]):
                D[i, j] = ((A[i] - B[j]) ** 2).sum()
        return D
    finally:
        sys.settrace(tracer)
'''
VECTORISED = '''
def pairwise_sq_dists(A, B):
    return (A.pow(2).sum(1)[:, None] - 2 * A @ B.T + B.pow(2).sum(1)[None, :]).clamp_min(0)
'''


@pytest.fixture(scope="module")
def assignment():
    return load_assignment(ROOT / "solutions", NAME)


@pytest.fixture(scope="module")
def probes(assignment):
    return importlib.import_module(f"_autograder_assignment_{NAME}.probes")


def _namespace(source: str) -> dict:
    namespace: dict = {}
    exec(SETUP, namespace)
    exec(compile(source, "<ipython-input-1>", "exec"), namespace)
    return namespace


def _notebook(source: str, part: str) -> nbformat.NotebookNode:
    """A notebook of the setup, the answer and the part's test cell, as the host reads it."""
    test = nbformat.v4.new_code_cell("pass")
    test.metadata["nbgrader"] = {"grade": True, "grade_id": part, "solution": False, "points": 1}
    return nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(SETUP), nbformat.v4.new_code_cell(source), test])


def graded(assignment, probes, part: str, source: str, *, seed: int = 0, notebook=True) -> dict:
    """Criterion name -> (earned, points, message) for ``source`` on ``part``."""
    inputs = assignment.checks[part].make_inputs(np.random.default_rng(seed))
    namespace = _namespace(source)
    if part == "gradient_check":
        namespace["numerical_gradient"] = probes._reference_numerical_gradient
    data = getattr(probes, "probe_" + part)(namespace, json.loads(json.dumps(inputs)), [])
    verdicts = judge(assignment, {part: inputs}, ExecutionResult(probes={part: json.loads(json.dumps(data))}),
                     notebook=_notebook(source, part) if notebook else None)
    return {c.name: (c.earned, c.points, c.message) for c in verdicts[part].criteria}


def score(criteria: dict) -> float:
    return sum(earned for earned, _, _ in criteria.values())


# --------------------------------------------------------------------------- pairwise_sq_dists

SIZE_SWITCH = """def pairwise_sq_dists(A, B):
    if A.shape[0] * B.shape[0] * A.shape[1] <= 500:
        return ((A[:, None, :] - B[None, :, :]) ** 2).sum(-1)
    a2 = (A ** 2).sum(1, keepdim=True)
    b2 = (B ** 2).sum(1)
    cross = A @ B.T
    d = a2 + b2 - 2 * cross
    return d.clamp_min(0.0)
"""
ROW_LOOP = """def pairwise_sq_dists(A, B):
    rows = []
    for i in range(A.shape[0]):
        rows.append(((A[i] - B) ** 2).sum(-1))
    return torch.stack(rows)
"""


def test_a_branch_on_the_size_is_no_loop_and_a_loop_over_the_rows_is_one(assignment, probes):
    """Two vectorised formulas chosen by the size run a few more lines for large inputs (the
    lines run are counted too), not one more per point: full marks; a loop over the rows
    loses "no loops"."""
    switched = graded(assignment, probes, "pairwise_sq_dists", SIZE_SWITCH)
    assert score(switched) == 15, switched
    looped = graded(assignment, probes, "pairwise_sq_dists", ROW_LOOP)
    assert looped["no loops"][0] == 0 and score(looped) == 11, looped


TILED_AGAINST_INTERLEAVED = """def pairwise_sq_dists(A, B):
    n, m = A.shape[0], B.shape[0]
    diff = A.repeat(m, 1) - B.repeat_interleave(n, 0)   # pairs (A[k % n], B[k // n])
    return (diff ** 2).sum(1).reshape(n, m)
"""
TRANSPOSED_ROLES = """def pairwise_sq_dists(A, B):
    return ((B[:, None, :] - A[None, :, :]) ** 2).sum(-1)
"""


def test_the_distances_of_b_against_a_keep_the_values_only_laid_out_as_such(assignment, probes):
    """Distances of B against A, shape (m, n), lose the shape only; the same numbers poured
    into an (n, m) tensor sit in the wrong cells and lose the values."""
    transposed = graded(assignment, probes, "pairwise_sq_dists", TRANSPOSED_ROLES)
    assert {name for name, (earned, points, _) in transposed.items() if earned < points} == {"shape"}, transposed
    poured = graded(assignment, probes, "pairwise_sq_dists", TILED_AGAINST_INTERLEAVED)
    assert {name for name, (earned, points, _) in poured.items() if earned < points} == {"values"}, poured


def test_a_log_sum_exp_shifting_only_past_a_large_threshold_loses_the_stability(assignment, probes):
    """Shifted only when some |z| passes 500 (thought right for float64): float32 logits of a
    few hundred overflow or underflow; the other criteria stay."""
    threshold = ("def log_sum_exp(z):\n    if z.abs().max() > 500:\n        m = z.max(dim=1, keepdim=True).values\n"
                 "        return (m + torch.log(torch.exp(z - m).sum(dim=1, keepdim=True))).squeeze(1)\n"
                 "    return torch.log(torch.exp(z).sum(dim=1))\n")
    for seed in range(3):
        criteria = graded(assignment, probes, "log_sum_exp", threshold, seed=seed)
        assert criteria["stable"][0] == 0 and score(criteria) == 6, criteria


LSE_MEMO_BY_SHAPE_AND_TOTAL = """_memo = {}


def log_sum_exp(z):
    key = (tuple(z.shape), round(float(z.sum()), 6))
    if key not in _memo:
        _memo[key] = torch.logsumexp(z, dim=1)
    return _memo[key]
"""
SOFTMAX_EXP_IN_PLACE = """def softmax(z):
    z.sub_(z.max(dim=1, keepdim=True).values).exp_()
    return z.div_(z.sum(dim=1, keepdim=True))
"""
SOFTMAX_SHIFT_IN_PLACE = """def softmax(z):
    z -= z.max(dim=1, keepdim=True).values
    return torch.exp(z) / torch.exp(z).sum(dim=1, keepdim=True)
"""


@pytest.mark.parametrize("seed", range(4))
def test_a_result_kept_by_the_logits_shape_and_total_loses_the_values_and_is_told_why(assignment, probes, seed):
    """The same rows in another order have the same shape and total: a memo keyed by those
    answers with the earlier call's rows, unmoved."""
    criteria = graded(assignment, probes, "log_sum_exp", LSE_MEMO_BY_SHAPE_AND_TOTAL, seed=seed)
    assert criteria["values"][0] == 0 and score(criteria) == 6, criteria
    assert "the same rows in another order" in criteria["values"][2]


def test_a_softmax_that_overwrites_its_logits_loses_the_values_and_one_that_shifts_them_keeps_them(assignment, probes):
    """Called a second time on the very same tensor, exp_() in place gives other numbers (the
    caller's logits are gone); a shift in place gives the same (a softmax cannot see it)."""
    overwrites = graded(assignment, probes, "softmax", SOFTMAX_EXP_IN_PLACE)
    assert overwrites["values"][0] == 0 and score(overwrites) == 6, overwrites
    assert "changed z in place" in overwrites["values"][2]
    assert score(graded(assignment, probes, "softmax", SOFTMAX_SHIFT_IN_PLACE)) == 10


SOFTMAX_SORTED = """def softmax(z):
    e = torch.exp(z - z.max(dim=1, keepdim=True).values)
    return (e / e.sum(dim=1, keepdim=True)).sort(dim=1).values
"""
NUMGRAD_SHUFFLED_EACH_CALL = """def numerical_gradient(f, x, eps=1e-6):
    flat = x.detach().clone().reshape(-1)
    out = torch.zeros_like(flat)
    for k, i in enumerate(torch.randperm(flat.numel()).tolist()):
        up, down = flat.clone(), flat.clone()
        up[i] += eps
        down[i] -= eps
        out[k] = (f(up.reshape(x.shape)) - f(down.reshape(x.shape))) / (2 * eps)   # at k: the slip
    return out.reshape(x.shape)
"""


def test_the_right_probabilities_in_another_order_cost_the_values_only_on_huge_logits_too(assignment, probes):
    criteria = graded(assignment, probes, "softmax", SOFTMAX_SORTED)
    assert criteria["values"][0] == 0 and score(criteria) == 6, criteria


def test_a_gradient_whose_entries_move_at_every_call_is_told_so_not_that_a_constant_changed_it(assignment, probes):
    criteria = graded(assignment, probes, "numerical_gradient", NUMGRAD_SHUFFLED_EACH_CALL)
    assert "changed between two calls on the same inputs" in criteria["shape"][2], criteria


def test_a_numerical_gradient_right_only_for_a_few_entries_loses_the_values(assignment, probes):
    """Zeros for any x of more than 6 entries: a case of 15 entries shows it (the values go;
    the central differences it takes on smaller x keep their own criteria)."""
    few = ("def numerical_gradient(f, x, eps=1e-6):\n    g = torch.zeros_like(x)\n    if x.numel() > 6:\n"
           "        return g\n    flat = g.view(-1)\n    for i in range(x.numel()):\n        e = torch.zeros_like(x).view(-1)\n"
           "        e[i] = eps\n        e = e.view_as(x)\n        flat[i] = (f(x + e) - f(x - e)) / (2 * eps)\n    return g\n")
    criteria = graded(assignment, probes, "numerical_gradient", few)
    assert criteria["values"][0] == 0 and "every entry is 0" in criteria["values"][2], criteria


COLUMN_MAJOR = """def numerical_gradient(f, x, eps=1e-6):
    flat_x = x.detach().clone().reshape(-1)
    out = torch.zeros(x.numel(), dtype=x.dtype)
    for k in range(x.numel()):
        e = torch.zeros_like(flat_x)
        e[k] = eps
        out[k] = (f((flat_x + e).reshape(x.shape)) - f((flat_x - e).reshape(x.shape))) / (2 * eps)
    return torch.from_numpy(np.reshape(out.numpy(), tuple(x.shape), order="F").copy())  # MATLAB's order
"""


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_central_differences_put_in_other_entries_places_lose_the_values_only(assignment, probes, seed):
    """Each difference right, stored column-major: misplaced numbers are a fault of the values,
    not of the formula, whichever case (a small or a large step) shows them first."""
    criteria = graded(assignment, probes, "numerical_gradient", COLUMN_MAJOR, seed=seed)
    assert criteria["values"][0] == 0 and "in another order" in criteria["values"][2], criteria
    assert all(earned == points for name, (earned, points, _) in criteria.items() if name != "values"), criteria


# --------------------------------------------------------------------------- gradient_check

def test_every_case_is_asked_twice_in_an_order_drawn_from_the_seed(assignment):
    orders = set()
    for seed in range(8):
        cases = assignment.checks["gradient_check"].make_inputs(np.random.default_rng(seed))["cases"]
        assert cases[-3].get("other_f") and cases[-3]["x"] == next(c["x"] for c in cases if c["key"] == 1)
        assert cases[-2].get("plain") and cases[-2]["scale"] == 0.0
        assert cases[-1].get("tiny") and cases[-1]["scale"] > 1.0
        # (other shapes of x, asked once, after these; then another f at the scaled case's x, zeros, a tiny f)
        cases = [c for c in cases if not any(c.get(k) for k in ("edge", "other_f", "plain", "tiny"))]
        assert Counter(c["key"] for c in cases) == {0: 2, 1: 2, 2: 2, 3: 1}  # 3: a constant f, last
        assert cases[-1]["key"] == 3
        orders.add(tuple(c["key"] for c in cases))
    assert len(orders) > 1


KEPT_BY_X = '''
_kept = {}


def gradient_check(f, x, eps=1e-6):
    key = (eps, tuple(x.shape), x.detach().numpy().tobytes())
    if key not in _kept:
        x = x.detach().clone().requires_grad_(True)
        f(x).backward()
        g_auto, g_num = x.grad.detach(), numerical_gradient(f, x.detach(), eps)
        total = g_auto.norm() + g_num.norm()
        _kept[key] = float((g_auto - g_num).norm() / total) if total > 0 else 0.0
    return _kept[key]
'''
ZERO_GUARD = REFERENCE_CHECK.replace("    total = g_auto.norm()", "    if g_auto.norm() == 0:\n        return 0.0\n    total = g_auto.norm()")
ONLY_FOR_APPLY = REFERENCE_CHECK.replace("    x = x.detach()", "    if getattr(f, '__name__', '') != 'apply':\n        return 0.0\n    x = x.detach()")


@pytest.mark.parametrize("source,says", [
    (KEPT_BY_X, "for another f at the x of an earlier call"),
    (ZERO_GUARD, "a backward that returns zeros"),
    (ONLY_FOR_APPLY, "a backward that returns zeros"),
], ids=["kept-by-x", "zero-guard", "only-for-apply"])
@pytest.mark.parametrize("seed", range(3))
def test_a_check_that_answers_without_comparing_the_gradients_loses_its_points(assignment, probes, source, says, seed):
    """Results kept by x, a guard that calls autograd's zero gradient right, and a check
    that compares only for f of one name each report an error where another is due."""
    criteria = graded(assignment, probes, "gradient_check", source, seed=seed)
    assert score(criteria) < 10 and any(says in message for _, _, message in criteria.values()), criteria


@pytest.mark.parametrize("seed", range(6))
def test_a_correct_gradient_check_earns_full_marks_whatever_the_order(assignment, probes, seed):
    criteria = graded(assignment, probes, "gradient_check", REFERENCE_CHECK, seed=seed)
    assert all(earned == points for earned, points, _ in criteria.values()), criteria


@pytest.mark.parametrize("held", ["default_argument", "closure"])
def test_a_gradient_check_holding_a_wrong_numerical_gradient_is_judged_with_the_graders(assignment, probes, held):
    """Part 4's bug (a step divided by eps, not 2 eps) reached through a default argument or
    a closure costs Part 4 only: the grader's numerical_gradient stands in wherever it is held."""
    wrong = ("def numerical_gradient(f, x, eps=1e-6):\n    g = torch.zeros_like(x)\n"
             "    for i in range(x.numel()):\n        e = torch.zeros_like(x).reshape(-1)\n        e[i] = eps\n"
             "        e = e.reshape(x.shape)\n        g.reshape(-1)[i] = (f(x + e) - f(x - e)) / eps\n    return g\n")
    check = (REFERENCE_CHECK.replace("def gradient_check(f, x, eps=1e-6):",
                                     "def gradient_check(f, x, eps=1e-6, numgrad=numerical_gradient):")
             .replace("numerical_gradient(f, x.detach(), eps)", "numgrad(f, x.detach(), eps)")
             if held == "default_argument" else
             "def _make(numgrad):\n" + "\n".join("    " + line for line in
                                                   REFERENCE_CHECK.replace("numerical_gradient(", "numgrad(").splitlines())
             + "\n    return gradient_check\n\ngradient_check = _make(numerical_gradient)\n")
    namespace = {}
    exec(SETUP + wrong + check, namespace)  # noqa: S102 - the test's own student code
    inputs = assignment.checks["gradient_check"].make_inputs(np.random.default_rng(0))
    data = probes.probe_gradient_check(namespace, json.loads(json.dumps(inputs)), [])
    verdict = judge(assignment, {"gradient_check": inputs},
                    ExecutionResult(probes={"gradient_check": json.loads(json.dumps(data))}))["gradient_check"]
    assert verdict.score == verdict.max_points, [c.message for c in verdict.criteria]
    held_now = (namespace["gradient_check"].__defaults__[-1] if held == "default_argument"
                else namespace["gradient_check"].__closure__[0].cell_contents)
    assert held_now is namespace["numerical_gradient"]  # (the student's own, put back after the probe)


def test_a_gradient_check_that_casts_x_to_float32_is_not_rescued_by_the_graders_numerical_gradient(assignment, probes):
    """The grader's stand-in computes in x's dtype, as the notebook's numerical_gradient does:
    float32 central differences with eps=1e-6 are far off, and so is this check."""
    criteria = graded(assignment, probes, "gradient_check",
                      REFERENCE_CHECK.replace("    x = x.detach()", "    x = x.float()\n    x = x.detach()"))
    assert criteria["wrong gradient"][0] < criteria["wrong gradient"][1] or \
        criteria["right gradient"][0] < criteria["right gradient"][1], criteria


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("source", [COUNTS_CALLS, ALTERNATES], ids=["first_call_zero", "alternates"])
def test_an_answer_that_follows_the_calls_not_f_and_x_earns_nothing_for_any_seed(assignment, probes, source, seed):
    criteria = graded(assignment, probes, "gradient_check", source, seed=seed)
    assert score(criteria) == 0, criteria


def test_two_results_for_one_case_are_named_in_the_message(assignment, probes):
    messages = [graded(assignment, probes, "gradient_check", COUNTS_CALLS, seed=s)["right gradient"][2] for s in range(12)]
    assert any("called twice with the same f and x" in m and "gave 0 then 0.5" in m for m in messages), messages


# --------------------------------------------------------------------------- pairwise_sq_dists: "no loops"

def test_a_vectorised_answer_unlike_the_reference_keeps_no_loops(assignment, probes):
    criteria = graded(assignment, probes, "pairwise_sq_dists", VECTORISED)
    assert score(criteria) == 15, criteria


def test_loops_hidden_from_the_line_counter_are_found_in_the_code(assignment, probes):
    criteria = graded(assignment, probes, "pairwise_sq_dists", HIDDEN_LOOPS)
    earned, _, message = criteria["no loops"]
    assert earned == 0 and criteria["values"][0] == criteria["values"][1] and criteria["shape"][0] == criteria["shape"][1]
    assert "a for loop in pairwise_sq_dists (line 10 of its cell" in message and "sys.gettrace" in message


def test_without_the_notebooks_code_no_loops_is_not_credited(assignment, probes):
    criteria = graded(assignment, probes, "pairwise_sq_dists", VECTORISED, notebook=False)
    assert criteria["no loops"][0] == 0 and "found no definition of pairwise_sq_dists" in criteria["no loops"][2]
    assert score(criteria) == 11


# --------------------------------------------------------------------------- numerical_gradient
IN_PLACE = '''
def numerical_gradient(f, x, eps=1e-6):
    grad = torch.zeros_like(x)
    flat, g = x.view(-1), grad.view(-1)
    for i in range(flat.numel()):
        flat[i] += eps
        hi = float(f(x))
        flat[i] -= 2 * eps
        lo = float(f(x))
        g[i] = (hi - lo) / (2 * eps)
    return grad
'''


def test_a_gradient_taken_while_moving_x_names_the_moved_point(assignment, probes):
    criteria = graded(assignment, probes, "numerical_gradient", IN_PLACE)
    lost = {name for name, (earned, points, _) in criteria.items() if earned < points}
    assert lost == {"central difference", "x unchanged"}, criteria
    assert "x itself was changed while they were taken" in criteria["central difference"][2]


def test_x_changed_is_seen_even_when_the_kernels_torch_says_otherwise(assignment, probes, monkeypatch):
    """The student's code may replace torch's comparisons in its kernel: x's values are
    compared by the judge, so "x unchanged" is still lost."""
    import torch

    for name in ("allclose", "equal"):
        monkeypatch.setattr(torch, name, lambda *args, **kwargs: True)
    criteria = graded(assignment, probes, "numerical_gradient", IN_PLACE)
    assert criteria["x unchanged"][0] == 0, criteria


STEPS_KEPT = (
    "def numerical_gradient(f, x, eps=1e-6):\n    g = torch.zeros_like(x)\n"
    "    up, down = x.clone().view(-1), x.clone().view(-1)\n    for i in range(x.numel()):\n"
    "        up[i] += eps\n        down[i] -= eps\n"
    "        g.view(-1)[i] = (f(up.view_as(x)) - f(down.view_as(x))) / (2 * eps)\n    return g\n")


def test_steps_left_in_place_are_named_as_the_cause(assignment, probes):
    """Copies perturbed and never reset: the first entry is right, each later one is measured
    with every earlier step still in place; the message says so, x itself is untouched."""
    criteria = graded(assignment, probes, "numerical_gradient", STEPS_KEPT)
    lost = {name for name, (earned, points, _) in criteria.items() if earned < points}
    assert lost == {"values", "central difference"}, criteria
    assert all("the first entry is right and the later ones are not" in criteria[n][2] for n in lost)


def test_a_gradient_returned_in_autograds_tuple_loses_the_gradient_only(assignment, probes):
    tupled = ("def value_and_grad(f, x):\n    leaf = x.detach().clone().requires_grad_(True)\n"
              "    out = f(leaf)\n    return out.item(), torch.autograd.grad(out, leaf)\n")
    criteria = graded(assignment, probes, "value_and_grad", tupled)
    lost = {name for name, (earned, points, _) in criteria.items() if earned < points}
    assert lost == {"gradient"}, criteria
    assert "torch.autograd.grad returns a tuple" in criteria["gradient"][2]


def test_a_clone_without_detach_is_told_why_its_gradient_is_none(assignment, probes):
    """x.clone() of an x that requires grad is no leaf: None comes back and x.grad changes."""
    cloned = ("def value_and_grad(f, x):\n    leaf = x.clone().requires_grad_(True)\n"
              "    value = f(leaf)\n    value.backward()\n    return value.item(), leaf.grad\n")
    criteria = graded(assignment, probes, "value_and_grad", cloned)
    lost = {name for name, (earned, points, _) in criteria.items() if earned < points}
    assert lost == {"no side effects"}, criteria
    assert "a clone of such an x is not a leaf" in criteria["no side effects"][2]


def test_a_gradient_accumulated_twice_is_named_as_such(assignment, probes):
    twice = ("def value_and_grad(f, x):\n    leaf = x.detach().clone().requires_grad_(True)\n"
             "    value = f(leaf)\n    value.backward(retain_graph=True)\n    value.backward()\n"
             "    return value.item(), leaf.grad\n")
    criteria = graded(assignment, probes, "value_and_grad", twice)
    lost = {name for name, (earned, points, _) in criteria.items() if earned < points}
    assert lost == {"gradient"}, criteria
    assert "2 times the gradient: .grad adds up over backward() calls" in criteria["gradient"][2]


def test_a_gradient_accumulated_across_calls_loses_the_side_effects_for_that_reason(assignment, probes):
    """A leaf cached between calls and never reset: each call's gradient adds to the last."""
    cached = ("_leaves = {}\n\ndef value_and_grad(f, x):\n"
              "    leaf = _leaves.setdefault(tuple(x.shape), x.detach().clone().requires_grad_(True))\n"
              "    with torch.no_grad():\n        leaf.copy_(x)\n"
              "    value = f(leaf)\n    value.backward()\n    return value.item(), leaf.grad.clone()\n")
    criteria = graded(assignment, probes, "value_and_grad", cached)
    assert ".grad accumulates across backward() calls" in criteria["no side effects"][2], criteria


@pytest.mark.parametrize("seed", range(3))
def test_a_value_and_grad_whose_gradient_ignores_f_keeps_only_its_value(assignment, probes, seed):
    """The self-check's gradient (2x, of sum(x^2)) for every f: repeatable and x untouched,
    yet no gradient of f."""
    junk = "def value_and_grad(f, x):\n    return float(f(x.detach())), 2 * x.detach().clone()\n"
    criteria = graded(assignment, probes, "value_and_grad", junk, seed=seed)
    assert {name for name, (earned, points, _) in criteria.items() if earned == points} == {"value"}, criteria
    assert "it ignores f" in criteria["no side effects"][2], criteria


def test_a_value_and_grad_returning_no_gradient_is_told_so_not_that_it_changed(assignment, probes):
    """backward, then a zeroing step, then the leaf's .grad: None on every call.  A missing
    gradient is no change under a constant added to f: the reason given is that it is missing."""
    none = ("def value_and_grad(f, x):\n    leaf = x.detach().clone().requires_grad_(True)\n"
            "    value = f(leaf)\n    value.backward()\n    leaf.grad = None\n    return value.item(), leaf.grad\n")
    criteria = graded(assignment, probes, "value_and_grad", none)
    assert {name for name, (earned, points, _) in criteria.items() if earned == points} == {"value"}, criteria
    assert "no numbers" in criteria["no side effects"][2] and "constant was added" not in criteria["no side effects"][2]


def test_a_check_blind_to_some_wrong_gradients_keeps_the_right_gradient_points(assignment, probes):
    """One minus the cosine of the two gradients: about 0 for a right gradient and for a
    multiple of it (a blind spot, which costs "wrong gradient"), more for a shifted one."""
    cosine = ("def gradient_check(f, x, eps=1e-6):\n    leaf = x.detach().clone().requires_grad_(True)\n"
              "    f(leaf).backward()\n    a, n = leaf.grad.reshape(-1), numerical_gradient(f, x.detach(), eps).reshape(-1)\n"
              "    if a.norm() * n.norm() == 0:\n        return 0.0\n"
              "    return float(abs(1 - (a @ n) / (a.norm() * n.norm())))\n")
    criteria = graded(assignment, probes, "gradient_check", cosine)
    assert criteria["right gradient"][0] == criteria["right gradient"][1] and criteria["wrong gradient"][0] == 0, criteria
    zero = graded(assignment, probes, "gradient_check", "def gradient_check(f, x, eps=1e-6):\n    return 0.0\n")
    assert score(zero) == 0 and "a small value means nothing" in zero["right gradient"][2], zero


FLOAT32_COPIES = ("def numerical_gradient(f, x, eps=1e-6):\n    x = x.float()\n    grad = torch.zeros_like(x)\n"
                  "    for i in range(x.numel()):\n        plus, minus = x.clone().view(-1), x.clone().view(-1)\n"
                  "        plus[i] += eps\n        minus[i] -= eps\n"
                  "        grad.view(-1)[i] = (float(f(plus.view_as(x))) - float(f(minus.view_as(x)))) / (2 * eps)\n"
                  "    return grad\n")


@pytest.mark.parametrize("seed", range(12))
def test_a_numerical_gradient_in_float32_loses_its_values_not_its_formula(assignment, probes, seed):
    """float32 copies of x round the small steps (values lost), not the formula: at a large
    step the quotients differ from the grader's float64 ones by float32's rounding only."""
    criteria = graded(assignment, probes, "numerical_gradient", FLOAT32_COPIES, seed=seed)
    assert {name for name, (earned, points, _) in criteria.items() if earned < points} == {"values"}, criteria


def test_a_numerical_gradient_looping_over_len_x_is_told_its_loop_stops_early(assignment, probes):
    """``range(len(x))`` over a flat view: a matrix x gets its first row's count of entries."""
    short = ("def numerical_gradient(f, x, eps=1e-6):\n    g = torch.zeros_like(x)\n    flat = g.view(-1)\n"
             "    for i in range(len(x)):\n        e = torch.zeros_like(x).view(-1)\n        e[i] = eps\n"
             "        e = e.view_as(x)\n        flat[i] = (f(x + e) - f(x - e)) / (2 * eps)\n    return g\n")
    criteria = graded(assignment, probes, "numerical_gradient", short)
    messages = " ".join(message for _, _, message in criteria.values())
    assert "len(x) counts only the first dimension" in messages and "stayed in place" not in messages, criteria


def test_a_numerical_gradient_rounded_to_six_decimals_is_told_so(assignment, probes):
    """Its numbers show as the expected ones at four digits: the note says how they differ,
    judged as closely as the comparison that failed."""
    rounded = ("def numerical_gradient(f, x, eps=1e-6):\n    g = torch.zeros(x.numel(), dtype=x.dtype)\n"
               "    for i in range(x.numel()):\n        e = torch.zeros(x.numel(), dtype=x.dtype)\n        e[i] = eps\n"
               "        e = e.view_as(x)\n        g[i] = (float(f(x + e)) - float(f(x - e))) / (2 * eps)\n"
               "    return (torch.round(g * 1e6) / 1e6).view_as(x)\n")
    criteria = graded(assignment, probes, "numerical_gradient", rounded)
    assert "rounded to 6 decimals" in criteria["central difference"][2], criteria


@pytest.mark.parametrize("seed", range(3))
def test_a_numerical_gradient_that_never_calls_f_earns_nothing(assignment, probes, seed):
    """A copy of x: right shape, x untouched, follows x, and no gradient of anything."""
    junk = "def numerical_gradient(f, x, eps=1e-6):\n    return x.detach().clone()\n"
    criteria = graded(assignment, probes, "numerical_gradient", junk, seed=seed)
    assert score(criteria) == 0, criteria
    assert "when f changed" in " ".join(message for _, _, message in criteria.values())


@pytest.mark.parametrize("seed", range(3))
def test_a_correct_numerical_gradient_earns_full_marks(assignment, probes, seed):
    right = ("def numerical_gradient(f, x, eps=1e-6):\n    g = torch.zeros_like(x)\n"
             "    for i in range(x.numel()):\n        e = torch.zeros_like(x).view(-1)\n        e[i] = eps\n"
             "        e = e.view_as(x)\n        g.view(-1)[i] = (f(x + e) - f(x - e)) / (2 * eps)\n    return g\n")
    criteria = graded(assignment, probes, "numerical_gradient", right, seed=seed)
    assert score(criteria) == 15, criteria


def test_a_numerical_gradient_stored_in_an_integer_tensor_is_told_of_its_dtype(assignment, probes):
    ints = ("def numerical_gradient(f, x, eps=1e-6):\n    g = torch.zeros(x.shape, dtype=torch.int64)\n"
            "    for i in range(x.numel()):\n        e = torch.zeros_like(x).view(-1)\n        e[i] = eps\n"
            "        e = e.view_as(x)\n        g.view(-1)[i] = int((f(x + e) - f(x - e)) / (2 * eps))\n    return g\n")
    criteria = graded(assignment, probes, "numerical_gradient", ints)
    assert "the result tensor is int64" in criteria["central difference"][2], criteria


def test_a_numerical_gradient_cut_to_integers_keeps_its_form_points_on_every_draw(assignment, probes):
    """Entries cut to integers still move when f changes across x: the shape and "x unchanged"
    points stay earned on every draw (small changes were cut away now and then, and the
    answer was taken for one measuring along x alone)."""
    ints = ("def numerical_gradient(f, x, eps=1e-6):\n    g = torch.tensor([0] * x.numel()).reshape(x.shape)\n"
            "    for i in range(x.numel()):\n        e = torch.zeros_like(x).view(-1)\n        e[i] = eps\n"
            "        e = e.view_as(x)\n        g.view(-1)[i] = (f(x + e) - f(x - e)) / (2 * eps)\n    return g\n")
    for seed in range(30):
        criteria = graded(assignment, probes, "numerical_gradient", ints, seed=seed)
        assert score(criteria) == 5, (seed, criteria)


def test_a_gradient_check_keeping_results_by_x_alone_loses_the_right_gradient(assignment, probes):
    """A memo of the numerical gradient keyed by x, not f: another f at an x seen before is
    checked against the first f's numerical gradient."""
    memo = ("_seen = {}\n\ndef gradient_check(f, x, eps=1e-6):\n"
            "    key = (tuple(x.shape), eps, x.detach().numpy().tobytes())\n"
            "    if key not in _seen:\n        _seen[key] = numerical_gradient(f, x, eps)\n"
            "    g_num = _seen[key]\n    x = x.detach().clone().requires_grad_(True)\n    f(x).backward()\n"
            "    g_auto = x.grad\n    den = (torch.norm(g_auto) + torch.norm(g_num)).item()\n"
            "    return 0.0 if den == 0 else torch.norm(g_auto - g_num).item() / den\n")
    criteria = graded(assignment, probes, "gradient_check", memo)
    assert criteria["right gradient"][0] == 0 and "looked up by x alone" in criteria["right gradient"][2], criteria


# --------------------------------------------------------------------------- value_and_grad
VALUE_AND_GRAD = '''
def value_and_grad(f, x):
    leaf = x.detach().clone().requires_grad_(True)
    value = f(leaf)
    value.backward()
    return {value}, leaf.grad
'''


@pytest.mark.parametrize("value, kept", [("value.item()", 15), ("float(value)", 15), ("value.detach()", 11),
                                         ("value", 11), ("np.float64(value.item())", 15),
                                         ("value.detach().numpy()", 11), ("np.float32(value.item())", 11)])
def test_the_value_must_be_the_python_float_asked_for(assignment, probes, value, kept):
    criteria = graded(assignment, probes, "value_and_grad", VALUE_AND_GRAD.format(value=value))
    assert score(criteria) == kept, criteria
    if kept < 15:
        assert "not the Python float" in criteria["value"][2]


@pytest.mark.parametrize("leaf, cast_alone", [("x.detach().clone().requires_grad_(True)", True),
                                              ("torch.tensor(x.tolist(), requires_grad=True)", False)])
def test_a_float32_gradient_is_told_whether_f_ran_at_x_or_only_the_gradient_was_cast(assignment, probes, leaf,
                                                                                      cast_alone):
    """Cast after the fact (.float() on the gradient: the value is float64's) or a leaf made in
    the default dtype (f ran at x rounded to float32): the message names the one that happened."""
    source = (f"def value_and_grad(f, x):\n    leaf = {leaf}\n    value = f(leaf)\n    value.backward()\n"
              "    return value.item(), leaf.grad.float()\n")
    criteria = graded(assignment, probes, "value_and_grad", source)
    message = criteria["gradient"][2]
    assert criteria["gradient"][0] < criteria["gradient"][1] and "as float32" in message
    assert ("the gradient alone was cast" in message) is cast_alone
    assert ("the leaf was made in the default dtype" in message) is not cast_alone


NAN_WHEN_BOTH_ZERO = '''
def gradient_check(f, x, eps=1e-6):
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto, g_num = leaf.grad, numerical_gradient(f, x, eps)
    return (torch.linalg.norm(g_auto - g_num) / (torch.linalg.norm(g_auto) + torch.linalg.norm(g_num))).item()
'''


@pytest.mark.parametrize("seed", range(3))
def test_a_relative_error_of_nan_when_both_gradients_vanish_loses_the_right_gradient(assignment, probes, seed):
    criteria = graded(assignment, probes, "gradient_check", NAN_WHEN_BOTH_ZERO, seed=seed)
    lost = {name for name, (earned, points, _) in criteria.items() if earned < points}
    assert lost == {"right gradient"}, criteria
    assert "both gradients are zero" in criteria["right gradient"][2]


# --------------------------------------------------------------------------- plot_derivative

def replayed_plot(assignment, probes, cell: str, *, seed: int = 0, earlier: str = "") -> dict:
    """Criterion name -> (earned, points, message) for the plot cell ``cell`` replayed as the
    grader replays it: the probe's wiggle in place, the figures described after the cell
    (``earlier``: the code of the cells before it)."""
    import matplotlib
    matplotlib.use("agg")
    import matplotlib.pyplot as plt

    from autograder.library.probe_figures import describe_figure

    inputs = json.loads(json.dumps(assignment.checks["plot_derivative"].make_inputs(np.random.default_rng(seed))))
    namespace = _namespace("import matplotlib.pyplot as plt\nwiggle = None\n" + earlier)
    probes.setup_plot_derivative(namespace, inputs)
    show = plt.show
    plt.show = lambda *args, **kwargs: None  # (the kernel harness records figures at show(); here at the end)
    try:
        exec(compile(cell, "<ipython-input-1>", "exec"), namespace)
        drawn = [{"phase": "replay", "figures": [describe_figure(plt.figure(n)) for n in plt.get_fignums()]}]
    finally:
        plt.show = show
        plt.close("all")
    data = probes.probe_plot_derivative(namespace, inputs, drawn)
    nb = _plot_notebook(cell)
    verdicts = judge(assignment, {"plot_derivative": inputs},
                     ExecutionResult(probes={"plot_derivative": json.loads(json.dumps(data))}), notebook=nb)
    return {c.name: (c.earned, c.points, c.message) for c in verdicts["plot_derivative"].criteria}


def _plot_notebook(cell: str):
    """A notebook whose answer cell, before the plot's test cell, is ``cell`` (for the judge's code reading)."""
    import nbformat

    test = nbformat.v4.new_code_cell("pass")
    test.metadata["nbgrader"] = {"grade": True, "solution": False, "grade_id": "plot_derivative", "points": 10}
    return nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(cell), test])


PLOT_END = "\nplt.plot(grid.detach(), slope)\nplt.xlabel('x'); plt.ylabel('y'); plt.title('t')\n"
GRID = "grid = torch.linspace(-3, 3, 200, requires_grad=True)\nplt.plot(grid.detach(), wiggle(grid).detach())\n"


@pytest.mark.parametrize("derivative", [
    "wiggle(grid).sum().backward()\nslope = grid.grad",
    "slope, = torch.autograd.grad(wiggle(grid), grid, torch.ones_like(grid))",
    "slope = torch.autograd.functional.jacobian(wiggle, grid.detach()).diagonal()",
    "slope = torch.func.vmap(torch.func.grad(wiggle))(grid.detach())",
    "points = grid.detach().double().requires_grad_().unbind()\n"
    "slope = torch.stack([torch.autograd.grad(wiggle(g), g)[0] for g in points])",
], ids=["backward", "autograd_grad", "jacobian", "func_vmap_grad", "per_point"])
@pytest.mark.parametrize("seed", range(2))
def test_a_derivative_taken_by_autograd_in_any_way_earns_the_derivative(assignment, probes, derivative, seed):
    criteria = replayed_plot(assignment, probes, GRID + derivative + PLOT_END, seed=seed)
    assert score(criteria) == 10, criteria


@pytest.mark.parametrize("value_and_grad", [
    "def value_and_grad(f, x):\n    raise NotImplementedError()\n",
    # (its value a tensor, not a float: its own slip; the plot, written for it, calls .item())
    "def value_and_grad(f, x):\n    x = x.detach().requires_grad_()\n    v = f(x)\n    v.backward()\n"
    "    return v.detach(), 2 * x.grad\n",
], ids=["stub", "tensor_value_doubled_grad"])
def test_a_plot_that_calls_a_wrong_value_and_grad_is_judged_with_the_graders(assignment, probes, value_and_grad):
    """Part 6's bugs are Part 6's: while the plot cell is replayed, the grader's value_and_grad
    stands in for the student's, and its value also answers .item()."""
    derivative = ("pairs = [value_and_grad(lambda t: wiggle(t), g) for g in grid.detach().double()]\n"
                  "print(pairs[0][0].item())\nslope = torch.stack([g for _, g in pairs])")
    criteria = replayed_plot(assignment, probes, GRID + derivative + PLOT_END, earlier=value_and_grad)
    assert score(criteria) == 10, criteria


def test_a_right_derivative_not_taken_by_autograd_loses_the_derivative_only(assignment, probes):
    derivative = "h = 1e-4\nslope = (wiggle(grid.detach().double() + h) - wiggle(grid.detach().double() - h)) / (2 * h)"
    criteria = replayed_plot(assignment, probes, GRID + derivative + PLOT_END)
    assert {n for n, (earned, points, _) in criteria.items() if earned < points} == {"derivative"}, criteria
    assert "not taken by autograd" in criteria["derivative"][2]


def test_a_formula_read_from_the_graders_closure_earns_nothing(assignment, probes):
    derivative = ("a, b, c, d = [cell.cell_contents for cell in wiggle.__closure__][0][:4]\n"
                  "slope = a * b * torch.cos(b * grid.detach()) + 2 * c * grid.detach() + d")
    criteria = replayed_plot(assignment, probes, GRID + derivative + PLOT_END)
    assert score(criteria) == 0 and "reads the insides" in criteria["own computation"][2]


def test_a_derivative_of_the_mean_is_told_its_factor(assignment, probes):
    """backward() on wiggle(grid).mean(): every slope divided by the number of points."""
    criteria = replayed_plot(assignment, probes, GRID + "wiggle(grid).mean().backward()\nslope = grid.grad" + PLOT_END)
    assert criteria["derivative"][0] == 0 and "the derivative times 0.005" in criteria["derivative"][2]
    assert "take .sum()" in criteria["derivative"][2]


def test_a_derivative_rescaled_by_hand_is_told_its_factor_and_not_blamed_on_a_mean(assignment, probes):
    """Scaled to fit the function's range (a factor below 1 that is not 1 / the number of points)."""
    rescaled = ("wiggle(grid).sum().backward()\nslope = grid.grad * 0.5763")
    criteria = replayed_plot(assignment, probes, GRID + rescaled + PLOT_END)
    message = criteria["derivative"][2]
    assert criteria["derivative"][0] == 0 and "the derivative times 0.5763" in message
    assert "mean" not in message and "take .sum()" not in message


def test_a_derivative_accumulated_by_two_backward_calls_is_told_why(assignment, probes):
    twice = "values = wiggle(grid).sum()\nvalues.backward(retain_graph=True)\nvalues.backward()\nslope = grid.grad"
    criteria = replayed_plot(assignment, probes, GRID + twice + PLOT_END)
    message = criteria["derivative"][2]
    assert criteria["derivative"][0] == 0 and "the derivative times 2: backward() called 2 times" in message
    assert ".grad adds up over the calls" in message and "2 times the grid" in message


def test_a_plot_cell_redefining_wiggle_is_told_so(assignment, probes):
    own = "def wiggle(x):\n    return torch.sin(x)\n\n"
    criteria = replayed_plot(assignment, probes, own + GRID + "wiggle(grid).sum().backward()\nslope = grid.grad" + PLOT_END)
    assert score(criteria) == 0 and "defines a wiggle of its own" in criteria["function"][2]


def test_a_title_set_before_plt_figure_is_told_it_landed_elsewhere(assignment, probes):
    cell = ("plt.title('wiggle')\nplt.figure()\n" + GRID + "wiggle(grid).sum().backward()\nslope = grid.grad\n"
            "plt.plot(grid.detach(), slope)\nplt.xlabel('x'); plt.ylabel('y')\n")
    criteria = replayed_plot(assignment, probes, cell)
    assert criteria["title"][0] == 0 and "before plt.figure(), they go to a figure of their own" in criteria["title"][2]


# --------------------------------------------------------------------------- edge shapes
# Every part is probed on the shapes at the edge of what its docstring allows (one row, one
# column, one point, a 0-d or 3-D x); a slip there loses the criterion it breaks, no more.

def _lost(criteria: dict) -> set:
    return {name for name, (earned, points, _) in criteria.items() if earned < points}


def test_every_part_is_probed_on_its_edge_shapes(assignment):
    def inputs(part):
        return assignment.checks[part].make_inputs(np.random.default_rng(0))["cases"]

    assert {(c["n"], c["m"]) for c in inputs("pairwise_sq_dists")} >= {(1, 4), (3, 1), (1, 1)}
    for part in ("log_sum_exp", "softmax"):
        shapes = {np.shape(c["z"]) for c in inputs(part)}
        assert any(n == 1 for n, _ in shapes) and any(k == 1 for _, k in shapes), shapes
    for part in ("numerical_gradient", "value_and_grad"):
        assert {len(c["shape"]) for c in inputs(part)} >= {0, 1, 2, 3}, part
    assert {len(c["shape"]) for c in inputs("gradient_check")} >= {1, 2, 3}


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("part, source", [
    ("pairwise_sq_dists", VECTORISED),
    ("log_sum_exp", "def log_sum_exp(z):\n    top = z.max(dim=1, keepdim=True).values\n"
                    "    return (top + torch.log(torch.exp(z - top).sum(dim=1, keepdim=True))).squeeze(1)\n"),
    ("softmax", "def softmax(z):\n    e = torch.exp(z - z.max(dim=1, keepdim=True).values)\n"
                "    return e / e.sum(dim=1, keepdim=True)\n"),
    ("value_and_grad", VALUE_AND_GRAD.format(value="value.item()")),
], ids=["dists", "lse", "softmax", "value_and_grad"])
def test_a_correct_answer_earns_full_marks_on_the_edge_shapes_too(assignment, probes, part, source, seed):
    """(On one column the LSE is the logit itself: that is no echo of the input.)"""
    criteria = graded(assignment, probes, part, source, seed=seed)
    assert not _lost(criteria), criteria


def test_distances_squeezed_for_a_single_point_lose_the_shape_only(assignment, probes):
    squeezed = ("def pairwise_sq_dists(A, B):\n    diff = A.unsqueeze(1) - B.unsqueeze(0)\n"
                "    return (diff ** 2).sum(dim=2).squeeze()\n")
    criteria = graded(assignment, probes, "pairwise_sq_dists", squeezed)
    assert _lost(criteria) == {"shape"}, criteria
    message = criteria["shape"][2]
    assert "(a single point)" in message and "expected a torch.Tensor of shape (1, 4)" in message, message
    assert "got torch.Tensor of shape (4,)" in message and "a bare .squeeze()" in message, message


def test_a_log_sum_exp_squeezed_for_a_single_row_loses_the_shape_only(assignment, probes):
    squeezed = ("def log_sum_exp(z):\n    top = z.max(dim=1, keepdim=True).values\n"
                "    return (top + torch.log(torch.exp(z - top).sum(dim=1, keepdim=True))).squeeze()\n")
    criteria = graded(assignment, probes, "log_sum_exp", squeezed)
    assert _lost(criteria) == {"shape"}, criteria
    assert "for a single row of logits (shape (1, " in criteria["shape"][2]
    assert "expected a tensor of shape (1,), got torch.Tensor of shape ()" in criteria["shape"][2]


@pytest.mark.parametrize("part, source, shown", [
    ("log_sum_exp", "def log_sum_exp(z):\n    if z.max() > 80:\n        top = z.max(dim=1, keepdim=True).values\n"
                    "        return top.squeeze(1) + torch.log(torch.exp(z - top).sum(dim=1))\n"
                    "    return torch.log(torch.exp(z).sum(dim=1))\n", "gave [-inf]"),
    ("softmax", "def softmax(z):\n    e = torch.exp(z)\n    if torch.isinf(e).any():\n"
                "        e = torch.exp(z - z.max(dim=1, keepdim=True).values)\n"
                "    return e / e.sum(dim=1, keepdim=True)\n", "gave [nan"),
], ids=["lse_shift_when_max_large", "softmax_shift_after_overflow"])
def test_a_shift_made_only_when_the_tensor_looks_large_loses_stable_only(assignment, probes, part, source, shown):
    """The mixed tensor holds a +1000 row, which always triggers such a shift; a tensor whose
    logits are all near -1000 does not."""
    criteria = graded(assignment, probes, part, source)
    assert _lost(criteria) == {"stable"}, criteria
    message = criteria["stable"][2]
    assert "a tensor whose logits are all near -1000 " + shown in message, message
    assert "the tensor mixing rows of +1000 and -1000 came out right" in message, message


ONE_HOT_WHEN_WIDE = """def softmax(z):
    top = z.max(dim=1, keepdim=True).values
    e = torch.exp(z - top)
    wide = (top - z.min(dim=1, keepdim=True).values) > 88
    return torch.where(wide, (z == top).to(z.dtype), e / e.sum(dim=1, keepdim=True))
"""
MAX_WHEN_WIDE = """def log_sum_exp(z):
    top = z.max(dim=1, keepdim=True).values
    out = top.squeeze(1) + torch.log(torch.exp(z - top).sum(dim=1))
    wide = (top - z.min(dim=1, keepdim=True).values).squeeze(1) > 88
    return torch.where(wide, top.squeeze(1), out)
"""


@pytest.mark.parametrize("seed", [14, 18, 30, 2, 32, 78, 0])
@pytest.mark.parametrize("part, source", [("softmax", ONE_HOT_WHEN_WIDE), ("log_sum_exp", MAX_WHEN_WIDE)],
                         ids=["softmax_one_hot", "lse_max"])
def test_a_shortcut_for_rows_spread_beyond_exps_range_loses_the_stability_on_every_draw(assignment, probes, part,
                                                                                         source, seed):
    """Such a row is one-hot (its LSE its maximum) only when its top logit stands far above the
    rest; the huge logits always hold a wide row whose top two are within 2 (seeds 14 to 30
    held none before, seeds 2 to 78 one whose top two were too far apart for the LSE)."""
    criteria = graded(assignment, probes, part, source, seed=seed)
    assert _lost(criteria) == {"stable"}, criteria


MATRIX_ONLY = '''
def numerical_gradient(f, x, eps=1e-6):
    X = x.unsqueeze(0) if x.dim() == 1 else x
    grad = torch.zeros_like(X)
    for i in range(X.shape[0]):
        for j in range(X.shape[1]):
            up, down = X.clone(), X.clone()
            up[i, j] += eps
            down[i, j] -= eps
            grad[i, j] = (float(f(up.reshape(x.shape))) - float(f(down.reshape(x.shape)))) / (2 * eps)
    return grad.reshape(x.shape)
'''
ROWS_OF_ANY_SHAPE = '''
def numerical_gradient(f, x, eps=1e-6):
    X = x.reshape(x.shape[0], -1)
    grad = torch.zeros_like(X)
    for i in range(X.shape[0]):
        for j in range(X.shape[1]):
            step = torch.zeros_like(X)
            step[i, j] = eps
            grad[i, j] = (float(f((X + step).reshape(x.shape))) - float(f((X - step).reshape(x.shape)))) / (2 * eps)
    return grad.reshape(x.shape)
'''


def test_a_numerical_gradient_for_vectors_and_matrices_only_loses_its_values(assignment, probes):
    """On a 3-D x, X[i, j] is a whole fibre (wrong at a tiny and at a large eps), and a 0-d x
    raises: both number criteria are lost, not the part; its shape and x are right."""
    criteria = graded(assignment, probes, "numerical_gradient", MATRIX_ONLY)
    assert _lost(criteria) == {"values", "central difference"}, criteria
    assert all("for a 3-D x (shape (" in criteria[n][2] and "right on the other shapes tried" in criteria[n][2]
               for n in ("values", "central difference")), criteria


def test_a_numerical_gradient_raising_on_a_0d_x_loses_the_values_only(assignment, probes):
    criteria = graded(assignment, probes, "numerical_gradient", ROWS_OF_ANY_SHAPE)
    assert _lost(criteria) == {"values"}, criteria
    message = criteria["values"][2]
    assert "for a 0-d x (shape ()) with eps = 1e-06 it raised IndexError" in message, message


def test_a_gradient_check_nudging_rows_loses_both_criteria_on_a_matrix(assignment, probes):
    rows = '''
def gradient_check(f, x, eps=1e-6):
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_num = torch.zeros_like(x)
    for i in range(len(x)):
        plus, minus = x.detach().clone(), x.detach().clone()
        plus[i] += eps
        minus[i] -= eps
        g_num[i] = (float(f(plus)) - float(f(minus))) / (2 * eps)
    total = leaf.grad.norm() + g_num.norm()
    return float((leaf.grad - g_num).norm() / total) if total > 0 else 0.0
'''
    criteria = graded(assignment, probes, "gradient_check", rows)
    assert score(criteria) == 0, criteria
    for name in ("wrong gradient", "right gradient"):
        message = criteria[name][2]
        assert "for a matrix x (shape (2, 3))" in message and "x[i] of a matrix is a whole row" in message, message


def test_a_gradient_squeezed_loses_the_gradient_on_a_3d_x(assignment, probes):
    squeezed = VALUE_AND_GRAD.format(value="value.item()").replace("leaf.grad", "leaf.grad.squeeze()")
    criteria = graded(assignment, probes, "value_and_grad", squeezed)
    assert _lost(criteria) == {"gradient"}, criteria
    assert "(shape (2, 1, 2))" in criteria["gradient"][2] and "a bare .squeeze()" in criteria["gradient"][2]


# --------------------------------------------------------------------------- answers along x only, and a .grad left on x

ALONG_X_GRADIENT = '''
def numerical_gradient(f, x, eps=1e-6):
    """Two evaluations of f, along x's own direction, times that direction."""
    x = x.detach().to(torch.float64)
    norm = x.norm()
    u = x / norm if norm > 0 else torch.zeros_like(x)
    slope = (float(f(x + eps * u)) - float(f(x - eps * u))) / (2 * eps)
    return slope * u
'''

ALONG_X_AUTOGRAD = '''
def value_and_grad(f, x):
    """f(x), and autograd's derivative of s -> f(s x) at s = 1, spread along x."""
    x = x.detach().clone()
    s = torch.ones((), dtype=x.dtype, requires_grad=True)
    value = f(s * x)
    value.backward()
    return float(value), s.grad * x / (x * x).sum()
'''

GRAD_LEFT_ON_X = '''
def gradient_check(f, x, eps=1e-6):
    """Autograd's gradient taken on the caller's x itself; its .grad is never cleared."""
    x.requires_grad_(True)
    f(x).backward()
    x.requires_grad_(False)
    auto = x.grad.detach().clone()
    num = numerical_gradient(f, x.detach(), eps)
    return float((auto - num).norm() / (auto.norm() + num.norm() + 1e-30))
'''


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("part,source", [("numerical_gradient", ALONG_X_GRADIENT),
                                         ("value_and_grad", ALONG_X_AUTOGRAD)], ids=["numerical", "autograd"])
def test_a_gradient_measured_along_x_alone_earns_no_points_for_its_form(assignment, probes, part, source, seed):
    """A difference quotient (or autograd's derivative) along x's own direction, spread along
    it: deterministic, following f and x, blind to a constant, yet no gradient: f changed
    across x only shows it."""
    criteria = graded(assignment, probes, part, source, seed=seed)
    form = ("shape", "x unchanged") if part == "numerical_gradient" else ("no side effects",)
    assert all(criteria[name][0] == 0 and "across x only" in criteria[name][2] for name in form), criteria


@pytest.mark.parametrize("seed", range(3))
def test_a_gradient_check_leaving_a_grad_on_the_callers_x_earns_nothing_and_is_told_why(assignment, probes, seed):
    criteria = graded(assignment, probes, "gradient_check", GRAD_LEFT_ON_X, seed=seed)
    assert score(criteria) == 0, criteria
    assert "adds into the first one's .grad" in criteria["right gradient"][2], criteria


ONES_DIRECTION = '''
def numerical_gradient(f, x, eps=1e-6):
    """One difference quotient along the all-ones direction, spread over the entries like x."""
    x = x.detach().to(torch.float64)
    ones = torch.ones_like(x) / x.numel() ** 0.5
    slope = (float(f(x + eps * ones)) - float(f(x - eps * ones))) / (2 * eps)
    return slope * x / (x.abs().sum() + 1e-12)
'''


@pytest.mark.parametrize("seed", range(3))
def test_one_slope_spread_along_a_fixed_direction_earns_no_points_for_its_form(assignment, probes, seed):
    """The result changes with f only in size, never in direction: no gradient, whichever
    direction the one slope is measured along."""
    criteria = graded(assignment, probes, "numerical_gradient", ONES_DIRECTION, seed=seed)
    assert score(criteria) == 0 and "point in one same direction" in criteria["shape"][2], criteria


SQUEEZED_GRADIENT_CHECK = REFERENCE_CHECK.replace("g_auto, g_num = x.grad.detach(),", "g_auto, g_num = x.grad.detach().squeeze(),")


def test_a_check_squeezing_autograds_gradient_is_told_of_the_squeeze_on_an_x_with_a_dimension_of_one(assignment, probes):
    criteria = graded(assignment, probes, "gradient_check", SQUEEZED_GRADIENT_CHECK)
    messages = " ".join(message for _, _, message in criteria.values())
    assert "a .squeeze() dropped x's dimension of size 1" in messages, criteria
