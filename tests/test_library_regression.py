"""autograder.library.probe_training.run_fit (kernel side) and .regression (judge side): a student's
function fitting a line by gradient descent, run on the grader's recording model and loss and replayed."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch

from autograder.library.points import Scale
from autograder.library.probe_training import run_fit
from autograder.library.regression import CRITERIA, judge_fit, regression_data

WEIGHTS = {"returns": 2, "batches": 3, "update": 3, "loss": 2}


def roundtrip(value):
    return json.loads(json.dumps(value, default=repr))


def cases(*, batch_size=None, seed=0, epochs=4):
    rng = np.random.default_rng(seed)
    out = []
    for n in (20, 26):
        x, y = regression_data(rng, n)
        case = {"x": x, "y": y, "lr": 0.08, "num_epochs": epochs}
        out.append(case if batch_size is None else dict(case, batch_size=batch_size))
    return out


def make_fit(*, direction=-1.0, own_model=False, predict_all=False, global_y=None, own_sum=False, flat_y=False):
    """Gradient descent (full batch, or mini-batch in order when given batch_size); with
    ``predict_all``, each batch's predictions are sliced from a pass over all of X; with
    ``global_y``, the targets are sliced from it (the notebook's Y) instead of Y; with
    ``own_sum``, on the summed squared error written inline, not the given loss_func; with
    ``flat_y``, the targets are flattened to (n,) against (n, 1) predictions."""
    def fit(model, loss_func, X, Y, lr, num_epochs, batch_size=None):
        if global_y is not None:
            Y = global_y[:len(X)]
        weight, bias = torch.zeros(1, requires_grad=True), torch.zeros(1, requires_grad=True)
        step, losses = batch_size or len(X), []
        for _ in range(num_epochs):
            batch_losses = []
            for start in range(0, len(X), step):
                x, y = X[start:start + step], Y[start:start + step]
                y = y.reshape(-1) if flat_y else y
                pred = weight * x + bias if own_model else model(x, weight, bias)
                if predict_all:
                    pred = model(X, weight, bias)[start:start + step]
                loss = ((pred - y) ** 2).sum() if own_sum else torch.mean((pred - y) ** 2) if own_model \
                    else loss_func(pred, y)
                loss.backward()
                with torch.no_grad():
                    weight += direction * lr * weight.grad
                    bias += direction * lr * bias.grad
                weight.grad.zero_(), bias.grad.zero_()
                batch_losses.append(loss.item())
            losses.append(np.mean(batch_losses))
        return np.array(losses)
    return fit


def judged(fit, fit_cases):
    inputs = {"cases": fit_cases}
    data = roundtrip(run_fit({"fit": fit}, "fit", roundtrip(inputs)))
    return {c.name: c for c in judge_fit("fit", inputs, data, Scale(10, WEIGHTS))}


def lost(criteria):
    return {name for name, c in criteria.items() if c.earned < c.points}


def test_regression_data_has_distinct_points_and_targets():
    x, y = regression_data(np.random.default_rng(1), 30)
    assert len(set(x)) == len(set(y)) == 30 and all(np.float32(v) == v for v in x)


@pytest.mark.parametrize("batch_size", [None, 6])
def test_gradient_descent_earns_every_criterion(batch_size):
    criteria = judged(make_fit(), cases(batch_size=batch_size))
    assert set(criteria) == set(CRITERIA) and lost(criteria) == set(), {n: c.message for n, c in criteria.items()}


def test_batch_predictions_sliced_from_a_pass_over_all_the_data_train_on_the_batch():
    criteria = judged(make_fit(predict_all=True), cases(batch_size=6))
    assert lost(criteria) == set(), {n: c.message for n, c in criteria.items()}


def test_ascent_loses_the_update_only():
    criteria = judged(make_fit(direction=+1.0), cases())
    assert lost(criteria) == {"update"} and "uphill" in criteria["update"].message


@pytest.mark.parametrize("batch_size", [None, 6])
def test_a_fit_reading_the_notebooks_own_targets_is_told_so(batch_size):
    criteria = judged(make_fit(global_y=torch.linspace(-3.0, 5.0, 40)), cases(batch_size=batch_size))
    assert {"update", "loss"} <= lost(criteria)
    assert all("targets that are not the Y it was given" in criteria[name].message for name in lost(criteria))
    honest = judged(make_fit(), cases(batch_size=batch_size))
    assert not any("targets that are not" in c.message for c in honest.values())


def test_a_fit_that_trains_on_a_loss_of_its_own_is_told_it_never_called_the_given_one():
    """The given model, but the summed squared error written inline (or the notebook's global
    loss) instead of the loss_func argument: the update is lost, and the cause named."""
    criteria = judged(make_fit(own_sum=True), cases())
    assert "update" in lost(criteria) and "never called the loss_func it was given" in criteria["update"].message
    assert "never called" not in judged(make_fit(direction=1.0), cases())["update"].message


@pytest.mark.parametrize("batch_size", [None, 3])
def test_targets_broadcast_against_the_predictions_to_a_table_lose_the_update_and_loss_named(batch_size):
    """(n, 1) predictions against (n,) targets: the loss averages every pair's squared error,
    whose gradient is right for the bias alone. The loop computes gradients and steps on them:
    it trains, on the wrong loss (not 'drawn at random', which it was once told)."""
    criteria = judged(make_fit(flat_y=True), cases(batch_size=batch_size))
    assert lost(criteria) == {"update", "loss"}, {n: c.message for n, c in criteria.items()}
    assert "broadcast to (n, n)" in criteria["update"].message
    assert "broadcast" not in judged(make_fit(direction=1.0), cases(batch_size=batch_size))["update"].message


def test_a_fit_that_bypasses_the_given_model_keeps_only_an_honest_return_value():
    criteria = judged(make_fit(own_model=True), cases())
    assert lost(criteria) == {"batches", "update", "loss"}
    assert "never called the model and loss_func it was given" in criteria["update"].message


def test_a_fit_with_an_empty_body_is_told_it_returned_none():
    criteria = judged(lambda *args: None, cases())
    assert sum(c.earned for c in criteria.values()) == 0
    assert "returned None: is its body still empty" in criteria["update"].message, criteria["update"].message


def test_a_missing_or_raising_fit_earns_nothing():
    inputs = {"cases": cases()}
    missing = judge_fit("fit", inputs, run_fit({}, "fit", inputs), Scale(10, WEIGHTS))
    assert sum(c.earned for c in missing) == 0 and "no function named fit" in missing[0].message
    raising = judged(lambda *args: 1 / 0, cases())
    assert sum(c.earned for c in raising.values()) == 0 and "fit raised ZeroDivisionError" in raising["loss"].message


def test_parameter_changes_unrelated_to_the_gradient_earn_nothing():
    """A loop that logs honest losses but nudges its parameters by a fixed amount does not train."""
    def nudge(model, loss_func, X, Y, lr, num_epochs):
        weight, bias, losses = torch.zeros(1), torch.zeros(1), []
        for _ in range(num_epochs):
            losses.append(loss_func(model(X, weight, bias), Y).item())
            weight, bias = weight + 0.01, bias - 0.01
        return np.array(losses)
    criteria = judged(nudge, cases())
    assert sum(c.earned for c in criteria.values()) == 0, {n: c.message for n, c in criteria.items()}
    assert "same amount at every update" in criteria["batches"].message


@pytest.mark.parametrize("lr_factor", [0.5, 0.0])
def test_a_wrong_step_size_or_a_frozen_parameter_still_trains(lr_factor):
    """Slips that move each parameter by a fixed multiple of its gradient lose the update only."""
    def fit(model, loss_func, X, Y, lr, num_epochs):
        weight, bias, losses = torch.zeros(1, requires_grad=True), torch.zeros(1, requires_grad=True), []
        for _ in range(num_epochs):
            loss = loss_func(model(X, weight, bias), Y)
            weight.grad = bias.grad = None
            loss.backward()
            with torch.no_grad():
                weight -= lr * lr_factor * weight.grad
                bias -= lr * bias.grad * 0.5
            losses.append(loss.item())
        return np.array(losses)
    criteria = judged(fit, cases())
    assert lost(criteria) == {"update"}, {n: c.message for n, c in criteria.items()}


def _optimizer_fit(make_optimizer):
    """Full-batch training with the given model and loss, stepped by another optimizer."""
    def fit(model, loss_func, X, Y, lr, num_epochs):
        weight, bias = torch.zeros(1, requires_grad=True), torch.zeros(1, requires_grad=True)
        optimizer, losses = make_optimizer([weight, bias], lr), []
        for _ in range(num_epochs):
            optimizer.zero_grad()
            loss = loss_func(model(X, weight, bias), Y)
            loss.backward()
            optimizer.step()
            losses.append(loss.item())
        return np.array(losses)
    return fit


def _formula_fit(weight_step):
    """Full-batch descent on a hand-written (wrong) gradient formula for the weight."""
    def fit(model, loss_func, X, Y, lr, num_epochs):
        weight, bias, losses = torch.zeros(1), torch.zeros(1), []
        for _ in range(num_epochs):
            with torch.no_grad():
                residual = model(X, weight, bias) - Y
                losses.append(loss_func(model(X, weight, bias), Y).item())
                weight, bias = weight - lr * weight_step(residual, X), bias - lr * 2 * residual.mean()
        return np.array(losses)
    return fit


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("fit", [
    _optimizer_fit(lambda p, lr: torch.optim.SGD(p, lr=lr, momentum=0.9)),
    _optimizer_fit(lambda p, lr: torch.optim.SGD(p, lr=lr, momentum=0.5, nesterov=True)),
    _optimizer_fit(lambda p, lr: torch.optim.SGD(p, lr=lr, weight_decay=0.1)),
    _optimizer_fit(lambda p, lr: torch.optim.Adam(p, lr=lr)),
    _optimizer_fit(lambda p, lr: torch.optim.AdamW(p, lr=lr)),
    _optimizer_fit(lambda p, lr: torch.optim.RMSprop(p, lr=lr)),
    _optimizer_fit(lambda p, lr: torch.optim.Adagrad(p, lr=lr)),
    _formula_fit(lambda r, x: 2 * r.mean()),  # forgot the x
    _formula_fit(lambda r, x: (r * x).mean()),  # forgot the 2
    _formula_fit(lambda r, x: 2 * (r * x).sum()),  # a sum, not a mean
], ids=["momentum", "nesterov", "weight-decay", "adam", "adamw", "rmsprop", "adagrad", "formula-no-x",
        "formula-no-2", "formula-sum"])
def test_a_loop_stepping_by_another_rule_than_gradient_descent_loses_the_update_only(fit, seed):
    """Another optimizer or a wrong gradient formula is an honest slip: it still trains (over
    the fewest epochs PA2 asks, 5: four updates seen, the last one follows no forward pass)."""
    criteria = judged(fit, cases(seed=seed, epochs=5))
    assert lost(criteria) == {"update"}, {n: c.message for n, c in criteria.items()}


def _full_batch_fit(predict):
    """Full-batch descent whose predictions come from ``predict(model, X, weight, bias)``; with
    ``peek`` a logging pass on three points (autograd on) before each update."""
    def fit(model, loss_func, X, Y, lr, num_epochs):
        weight, bias, losses = torch.zeros(1, requires_grad=True), torch.zeros(1, requires_grad=True), []
        for _ in range(num_epochs):
            loss = loss_func(predict(model, X, weight, bias), Y)
            weight.grad = bias.grad = None
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            losses.append(loss.item())
        return np.array(losses)
    return fit


@pytest.mark.parametrize("predict", [
    lambda model, X, w, b: torch.cat([model(X[i:i + 1], w, b) for i in range(len(X))]),
    lambda model, X, w, b: (model(X[:3], w, b).detach(), model(X, w, b))[1],
], ids=["point_by_point", "logging_pass_first"])
@pytest.mark.parametrize("seed", range(3))
def test_the_last_update_counts_whatever_passes_made_it(predict, seed):
    """The last update is followed by no forward pass: its stretch is read as the earlier
    updates were made (pieces of one batch; the pass on the rows they trained on)."""
    criteria = judged(_full_batch_fit(predict), cases(seed=seed, epochs=5))
    assert lost(criteria) == set(), {n: c.message for n, c in criteria.items()}


@pytest.mark.parametrize("seed", range(3))
def test_the_update_message_names_momentum_when_the_steps_follow_it(seed):
    criteria = judged(_optimizer_fit(lambda p, lr: torch.optim.SGD(p, lr=lr, momentum=0.9)), cases(seed=seed, epochs=8))
    assert "the steps follow momentum" in criteria["update"].message, criteria["update"].message


def test_parameters_drawn_at_random_around_the_minimum_earn_nothing_on_any_draw():
    """Draws centred near the minimum point downhill on average (the old point is farther from it
    than the new one, more often than not): not at every step, as the steps of any honest loop
    that no rule explains do.  Swept: 3 draws in 100 of PA2's cases earned 20 of 30 before."""
    slipped = []
    for seed in range(40):
        def search(model, loss_func, X, Y, lr, num_epochs, seed=seed):
            generator = torch.Generator().manual_seed(seed)
            weight, bias, losses = torch.zeros(1), torch.zeros(1), []
            for _ in range(num_epochs):
                losses.append(loss_func(model(X, weight, bias), Y).item())
                weight, bias = 3 * torch.randn(1, generator=generator), torch.randn(1, generator=generator)
            return np.array(losses)
        criteria = judged(search, cases(seed=seed, epochs=9))
        if sum(c.earned for c in criteria.values()):
            slipped.append(seed)
    assert slipped == []


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("walk", [False, True], ids=["draws", "random-walk"])
def test_parameters_drawn_at_random_with_honest_losses_earn_nothing(seed, walk):
    """A 'search' that draws new parameters (or adds noise) each epoch and logs their true loss."""
    def search(model, loss_func, X, Y, lr, num_epochs):
        generator = torch.Generator().manual_seed(seed)
        weight, bias, losses = torch.zeros(1), torch.zeros(1), []
        for _ in range(num_epochs):
            losses.append(loss_func(model(X, weight, bias), Y).item())
            draw = torch.randn(2, generator=generator)
            weight, bias = (weight + draw[:1], bias + draw[1:]) if walk else (draw[:1], draw[1:])
        return np.array(losses)
    criteria = judged(search, cases(seed=seed, epochs=5))
    assert sum(c.earned for c in criteria.values()) == 0, {n: c.message for n, c in criteria.items()}
    assert "drawn at random" in criteria["batches"].message


def test_an_update_too_small_to_move_the_parameters_is_still_an_update():
    """Per-point descent whose first point lies on the starting line: its step is zero, so the
    next pass sees the same parameters; the batches and the logged loss still count it."""
    fit_cases = cases(batch_size=1)
    for case in fit_cases:
        case["y"][0] = 0.0  # the fit starts at weight = bias = 0: the first point's residual is 0
    criteria = judged(make_fit(), fit_cases)
    assert lost(criteria) == set(), {n: c.message for n, c in criteria.items()}


def _minibatch_fit(update):
    """Mini-batch descent in order, honest batches and losses; ``update(params, grads, lr, state)``
    returns the new parameters (a gradient step, another optimizer's, a wrong formula's, noise)."""
    def fit(model, loss_func, X, Y, lr, num_epochs, batch_size):
        params, state, losses = [torch.zeros(1, requires_grad=True), torch.zeros(1, requires_grad=True)], {}, []
        for _ in range(num_epochs):
            batch_losses = []
            for start in range(0, len(X), batch_size):
                loss = loss_func(model(X[start:start + batch_size], *params), Y[start:start + batch_size])
                grads = torch.autograd.grad(loss, params)
                with torch.no_grad():
                    params = [p.detach().requires_grad_(True) for p in update(params, grads, lr, state)]
                batch_losses.append(loss.item())
            losses.append(np.mean(batch_losses))
        return np.array(losses)
    return fit


def _momentum(params, grads, lr, state):
    state["v"] = [0.9 * v + g for v, g in zip(state.get("v", [0 * g for g in grads]), grads)]
    return [p - lr * v for p, v in zip(params, state["v"])]


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("update", [
    _momentum,
    lambda p, g, lr, s: [p[0] - lr * g[1], p[1] - lr * g[0]],  # the two gradients swapped
    lambda p, g, lr, s: [p[0] + lr * g[0], p[1] + lr * g[1]],  # uphill
    lambda p, g, lr, s: [p[0] - 0.3 * lr * g[0], p[1] - lr * g[1]],  # a wrong factor on one
], ids=["momentum", "swapped-gradients", "ascent", "wrong-factor"])
def test_mini_batch_steps_by_another_rule_still_train(update, seed):
    criteria = judged(_minibatch_fit(update), cases(batch_size=5, seed=seed, epochs=4))
    assert lost(criteria) == {"update"}, {n: c.message for n, c in criteria.items()}


def test_mini_batches_with_shuffled_inputs_and_ordered_targets_still_train():
    """Each batch's step is the gradient of a loss on mismatched rows: an honest slip, which no
    rule of the right rows' gradients explains (so mini-batch runs are never taken for noise)."""
    def shuffled(model, loss_func, X, Y, lr, num_epochs, batch_size):
        weight, bias, losses = torch.zeros(1, requires_grad=True), torch.zeros(1, requires_grad=True), []
        generator = torch.Generator().manual_seed(0)
        for _ in range(num_epochs):
            Xs, batch_losses = X[torch.randperm(len(X), generator=generator)], []
            for start in range(0, len(X), batch_size):
                loss = loss_func(model(Xs[start:start + batch_size], weight, bias), Y[start:start + batch_size])
                weight.grad = bias.grad = None
                loss.backward()
                with torch.no_grad():
                    weight -= lr * weight.grad
                    bias -= lr * bias.grad
                batch_losses.append(loss.item())
            losses.append(np.mean(batch_losses))
        return np.array(losses)
    criteria = judged(shuffled, cases(batch_size=5, epochs=4))
    assert criteria["returns"].earned == criteria["returns"].points and "update" in lost(criteria)


def test_one_jump_to_a_solution_found_otherwise_earns_nothing():
    """The least-squares line at once, then its loss logged every epoch: not gradient descent."""
    def jump(model, loss_func, X, Y, lr, num_epochs):
        weight, bias, losses = torch.zeros(1), torch.zeros(1), []
        losses.append(loss_func(model(X, weight, bias), Y).item())
        solution = torch.linalg.lstsq(torch.cat([X, torch.ones_like(X)], dim=1), Y).solution
        weight, bias = solution[0], solution[1]
        losses += [loss_func(model(X, weight, bias), Y).item()] * (num_epochs - 1)
        return np.array(losses)
    criteria = judged(jump, cases(epochs=5))
    assert sum(c.earned for c in criteria.values()) == 0, {n: c.message for n, c in criteria.items()}
    assert "changed once, and not by a gradient step" in criteria["returns"].message


def test_a_decaying_step_size_is_told_as_such():
    """lr / (1 + t): each update a multiple of -lr * gradient, a different one each time."""
    def decay(model, loss_func, X, Y, lr, num_epochs):
        weight, bias, losses = torch.zeros(1, requires_grad=True), torch.zeros(1, requires_grad=True), []
        for epoch in range(num_epochs):
            loss = loss_func(model(X, weight, bias), Y)
            weight.grad = bias.grad = None
            loss.backward()
            with torch.no_grad():
                weight -= lr / (1 + epoch) * weight.grad
                bias -= lr / (1 + epoch) * bias.grad
            losses.append(loss.item())
        return np.array(losses)
    criteria = judged(decay, cases(epochs=5))
    assert lost(criteria) == {"update"}
    assert "changes from update to update (0.5, 0.333, 0.25" in criteria["update"].message, criteria["update"].message


def test_steps_toward_a_line_typed_in_the_code_earn_nothing():
    """Halfway toward w = 3, b = 0 at every epoch, whatever the data: an affine rule explains
    each run, but every data set leads to the same point, which no data set chose."""
    def drift(model, loss_func, X, Y, lr, num_epochs):
        weight, bias, losses = torch.zeros(1), torch.zeros(1), []
        for _ in range(num_epochs):
            losses.append(loss_func(model(X, weight, bias), Y).item())
            weight, bias = weight + 0.5 * (3.0 - weight), bias + 0.5 * (0.0 - bias)
        return np.array(losses)
    criteria = judged(drift, cases(epochs=6))
    assert sum(c.earned for c in criteria.values()) == 0 and "move toward the same point" in criteria["returns"].message


@pytest.mark.parametrize("seed", range(3))
def test_mini_batch_jitter_that_only_moves_the_parameters_earns_nothing(seed):
    """Honest batches and losses, but each 'update' a thousandth of a random draw: the
    parameters move, nothing is learnt."""
    generator = torch.Generator().manual_seed(seed)
    criteria = judged(_minibatch_fit(lambda p, g, lr, s: [q + 1e-3 * torch.randn(1, generator=generator) for q in p]),
                      cases(batch_size=5, seed=seed, epochs=4))
    assert sum(c.earned for c in criteria.values()) == 0, {n: c.message for n, c in criteria.items()}
    assert "times the size of a gradient step" in criteria["batches"].message


def test_a_fit_by_central_differences_earns_full_marks():
    """The gradient taken by finite differences through the given model and loss (no autograd):
    the passes at nudged parameters are not updates."""
    def numeric(model, loss_func, X, Y, lr, num_epochs):
        X, Y, params, h, losses = X.double(), Y.double(), [torch.zeros(1, dtype=torch.float64)] * 2, 1e-4, []
        loss = lambda w, b: loss_func(model(X, w, b), Y).item()  # noqa: E731
        for _ in range(num_epochs):
            w, b = params
            losses.append(loss(w, b))
            gw, gb = (loss(w + h, b) - loss(w - h, b)) / (2 * h), (loss(w, b + h) - loss(w, b - h)) / (2 * h)
            params = [w - lr * gw, b - lr * gb]
        return np.array(losses)
    criteria = judged(numeric, cases(epochs=5))
    assert lost(criteria) == set(), {n: c.message for n, c in criteria.items()}


def _padded_fit(*, padding_in_loss=False):
    """Mini-batch GD on static shapes: X and Y padded with zero rows to a multiple of
    batch_size; the loss takes the real rows only, or (``padding_in_loss``) the rows of the
    padding instead of as many real ones."""
    def fit(model, loss_func, X, Y, lr, num_epochs, batch_size):
        k = -(-len(X) // batch_size)
        pad = k * batch_size - len(X)
        xs, ys = torch.cat([X, X.new_zeros(pad, 1)]).view(k, batch_size, 1), torch.cat([Y, Y.new_zeros(pad, 1)]).view(k, batch_size, 1)
        real = [batch_size] * (k - 1) + [len(X) - (k - 1) * batch_size]
        weight, bias, losses = torch.zeros(1, requires_grad=True), torch.zeros(1, requires_grad=True), []
        for _ in range(num_epochs):
            batch_losses = []
            for xb, yb, m in zip(xs, ys, real):
                pred = model(xb, weight, bias)
                loss = loss_func(pred[-m:] if padding_in_loss else pred[:m], yb[:m])
                loss.backward()
                with torch.no_grad():
                    weight -= lr * weight.grad
                    bias -= lr * bias.grad
                weight.grad.zero_(), bias.grad.zero_()
                batch_losses.append(loss.item())
            losses.append(np.mean(batch_losses))
        return np.array(losses)
    return fit


def test_padding_rows_whose_predictions_never_reach_the_loss_do_not_count_as_data():
    criteria = judged(_padded_fit(), cases(batch_size=8))
    assert lost(criteria) == set(), {n: c.message for n, c in criteria.items()}


def test_predictions_of_rows_that_are_not_the_data_fed_to_the_loss_are_still_foreign():
    criteria = judged(_padded_fit(padding_in_loss=True), cases(batch_size=8))
    assert {"batches", "update", "loss"} <= lost(criteria)
    assert "not the X it was given" in criteria["update"].message


def _shuffling_fit(*, targets_too):
    """Mini-batch GD that shuffles the caller's X in place each epoch (``X[:] = X[perm]``) and
    Y into a new tensor, or (``targets_too``) Y in place as well."""
    def fit(model, loss_func, X, Y, lr, num_epochs, batch_size):
        weight, bias, losses = torch.zeros(1, requires_grad=True), torch.zeros(1, requires_grad=True), []
        generator = torch.Generator().manual_seed(3)
        for _ in range(num_epochs):
            perm = torch.randperm(len(X), generator=generator)
            X[:] = X[perm]
            if targets_too:
                Y[:] = Y[perm]
            else:
                Y = Y[perm]
            batch_losses = []
            for xb, yb in zip(torch.split(X, batch_size), torch.split(Y, batch_size)):
                loss = loss_func(model(xb, weight, bias), yb)
                loss.backward()
                with torch.no_grad():
                    weight -= lr * weight.grad
                    bias -= lr * bias.grad
                weight.grad.zero_(), bias.grad.zero_()
                batch_losses.append(loss.item())
            losses.append(np.mean(batch_losses))
        return np.array(losses)
    return fit


def test_a_fit_leaving_the_callers_x_shuffled_against_y_loses_what_mismatched_pairs_cost():
    """One call trains right, but every later call on the caller's tensors pairs inputs with the wrong targets."""
    criteria = judged(_shuffling_fit(targets_too=False), cases(batch_size=6))
    assert lost(criteria) == {"update", "loss"}, {n: c.message for n, c in criteria.items()}
    assert "shuffled the caller's X in place" in criteria["update"].message


def test_a_fit_shuffling_the_callers_x_and_y_together_keeps_every_pair():
    criteria = judged(_shuffling_fit(targets_too=True), cases(batch_size=6))
    assert lost(criteria) == set(), {n: c.message for n, c in criteria.items()}


def _truncated_fit(*, invent: bool):
    """Two honest full-batch steps; then (``invent``) made-up losses for the other epochs, or none."""
    def fit(model, loss_func, X, Y, lr, num_epochs):
        weight, bias, losses = torch.zeros(1, requires_grad=True), torch.zeros(1, requires_grad=True), []
        for _ in range(2):
            loss = loss_func(model(X, weight, bias), Y)
            loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_(), bias.grad.zero_()
            losses.append(loss.item())
        if invent == "nan":  # (the mean of no batch losses: np.mean([]) of batches that ran out)
            losses += [float("nan")] * (num_epochs - 2)
        elif invent:
            losses += [losses[1] * (losses[1] / losses[0]) ** k for k in range(1, num_epochs - 1)]
        return np.array(losses)
    return fit


def test_losses_for_epochs_that_ran_no_forward_pass_earn_nothing():
    criteria = judged(_truncated_fit(invent=True), cases(epochs=6))
    assert sum(c.earned for c in criteria.values()) == 0, {n: c.message for n, c in criteria.items()}
    assert "made up" in criteria["returns"].message
    # An honest run of too few epochs is only that: its steps still count.
    honest = judged(_truncated_fit(invent=False), cases(epochs=6))
    assert lost(honest) == {"returns", "batches", "loss"} and "made up" not in honest["returns"].message
    # NaN for the epochs whose batches ran out (a zip used up after the first epoch) is no made-up number.
    ran_out = judged(_truncated_fit(invent="nan"), cases(epochs=6))
    assert lost(ran_out) == {"returns", "batches", "loss"} and "made up" not in ran_out["returns"].message


@pytest.mark.parametrize("dtype", [torch.bfloat16, torch.float16])
def test_a_fit_on_inputs_rounded_to_half_precision_is_told_so(dtype):
    """Mixed precision copied from a tutorial: X cast to bfloat16 (or float16) and back feeds the
    model X's values rounded, which the message names instead of 'not the X it was given'."""
    def fit(model, loss_func, X, Y, lr, num_epochs):
        return make_fit()(model, loss_func, X.to(dtype).float(), Y, lr, num_epochs)
    criteria = judged(fit, cases())
    assert f"X rounded to {str(dtype).split('.')[-1]}" in criteria["update"].message, criteria["update"].message
    assert "rounded" not in judged(make_fit(), cases())["update"].message


def test_a_fit_on_centred_inputs_is_told_its_x_was_transformed():
    def fit(model, loss_func, X, Y, lr, num_epochs):
        return make_fit()(model, loss_func, X - X.mean(), Y, lr, num_epochs)
    criteria = judged(fit, cases())
    assert sum(c.earned for c in criteria.values()) == 0
    assert "X rescaled or shifted" in criteria["update"].message, criteria["update"].message


@pytest.mark.parametrize("seed", range(4))
def test_mini_batch_steps_of_gradient_size_in_random_directions_earn_nothing(seed):
    """Honest batches and losses, each 'update' as long as a gradient step but drawn at random:
    no rule of the gradients, nor of the losses computed, explains them."""
    generator = torch.Generator().manual_seed(seed)

    def random_step(p, g, lr, s):
        direction = torch.randn(2, generator=generator)
        direction = direction / direction.norm() * lr * torch.cat([g[0].reshape(1), g[1].reshape(1)]).norm()
        return [p[0] + direction[0], p[1] + direction[1]]

    criteria = judged(_minibatch_fit(random_step), cases(batch_size=5, seed=seed, epochs=4))
    assert sum(c.earned for c in criteria.values()) == 0, {n: c.message for n, c in criteria.items()}
    assert "drawn at random" in criteria["batches"].message


def test_parameters_created_again_at_each_epoch_are_told_so():
    def fit(model, loss_func, X, Y, lr, num_epochs, batch_size):
        losses = []
        for _ in range(num_epochs):
            weight, bias = torch.zeros(1, requires_grad=True), torch.zeros(1, requires_grad=True)  # (in the loop)
            batch_losses = []
            for start in range(0, len(X), batch_size):
                loss = loss_func(model(X[start:start + batch_size], weight, bias), Y[start:start + batch_size])
                loss.backward()
                with torch.no_grad():
                    weight -= lr * weight.grad
                    bias -= lr * bias.grad
                weight.grad = bias.grad = None
                batch_losses.append(loss.item())
            losses.append(np.mean(batch_losses))
        return np.array(losses)
    criteria = judged(fit, cases(batch_size=5))
    assert "went back to the values they started from" in criteria["update"].message, criteria["update"].message


# (Draws on which no rule fitted the clipped steps, so the run was taken for random; and
# draws on which the gradient barely turned, so steps clipped to one length read as a fixed nudge.)
@pytest.mark.parametrize("seed,max_norm", [(18, 2.0), (28, 2.0), (30, 2.0), (7, 0.5), (11, 1.0), (23, 0.5)])
def test_full_batch_steps_clipped_to_a_length_still_train(seed, max_norm):
    """clip_grad_norm_ between backward and the update: each step shortened by its own factor,
    along the gradient: honest descent with a wrong step, not parameters drawn at random."""
    def fit(model, loss_func, X, Y, lr, num_epochs):
        weight, bias, losses = torch.zeros(1, requires_grad=True), torch.zeros(1, requires_grad=True), []
        for _ in range(num_epochs):
            loss = loss_func(model(X, weight, bias), Y)
            loss.backward()
            torch.nn.utils.clip_grad_norm_([weight, bias], max_norm=max_norm)
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad = bias.grad = None
            losses.append(loss.item())
        return np.array(losses)
    criteria = judged(fit, cases(seed=seed, epochs=8))
    assert lost(criteria) == {"update"}, {n: c.message for n, c in criteria.items()}


def test_a_run_that_diverges_past_float32s_range_loses_the_update_only():
    """Steps many times too large blow the loss up until float32 overflows to inf where the
    float64 replay still holds it: that inf is the update's bug, not a wrong return value
    nor a wrong logged loss."""
    fit, fit_cases = make_fit(direction=-40.0), cases(epochs=40)
    returned = [fit(lambda x, w, b: w * x + b, lambda p, y: torch.mean((p - y) ** 2),
                    torch.tensor(c["x"], dtype=torch.float32).view(-1, 1),
                    torch.tensor(c["y"], dtype=torch.float32).view(-1, 1), c["lr"], c["num_epochs"]) for c in fit_cases]
    assert all(not np.all(np.isfinite(r)) for r in returned)  # the premise: float32 overflowed
    criteria = judged(fit, fit_cases)
    assert lost(criteria) == {"update"}, {n: c.message for n, c in criteria.items()}
    assert "overflow float32" in criteria["returns"].message


def test_non_finite_losses_of_a_run_that_stays_in_float32s_range_are_still_wrong():
    """A nan from a bug (not an overflow) still costs the return value and the loss."""
    def fit(model, loss_func, X, Y, lr, num_epochs):
        losses = make_fit()(model, loss_func, X, Y, lr, num_epochs)
        losses[-1] = np.nan
        return losses
    criteria = judged(fit, cases())
    assert lost(criteria) == {"returns", "loss"}, {n: c.message for n, c in criteria.items()}


@pytest.mark.parametrize("batch_size", [None, 7])
def test_a_run_that_reaches_float32s_fixed_point_before_its_last_epoch_still_trains_every_epoch(batch_size):
    """Once float32 rounds every step away the last epochs' passes repeat at the same
    parameters: they are updates that did not move them (full batch; or one update per
    epoch on the summed batch gradients, whose own slip costs the update only)."""
    def fit(model, loss_func, X, Y, lr, num_epochs, batch_size=None):
        weight, bias, losses, step = torch.zeros(1, requires_grad=True), torch.zeros(1, requires_grad=True), [], batch_size or len(X)
        for _ in range(num_epochs):
            batch = [loss_func(model(X[i:i + step], weight, bias), Y[i:i + step]) for i in range(0, len(X), step)]
            sum(batch).backward()  # one update per epoch (for mini-batches: a slip)
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad = bias.grad = None
            losses.append(float(sum(b.item() for b in batch) / len(batch)))
        return np.array(losses)
    fit_cases = [dict(c, lr=0.25 if batch_size is None else 0.07) for c in cases(epochs=150, batch_size=batch_size)]
    inputs = {"cases": fit_cases}
    data = roundtrip(run_fit({"fit": fit}, "fit", roundtrip(inputs)))
    for case, run in zip(fit_cases, data["cases"]):  # the premise: it stalled, the last epoch saw the same parameters
        seen = [c["w"] + c["b"] for c in run["calls"] if c["kind"] == "model"]
        assert seen[-1] == seen[-1 - -(-len(case["x"]) // case.get("batch_size", len(case["x"])))]
    criteria = {c.name: c for c in judge_fit("fit", inputs, data, Scale(10, WEIGHTS))}
    assert lost(criteria) == (set() if batch_size is None else {"update"}), {n: c.message for n, c in criteria.items()}


def test_a_jump_to_the_least_squares_solution_is_no_run_to_float32s_fixed_point():
    """Two honest steps, then the parameters set to the closed-form solution, where each
    epoch's pass repeats at parameters no step moves: those epochs are not training that
    stalled, and the batches are short of an update per epoch."""
    def fit(model, loss_func, X, Y, lr, num_epochs, batch_size=None):
        weight, bias, losses = torch.zeros(1, requires_grad=True), torch.zeros(1, requires_grad=True), []
        design = torch.stack([X.double().reshape(-1), torch.ones(len(X), dtype=torch.float64)], 1)
        solution = torch.linalg.lstsq(design, Y.double().reshape(-1, 1)).solution.reshape(-1).float()
        for epoch in range(num_epochs):
            loss = loss_func(model(X, weight, bias), Y)
            loss.backward()
            with torch.no_grad():
                if epoch < 2:
                    weight -= lr * weight.grad
                    bias -= lr * bias.grad
                else:
                    weight.copy_(solution[:1])
                    bias.copy_(solution[1:])
            weight.grad = bias.grad = None
            losses.append(loss.item())
        return np.array(losses)
    criteria = judged(fit, cases(epochs=12))
    assert {"batches", "update"} <= lost(criteria) and "returns" not in lost(criteria), \
        {n: c.message for n, c in criteria.items()}


def _shared_parameters_fit(weight, bias):
    """Gradient descent on parameters made outside the function (the notebook's globals):
    every call trains on from where the last one stopped."""
    def fit(model, loss_func, X, Y, lr, num_epochs, batch_size=None):
        losses = []
        for _ in range(num_epochs):
            loss = loss_func(model(X, weight, bias), Y)
            loss.backward()
            with torch.no_grad():
                weight.sub_(lr * weight.grad)
                bias.sub_(lr * bias.grad)
            weight.grad.zero_(), bias.grad.zero_()
            losses.append(loss.item())
        return np.array(losses)
    return fit


def test_a_fit_that_trains_parameters_made_outside_it_loses_the_update_only():
    """Each run starting where the last one ended: parameters of its own are made at every
    call (a global's gradient left by an earlier cell spoils the notebook's first step)."""
    shared = _shared_parameters_fit(torch.tensor([1.0], requires_grad=True), torch.tensor([-2.0], requires_grad=True))
    criteria = judged(shared, cases())
    assert lost(criteria) == {"update"}
    assert "started from the parameters its run on data set 1 ended with" in criteria["update"].message
    assert lost(judged(make_fit(), cases())) == set()  # (the same steps from zeros at every call)


def test_mini_batch_steps_clipped_at_every_update_still_train():
    """clip_grad_value_ where every gradient component of every batch exceeds the clip (data
    far from the start): every step is lr * 0.5 against the gradient's signs, the same
    length each time, like a fixed nudge; but the signs follow each data set's gradient, which
    a nudge blind to the gradient cannot: honest descent with a wrong step."""
    def fit(model, loss_func, X, Y, lr, num_epochs, batch_size):
        weight, bias, losses = torch.zeros(1, requires_grad=True), torch.zeros(1, requires_grad=True), []
        for _ in range(num_epochs):
            batch_losses = []
            for start in range(0, len(X), batch_size):
                loss = loss_func(model(X[start:start + batch_size], weight, bias), Y[start:start + batch_size])
                loss.backward()
                torch.nn.utils.clip_grad_value_([weight, bias], 0.5)
                with torch.no_grad():
                    weight -= lr * weight.grad
                    bias -= lr * bias.grad
                weight.grad = bias.grad = None
                batch_losses.append(loss.item())
            losses.append(np.mean(batch_losses))
        return np.array(losses)
    far = cases(batch_size=5, epochs=3)
    for case, sign in zip(far, (1.0, -1.0)):  # far from zero, one data set on each side of it
        case["x"] = [float(np.float32(abs(v) + 1.0)) for v in case["x"]]  # (values float32 holds, as the data's)
        case["y"] = [float(np.float32(sign * (40.0 + 10.0 * v))) for v in case["x"]]
    criteria = judged(fit, far)
    assert lost(criteria) == {"update"}, {n: c.message for n, c in criteria.items()}


def test_a_run_making_more_calls_than_the_log_keeps_is_told_so_where_it_loses_points():
    """A loss over all the data, point by point, before training: far more model and loss calls
    than the grader records; what the log lacks is neither credited nor blamed on the batches."""
    def fit(model, loss_func, X, Y, lr, num_epochs):
        start = torch.zeros(1)
        for i in range(3000):
            loss_func(model(X[i % len(X):i % len(X) + 1], start, start), Y[i % len(X):i % len(X) + 1])
        return make_fit()(model, loss_func, X, Y, lr, num_epochs)

    criteria = judged(fit, cases())
    assert lost(criteria), {n: c.message for n, c in criteria.items()}
    assert all("more times in this run than the grader records" in criteria[name].message for name in lost(criteria))


@pytest.mark.parametrize("seed", range(12))
def test_a_fit_descending_its_own_absolute_error_loses_the_update_only(seed):
    """An L1 loss of its own (logged with the loss_func given): while every residual keeps its
    sign its steps are all alike, which is no nudge: the update is lost, and named."""
    def fit(model, loss_func, X, Y, lr, num_epochs):
        weight, bias, losses = torch.zeros(1, requires_grad=True), torch.zeros(1, requires_grad=True), []
        for _ in range(num_epochs):
            losses.append(loss_func(model(X, weight, bias), Y).item())
            (model(X, weight, bias) - Y).abs().mean().backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_(), bias.grad.zero_()
        return np.array(losses)
    criteria = judged(fit, cases(seed=seed, epochs=6))
    assert lost(criteria) == {"update"}, {n: c.message for n, c in criteria.items()}
    assert "mean absolute error" in criteria["update"].message
