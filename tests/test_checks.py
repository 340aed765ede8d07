"""The judges' helpers (autograder/library/checks.py) and PA2's judges on probe data made here.

Probe data is produced in this process: the assignment's own probes (grading/probes.py)
run on small student implementations written below, exactly as they would inside the
student's kernel, then the data makes the same JSON round trip as in grading.
"""

from __future__ import annotations

import importlib.util
import json
import math
from pathlib import Path

import numpy as np
import pytest
import torch

from autograder.assignment import load_assignment
from autograder.library.checks import (BadData, close, criterion, differs_note, field, floats, how_it_differs, short,
                                      verify_in_kernel)
from autograder.library.judge import judge
from autograder.library.substance import moved
from autograder.results import ExecutionResult

ROOT = Path(__file__).resolve().parents[1]
NAME = "pa2_gradient_descent"


# --------------------------------------------------------------------------- helpers

@pytest.mark.parametrize("value", [[1, 2.5, -3], [], [0.0]])
def test_floats_reads_lists_of_numbers_as_float64(value):
    got = floats(value)
    assert got.dtype == np.float64 and got.tolist() == [float(v) for v in value]


def test_floats_keeps_nan_and_infinity():
    got = floats(json.loads("[NaN, Infinity, 1]"))
    assert math.isnan(got[0]) and math.isinf(got[1]) and got[2] == 1.0


@pytest.mark.parametrize("value", [
    "1, 2", None, 3.0, {"values": [1]}, (1.0, 2.0), np.array([1.0]),
    [1, "2"], [1, None], [True, 1.0], [[1.0], [2.0]], [1, {"v": 2}],
    [10 ** 400],  # a JSON integer too large for a float
], ids=["str", "none", "number", "dict", "tuple", "ndarray", "str-item", "none-item", "bool-item",
        "nested", "dict-item", "huge-int"])
def test_floats_refuses_anything_but_a_list_of_numbers(value):
    with pytest.raises(BadData):
        floats(value)


def test_floats_checks_length_and_limit():
    assert floats([1, 2], length=2).shape == (2,)
    with pytest.raises(BadData, match="expected 3 numbers, got 2"):
        floats([1, 2], length=3)
    with pytest.raises(BadData):
        floats([0.0] * 11, limit=10)
    assert len(floats([0.0] * 10, limit=10)) == 10


def test_field_returns_a_value_of_the_right_type():
    assert field({"a": [1]}, "a", list) == [1]
    assert field({"a": "x"}, "a") == "x"  # any type by default
    assert field({"a": 1.5}, "a", (int, float)) == 1.5


@pytest.mark.parametrize("mapping", [{}, {"b": 1}, None, [["a", 1]], "a"])
def test_field_missing_or_not_a_dict_is_bad_data_unless_a_default_is_given(mapping):
    with pytest.raises(BadData, match="'a'"):
        field(mapping, "a", list)
    assert field(mapping, "a", list, []) == []
    assert field(mapping, "a", list, None) is None  # None is a legitimate default


def test_field_of_the_wrong_type_is_bad_data_even_with_a_default():
    """Is a present-but-wrong value refused rather than silently replaced by the default?"""
    with pytest.raises(BadData, match="wrong type"):
        field({"a": "not a list"}, "a", list, [])


def test_close_compares_shape_and_values_within_tolerance():
    assert close([1.0, 2.0], [1.0, 2.0])
    assert close([1.00001, 2.0], [1.0, 2.0])  # within rtol=1e-4
    assert not close([1.001, 2.0], [1.0, 2.0])
    assert close([1.001], [1.0], rtol=1e-2)
    assert close([1e-6], [0.0])  # atol for values near zero
    assert not close([1.0, 2.0], [1.0, 2.0, 3.0])
    assert not close([[1.0, 2.0]], [1.0, 2.0])  # same numbers, different shape
    assert not close([float("nan")], [float("nan")])
    assert not close([1.0], [float("nan")])


def test_criterion_is_all_or_nothing_with_the_matching_message():
    won = criterion("update", 10.0, True, "descends", "ascends")
    lost = criterion("update", 10.0, False, "descends", "ascends")
    assert (won.earned, won.points, won.message) == (10.0, 10.0, "descends")
    assert (lost.earned, lost.points, lost.message) == (0.0, 10.0, "ascends")


def test_short_renders_a_few_numbers():
    assert short([1, 2.5, float("nan")]) == "[1, 2.5, nan]"
    assert short(np.arange(10)) == "[0, 1, 2, 3, 4, 5, ...]"
    assert short([1 / 3], digits=3) == "[0.333]"
    assert short([1012.3, 1012.4, 1012.0]) == "[1012.3, 1012.4, 1012]"  # digits enough to tell them apart


WANT = np.array([0.5, -1.25, 2.0, 0.75, -3.0])


@pytest.mark.parametrize("got,says", [
    (2 * WANT, "every entry is 2 times the expected one"),
    (WANT / 3, "every entry is 0.3333 times the expected one"),
    (-WANT, "the expected values with the opposite sign"),
    (WANT + 0.5, "every entry is off by the same +0.5"),
    (WANT[::-1], "the right numbers, in another order"),
    (np.r_[WANT[:2], WANT[2:] + [1.0, -2.0, 0.25]], "3 of 5 entries differ, the first at flat index 2"),
    (0 * WANT, "every entry is 0"),
    (1e-8 * WANT, "every entry is 1e-08 times the expected one"),
])
def test_how_it_differs_names_the_pattern_of_a_wrong_array(got, says):
    assert how_it_differs(got, WANT) == says
    assert differs_note(got, WANT) == f" ({says})"


def test_how_it_differs_says_nothing_when_there_is_no_simple_pattern():
    """Right values, other shapes, non-finite numbers, unrelated numbers: nothing to add."""
    assert how_it_differs(WANT, WANT) == ""
    assert how_it_differs(WANT[:3], WANT) == ""
    assert how_it_differs(np.r_[np.nan, WANT[1:]], WANT) == ""
    assert how_it_differs([7.0, 1.0, -4.0, 2.5, 9.0], WANT) == ""
    # Tiny unrelated numbers (uninitialised memory) are no multiple of the expected ones.
    assert "times" not in how_it_differs(1e-31 * WANT * np.array([1.0, 1e-5, 3.0, 1e-9, 7.0]), WANT)
    assert differs_note([1.0], [2.0, 3.0]) == ""


def test_how_it_differs_names_the_factor_of_a_single_number():
    assert how_it_differs([7.0], [3.5]) == "2 times the expected value"
    assert how_it_differs([0.7], [3.5]) == "0.2 times the expected value"  # (one fifth: a mean over 5)


