"""autograder.library.probe_training (recording) and .training (replay and verdicts)."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from autograder.library.probe_training import Recorder
from autograder.library.training import (Observation, Replay, judge_batches, judge_epoch_losses,
                                         quadratic_gd_explains, segments, without_nudges)

RNG = np.random.default_rng(3)
X = RNG.uniform(-2, 2, 12)
Y = 1.5 * X - 0.5 + RNG.normal(0, 0.3, 12)
LR = 0.05


def loss(p, rows):
    rows = list(rows)
    return float(np.mean((p[0] * X[rows] + p[1] - Y[rows]) ** 2)) if rows else float("nan")


def grad(p, rows):
    rows = list(rows)
    if not rows:
        return np.full(2, np.nan)
    r = p[0] * X[rows] + p[1] - Y[rows]
    return np.array([2 * np.mean(r * X[rows]), 2 * np.mean(r)])


def run(batches_per_epoch, epochs, *, log_after=False, direction=-1.0, lr=LR, extra_eval=False, one_step=False,
        stale=()):
    """Observations and reported losses of a mini-batch run written here (the 'student');
    the parameters in ``stale`` step by the sum of their gradients so far (.grad never zeroed)."""
    p, obs, reported, summed = np.array([0.3, -0.2]), [], [], np.zeros(2)
    for _ in range(epochs):
        losses, total = [], np.zeros(2)
        for rows in batches_per_epoch:
            obs.append(Observation(tuple(p), rows))
            losses.append(loss(p, rows))
            if one_step:
                total += grad(p, rows)
                continue
            g = grad(p, rows)
            summed = summed + g
            g[list(stale)] = summed[list(stale)]
            p = p + direction * lr * g
            if log_after:
                obs.append(Observation(tuple(p), rows, grad_enabled=False))
                losses[-1] = loss(p, rows)
        if one_step:
            p = p - lr * total
        reported.append(np.mean(losses))
        if extra_eval:
            obs.append(Observation(tuple(p), tuple(range(12))))
    return obs, np.array(reported)


BATCHES = [tuple(range(0, 5)), tuple(range(5, 10)), tuple(range(10, 12))]


def replay(obs, epochs=3, expected=9):
    return Replay(obs, lr=LR, loss=loss, gradient=grad, epochs=epochs, expected=expected)


def test_recorder_logs_each_call_with_autograd_state_and_a_limit():
    recorder = Recorder(limit=3)
    f = recorder.wrap(lambda t: t * 2, "model", lambda t: {"x": t.tolist()})
    f(torch.ones(1))
    with torch.no_grad():
        f(torch.zeros(1))
    f(torch.ones(1)), f(torch.ones(1))
    assert [c["grad_enabled"] for c in recorder.calls] == [True, False, True]
    assert recorder.report()["truncated"] is True


def test_segments_group_passes_at_the_same_parameters():
    obs = [Observation((1.0, 2.0), (0,)), Observation((1.0, 2.0), (1,)), Observation((1.0, 2.0), (0,), False),
           Observation((0.5, 2.0), (0,))]
    groups = segments(obs)
    assert len(groups) == 2 and [rows for rows, _ in groups[0].batches] == [(0,), (1,)]


def test_a_correct_mini_batch_run_passes_updates_batches_and_loss():
    obs, reported = run(BATCHES, 3)
    r = replay(obs)
    assert r.judge_updates(9)[0]
    assert judge_batches(r.trained(), n=12, batch_size=5, epochs=3)[0]
    assert judge_epoch_losses(r, reported, epochs=3, batch_size=5)[0]


def test_extra_forward_passes_for_logging_are_not_updates():
    """Does a loss logged after each update cost the loss criterion only, named as such?"""
    obs, reported = run(BATCHES, 3, log_after=True, extra_eval=True)
    r = replay(obs)
    assert r.judge_updates(9)[0] and judge_batches(r.trained(), n=12, batch_size=5, epochs=3)[0]
    ok, message = judge_epoch_losses(r, reported, epochs=3, batch_size=5)
    assert not ok and "after its update" in message


def test_a_logging_pass_on_all_the_data_where_its_gradient_is_nil_is_no_update():
    """Near convergence the gradient on all the data rounds to nothing in float32 while each
    batch's does not: a full-data pass with autograd on after each epoch, at the parameters
    the next epoch's first batch starts from, is still an evaluation, not an unmoved update."""
    obs, _ = run(BATCHES, 3, extra_eval=True)
    nil_on_all = lambda p, rows: np.zeros(2) if len(rows) == 12 else grad(p, rows)
    r = Replay(obs, lr=LR, loss=loss, gradient=nil_on_all, epochs=3, expected=9)
    assert r.judge_updates(9)[0]
    ok, message = judge_batches(r.trained(), n=12, batch_size=5, epochs=3)
    assert ok, message


def uneven_run(epochs_of_batches):
    """A run whose epochs use different batches (``for X, Y in zip(split(X), split(Y))``
    rebinding X and Y: every later epoch sees only the last batch)."""
    p, obs, reported = np.array([0.3, -0.2]), [], []
    for batches in epochs_of_batches:
        losses = []
        for rows in batches:
            obs.append(Observation(tuple(p), rows))
            losses.append(loss(p, rows))
            p = p - LR * grad(p, rows)
        reported.append(np.mean(losses))
    return obs, np.array(reported)


def test_epoch_losses_of_epochs_of_different_lengths_are_matched_to_their_own_batches():
    """The batching's bug (judged by the batches criterion) does not cost the loss too."""
    obs, reported = uneven_run([BATCHES, BATCHES[-1:], BATCHES[-1:]])
    r = replay(obs, expected=9)
    assert not judge_batches(r.trained(), n=12, batch_size=5, epochs=3)[0]
    ok, message = judge_epoch_losses(r, reported, epochs=3, batch_size=5)
    assert ok and "3, 1, 1 batches" in message, message
    for wrong in (reported + 0.5, reported[::-1].copy(), np.full(3, reported.mean())):
        assert not judge_epoch_losses(r, wrong, epochs=3, batch_size=5)[0], wrong


def test_an_empty_batch_past_the_end_is_named_in_the_loss_message():
    """range(n // batch_size + 1) with batch_size dividing n: one batch of no points, its loss nan."""
    batches = [tuple(range(0, 6)), tuple(range(6, 12)), ()]
    p, obs, reported = np.array([0.3, -0.2]), [], []
    for _ in range(2):
        losses = []
        for rows in batches:
            obs.append(Observation(tuple(p), rows))
            losses.append(loss(p, rows) if rows else float("nan"))
            if rows:
                p = p - LR * grad(p, rows)
        reported.append(np.mean(losses))
    r = replay(obs, epochs=2, expected=4)  # (the empty pass made no update: its gradient is zero)
    assert judge_batches(r.trained(), n=12, batch_size=6, epochs=2)[0]
    ok, message = judge_epoch_losses(r, np.array(reported), epochs=2, batch_size=6)
    assert not ok and "reported nan: the mean loss of an empty batch is nan" in message, message


def test_exact_epoch_loss_weighted_by_batch_size_is_accepted():
    obs, _ = run(BATCHES, 3)
    r = replay(obs)
    trained = r.trained()
    weighted = [sum(loss(p, rows) * len(rows) for p, rows in trained[e * 3:(e + 1) * 3]) / 12 for e in range(3)]
    assert judge_epoch_losses(r, np.array(weighted), epochs=3, batch_size=5)[0]


@pytest.mark.parametrize("kwargs,says", [
    ({"direction": +1.0}, "uphill"),
    ({"lr": 0.0123}, "a step size other than the lr argument"),
    ({"lr": LR / 2}, "without the 2 that the derivative of a square brings down"),
    ({"lr": LR * 2}, "backward() twice per batch adds it up"),
    ({"one_step": True}, "changed once for 3 batches"),
    ({"stale": (0, 1)}, "the gradients are not zeroed"),
    ({"stale": (1,)}, "parameter 2 moved by -lr times the sum of its gradients so far: its gradient is not zeroed"),
    ({"lr": LR * LR}, "the learning rate is applied twice"),
    ({"lr": LR / 5}, "1/5 for 5 points: the gradient of the mean loss is already averaged"),
])
def test_wrong_updates_are_explained_by_what_the_replay_shows(kwargs, says):
    obs, _ = run(BATCHES, 3, **kwargs)
    ok, message = replay(obs).judge_updates(9)
    assert not ok and says in message