def test_how_it_differs_names_no_factor_of_a_single_number_that_is_no_simple_multiple():
    """Any wrong number is some multiple of the right one: 0.4045 times says nothing."""
    assert how_it_differs([0.4045 * 3.2], [3.2]) == ""


def test_how_it_differs_names_values_rounded():
    assert how_it_differs([1.44], [1.44002], rtol=1e-6, atol=1e-8) == "the expected value rounded to 2 decimals: return it unrounded"
    assert how_it_differs([0.0], [0.03]) != "the expected value rounded to 1 decimal: return it unrounded"
    # Exact 0s and 1s (a sparse answer) equal the expected values rounded, but were never rounded.
    assert "rounded" not in how_it_differs([0.0, 1.0, 0.0], [0.02, 0.97, 0.01])


def test_how_it_differs_names_the_difference_of_numbers_too_close_to_tell_apart_at_four_digits():
    assert how_it_differs([1041.2], [1041.7]) == "off by -0.5"


def test_bad_data_is_a_value_error():
    """Code that catches ValueError for unreadable input also catches BadData."""
    assert issubclass(BadData, ValueError)


# --------------------------------------------------------------------------- PA2 fixtures

@pytest.fixture(scope="module")
def assignment():
    return load_assignment(ROOT / "solutions", NAME)