def test_batches_that_miss_points_lose_the_batches_only():
    obs, reported = run([tuple(range(0, 5)), tuple(range(0, 5)), tuple(range(10, 12))], 3)
    r = replay(obs)
    ok, message = judge_batches(r.trained(), n=12, batch_size=5, epochs=3)
    assert not ok and "covered 7 distinct points" in message
    assert r.judge_updates(9)[0] and judge_epoch_losses(r, reported, epochs=3, batch_size=5)[0]


def test_a_run_that_never_updates_is_told_so():
    ok, message = replay([Observation((0.0, 0.0), tuple(range(12)))] * 3).judge_updates(3)
    assert not ok and "never changed the parameters" in message


def test_quadratic_gd_explains_gradient_descent_losses_only():
    """Are the losses of unobserved GD recognised, and zeros, made-up curves or another lr refused?"""
    design = np.column_stack([X, np.ones(12)])
    hessian = 2 * design.T @ design / 12
    solution, *_ = np.linalg.lstsq(design, Y, rcond=None)
    minimum = float(np.mean((design @ solution - Y) ** 2))

    def gd(lr, epochs=8):
        p, out = np.array([-1.0, 2.0]), []
        for _ in range(epochs):
            out.append(loss(p, range(12)))
            p = p - lr * grad(p, range(12))
        return np.array(out)

    assert quadratic_gd_explains(gd(LR), hessian=hessian, minimum=minimum, lr=LR)
    assert not quadratic_gd_explains(gd(0.01), hessian=hessian, minimum=minimum, lr=LR)
    assert not quadratic_gd_explains(np.zeros(8), hessian=hessian, minimum=minimum, lr=LR)
    assert not quadratic_gd_explains(5 * 0.5 ** np.arange(8.0), hessian=hessian, minimum=minimum, lr=LR)
    # The least-squares loss every epoch: "gradient descent" from the solution itself.
    assert not quadratic_gd_explains(np.full(8, minimum), hessian=hessian, minimum=minimum, lr=LR)


def test_a_single_epoch_is_judged_without_naming_an_epoch():
    """For a train_epoch function (one epoch), do the loss messages leave out 'epoch 1' and 'that epoch's'?"""
    obs, reported = run(BATCHES, 1)
    r = replay(obs, epochs=1, expected=3)
    ok, message = judge_epoch_losses(r, reported, epochs=1, batch_size=5)
    assert ok and message == "reports the mean of the batch losses, each before its update"
    ok, message = judge_epoch_losses(r, reported + 1.0, epochs=1, batch_size=5)
    assert not ok and message.startswith("expected the mean of the batch losses") and "epoch" not in message
    ok, message = judge_epoch_losses(replay(run(BATCHES, 3)[0]), run(BATCHES, 3)[1] + 1.0, epochs=3, batch_size=5)
    assert not ok and message.startswith("at epoch 1 expected the mean of that epoch's batch losses")


def test_a_loop_run_entirely_under_no_grad_counts_its_last_update():
    """Gradients from the formulas, every pass under no_grad: the last update (no pass follows
    it) is one of the run's, as it is for a loop recorded with autograd."""
    obs, reported = run(BATCHES, 3)
    obs = [Observation(o.params, o.rows, grad_enabled=False) for o in obs]
    r = replay(obs)
    assert judge_batches(r.trained(), n=12, batch_size=5, epochs=3)[0]
    assert judge_epoch_losses(r, reported, epochs=3, batch_size=5)[0]


def test_a_mean_loss_rounded_down_is_told_it_comes_from_integer_division():
    obs, reported = run(BATCHES, 3)
    ok, message = judge_epoch_losses(replay(obs), np.floor(reported), epochs=3, batch_size=5)
    assert not ok and "integer division (//)" in message
    ok, message = judge_epoch_losses(replay(obs), np.floor(reported), epochs=3, batch_size=5, integers=True)
    assert not ok and "integer array it returned" in message and "//" not in message


def _central_differences(epochs, h=1e-4, *, forward=False, loss_after=False):
    """Observations of a full-batch run whose gradient comes from finite differences: the
    loss evaluated at each parameter nudged by +-h (or +h only) before every update, the
    loss at the current point logged before the nudges (or after them)."""
    p, obs, rows = np.array([0.3, -0.2]), [], tuple(range(12))
    for _ in range(epochs):
        if not loss_after:
            obs.append(Observation(tuple(np.float32(p)), rows))
        g = np.zeros(2)
        for k in range(2):
            e = np.eye(2)[k] * h
            obs.append(Observation(tuple(np.float32(p + e)), rows, grad_enabled=False))
            if not forward:
                obs.append(Observation(tuple(np.float32(p - e)), rows, grad_enabled=False))
            g[k] = (loss(p + e, rows) - (loss(p, rows) if forward else loss(p - e, rows))) / (h if forward else 2 * h)
        if loss_after:
            obs.append(Observation(tuple(np.float32(p)), rows))
        p = p - LR * g
    obs.append(Observation(tuple(np.float32(p)), rows))
    return obs


@pytest.mark.parametrize("forward, h, loss_after", [(False, 1e-4, False), (True, 1e-4, False), (False, 0.1, False),
                                                    (False, 1e-3, True)],
                         ids=["central", "forward", "large_step", "loss_logged_after"])
def test_passes_of_a_finite_difference_are_not_updates(forward, h, loss_after):
    obs = without_nudges(_central_differences(5, h, forward=forward, loss_after=loss_after))
    replay = Replay(obs, lr=LR, loss=loss, gradient=grad, epochs=5, expected=5)
    assert replay.updates == 5
    assert replay.judge_updates(5)[0], replay.judge_updates(5)[1]


@pytest.mark.parametrize("weights", [[0.3 - 1e-3 * k for k in range(6)], [0.3, 0.301, 0.299, 0.301, 0.299, 0.3005]],
                         ids=["steady", "back_and_forth"])
def test_a_run_updating_one_parameter_only_keeps_its_updates(weights):
    """The bias frozen (requires_grad forgotten): small steps of the weight alone, which on
    mini-batches may swing back and forth around a point, are updates."""
    obs = [Observation((float(np.float32(w)), float(np.float32(-0.2))), tuple(range(12))) for w in weights]
    assert len(without_nudges(obs)) == len(obs)


def test_two_loader_batches_stepped_at_once_are_read_as_two_batches_not_one_larger():
    batch = [tuple(range(0, 4)), tuple(range(4, 8)), tuple(range(8, 12))]
    p, obs = np.array([0.3, -0.2]), []
    for pair in (batch[:2], batch[2:]):  # gradient accumulation: each loss divided by the pair's size
        for rows in pair:
            obs.append(Observation(tuple(p), rows))
        p = p - LR * sum(grad(p, rows) for rows in pair) / len(pair)
    obs.append(Observation(tuple(p), (0,), grad_enabled=False))
    loose = Replay(obs, lr=LR, loss=loss, gradient=grad, epochs=1, expected=3)
    assert [rows for _, rows in loose.trained()][0] == tuple(range(8))  # one batch of 8, as pieces
    held = Replay(obs, lr=LR, loss=loss, gradient=grad, epochs=1, expected=3, largest_batch=4)
    assert [rows for _, rows in held.trained()][:2] == batch[:2]
    assert not held.judge_updates(3)[0]