@pytest.fixture(scope="module")
def probes():
    """grading/probes.py as a module of its own (as the kernel harness loads it)."""
    spec = importlib.util.spec_from_file_location("pa2_probes_under_test",
                                                  ROOT / "solutions" / NAME / "grading" / "probes.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def roundtrip(value):
    """The JSON trip probe data makes from the kernel to the grader (see kernel_harness)."""
    return json.loads(json.dumps(value, allow_nan=True, default=repr))


def probe_data(assignment, probes, part: str, namespace: dict, seed: int = 0):
    inputs = assignment.checks[part].make_inputs(np.random.default_rng(seed))
    return inputs, roundtrip(getattr(probes, "probe_" + part)(namespace, roundtrip(inputs), []))


def judged(assignment, probes, part: str, namespace: dict, seed: int = 0) -> dict:
    """Criterion name -> criterion, for ``namespace``'s implementation of ``part``."""
    inputs, data = probe_data(assignment, probes, part, namespace, seed)
    criteria = assignment.checks[part].judge(inputs, data)
    return {c.name: c for c in criteria}


def lost(criteria: dict) -> set[str]:
    return {name for name, c in criteria.items() if c.earned < c.points}


def points(criteria: dict) -> float:
    return sum(c.earned for c in criteria.values())


# --------------------------------------------------------------------------- student code

def model(data, weight, bias):
    return weight * data + bias


def loss_func(y_pred, y_true):
    return torch.mean((y_pred - y_true) ** 2)


def make_fit_GD(*, direction: float = -1.0, zero_grads: bool = True, returns=np.array):
    """Full-batch GD; ``direction=+1`` climbs the gradient, ``zero_grads=False`` accumulates it."""
    def fit_GD(model, loss_func, X, Y, lr, num_epochs):
        weight = torch.tensor([0.5], requires_grad=True)
        bias = torch.tensor([-0.25], requires_grad=True)
        losses = []
        for _ in range(num_epochs):
            loss = loss_func(model(X, weight, bias), Y)
            loss.backward()
            with torch.no_grad():
                weight += direction * lr * weight.grad
                bias += direction * lr * bias.grad
            if zero_grads:
                weight.grad.zero_()
                bias.grad.zero_()
            losses.append(loss.item())
        return returns(losses)
    return fit_GD


def make_fit_BGD(*, epoch_loss: str = "mean", shuffle: bool = False, batches: str = "all"):
    """Mini-batch GD; ``epoch_loss='by_batch_size'`` divides the summed batch losses by batch_size,
    ``batches='first'`` trains on the first batch every time, ``'full'`` drops a last partial batch."""
    def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
        weight = torch.tensor([0.1], requires_grad=True)
        bias = torch.tensor([0.2], requires_grad=True)
        generator = torch.Generator().manual_seed(7)
        losses = []
        for _ in range(num_epochs):
            order = torch.randperm(len(X), generator=generator) if shuffle else torch.arange(len(X))
            batch_losses = []
            end = len(X) - len(X) % batch_size if batches == "full" else len(X)
            for start in range(0, end, batch_size):
                rows = order[start:start + batch_size] if batches != "first" else order[:batch_size]
                loss = loss_func(model(X[rows], weight, bias), Y[rows])
                loss.backward()
                with torch.no_grad():
                    weight -= lr * weight.grad
                    bias -= lr * bias.grad
                weight.grad.zero_()
                bias.grad.zero_()
                batch_losses.append(loss.item())
            divisor = batch_size if epoch_loss == "by_batch_size" else len(batch_losses)
            losses.append(sum(batch_losses) / divisor)
        return np.array(losses)
    return fit_BGD


# --------------------------------------------------------------------------- fit_GD, fit_BGD

def fit_GD_best_of_three_starts(model, loss_func, X, Y, lr, num_epochs):
    """Correct: tries three random starting points (losses taken with autograd on, never
    backpropagated) and trains from the best."""
    generator = torch.Generator().manual_seed(3)
    starts = [(torch.randn(1, generator=generator), torch.randn(1, generator=generator)) for _ in range(3)]
    w0, b0 = min(starts, key=lambda wb: loss_func(model(X, wb[0], wb[1]), Y).item())
    weight, bias = w0.clone().requires_grad_(), b0.clone().requires_grad_()
    losses = []
    for _ in range(num_epochs):
        loss = loss_func(model(X, weight, bias), Y)
        loss.backward()
        with torch.no_grad():
            weight -= lr * weight.grad
            bias -= lr * bias.grad
        weight.grad.zero_()
        bias.grad.zero_()
        losses.append(loss.item())
    return np.array(losses)


def fit_BGD_checking_the_shape_first(model, loss_func, X, Y, lr, num_epochs, batch_size):
    """Correct: a defensive check of the model's output shape on two rows and zero parameters
    before the parameters are made."""
    assert model(X[:2], torch.zeros(1), torch.zeros(1)).shape == (2, 1)
    return make_fit_BGD()(model, loss_func, X, Y, lr, num_epochs, batch_size)


@pytest.mark.parametrize("part", ["fit_GD", "fit_BGD"])
def test_a_fit_returning_the_notebooks_curve_for_a_call_of_its_epochs_loses_marks(assignment, probes, part):
    """Junk for calls of the notebook's 20 epochs (a curve kept from the notebook's run),
    honest training otherwise: a case of exactly 20 epochs shows it."""
    honest = make_fit_GD() if part == "fit_GD" else make_fit_BGD()
    kept = np.sort(np.random.default_rng(5).uniform(0.5, 30.0, 20))[::-1].copy()

    def cached(model, loss_func, X, Y, lr, num_epochs, *batch_size):
        return kept.copy() if num_epochs == 20 else honest(model, loss_func, X, Y, lr, num_epochs, *batch_size)

    criteria = judged(assignment, probes, part, {part: cached})
    assert points(criteria) < 30 and "loss" in lost(criteria), {n: c.message for n, c in criteria.items()}


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("part,function", [("fit_GD", fit_GD_best_of_three_starts),
                                           ("fit_BGD", fit_BGD_checking_the_shape_first)],
                         ids=["candidate_starts", "shape_check_first"])
def test_evaluations_before_the_first_backward_are_no_updates(assignment, probes, seed, part, function):
    """Passes at other parameters before the first pass whose loss was backpropagated are
    evaluations (with autograd on, as ordinary code runs), not updates: full marks."""
    criteria = judged(assignment, probes, part, {part: function}, seed)
    assert lost(criteria) == set(), {n: c.message for n, c in criteria.items()}


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_correct_full_batch_gd_earns_every_criterion(assignment, probes, seed):
    criteria = judged(assignment, probes, "fit_GD", {"fit_GD": make_fit_GD()}, seed)
    assert set(criteria) == {"returns", "batches", "update", "loss"}
    assert lost(criteria) == set(), {n: c.message for n, c in criteria.items()}
    assert points(criteria) == 30


def test_gradient_ascent_loses_only_the_update_and_says_uphill(assignment, probes):
    criteria = judged(assignment, probes, "fit_GD", {"fit_GD": make_fit_GD(direction=+1.0)})
    assert lost(criteria) == {"update"}
    assert "uphill" in criteria["update"].message
    assert points(criteria) == 20


def test_never_zeroed_gradients_lose_the_update_and_say_so(assignment, probes):
    criteria = judged(assignment, probes, "fit_GD", {"fit_GD": make_fit_GD(zero_grads=False)})
    assert lost(criteria) == {"update"}
    assert "not zeroed" in criteria["update"].message
    assert "update 2" in criteria["update"].message  # the first step is right: nothing accumulated yet


def test_returning_a_list_loses_only_returns_with_advice(assignment, probes):
    criteria = judged(assignment, probes, "fit_GD", {"fit_GD": make_fit_GD(returns=list)})
    assert lost(criteria) == {"returns"}
    assert "np.array" in criteria["returns"].message


def test_a_fit_that_raises_loses_everything_with_the_error(assignment, probes):
    def fit_GD(model, loss_func, X, Y, lr, num_epochs):
        raise ZeroDivisionError("oops")

    criteria = judged(assignment, probes, "fit_GD", {"fit_GD": fit_GD})
    assert points(criteria) == 0
    assert all("ZeroDivisionError: oops" in c.message for c in criteria.values())


def test_a_fit_that_trains_on_other_data_earns_nothing(assignment, probes):
    """Does a fit that trains on data it was not given lose every criterion, its return value included?"""
    other_x = torch.linspace(-1.0, 1.0, 24).view(-1, 1)

    def fit_GD(model, loss_func, X, Y, lr, num_epochs):
        return make_fit_GD()(model, loss_func, other_x, Y[:24], lr, num_epochs)

    criteria = judged(assignment, probes, "fit_GD", {"fit_GD": fit_GD})
    assert lost(criteria) == {"returns", "batches", "update", "loss"}
    assert "not the X it was given" in criteria["update"].message


@pytest.mark.parametrize("part", ["fit_GD", "fit_BGD"])
def test_each_fit_is_also_run_for_more_epochs_than_the_notebook_trains(assignment, part):
    """Code sized from the notebook (a history of np.zeros(20)) must meet a longer run, on few points."""
    cases = assignment.checks[part].make_inputs(np.random.default_rng(0))["cases"]
    assert any(c["num_epochs"] > 20 and len(c["x"]) <= 10 for c in cases)  # the notebook trains 20 epochs


def test_a_history_sized_from_the_notebooks_epochs_earns_nothing(assignment, probes):
    def fit_GD(model, loss_func, X, Y, lr, num_epochs):
        history = np.zeros(20)
        for epoch, loss in enumerate(make_fit_GD()(model, loss_func, X, Y, lr, num_epochs)):
            history[epoch] = loss
        return history[:num_epochs]

    criteria = judged(assignment, probes, "fit_GD", {"fit_GD": fit_GD})
    assert points(criteria) == 0 and "IndexError" in criteria["update"].message


@pytest.mark.parametrize("shuffle", [False, True], ids=["ordered", "shuffled"])
def test_correct_mini_batch_gd_earns_every_criterion(assignment, probes, shuffle):
    criteria = judged(assignment, probes, "fit_BGD", {"fit_BGD": make_fit_BGD(shuffle=shuffle)})
    assert lost(criteria) == set(), {n: c.message for n, c in criteria.items()}
    assert points(criteria) == 30


def test_epoch_loss_divided_by_batch_size_loses_only_the_loss_and_says_why(assignment, probes):
    criteria = judged(assignment, probes, "fit_BGD", {"fit_BGD": make_fit_BGD(epoch_loss="by_batch_size")})
    assert lost(criteria) == {"loss"}
    assert "divides the sum of the batch losses by batch_size" in criteria["loss"].message


def test_one_value_per_batch_position_is_told_one_per_epoch_is_asked(assignment, probes):
    """np.mean over the wrong axis of an epochs x batches table: one mean per batch position."""
    honest = make_fit_BGD()

    def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
        table = []
        epoch_mean = honest(model, lambda p, y: table.append(float(loss_func(p, y))) or loss_func(p, y),
                            X, Y, lr, num_epochs, batch_size)
        per_epoch = len(table) // len(epoch_mean)
        return np.mean(np.array(table).reshape(len(epoch_mean), per_epoch), axis=0)

    criteria = judged(assignment, probes, "fit_BGD", {"fit_BGD": fit_BGD})
    assert "returns" in lost(criteria) and "one value per epoch is asked" in criteria["returns"].message


def test_reusing_the_first_batch_loses_only_the_batches(assignment, probes):
    """The right number of updates, each a correct step, but not over every point: only batches lost."""
    criteria = judged(assignment, probes, "fit_BGD", {"fit_BGD": make_fit_BGD(batches="first")})
    assert lost(criteria) == {"batches"}
    assert "exactly once" in criteria["batches"].message


def test_dropping_the_last_partial_batch_loses_only_the_batches(assignment, probes):
    criteria = judged(assignment, probes, "fit_BGD", {"fit_BGD": make_fit_BGD(batches="full")})
    assert lost(criteria) == {"batches"}
    assert "updates" in criteria["batches"].message


def test_unreadable_trajectory_loses_every_fit_criterion_with_a_reason(assignment, probes):
    """Is a trajectory with strings for numbers judged (all lost, saying why), not a crash of the judge?"""
    inputs = assignment.checks["fit_GD"].make_inputs(np.random.default_rng(0))
    data = with_strings(good_fit_data(assignment, probes))
    criteria = {c.name: c for c in assignment.checks["fit_GD"].judge(inputs, data)}
    assert set(criteria) == {"returns", "batches", "update", "loss"} and points(criteria) == 0
    assert all("could not be read" in c.message for c in criteria.values())


def test_full_batch_code_given_as_mini_batch_loses_the_batches(assignment, probes):
    full_batch = make_fit_GD()
    namespace = {"fit_BGD": lambda model, loss_func, X, Y, lr, epochs, batch_size:
                 full_batch(model, loss_func, X, Y, lr, epochs)}
    criteria = judged(assignment, probes, "fit_BGD", namespace)
    assert "batches" in lost(criteria) and "returns" not in lost(criteria)


# --------------------------------------------------------------------------- model, loss_func

def test_correct_model_and_loss_earn_full_marks(assignment, probes):
    namespace = {"model": model, "loss_func": loss_func}
    assert points(judged(assignment, probes, "model", namespace)) == 10
    assert points(judged(assignment, probes, "loss_func", namespace)) == 10


def test_detached_model_loses_only_the_gradient(assignment, probes):
    namespace = {"model": lambda data, weight, bias: (weight * data + bias).detach()}
    criteria = judged(assignment, probes, "model", namespace)
    assert lost(criteria) == {"gradient"}


def test_a_model_clipped_at_zero_keeps_its_shape_points_on_every_draw(assignment, probes):
    """A ReLU on the output follows its inputs where the line is above 0: on every draw the
    first case's line crosses 0 among its points, so the prediction is never all zeros there
    (it was, now and then, and the shape points went with the "ignores data" gate)."""
    namespace = {"model": lambda data, weight, bias: torch.relu(weight * data + bias)}
    for seed in range(40):
        criteria = judged(assignment, probes, "model", namespace, seed=seed)
        assert lost(criteria) == {"values", "gradient"}, (seed, criteria["shape"].message)
        first = assignment.checks["model"].make_inputs(np.random.default_rng(seed))["cases"][0]
        line = first["w"] * np.asarray(first["x"]) + first["b"]
        assert line.max() > 0.5 and line.min() < -0.5


@pytest.mark.parametrize("squeezed", [
    lambda data, weight, bias: (weight.squeeze() * data.squeeze() + bias.squeeze()).unsqueeze(-1),
    lambda data, weight, bias: (weight * data + bias).squeeze().reshape(-1, 1) if len(data) > 1 else
    (weight * data + bias).squeeze(),
], ids=["squeeze-all", "squeeze-one-row"])
def test_a_model_that_drops_the_row_dimension_of_one_row_loses_the_shape_only(assignment, probes, squeezed):
    """A mini-batch's last batch can hold one row: its prediction is still (1, 1)."""
    criteria = judged(assignment, probes, "model", {"model": squeezed})
    assert lost(criteria) == {"shape"} and "ONE row" in criteria["shape"].message, criteria["shape"].message


@pytest.mark.parametrize("seed", range(3))
def test_a_model_right_only_for_inputs_as_small_as_a_probes_loses_its_values(assignment, probes, seed):
    """The bias dropped for more than 12 rows (the notebook's 200 points among them): round 15's
    loophole hunt; a case of a data set's size shows it."""
    def model(data, weight, bias):
        return weight * data + bias if data.shape[0] <= 12 else weight * data

    criteria = judged(assignment, probes, "model", {"model": model}, seed=seed)
    assert "values" in lost(criteria) and points(criteria) < 10, {n: c.message for n, c in criteria.items()}


def _scaled_in_place(data, weight, bias):
    data *= weight
    data += bias
    return data


def test_a_model_that_overwrites_its_data_loses_the_values_only(assignment, probes):
    """Right numbers returned, but the caller's X is changed at every call (in-place *=)."""
    criteria = judged(assignment, probes, "model", {"model": _scaled_in_place})
    assert lost(criteria) == {"values"} and "overwrites the data it is given" in criteria["values"].message


def test_numpy_model_loses_everything_and_names_the_type(assignment, probes):
    namespace = {"model": lambda data, weight, bias: (weight * data + bias).detach().numpy()}
    criteria = judged(assignment, probes, "model", namespace)
    assert points(criteria) == 0
    assert "numpy.ndarray" in criteria["values"].message


def test_a_loss_right_only_while_autograd_records_loses_its_value(assignment, probes):
    """The mean absolute error under torch.no_grad(), the squared one otherwise (round 15's
    loophole hunt): a loss is computed without autograd to report it, too."""
    def loss_func(y_pred, y_true):
        errors = y_pred - y_true
        return (errors ** 2).mean() if torch.is_grad_enabled() else errors.abs().mean()

    criteria = judged(assignment, probes, "loss_func", {"loss_func": loss_func})
    assert lost(criteria) == {"value"} and "torch.no_grad()" in criteria["value"].message, \
        {n: c.message for n, c in criteria.items()}


def test_sum_instead_of_mean_loses_value_and_gradient(assignment, probes):
    criteria = judged(assignment, probes, "loss_func", {"loss_func": lambda p, t: torch.sum((p - t) ** 2)})
    assert lost(criteria) == {"value", "gradient"}


def test_loss_returning_a_float_loses_tensor_and_gradient(assignment, probes):
    criteria = judged(assignment, probes, "loss_func", {"loss_func": lambda p, t: loss_func(p, t).item()})
    assert lost(criteria) == {"tensor", "gradient"}


@pytest.mark.parametrize("seed", range(3))
def test_a_loss_that_never_reads_the_predictions_earns_nothing(assignment, probes, seed):
    spread = {"loss_func": lambda p, t: torch.mean((t - t.mean()) ** 2)}
    criteria = judged(assignment, probes, "loss_func", spread, seed=seed)
    assert points(criteria) == 0, {n: c.message for n, c in criteria.items()}
    assert "when y_pred changed" in criteria["tensor"].message


@pytest.mark.parametrize("seed", range(3))
def test_losses_written_other_ways_earn_full_marks(assignment, probes, seed):
    for form in (lambda p, t: torch.nn.functional.mse_loss(p, t), lambda p, t: ((t - p) ** 2).sum() / p.numel(),
                 lambda p, t: torch.mean(torch.square(p - t)).reshape(1)):
        assert points(judged(assignment, probes, "loss_func", {"loss_func": form}, seed=seed)) == 10


def test_missing_function_loses_everything_with_a_name_error(assignment, probes):
    for part in ("model", "loss_func", "fit_GD", "fit_BGD"):
        criteria = judged(assignment, probes, part, {})
        assert points(criteria) == 0
        assert all("NameError" in c.message for c in criteria.values())


# --------------------------------------------------------------------------- plots

def figure(values, *, xlabel="Epoch", ylabel="Loss", title="Training loss", x=None):
    x = list(range(1, len(values) + 1)) if x is None else x
    return {"suptitle": "", "axes": [{"title": title, "xlabel": xlabel, "ylabel": ylabel,
                                      "lines": [{"x": x, "y": list(values)}]}]}


def judge_plot(assignment, data, seed=0):
    inputs = assignment.checks["plot_GD"].make_inputs(np.random.default_rng(seed))
    data = data(inputs["losses"])
    return {c.name: c for c in assignment.checks["plot_GD"].judge(inputs, roundtrip(data))}


def test_replayed_plot_with_labels_and_title_earns_full_marks(assignment):
    criteria = judge_plot(assignment, lambda losses: {"student": [], "replay": [figure(losses)],
                                                      "reassigned": None, "original": None})
    assert lost(criteria) == set() and points(criteria) == 5


def test_plot_without_labels_or_title_loses_those(assignment):
    criteria = judge_plot(assignment, lambda losses: {
        "student": [], "replay": [figure(losses, xlabel="", ylabel=" ", title="")],
        "reassigned": None, "original": None})
    assert lost(criteria) == {"labels", "title"}


@pytest.mark.parametrize("drawn", [
    lambda losses: figure(losses[:-1]),                                 # one epoch missing
    lambda losses: figure(losses, x=list(range(len(losses), 0, -1))),   # x not increasing
], ids=["short", "x-decreasing"])
def test_plot_of_the_data_drawn_wrongly_loses_only_the_curve(assignment, drawn):
    criteria = judge_plot(assignment, lambda losses: {"student": [], "replay": [drawn(losses)],
                                                      "reassigned": None, "original": None})
    assert lost(criteria) == {"curve"}


@pytest.mark.parametrize("drawn", [
    lambda losses: figure(losses[::-1]),                                # values not in epoch order
    lambda losses: figure(sorted(losses[:3]) + list(losses[3:])),       # some of them sorted
], ids=["reversed", "sorted"])
def test_plot_of_the_values_reordered_earns_nothing(assignment, drawn):
    """The list's numbers in another order are not its curve: no labels or title on them."""
    criteria = judge_plot(assignment, lambda losses: {"student": [], "replay": [drawn(losses)],
                                                      "reassigned": None, "original": None})
    assert points(criteria) == 0


@pytest.mark.parametrize("drawn", [
    lambda losses: figure([1.0, 2.0, 3.0]),                             # a hard-coded curve
    lambda losses: figure(list(np.linspace(30.0, 1.0, len(losses)))),  # a made-up curve of the right length
], ids=["hard-coded", "made-up"])
def test_plot_without_the_data_earns_nothing_for_its_labels_and_title(assignment, drawn):
    """Is a well-labelled figure that does not show the losses worth nothing (form without substance)?"""
    criteria = judge_plot(assignment, lambda losses: {"student": [], "replay": [drawn(losses)],
                                                      "reassigned": None, "original": None})
    assert points(criteria) == 0
    assert "no axes showed it" in criteria["labels"].message and "title is judged" in criteria["title"].message


# --------------------------------------------------------------------------- untrusted data

def deep(levels: int):
    value: list = []
    for _ in range(levels):
        value = [value]
    return value


def good_fit_data(assignment, probes, part="fit_GD"):
    fit = make_fit_GD() if part == "fit_GD" else make_fit_BGD()
    return probe_data(assignment, probes, part, {part: fit})[1]


def with_strings(data):
    """The same trajectory, each weight written as a string."""
    for case in data["cases"]:
        for call in case["calls"]:
            if call.get("kind") == "model":
                call["w"] = [str(v) for v in call["w"]]
    return data


GARBAGE = {
    "string": lambda a, p: "garbage",
    "none": lambda a, p: None,
    "list": lambda a, p: [1, 2, 3],
    "empty-dict": lambda a, p: {},
    "cases-string": lambda a, p: {"cases": "abc"},
    "no-cases": lambda a, p: {"cases": []},
    "cases-of-strings": lambda a, p: {"cases": ["x", "y", "z"]},
    "cases-of-empty-dicts": lambda a, p: {"cases": [{}, {}, {}]},
    "strings-for-numbers": lambda a, p: {"cases": [
        {"type": "torch.Tensor", "values": ["1", "2"], "shape": "(n, 1)", "grad_w": ["a"], "grad_b": ["b"],
         "grad": ["c"], "returned": {"type": "numpy.ndarray", "dtype": "float64", "values": ["1"]},
         "calls": [{"kind": "model", "w": "0.5", "b": [1], "x": "x"}]}] * 3,
        "replay": [{"axes": [{"lines": [{"x": "a", "y": "b"}], "xlabel": 5, "title": ["t"]}]}],
        "student": "x"},
    "huge-nesting": lambda a, p: {"cases": deep(100_000), "replay": deep(100_000)},
    "nan-everywhere": lambda a, p: {"cases": [{"type": "torch.Tensor", "values": [float("nan")] * 12,
                                              "shape": [12, 1], "grad_w": [float("nan")],
                                              "grad_b": [float("nan")], "grad": [float("nan")]}] * 3},
    "fit-weights-as-strings": lambda a, p: with_strings(good_fit_data(a, p)),
}


@pytest.mark.parametrize("make", GARBAGE.values(), ids=GARBAGE.keys())
def test_garbage_probe_data_scores_zero_on_every_part_without_escaping_judge(assignment, probes, make):
    """Whatever comes back from the kernel, is every part judged (no crash) and worth nothing?"""
    data = make(assignment, probes)
    parts = [p.name for p in assignment.parts if p.autograded]
    inputs = {name: assignment.checks[name].make_inputs(np.random.default_rng(0)) for name in parts}
    verdicts = judge(assignment, inputs, ExecutionResult(probes={name: data for name in parts}))
    assert sorted(verdicts) == sorted(parts)
    for name, verdict in verdicts.items():
        assert verdict.score == 0, (name, [(c.name, c.earned, c.message) for c in verdict.criteria])
        assert all(c.message for c in verdict.criteria)


@pytest.mark.parametrize("part", ["model", "loss_func", "fit_GD", "fit_BGD"])
def test_results_for_only_some_cases_earn_nothing(assignment, probes, part):
    """Can a kernel that reports fewer cases than it was given (a tampered probe) keep the points?"""
    namespace = {"model": model, "loss_func": loss_func, "fit_GD": make_fit_GD(), "fit_BGD": make_fit_BGD()}
    inputs, data = probe_data(assignment, probes, part, namespace)
    full = next(p.points for p in assignment.parts if p.name == part)
    assert sum(c.earned for c in assignment.checks[part].judge(inputs, roundtrip(data))) == full  # premise
    data["cases"] = data["cases"][:1]
    all_inputs = {p: check.make_inputs(np.random.default_rng(0)) for p, check in assignment.checks.items()}
    all_inputs[part] = inputs
    assert judge(assignment, all_inputs, ExecutionResult(probes={part: data}))[part].score == 0


# --------------------------------------------------------------------------- verify_in_kernel

def test_verify_in_kernel_passes_correct_code_and_lists_lost_criteria_otherwise(assignment, probes):
    verify_in_kernel(assignment.checks["fit_GD"], probes, "fit_GD", {"fit_GD": make_fit_GD()})
    with pytest.raises(AssertionError) as caught:
        verify_in_kernel(assignment.checks["fit_GD"], probes, "fit_GD", {"fit_GD": make_fit_GD(direction=+1.0)})
    assert "fit_GD lost points" in str(caught.value) and "update (-10)" in str(caught.value)


# --------------------------------------------------------------------------- issue #10: fairness

@pytest.mark.parametrize("part,function", [
    ("model", lambda data, weight, bias: torch.zeros_like(data)),
    ("model", lambda data, weight, bias: data * 1.0),
    ("loss_func", lambda y_pred, y_true: torch.tensor(0.0, requires_grad=True)),
    ("fit_GD", lambda model, loss_func, X, Y, lr, num_epochs: np.zeros(num_epochs)),
    ("fit_BGD", lambda model, loss_func, X, Y, lr, num_epochs, batch_size: np.linspace(5.0, 1.0, num_epochs)),
], ids=["model-zeros", "model-data-only", "loss-constant", "fit-zeros", "fit-memorised"])
def test_form_without_substance_earns_nothing(assignment, probes, part, function):
    """Does an answer of the right type and shape that ignores its inputs (or does not train) score 0?"""
    criteria = judged(assignment, probes, part, {part: function})
    assert points(criteria) == 0, {n: c.message for n, c in criteria.items()}


def test_a_model_without_bias_is_told_that_bias_does_not_enter_the_prediction(assignment, probes):
    criteria = judged(assignment, probes, "model", {"model": lambda data, weight, bias: weight * data})
    assert lost(criteria) == {"values", "gradient"}
    assert "bias does not enter the output" in criteria["gradient"].message
    assert "no .item()" not in criteria["gradient"].message


def make_fit_BGD_logging(*, after_update: bool, exact_mse: bool = False):
    """Mini-batch GD that recomputes each batch loss after its update for its log, or reports the exact epoch MSE."""
    def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
        weight, bias = torch.tensor([0.3], requires_grad=True), torch.tensor([-0.1], requires_grad=True)
        losses = []
        for _ in range(num_epochs):
            logged, sizes = [], []
            for xb, yb in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
                loss = loss_func(model(xb, weight, bias), yb)
                loss.backward()
                with torch.no_grad():
                    weight -= lr * weight.grad
                    bias -= lr * bias.grad
                    weight.grad.zero_()
                    bias.grad.zero_()
                    logged.append(loss_func(model(xb, weight, bias), yb).item() if after_update else loss.item())
                sizes.append(len(xb))
            losses.append(np.average(logged, weights=sizes) if exact_mse else np.mean(logged))
        return np.array(losses)
    return fit_BGD


def test_a_loss_logged_after_the_update_costs_the_loss_criterion_only(assignment, probes):
    """Are the extra forward passes of a log not taken for updates (issue #10, small slips)?"""
    criteria = judged(assignment, probes, "fit_BGD", {"fit_BGD": make_fit_BGD_logging(after_update=True)})
    assert lost(criteria) == {"loss"}
    assert "after its update" in criteria["loss"].message


def test_the_exact_epoch_mse_is_accepted_as_well_as_the_mean_of_batch_losses(assignment, probes):
    criteria = judged(assignment, probes, "fit_BGD", {"fit_BGD": make_fit_BGD_logging(after_update=False, exact_mse=True)})
    assert lost(criteria) == set(), {n: c.message for n, c in criteria.items()}


@pytest.mark.parametrize("xlabel,ylabel,ok", [
    ("Number of updates", "MSE (log scale)", True), ("ITERATION", "training cost", True),
    ("Loss", "Epoch", False), ("x", "y", False),
])
def test_axis_labels_are_judged_by_what_they_say(assignment, xlabel, ylabel, ok):
    criteria = judge_plot(assignment, lambda losses: {"student": [], "replay": [figure(losses, xlabel=xlabel, ylabel=ylabel)]})
    assert lost(criteria) == (set() if ok else {"labels"})


def test_criteria_points_come_from_the_notebook(assignment):
    """Do the criteria of every part add up to the part's points in the source notebook?"""
    for part in assignment.parts:
        if part.autograded:
            inputs = assignment.checks[part.name].make_inputs(np.random.default_rng(0))
            criteria = assignment.checks[part.name].judge(inputs, {"error": "NameError: x"})
            assert sum(c.points for c in criteria) == pytest.approx(part.points)


def test_a_correct_model_keeps_its_gradient_points_when_the_data_sum_to_almost_zero(assignment, probes):
    """The weight's gradient is sum(data), which torch sums in float32: near 0 its rounding is
    larger than 1e-3 of it. Cases whose data sum to within 1e-3 of 0 (a quarter of them failed)."""
    rng = np.random.default_rng(5)
    inputs = assignment.checks["model"].make_inputs(np.random.default_rng(0))
    main = [case for case in inputs["cases"] if case["role"] == "main"]
    for case in main:
        x = np.float32(rng.uniform(-5, 5, len(case["x"])))
        x[-1] = np.float32(-np.sum(x[:-1].astype(np.float64)) + rng.uniform(-1e-3, 1e-3))
        case["x"] = [float(v) for v in x]
    for case in inputs["cases"]:
        if case["role"] in ("repeat", "weight", "bias"):  # the first case again, one argument changed
            case["x"] = main[0]["x"]
        elif case["role"] == "nearby":  # the first case moved by a hair
            case["x"] = moved(main[0]["x"], 1 + 1e-5, 1e-5)
    data = roundtrip(probes.probe_model({"model": model}, roundtrip(inputs), []))
    criteria = {c.name: c for c in assignment.checks["model"].judge(inputs, data)}
    assert lost(criteria) == set(), {n: c.message for n, c in criteria.items()}


# --------------------------------------------------------------------------- PA3: cross_entropy

PA3 = "pa3_classification"


@pytest.fixture(scope="module")
def pa3():
    """PA3's checks and its grading/probes.py as a module of its own."""
    spec = importlib.util.spec_from_file_location("pa3_probes_under_test",
                                                  ROOT / "solutions" / PA3 / "grading" / "probes.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return load_assignment(ROOT / "solutions", PA3), module


def pa3_cross_entropy(pa3, function, seed: int = 0) -> dict:
    import torch.nn.functional as F  # (the notebook's name, which the student's code uses)
    return judged(*pa3, "cross_entropy", {"cross_entropy": function, "F": F}, seed)


def ce_shifted_by(low):
    """A cross-entropy whose log-sum-exp shifts each row by ``low(logits)``, not its maximum."""
    def cross_entropy(logits, targets):
        m = low(logits)
        lse = m.squeeze(1) + torch.log(torch.exp(logits - m).sum(dim=1))
        return (lse - logits[torch.arange(len(targets)), targets]).mean()
    return cross_entropy


def test_a_cross_entropy_shifted_by_the_row_max_earns_everything(pa3):
    criteria = pa3_cross_entropy(pa3, ce_shifted_by(lambda z: z.max(dim=1, keepdim=True).values))
    assert lost(criteria) == set(), {n: c.message for n, c in criteria.items()}


@pytest.mark.parametrize("low", [lambda z: z.min(dim=1, keepdim=True).values, lambda z: z.mean(dim=1, keepdim=True)])
def test_a_cross_entropy_shifted_by_another_number_of_the_row_loses_stable(pa3, low):
    criteria = pa3_cross_entropy(pa3, ce_shifted_by(low))
    assert lost(criteria) == {"stable"} and "hundreds apart" in criteria["stable"].message


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_cross_entropy_shifted_only_when_the_batch_spreads_far_loses_stable(pa3, seed):
    """Logits all large and close together (every one raised by 1000) overflow a loss that
    shifts only when the batch's logits lie far apart, as raising some rows never shows."""
    def cross_entropy(logits, targets):
        m = logits.max(dim=1, keepdim=True).values if float(logits.max() - logits.min()) > 80 \
            else torch.zeros(len(logits), 1)
        lse = m.squeeze(1) + torch.log(torch.exp(logits - m).sum(dim=1))
        return (lse - logits[torch.arange(len(targets)), targets]).mean()

    criteria = pa3_cross_entropy(pa3, cross_entropy, seed)
    assert lost(criteria) == {"stable"} and "every logit" in criteria["stable"].message


def test_a_cross_entropy_right_only_for_logits_that_require_grad_loses_the_value(pa3):
    """Evaluation hands its loss logits under torch.no_grad(): the same loss is due there."""
    right = ce_shifted_by(lambda z: z.max(dim=1, keepdim=True).values)

    def cross_entropy(logits, targets):
        return right(logits, targets) if logits.requires_grad else torch.log(torch.tensor(float(logits.shape[1])))

    criteria = pa3_cross_entropy(pa3, cross_entropy)
    assert lost(criteria) == {"value"} and "do not require grad" in criteria["value"].message


def test_make_mlp_is_judged_with_the_graders_linear_layers_unless_it_needs_its_own(pa3):
    """A make_mlp built from Part 1's function keeps its points when Part 1 is a stub (the
    grader's make_linear_classifier stands in); one that indexes the nn.Sequential its own
    Part 1 returns fails with the grader's plain layer, and is judged with its own."""
    stub = "def make_linear_classifier(d, k):\n    raise NotImplementedError()\n"
    wrapped = "def make_linear_classifier(d, k):\n    return nn.Sequential(nn.Linear(d, k))\n"
    mlp = ("def make_mlp(d, h, k):\n    return nn.Sequential(make_linear_classifier(d, h){i}, nn.ReLU(), "
           "make_linear_classifier(h, k){i})\n")
    for part1, index in ((stub, ""), (wrapped, "[0]")):
        namespace = {}
        exec("import torch\nfrom torch import nn\n" + part1 + mlp.format(i=index), namespace)  # noqa: S102 - test's own code
        criteria = judged(*pa3, "mlp", namespace)
        assert lost(criteria) == set(), (part1, {n: c.message for n, c in criteria.items()})


def test_a_right_cross_entropy_of_a_confident_example_keeps_its_gradient(pa3):
    """One example whose true class leads by 15: its loss and gradient are about 3e-7, where
    float32's rounding of the probabilities is no longer small against them; the gradient's
    size is then read that much less exactly."""
    import torch.nn.functional as F

    assignment, probes = pa3
    inputs = roundtrip(assignment.checks["cross_entropy"].make_inputs(np.random.default_rng(0)))
    single = next(case for case in inputs["cases"] if case["role"] == "single")
    single.update(logits=[[15.0, -0.4, 0.3]], targets=[0])
    namespace = {"cross_entropy": ce_shifted_by(lambda z: z.max(dim=1, keepdim=True).values), "F": F}
    data = roundtrip(probes.probe_cross_entropy(namespace, inputs, []))
    criteria = {c.name: c for c in assignment.checks["cross_entropy"].judge(inputs, data)}
    assert lost(criteria) == set(), {n: c.message for n, c in criteria.items()}


def test_a_cross_entropy_divided_by_the_classes_loses_only_its_value_on_a_confident_example(pa3):
    """Divided by the number of classes instead of examples, with autograd's own gradient:
    the value is wrong, and the gradient is that value's own.  On one example whose true class
    leads by 9 the loss is about 1e-4, which float32 knows only to a few percent (log-sum-exp
    minus the true logit cancels): the returned multiple is read that much less exactly, and
    the gradient is not blamed for it."""
    import torch.nn.functional as F

    def cross_entropy(logits, targets):
        m = logits.max(dim=1, keepdim=True).values
        lse = m.squeeze(1) + torch.log(torch.exp(logits - m).sum(dim=1))
        return (lse - logits[torch.arange(len(targets)), targets]).sum() / logits.shape[1]

    assignment, probes = pa3
    inputs = roundtrip(assignment.checks["cross_entropy"].make_inputs(np.random.default_rng(0)))
    single = next(case for case in inputs["cases"] if case["role"] == "single")
    single.update(logits=[[8.6235, -0.5156, -2.8554]], targets=[0])
    data = roundtrip(probes.probe_cross_entropy({"cross_entropy": cross_entropy, "F": F}, inputs, []))
    criteria = {c.name: c for c in assignment.checks["cross_entropy"].judge(inputs, data)}
    assert lost(criteria) == {"value"}, {n: c.message for n, c in criteria.items()}


def test_a_hand_written_backward_out_of_step_with_its_forward_still_loses_the_gradient(pa3):
    """The allowance for a tiny loss's rounding is no cover for a backward that leaves out the
    1/n while the forward returns the mean."""
    class Mean(torch.autograd.Function):
        @staticmethod
        def forward(ctx, logits, targets):
            ctx.save_for_backward(logits, targets)
            return F_ce(logits, targets)

        @staticmethod
        def backward(ctx, grad):
            logits, targets = ctx.saved_tensors
            return grad * (torch.softmax(logits, dim=1) - torch.eye(logits.shape[1])[targets]), None

    import torch.nn.functional as F
    F_ce = F.cross_entropy
    criteria = pa3_cross_entropy(pa3, lambda logits, targets: Mean.apply(logits, targets))
    assert "gradient" in lost(criteria) and "leaves out" in criteria["gradient"].message, \
        {n: c.message for n, c in criteria.items()}


def test_a_cross_entropy_left_to_the_ctc_loss_is_not_by_hand(pa3):
    """F.ctc_loss on sequences of one step, a blank class never taken: the NLL of the log-softmax
    and its mean, ready-made in torch's CTC loss (round 15's loophole hunt)."""
    def cross_entropy(logits, targets):
        n, k = logits.shape
        lp = torch.cat([torch.log_softmax(logits, dim=1), torch.full((n, 1), -1e4)], dim=1).unsqueeze(0)
        ones = torch.ones(n, dtype=torch.long)
        return torch.nn.functional.ctc_loss(lp, targets.view(-1, 1), ones, ones, blank=k, reduction="mean")

    criteria = pa3_cross_entropy(pa3, cross_entropy)
    assert lost(criteria) == {"by_hand"} and "ctc" in criteria["by_hand"].message.lower(), \
        {n: c.message for n, c in criteria.items()}


def test_a_cross_entropy_of_targets_moved_by_one_class_is_told_so(pa3):
    """1-based thinking: logits[range(n), targets - 1] (class 0 wraps round to the last)."""
    def cross_entropy(logits, targets):
        m = logits.max(dim=1, keepdim=True).values
        lse = m.squeeze(1) + torch.log(torch.exp(logits - m).sum(dim=1))
        return (lse - logits[torch.arange(len(targets)), targets - 1]).mean()

    criteria = pa3_cross_entropy(pa3, cross_entropy)
    assert "value" in lost(criteria) and "against targets - 1" in criteria["value"].message, criteria["value"].message


def test_a_cross_entropy_right_only_while_autograd_records_loses_the_value(pa3):
    """Evaluation calls its loss under torch.no_grad(): a loss that checks the mode there is wrong there."""
    right = ce_shifted_by(lambda z: z.max(dim=1, keepdim=True).values)

    def cross_entropy(logits, targets):
        return right(logits, targets) if torch.is_grad_enabled() else torch.log(torch.tensor(float(logits.shape[1])))

    criteria = pa3_cross_entropy(pa3, cross_entropy)
    assert lost(criteria) == {"value"} and "do not require grad" in criteria["value"].message


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_cross_entropy_measuring_exponents_from_the_true_class_loses_stable(pa3, seed):
    """log sum_k exp(z_k - z_y) is exact and unchanged by raising a row, but overflows on a
    confidently wrong prediction (a rival far above the true class)."""
    def cross_entropy(logits, targets):
        picked = logits[torch.arange(len(targets)), targets]
        return torch.log(torch.exp(logits - picked[:, None]).sum(dim=1)).mean()

    criteria = pa3_cross_entropy(pa3, cross_entropy, seed)
    assert lost(criteria) == {"stable"} and "confidently wrong" in criteria["stable"].message, \
        {n: c.message for n, c in criteria.items()}


@pytest.mark.parametrize("seed", [0, 1])
def test_a_cross_entropy_taking_the_log_of_a_clamped_probability_keeps_stable(pa3, seed):
    """Clamping caps the loss of a confidently wrong prediction but overflows nothing."""
    def cross_entropy(logits, targets):
        p = torch.softmax(logits, dim=1)[torch.arange(len(targets)), targets]
        return -torch.log(p.clamp_min(1e-30)).mean()

    criteria = pa3_cross_entropy(pa3, cross_entropy, seed)
    assert lost(criteria) == set(), {n: c.message for n, c in criteria.items()}


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_the_log_of_a_stable_softmax_keeps_stable(pa3, seed):
    """exp(-92) is a subnormal float32, held well enough for its log: log(softmax) is stable here."""
    def cross_entropy(logits, targets):
        return -torch.log(torch.softmax(logits, dim=1)[torch.arange(len(targets)), targets]).mean()

    criteria = pa3_cross_entropy(pa3, cross_entropy, seed)
    assert lost(criteria) == set(), {n: c.message for n, c in criteria.items()}


def test_a_cross_entropy_inferring_the_classes_from_the_targets_loses_value_and_gradient(pa3):
    import torch.nn.functional as F

    def cross_entropy(logits, targets):
        m = logits.max(dim=1, keepdim=True).values
        lse = m.squeeze(1) + torch.log(torch.exp(logits - m).sum(dim=1))
        return (lse - (logits * F.one_hot(targets).to(logits.dtype)).sum(dim=1)).mean()

    criteria = pa3_cross_entropy(pa3, cross_entropy)
    assert lost(criteria) == {"value", "gradient"} and "leave out the last class" in criteria["value"].message


def test_a_cross_entropy_right_only_for_its_first_calls_earns_nothing(pa3):
    calls = [0]

    def cross_entropy(logits, targets):
        calls[0] += 1
        m = logits.max(dim=1, keepdim=True).values
        lse = m.squeeze(1) + torch.log(torch.exp(logits - m).sum(dim=1))
        picked = logits[torch.arange(len(targets)), targets] if calls[0] <= 2 else logits.mean(dim=1)
        return (lse - picked).mean()

    criteria = pa3_cross_entropy(pa3, cross_entropy)
    assert points(criteria) == 0 and "changed between two calls" in criteria["value"].message


def test_close_in_float32_lets_an_overflow_agree_with_a_value_float32_cannot_hold():
    assert close([1.0, np.inf], [1.0, 1e35], float32=True)
    assert close([1.0, np.nan], [1.0, np.inf], float32=True)
    assert not close([1.0, np.inf], [1.0, 1e35])  # only when asked
    assert not close([1.0, np.inf], [1.0, 1e20], float32=True)  # float32 holds 1e20: the inf is a bug
    assert not close([2.0, np.inf], [1.0, 1e35], float32=True)  # the rest is still compared