def test_a_fixed_nudge_at_every_update_is_told_so_not_named_after_an_optimizer():
    """Changes of one fixed amount, whatever the batch (weight -= 1e-4, bias += 1e-4), follow no
    gradient: the update message says so instead of fitting them to Adam's early steps."""
    p, obs = np.array([0.3, -0.2]), []
    for _ in range(4):
        for rows in BATCHES:
            obs.append(Observation(tuple(p), rows))
            p = p + np.array([-1e-4, 1e-4])
    ok, message = replay(obs).judge_updates(12)
    assert not ok and "same amount at every update" in message and "Adam" not in message, message


def test_a_full_batch_run_with_too_few_updates_is_told_so_without_a_batch_size():
    """fit_GD has no batch_size: the message counts updates per epoch on all the points."""
    ok, message = judge_batches([(None, tuple(range(6)))] * 2, n=6, batch_size=6, epochs=5)
    assert not ok and "expected 5 updates (one per epoch, on all 6 points)" in message and "batch_size" not in message


def test_empty_batches_are_named_with_the_missing_updates():
    """Slices past the end of the data give forward passes on no row: no update, a nan loss."""
    ok, message = judge_batches([(None, (0, 1, 2, 3))] * 3, n=12, batch_size=4, epochs=3, empty=6)
    assert not ok and "6 forward passes got an empty batch" in message
    assert "empty" not in judge_batches([(None, (0, 1, 2, 3))] * 3, n=12, batch_size=4, epochs=3)[1]


@pytest.mark.parametrize("wd", [1e-2, 0.3])
def test_weight_decay_is_named_not_taken_for_a_step_size(wd):
    """SGD's weight_decay adds lr * wd * parameters to each step: small, it reads as a step
    about 0.999 times the gradient's; it is named for what it is."""
    p, obs = np.array([0.3, -0.2]), []
    for _ in range(5):
        obs.append(Observation(tuple(p), tuple(range(12))))
        p = p - LR * (grad(p, range(12)) + wd * p)
    obs.append(Observation(tuple(p), tuple(range(12))))
    r = Replay(obs, lr=LR, loss=loss, gradient=grad, epochs=5, expected=5)
    ok, message = r.judge_updates(5)
    assert not ok and f"-lr * (gradient + {wd:.3g} * parameters)" in message and "weight decay" in message


def test_epoch_losses_in_reverse_order_are_named():
    obs, reported = run(BATCHES, 3)
    ok, message = judge_epoch_losses(replay(obs), reported[::-1], epochs=3, batch_size=5)
    assert not ok and "in reverse order" in message


def test_a_baseline_pass_under_no_grad_before_training_is_no_update():
    """A forward pass at parameters of the run's own (weight 0, bias mean(Y): a baseline for
    R^2) before the loop: no gradient existed to move the parameters from there."""
    obs, reported = run([tuple(range(12))], 5)
    baseline = Observation((0.0, float(np.mean(Y))), tuple(range(12)), grad_enabled=False)
    r = Replay([baseline] + obs, lr=LR, loss=loss, gradient=grad, epochs=5, expected=5)
    assert r.judge_updates(5)[0], r.judge_updates(5)[1]
    assert judge_epoch_losses(r, reported, epochs=5, batch_size=12)[0]


def test_a_model_called_under_vmap_and_grad_logs_the_values_it_stands_for():
    """Per-sample gradients (torch.func.vmap over grad): the recording model logs the batch's
    rows and the parameters, not an error from reading a transform's wrapper."""
    from torch.func import grad, vmap

    from autograder.library.probe_training import floats

    seen = []

    def per_sample(weight, x):
        seen.append((floats(weight), floats(x)))
        return (weight * x).sum() ** 2

    x = torch.arange(6.0).reshape(3, 2)
    vmap(grad(per_sample), in_dims=(None, 0))(torch.tensor([0.5, -1.0]), x)
    assert seen == [([0.5, -1.0], [0.0, 1.0, 2.0, 3.0, 4.0, 5.0])]


def test_a_step_taken_twice_per_batch_is_named():
    """An update written by hand and optimizer.step() on the same gradient: twice the step."""
    p, obs = np.array([0.3, -0.2]), []
    for _ in range(3):
        obs.append(Observation(tuple(p), tuple(range(12))))
        p = p - 2 * LR * grad(p, range(12))
    obs.append(Observation(tuple(p), tuple(range(12))))
    ok, message = Replay(obs, lr=LR, loss=loss, gradient=grad, epochs=3, expected=3).judge_updates(3)
    assert not ok and "stepped twice per batch" in message


def test_pieces_of_a_batch_whose_gradients_count_alike_are_that_batch_updated_wrongly():
    """A batch cut in two (3 + 2 points) whose pieces' gradients are averaged alike, one step
    per batch: every batch is trained on once (the batches hold), its step is not its
    gradient's, and the message says why; pieces weighted by their share are the batch's step."""
    def run_pieces(weighted):
        p, obs = np.array([0.3, -0.2]), []
        for rows in BATCHES:
            pieces = [rows[:(len(rows) + 1) // 2], rows[(len(rows) + 1) // 2:]]
            for piece in pieces:
                obs.append(Observation(tuple(p), piece))
            shares = [len(piece) / len(rows) if weighted else 1 / len(pieces) for piece in pieces]
            p = p - LR * sum(share * grad(p, piece) for share, piece in zip(shares, pieces))
        obs.append(Observation(tuple(p), (0,), grad_enabled=False))
        return Replay(obs, lr=LR, loss=loss, gradient=grad, epochs=1, expected=3, largest_batch=5)

    alike, weighted = run_pieces(False), run_pieces(True)
    assert [rows for _, rows in alike.trained()] == BATCHES == [rows for _, rows in weighted.trained()]
    assert judge_batches(alike.trained(), n=12, batch_size=5, epochs=1)[0]
    ok, message = alike.judge_updates(3)
    assert not ok and "cut into 2 pieces whose gradients count alike" in message
    assert weighted.judge_updates(3)[0]


@pytest.mark.filterwarnings("ignore:(invalid value|overflow) encountered:RuntimeWarning")  # (inf - inf is NaN: wanted)
def test_the_plain_python_nudge_answers_as_numpys_for_every_kind_of_step():
    """``_nudge_of_floats`` (the judge's fast path) and ``_nudge`` agree: one parameter moved a
    little or a lot, none, two, NaN and infinite values on either side, float32 values, other
    lengths, a single parameter, and values that are not numbers."""
    from autograder.library.training import _nudge, _nudge_of_floats

    rng = np.random.default_rng(7)
    specials = [0.0, -0.0, 1.0, 1e-300, 1e300, np.inf, -np.inf, np.nan]
    pairs = []
    for _ in range(3000):
        size = int(rng.integers(1, 5))
        base = [float(v) for v in rng.normal(0, 3, size)]
        if rng.random() < 0.2:
            base[int(rng.integers(size))] = float(rng.choice(specials))
        params = list(base)
        for _ in range(int(rng.integers(0, 3))):
            k = int(rng.integers(size))
            kind = rng.integers(4)
            params[k] = (params[k] + float(rng.choice([1e-7, 1e-3, 0.3, 0.6, 5.0])) * float(rng.choice([-1, 1]))
                         if kind < 2 else float(rng.choice(specials)) if kind == 2 else float(np.float32(params[k])))
        if rng.random() < 0.05:
            params = params + [0.0]
        pairs.append((base, tuple(params)))
    pairs += [([1.0, 2.0], (1.0, "2")), ([1.0, 2.0], ((1.0,), 2.0)), ([1.0, 2.0], (np.float32(1.5), 2.0)),
              ([1.0, 2.0], [1.0, 2.25])]
    agreed = []
    for base, params in pairs:
        try:
            want = bool(_nudge(np.asarray(base, dtype=np.float64), params))
        except (TypeError, ValueError) as error:
            with pytest.raises(type(error)):
                _nudge_of_floats(base, params)
            continue
        assert bool(_nudge_of_floats(base, params)) is want, (base, params)
        agreed.append(want)
    assert 100 < sum(agreed) < len(agreed) - 100  # (both answers well represented)
