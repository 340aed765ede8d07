"""autograder.library.probe_training.run_loop (kernel side) and .classification (judge side):
a student's train_epoch and evaluate, run on the grader's recording softmax regression and judged
(the modes read from the values the model's offsets shape, the log only a cross-check)."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from autograder.library.classification import (MODES, Batch, SoftmaxRegression, classification_case, cross_entropy,
                                               judge_evaluate, judge_train_epoch, same_loader_case)
from autograder.library.points import Scale
from autograder.library.probe_training import Recorder, recorded_linear, run_loop

TRAIN = {"mode": 4, "batches": 5, "update": 10, "loss": 6}
EVALUATE = {"loss": 6, "accuracy": 6, "no_grad": 4, "eval_mode": 4}


def roundtrip(value):
    return json.loads(json.dumps(value, default=repr))


def make_train_epoch(*, zero_grad=True, train_mode=True, total=False, lr_factor=None, logged_pass=False,
                     jitter=False, clear_before_step=False, own_optimizer=None, scheduler=False, nudge_after=None):
    """A train_epoch; ``lr_factor`` steps with its own SGD at that multiple of the given lr,
    ``logged_pass`` logs each loss from an extra pass under no_grad (before the step),
    ``jitter`` moves the parameters by noise instead of stepping, ``clear_before_step`` zeroes
    the gradients between backward and step."""
    def train_epoch(model, loader, loss_fn, optimizer):
        if train_mode == "flag":
            model.training = True  # (the model's own flag alone)
        elif train_mode:
            model.train()
        if lr_factor is not None:
            optimizer = torch.optim.SGD(model.parameters(), lr=lr_factor * optimizer.param_groups[0]["lr"])
        if own_optimizer is not None:
            optimizer = own_optimizer(model.parameters())
        schedule = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1000) if scheduler else None
        losses = []
        for x, y in loader:
            if zero_grad:
                optimizer.zero_grad()
            loss = loss_fn(model(x), y)
            if logged_pass:
                with torch.no_grad():
                    losses.append(loss_fn(model(x), y).item())
            loss.backward()
            if clear_before_step:
                optimizer.zero_grad()
            if jitter or (nudge_after is not None and len(losses) >= nudge_after):
                with torch.no_grad():
                    for p in model.parameters():
                        p.add_(0.05 * torch.randn_like(p) if jitter else torch.full_like(p, 0.01))
            else:
                optimizer.step()
            if schedule is not None:
                schedule.step()
            if not logged_pass:
                losses.append(loss.item())
        return sum(losses) if total else sum(losses) / len(losses)
    return train_epoch


def make_evaluate(*, no_grad=True, eval_mode=True, percent=False, loss_sum=False, junk_loss=False,
                  first_batch_only=False, swapped=False, total_over_batches=False, softmax_first=False,
                  with_count=False):
    def evaluate(model, loader, loss_fn):
        if eval_mode == "flag":
            model.training = False  # (the model's own flag alone)
        elif eval_mode:
            model.eval()
        losses, correct, count = [], 0, 0
        with torch.no_grad() if no_grad else torch.enable_grad():
            for x, y in [next(iter(loader))] if first_batch_only else loader:
                logits = model(x).softmax(dim=1) if softmax_first else model(x)
                losses.append(loss_fn(logits, y).item() * (len(y) if loss_sum or total_over_batches else 1))
                correct += int((logits.argmax(dim=1) == y).sum())
                count += len(y)
        loss = 1.2345 if junk_loss else float(np.sum(losses) if loss_sum else np.mean(losses))
        accuracy = (100.0 if percent else 1.0) * correct / count
        if with_count:  # scikit-learn's "support" after the pair
            return loss, accuracy, count
        return (accuracy, loss) if swapped else (loss, accuracy)
    return evaluate


def judged(name, function, cases, weights, judge, *, logged=None, **run):
    """Criteria of ``function`` run by the probe; ``logged`` (flags) overwrites the flags of
    every logged forward pass first, as a student's code that rewrote the log would."""
    inputs = {"cases": cases}
    data = roundtrip(run_loop({name: function}, name, roundtrip(inputs), loss=F.cross_entropy, **run))
    for case in data["cases"]:
        for call in case["calls"]:
            if call["kind"] == "model" and logged:
                call.update(logged)
    return {c.name: c for c in judge(inputs, data, Scale(25, weights))}


def lost(criteria):
    return {name for name, c in criteria.items() if c.earned < c.points}


def train_cases(seed=0):
    rng = np.random.default_rng(seed)
    return [classification_case(rng, 30, 7, False, False, lr=0.3, shown=("training",)),
            classification_case(rng, 24, 8, True, False, lr=0.4, shown=("training",))]


def evaluate_cases(seed=0):
    rng = np.random.default_rng(seed)
    return [classification_case(rng, 30, 8, True, True), classification_case(rng, 20, 6, False, True)]


def test_cross_entropy_and_its_gradient_match_torch():
    rng = np.random.default_rng(1)
    logits, targets = rng.normal(0, 3, (6, 4)), rng.integers(0, 4, 6)
    value, grad = cross_entropy(logits, targets)
    z = torch.tensor(logits, requires_grad=True)
    expected = F.cross_entropy(z, torch.tensor(targets))
    expected.backward()
    assert value == pytest.approx(expected.item(), rel=1e-12) and np.allclose(grad, z.grad.numpy(), atol=1e-12)
    assert cross_entropy(logits + 1000.0, targets)[0] == pytest.approx(value, rel=1e-9)  # stable


def test_classification_case_draws_distinct_points_with_every_class():
    case = classification_case(np.random.default_rng(2), 12, 4, True, False, classes=4, features=3, lr=0.1)
    assert len({tuple(row) for row in case["x"]}) == 12 and set(case["y"]) == {0, 1, 2, 3}
    assert np.shape(case["weight"]) == (4, 3) and len(case["bias"]) == 4 and case["lr"] == 0.1


def test_softmax_regression_gradient_is_that_of_its_loss_in_any_dimensions():
    case = classification_case(np.random.default_rng(3), 10, 5, False, False, classes=4, features=3)
    problem = SoftmaxRegression(case)
    params, rows = np.random.default_rng(4).normal(size=problem.size), (0, 3, 7)
    steps = np.eye(problem.size) * 1e-6
    numeric = [(problem.loss(params + s, rows) - problem.loss(params - s, rows)) / 2e-6 for s in steps]
    assert np.allclose(problem.gradient(params, rows), numeric, atol=1e-6)
    recorded = np.asarray(case["x"], dtype=np.float32)[[7, 0]].reshape(-1).tolist()  # as the probe logs a batch
    assert problem.rows(recorded) == (7, 0)
    assert problem.rows([9.0, 9.0, 9.0]) is None and problem.rows(recorded[:-1]) is None and len(problem.names) == problem.size == 16


def test_a_correct_train_epoch_earns_every_criterion():
    criteria = judged("train_epoch", make_train_epoch(), train_cases(), TRAIN, judge_train_epoch, sgd=True)
    assert lost(criteria) == set(), {n: c.message for n, c in criteria.items()}


def pa3_train_cases(seed):
    from pathlib import Path

    from autograder.assignment import load_assignment
    spec = load_assignment(Path(__file__).resolve().parents[1] / "solutions", "pa3_classification")
    return spec.checks["train_epoch"].make_inputs(np.random.default_rng(seed))["cases"]


def test_pa3s_cross_entropy_batches_each_have_a_rival_far_below_its_true_class():
    """A hinge loss shows by the zeros of its gradient (rivals past the margin): on every draw
    each main batch has a row with a rival 1.5 or more below the true class (one draw in a
    hundred had none in its first batch, and the hinge kept 6 points)."""
    from pathlib import Path

    from autograder.assignment import load_assignment
    check = load_assignment(Path(__file__).resolve().parents[1] / "solutions", "pa3_classification").checks["cross_entropy"]
    for seed in range(300):
        for case in check.make_inputs(np.random.default_rng(seed))["cases"]:
            if case["role"] == "main":
                z, t = np.asarray(case["logits"]), np.asarray(case["targets"])
                assert np.any(z[np.arange(len(t)), t] - z.min(axis=1) >= 1.5), seed


@pytest.mark.parametrize("seed", range(3))
def test_a_train_epoch_that_stops_after_a_few_batches_loses_the_batches_on_pa3s_cases(seed):
    """A debugging limit left in (itertools.islice(loader, 5)): PA3's cases include a loader of
    many batches, where it shows; a correct loop earns everything on the same cases."""
    import itertools

    def limited(model, loader, loss_fn, optimizer):
        model.train()
        losses = []
        for x, y in itertools.islice(loader, 5):
            optimizer.zero_grad()
            loss = loss_fn(model(x), y)
            loss.backward()
            optimizer.step()
            losses.append(loss.item())
        return sum(losses) / len(losses)

    cases = pa3_train_cases(seed)
    assert max(-(-len(c["x"]) // c["batch_size"]) for c in cases) > 5
    criteria = judged("train_epoch", limited, cases, TRAIN, judge_train_epoch, sgd=True)
    assert "batches" in lost(criteria) and "mode" not in lost(criteria), {n: c.message for n, c in criteria.items()}
    correct = judged("train_epoch", make_train_epoch(), cases, TRAIN, judge_train_epoch, sgd=True)
    assert lost(correct) == set(), {n: c.message for n, c in correct.items()}


@pytest.mark.parametrize("seed", [0, 1, 58, 258])
def test_a_train_epoch_with_an_adam_of_its_own_trains_on_pa3s_cases_on_every_draw(seed):
    """Adam's sign-like steps point less straight when one parameter dominates the gradient
    (seeds 58 and 258: a mean cosine just under one half), yet nearly all downhill: it
    trains, and loses the update only."""
    criteria = judged("train_epoch", make_train_epoch(own_optimizer=lambda ps: torch.optim.Adam(ps, lr=0.01)),
                      pa3_train_cases(seed), TRAIN, judge_train_epoch, sgd=True)
    assert lost(criteria) == {"update"}, {n: c.message for n, c in criteria.items()}


def test_a_train_epoch_that_trains_only_with_an_optimizer_like_the_graders_earns_nothing():
    """PA3's cases hold one run given a torch.optim.Adam, the notebook's choice: a loop that
    only evaluates when handed an Adam is found out; a correct loop trains with it too."""
    correct = make_train_epoch()

    def not_with_adam(model, loader, loss_fn, optimizer):
        if isinstance(optimizer, torch.optim.Adam):
            model.train()
            with torch.no_grad():
                losses = [loss_fn(model(x), y).item() for x, y in loader]
            return sum(losses) / len(losses)
        return correct(model, loader, loss_fn, optimizer)

    cases = pa3_train_cases(0)
    assert [c.get("optimizer") for c in cases].count("adam") == 1
    criteria = judged("train_epoch", not_with_adam, cases, TRAIN, judge_train_epoch, sgd=True)
    assert all(c.earned == 0 for c in criteria.values()) and "torch.optim.Adam" in criteria["update"].message
    assert lost(judged("train_epoch", correct, cases, TRAIN, judge_train_epoch, sgd=True)) == set()


@pytest.mark.parametrize("kwargs,criterion,says", [
    ({"zero_grad": False}, "update", "not zeroed"),
    ({"train_mode": False}, "mode", "model.train()"),
    ({"total": True}, "loss", "the sum of the"),
])
def test_each_train_epoch_bug_loses_its_own_criterion(kwargs, criterion, says):
    criteria = judged("train_epoch", make_train_epoch(**kwargs), train_cases(), TRAIN, judge_train_epoch, sgd=True)
    assert lost(criteria) == {criterion} and says in criteria[criterion].message
    assert "epoch 1" not in criteria[criterion].message


def test_a_train_epoch_with_a_learning_rate_scheduler_runs_on_the_recorded_optimizer():
    """A scheduler wraps ``optimizer.step.__func__``: the recorded optimizer's methods are bound."""
    criteria = judged("train_epoch", make_train_epoch(scheduler=True), train_cases(), TRAIN, judge_train_epoch, sgd=True)
    assert lost(criteria) == set(), {n: c.message for n, c in criteria.items()}


def test_a_train_epoch_that_steps_only_a_torch_sgd_is_seen_not_to_train():
    """Handed the grader's own plain gradient-descent optimizer (not a torch.optim.SGD), a
    loop that steps only for that class never trains, as it would not with the notebook's Adam."""
    honest = make_train_epoch()

    def train_epoch(model, loader, loss_fn, optimizer):
        if isinstance(optimizer, torch.optim.SGD):
            return honest(model, loader, loss_fn, optimizer)
        model.train()
        return float(np.mean([loss_fn(model(x), y).item() for x, y in loader]))

    criteria = judged("train_epoch", train_epoch, train_cases(), TRAIN, judge_train_epoch, sgd=True)
    assert {"batches", "update", "loss"} <= lost(criteria), {n: c.message for n, c in criteria.items()}


@pytest.mark.parametrize("seed", range(8))
def test_a_train_epoch_stepping_its_own_optimizer_at_another_lr_loses_the_update_only(seed):
    """Its steps are a fixed multiple of the gradient, however small some of their entries."""
    criteria = judged("train_epoch", make_train_epoch(lr_factor=0.03), train_cases(seed), TRAIN, judge_train_epoch,
                      sgd=True)
    assert lost(criteria) == {"update"}, {n: c.message for n, c in criteria.items()}


@pytest.mark.parametrize("seed", range(4))
def test_a_train_epoch_stepping_its_own_sgd_at_the_given_lr_loses_the_update_only(seed):
    """Its steps replay exactly as the given SGD's would; the given optimizer's step() was
    never called, so the notebook's Adam would not train it."""
    criteria = judged("train_epoch", make_train_epoch(lr_factor=1.0), train_cases(seed), TRAIN, judge_train_epoch,
                      sgd=True)
    assert lost(criteria) == {"update"}, {n: c.message for n, c in criteria.items()}
    assert "without ever calling step() on the optimizer it is given" in criteria["update"].message


@pytest.mark.parametrize("optimizer", [lambda p: torch.optim.Adam(p, lr=0.05),
                                       lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9),
                                       lambda p: torch.optim.RMSprop(p, lr=0.01)], ids=["adam", "momentum", "rmsprop"])
@pytest.mark.parametrize("seed", range(4))
def test_a_train_epoch_with_an_optimizer_of_its_own_still_trains_and_loses_the_update_only(optimizer, seed):
    criteria = judged("train_epoch", make_train_epoch(own_optimizer=optimizer), train_cases(seed), TRAIN,
                      judge_train_epoch, sgd=True)
    assert lost(criteria) == {"update"}, {n: c.message for n, c in criteria.items()}


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("kwargs", [{"zero_grad": False}, {"lr_factor": 1.0, "zero_grad": False}], ids=["never", "own-sgd"])
def test_a_train_epoch_never_zeroing_its_gradients_still_trains_and_loses_the_update_only(seed, kwargs):
    criteria = judged("train_epoch", make_train_epoch(**kwargs), train_cases(seed), TRAIN, judge_train_epoch, sgd=True)
    assert lost(criteria) == {"update"}, {n: c.message for n, c in criteria.items()}


@pytest.mark.parametrize("nudge_after", [0, 1])
def test_a_train_epoch_nudging_its_parameters_after_at_most_one_true_step_earns_nothing(nudge_after):
    criteria = judged("train_epoch", make_train_epoch(nudge_after=nudge_after), train_cases(), TRAIN, judge_train_epoch,
                      sgd=True)
    assert sum(c.earned for c in criteria.values()) == 0, {n: c.message for n, c in criteria.items()}


@pytest.mark.parametrize("seed", range(8))
def test_a_train_epoch_moving_its_parameters_by_noise_earns_nothing(seed):
    torch.manual_seed(seed)
    criteria = judged("train_epoch", make_train_epoch(jitter=True), train_cases(seed), TRAIN, judge_train_epoch, sgd=True)
    assert sum(c.earned for c in criteria.values()) == 0, {n: c.message for n, c in criteria.items()}
    assert "not optimizer steps along the gradient" in criteria["batches"].message


def softmax_before_the_loss(model, loader, loss_fn, optimizer):
    """A Keras habit: probabilities handed to a loss that takes logits (softmax applied twice)."""
    model.train()
    losses = []
    for x, y in loader:
        optimizer.zero_grad()
        loss = loss_fn(torch.softmax(model(x), dim=1), y)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)


def test_a_train_epoch_stepping_on_another_loss_of_the_outputs_trains_on_every_draw():
    """Its steps point downhill run after run, in some runs less straight than in others: the
    runs of one submission are judged together, so that the same loop keeps its mode and its
    batches on every draw (one PA3 draw in a few had a run whose mean cosine fell to 0.34,
    and the loop then earned nothing), and loses the update and the loss."""
    for seed in range(30):
        torch.manual_seed(seed)
        criteria = judged("train_epoch", softmax_before_the_loss, pa3_train_cases(seed), TRAIN, judge_train_epoch, sgd=True)
        assert lost(criteria) == {"update", "loss"}, (seed, {n: c.message for n, c in criteria.items()})


@pytest.mark.parametrize("seed", range(8))
def test_noise_earns_nothing_on_pa3s_cases_whose_runs_are_judged_together(seed):
    torch.manual_seed(seed)
    criteria = judged("train_epoch", make_train_epoch(jitter=True), pa3_train_cases(seed), TRAIN, judge_train_epoch,
                      sgd=True)
    assert sum(c.earned for c in criteria.values()) == 0, {n: c.message for n, c in criteria.items()}


def test_a_train_epoch_that_trains_then_fails_to_return_loses_the_loss_only():
    """Loss tensors kept with their graph, then np.mean of them: every step is right, the return raises."""
    def train_epoch(model, loader, loss_fn, optimizer):
        model.train()
        losses = []
        for x, y in loader:
            optimizer.zero_grad()
            loss = loss_fn(model(x), y)
            loss.backward()
            optimizer.step()
            losses.append(loss)
        return np.mean(losses)
    criteria = judged("train_epoch", train_epoch, train_cases(), TRAIN, judge_train_epoch, sgd=True)
    assert lost(criteria) == {"loss"} and "raised RuntimeError" in criteria["loss"].message
    stub = judged("train_epoch", make_stub(), train_cases(), TRAIN, judge_train_epoch, sgd=True)
    assert sum(c.earned for c in stub.values()) == 0


def test_a_train_epoch_whose_first_forward_raises_names_the_error_in_every_criterion():
    """Inputs cast to float64 for a float32 model: the forward raises before any step, and
    each criterion says so first (not only "never changed the parameters")."""
    def train_epoch(model, loader, loss_fn, optimizer):
        model.train()
        total = 0.0
        for x, y in loader:
            optimizer.zero_grad()
            loss = loss_fn(model(x.double()), y)
            loss.backward()
            optimizer.step()
            total += loss.item()
        return total / len(loader)
    criteria = judged("train_epoch", train_epoch, train_cases(), TRAIN, judge_train_epoch, sgd=True)
    assert sum(c.earned for c in criteria.values()) == 0
    assert all(c.message.startswith("train_epoch") and "raised RuntimeError" in c.message.split(";")[0]
               for c in criteria.values()), {n: c.message for n, c in criteria.items()}


def test_a_train_epoch_training_a_copy_of_its_model_earns_nothing():
    """A deep copy of the grader's model logs its passes too, but the model given never changes."""
    import copy

    def train_epoch(model, loader, loss_fn, optimizer):
        clone = copy.deepcopy(model)
        clone.train()
        own = torch.optim.SGD(clone.parameters(), lr=optimizer.param_groups[0]["lr"])
        losses = []
        for x, y in loader:
            own.zero_grad()
            loss = loss_fn(clone(x), y)
            loss.backward()
            own.step()
            losses.append(loss.item())
        return sum(losses) / len(losses)
    criteria = judged("train_epoch", train_epoch, train_cases(), TRAIN, judge_train_epoch, sgd=True)
    assert sum(c.earned for c in criteria.values()) == 0 and "left the model it was given unchanged" in \
        criteria["mode"].message


def make_stub():
    def train_epoch(model, loader, loss_fn, optimizer):
        raise NotImplementedError()
    return train_epoch


def test_an_evaluate_with_an_empty_body_is_told_it_returned_none():
    def evaluate(model, loader, loss_fn):
        pass
    criteria = judged("evaluate", evaluate, evaluate_cases(), EVALUATE, judge_evaluate, sgd=False)
    assert sum(c.earned for c in criteria.values()) == 0
    assert "returned None: is its body still empty" in criteria["loss"].message, criteria["loss"].message


def test_a_train_epoch_that_never_trains_is_not_told_its_right_loss_is_missing():
    criteria = judged("train_epoch", make_train_epoch(clear_before_step=True), train_cases(), TRAIN, judge_train_epoch,
                      sgd=True)
    assert sum(c.earned for c in criteria.values()) == 0
    assert "counts only once it trains" in criteria["loss"].message
    assert "zero the gradients before the backward pass" in criteria["update"].message


def test_a_correct_evaluate_earns_every_criterion():
    criteria = judged("evaluate", make_evaluate(), evaluate_cases(), EVALUATE, judge_evaluate, sgd=False)
    assert lost(criteria) == set(), {n: c.message for n, c in criteria.items()}


def test_an_evaluate_given_a_loss_of_the_graders_choosing_is_judged_on_that_loss():
    """The probe's loss_fn is the cross-entropy times a factor: the mean of loss_fn's values
    earns everything; a cross-entropy computed otherwise, with loss_fn called once for show
    on a row of its own, loses the loss and is told why."""
    cases = [dict(case, loss_scale=1.7) for case in evaluate_cases()]

    def own_loss(model, loader, loss_fn):
        model.eval()
        loss_fn(torch.zeros(1, 3), torch.zeros(1, dtype=torch.long))  # "loss_fn is used"
        total, correct, count = 0.0, 0, 0
        with torch.no_grad():
            for x, y in loader:
                logits = model(x)
                total += float(-torch.log_softmax(logits, dim=1)[torch.arange(len(y)), y].sum())
                correct += int((logits.argmax(dim=1) == y).sum())
                count += len(y)
        return total / count, correct / count

    honest = judged("evaluate", make_evaluate(), cases, EVALUATE, judge_evaluate, sgd=False)
    assert lost(honest) == set(), {n: c.message for n, c in honest.items()}
    faked = judged("evaluate", own_loss, cases, EVALUATE, judge_evaluate, sgd=False)
    assert lost(faked) == {"loss"} and "plain cross-entropy" in faked["loss"].message


@pytest.mark.parametrize("kwargs,criterion,says", [
    ({"no_grad": False}, "no_grad", "torch.no_grad()"),
    ({"eval_mode": False}, "eval_mode", "model.eval()"),
    ({"percent": True}, "accuracy", "percentage"),
])
def test_each_evaluate_bug_loses_its_own_criterion(kwargs, criterion, says):
    criteria = judged("evaluate", make_evaluate(**kwargs), evaluate_cases(), EVALUATE, judge_evaluate, sgd=False)
    assert lost(criteria) == {criterion} and says in criteria[criterion].message


def test_an_evaluate_keeping_its_results_per_loader_earns_nothing_and_a_right_one_everything():
    """The first case's loader is handed over again with other parameters: numbers kept from
    the first call are not the model's."""
    import weakref

    kept = weakref.WeakKeyDictionary()
    right = make_evaluate()

    def cached(model, loader, loss_fn):
        if loader not in kept:
            kept[loader] = right(model, loader, loss_fn)
        return kept[loader]

    cases = evaluate_cases()
    cases.append(same_loader_case(np.random.default_rng(1), cases[0], 0))
    assert cases[2]["x"] == cases[0]["x"] and cases[2]["weight"] != cases[0]["weight"]
    criteria = judged("evaluate", cached, cases, EVALUATE, judge_evaluate, sgd=False)
    assert sum(c.earned for c in criteria.values()) == 0, {n: c.message for n, c in criteria.items()}
    honest = judged("evaluate", make_evaluate(), cases, EVALUATE, judge_evaluate, sgd=False)
    assert lost(honest) == set(), {n: c.message for n, c in honest.items()}


def test_an_evaluate_that_keeps_its_results_per_model_earns_nothing():
    """Round 15's loophole hunt: results kept per (model, loader), the model held so that its id
    is not reused. The first case's model and loader come back, the parameters changed."""
    right, kept = make_evaluate(), []

    def cached(model, loader, loss_fn):
        for seen_model, seen_loader, result in kept:
            if seen_model is model and seen_loader is loader:
                return result
        kept.append((model, loader, right(model, loader, loss_fn)))
        return kept[-1][2]

    cases = evaluate_cases()
    cases.append(same_loader_case(np.random.default_rng(1), cases[0], 0, same_model=True))
    assert cases[2]["same_model_as"] == 0 and cases[2]["weight"] != cases[0]["weight"]
    criteria = judged("evaluate", cached, cases, EVALUATE, judge_evaluate, sgd=False)
    assert sum(c.earned for c in criteria.values()) == 0, {n: c.message for n, c in criteria.items()}
    honest = judged("evaluate", make_evaluate(), cases, EVALUATE, judge_evaluate, sgd=False)
    assert lost(honest) == set(), {n: c.message for n, c in honest.items()}


def test_a_train_epoch_that_trains_each_model_once_loses_its_updates():
    """Round 15's loophole hunt: the first call per model trains; later calls return the first
    loss without a step. PA3's cases hand the first case's model over again, changed."""
    correct, first = make_train_epoch(), []

    def once(model, loader, loss_fn, optimizer):
        for seen, loss in first:
            if seen is model:
                return loss
        first.append((model, correct(model, loader, loss_fn, optimizer)))
        return first[-1][1]

    cases = pa3_train_cases(0)
    assert any(case.get("same_model_as") == 0 for case in cases)
    criteria = judged("train_epoch", once, cases, TRAIN, judge_train_epoch, sgd=True)
    assert "update" in lost(criteria) and "handed again a model" in criteria["update"].message, \
        {n: c.message for n, c in criteria.items()}
    assert lost(judged("train_epoch", correct, cases, TRAIN, judge_train_epoch, sgd=True)) == set()


def test_setting_the_models_training_flag_by_hand_switches_no_layer_and_is_told_so():
    """``model.training = False`` leaves every layer (dropout, batch norm) in training mode."""
    evaluated = judged("evaluate", make_evaluate(eval_mode="flag"), evaluate_cases(), EVALUATE, judge_evaluate,
                       sgd=False)
    trained = judged("train_epoch", make_train_epoch(train_mode="flag"), train_cases(), TRAIN, judge_train_epoch,
                     sgd=True)
    assert lost(evaluated) == {"eval_mode"} and "its layers'" in evaluated["eval_mode"].message
    assert lost(trained) == {"mode"} and "its layers'" in trained["mode"].message


def test_an_evaluate_comparing_predictions_of_shape_n_by_1_with_labels_is_told_of_the_broadcast():
    def evaluate(model, loader, loss_fn):
        model.eval()
        losses, correct, count = [], 0, 0
        with torch.no_grad():
            for x, y in loader:
                logits = model(x)
                losses.append(loss_fn(logits, y).item())
                correct += int((logits.argmax(dim=1, keepdim=True) == y).sum())
                count += len(y)
        return float(np.mean(losses)), correct / count
    criteria = judged("evaluate", evaluate, evaluate_cases(), EVALUATE, judge_evaluate, sgd=False)
    assert lost(criteria) == {"accuracy"} and "broadcasts to an n x n table" in criteria["accuracy"].message


def test_an_evaluate_dividing_the_total_loss_by_the_number_of_batches_is_told_so():
    criteria = judged("evaluate", make_evaluate(total_over_batches=True), evaluate_cases(), EVALUATE, judge_evaluate,
                      sgd=False)
    assert lost(criteria) == {"loss"} and "divided by the number of batches" in criteria["loss"].message


def test_an_evaluate_of_the_first_batch_only_loses_loss_and_accuracy_and_keeps_its_modes():
    # Right as far as it went: its modes are judged, its results are named for what they cover.
    criteria = judged("evaluate", make_evaluate(first_batch_only=True), evaluate_cases(), EVALUATE,
                      judge_evaluate, sgd=False)
    assert lost(criteria) == {"loss", "accuracy"}, {n: c.message for n, c in criteria.items()}
    assert "of only the 8 examples" in criteria["loss"].message and "every batch" in criteria["accuracy"].message
    sloppy = judged("evaluate", make_evaluate(first_batch_only=True, eval_mode=False), evaluate_cases(), EVALUATE,
                    judge_evaluate, sgd=False)
    assert lost(sloppy) == {"loss", "accuracy", "eval_mode"} and "model.eval()" in sloppy["eval_mode"].message


def test_a_first_batch_evaluation_keeps_its_modes_whatever_the_data():
    """Its accuracy can equal the whole set's by chance (seeds 4, 29, 38 here): the reading of
    the batch it ran on still explains both numbers, and its modes are read from it."""
    wrong = {seed: lost(judged("evaluate", make_evaluate(first_batch_only=True), evaluate_cases(seed), EVALUATE,
                               judge_evaluate, sgd=False)) for seed in range(40)}
    assert {seed: got for seed, got in wrong.items() if got != {"loss", "accuracy"}} == {}


def test_an_evaluate_returning_the_pair_the_wrong_way_round_is_told_so_and_keeps_its_modes():
    criteria = judged("evaluate", make_evaluate(swapped=True), evaluate_cases(), EVALUATE, judge_evaluate, sgd=False)
    assert lost(criteria) == {"loss", "accuracy"}, {n: c.message for n, c in criteria.items()}
    assert "the accuracy then the mean loss" in criteria["loss"].message
    no_grad = judged("evaluate", make_evaluate(swapped=True, no_grad=False), evaluate_cases(), EVALUATE,
                     judge_evaluate, sgd=False)
    assert lost(no_grad) == {"loss", "accuracy", "no_grad"}


def test_an_evaluate_returning_the_pair_then_more_loses_the_pair_and_keeps_its_modes():
    """(loss, accuracy, count) follows the model and the data as a swapped pair does: its modes
    count; a junk loss in front of the count earns nothing, modes included."""
    criteria = judged("evaluate", make_evaluate(with_count=True), evaluate_cases(), EVALUATE, judge_evaluate, sgd=False)
    assert lost(criteria) == {"loss", "accuracy"}, {n: c.message for n, c in criteria.items()}
    assert "returned 3 values" in criteria["loss"].message and "then more" in criteria["loss"].message
    no_eval = judged("evaluate", make_evaluate(with_count=True, eval_mode=False), evaluate_cases(), EVALUATE,
                     judge_evaluate, sgd=False)
    assert lost(no_eval) == {"loss", "accuracy", "eval_mode"}
    junk = judged("evaluate", make_evaluate(with_count=True, junk_loss=True), evaluate_cases(), EVALUATE,
                  judge_evaluate, sgd=False)
    assert lost(junk) == set(EVALUATE)


def test_a_loop_over_other_data_or_a_missing_function_earns_nothing():
    def foreign(model, loader, loss_fn, optimizer):
        loss = loss_fn(model(torch.ones(4, 2)), torch.zeros(4, dtype=torch.long))
        loss.backward()
        optimizer.step()
        return loss.item()

    criteria = judged("train_epoch", foreign, train_cases(), TRAIN, judge_train_epoch, sgd=True)
    assert sum(c.earned for c in criteria.values()) == 0 and "not from the loader" in criteria["update"].message
    inputs = {"cases": train_cases()}
    missing = judge_train_epoch(inputs, run_loop({}, "train_epoch", inputs, loss=F.cross_entropy, sgd=True),
                                Scale(25, TRAIN))
    assert sum(c.earned for c in missing) == 0 and "no function named train_epoch" in missing[0].message


# --------------------------------------------------------------------------- modes, read from the values

NOT_LOGGED = "modes logged while it ran are not the ones its results show"


@pytest.mark.parametrize("no_grad,eval_mode", [(True, True), (True, False), (False, True), (False, False)])
@pytest.mark.parametrize("log", ["honest", "claims right", "claims wrong"])
def test_each_mode_of_evaluate_is_earned_only_where_its_results_and_its_log_both_show_it(no_grad, eval_mode, log):
    """The results are read first (a log rewritten to claim the right modes gains nothing); a
    mode they show but no forward pass logged is not earned either: results made by a model
    whose behaviour was changed (its per-mode offsets zeroed through a closure) gain nothing."""
    logged = {"honest": None, "claims right": {"training": False, "grad_enabled": False},
              "claims wrong": {"training": True, "grad_enabled": True}}[log]
    criteria = judged("evaluate", make_evaluate(no_grad=no_grad, eval_mode=eval_mode), evaluate_cases(), EVALUATE,
                      judge_evaluate, logged=logged, sgd=False)
    wrong = log == "claims wrong"
    assert lost(criteria) == {n for n, ok in (("no_grad", no_grad and not wrong), ("eval_mode", eval_mode and not wrong))
                              if not ok}
    lied = logged is not None and (logged["grad_enabled"], logged["training"]) != (not no_grad, not eval_mode)
    assert (NOT_LOGGED in criteria["eval_mode"].message) == (lied and not (wrong and eval_mode))
    if not eval_mode or wrong:
        assert "model.eval()" in criteria["eval_mode"].message
    if not no_grad or wrong:
        assert "torch.no_grad()" in criteria["no_grad"].message


def test_an_evaluate_that_replaces_torch_is_grad_enabled_still_loses_no_grad(monkeypatch):
    """The recorder asks the function bound when the probes were installed, not the module's."""
    monkeypatch.setattr(torch, "is_grad_enabled", lambda: False)
    try:
        criteria = judged("evaluate", make_evaluate(no_grad=False), evaluate_cases(), EVALUATE, judge_evaluate, sgd=False)
    finally:  # torch.no_grad() saved the faked "off" on entry and restored it on exit: grad is off here
        monkeypatch.undo()
        torch.set_grad_enabled(True)
    assert lost(criteria) == {"no_grad"}, {n: c.message for n, c in criteria.items()}


@pytest.mark.parametrize("train_mode", [True, False])
@pytest.mark.parametrize("logged", [None, {"training": True}, {"training": False}])
def test_the_mode_of_train_epoch_is_read_from_its_updates_whatever_the_log_says(train_mode, logged):
    criteria = judged("train_epoch", make_train_epoch(train_mode=train_mode), train_cases(), TRAIN, judge_train_epoch,
                      logged=logged, sgd=True)
    assert lost(criteria) == (set() if train_mode else {"mode"})
    assert (NOT_LOGGED in criteria["mode"].message) == (logged is not None and logged["training"] != train_mode)


def test_a_mode_no_update_shows_is_read_from_the_returned_loss():
    """Its own optimizer: no update is a step of the given lr, but the mean loss still shows the mode."""
    criteria = judged("train_epoch", make_train_epoch(train_mode=False, lr_factor=0.5), train_cases(), TRAIN,
                      judge_train_epoch, logged={"training": True}, sgd=True)
    assert lost(criteria) == {"update", "mode"} and "evaluation mode" in criteria["mode"].message
    assert NOT_LOGGED in criteria["mode"].message
    # Neither the updates nor the loss right (a penalty added to the loss, say): the log says the mode.
    both_wrong = judged("train_epoch", make_train_epoch(lr_factor=0.5, total=True), train_cases(), TRAIN,
                        judge_train_epoch, sgd=True)
    assert lost(both_wrong) == {"update", "loss"} and "read from the model's log" in both_wrong["mode"].message
    in_eval = judged("train_epoch", make_train_epoch(train_mode=False, lr_factor=0.5, total=True), train_cases(), TRAIN,
                     judge_train_epoch, sgd=True)
    assert lost(in_eval) == {"update", "loss", "mode"} and "read from the model's log" in in_eval["mode"].message


def test_evaluate_modes_are_read_from_the_accuracy_or_a_slip_when_the_loss_is_not_right():
    junk = judged("evaluate", make_evaluate(eval_mode=False, junk_loss=True), evaluate_cases(), EVALUATE,
                  judge_evaluate, logged={"training": False, "grad_enabled": False}, sgd=False)
    assert lost(junk) == {"loss", "eval_mode"} and NOT_LOGGED in junk["eval_mode"].message
    summed = judged("evaluate", make_evaluate(no_grad=False, loss_sum=True), evaluate_cases(), EVALUATE,
                    judge_evaluate, sgd=False)
    assert lost(summed) == {"loss", "no_grad"} and "that is a sum" in summed["loss"].message


def test_an_evaluate_loss_of_probabilities_is_told_the_softmax_came_first():
    criteria = judged("evaluate", make_evaluate(softmax_first=True), evaluate_cases(), EVALUATE, judge_evaluate, sgd=False)
    assert "loss" in lost(criteria) and "the loss of the probabilities" in criteria["loss"].message


def test_a_loss_logged_from_an_extra_pass_under_no_grad_is_right_in_training():
    criteria = judged("train_epoch", make_train_epoch(logged_pass=True), train_cases(), TRAIN, judge_train_epoch, sgd=True)
    assert lost(criteria) == set(), {n: c.message for n, c in criteria.items()}


def test_the_probe_model_shows_each_mode_in_its_outputs_and_keeps_its_log_off_its_attributes():
    case = evaluate_cases()[0]
    recorder = Recorder()
    model = recorded_linear(recorder, case["weight"], case["bias"], case["offsets"])
    problem, x = SoftmaxRegression(case), torch.tensor(case["x"][:5])
    for training, grad in MODES:
        model.train(training)
        with torch.set_grad_enabled(grad):
            out = model(x).detach().double().numpy()
        assert np.allclose(out, problem.logits(problem.start, Batch(range(5), training, grad)), atol=1e-5)
    assert [(c["training"], c["grad_enabled"]) for c in recorder.calls] == list(MODES)
    reachable = list(vars(model).values()) + [getattr(model, name, None) for name in dir(model)]
    assert not any(isinstance(v, Recorder) or v is recorder.calls for v in reachable)
    # Named as a notebook's own class: nothing in its name tells it from the notebook's models.
    assert (type(model).__module__, type(model).__qualname__) == ("__main__", "Classifier")


def test_mode_offsets_leave_the_drawn_data_alone_and_tell_every_pair_of_modes_apart():
    with_modes = classification_case(np.random.default_rng(6), 30, 8, True, True)
    without = classification_case(np.random.default_rng(6), 30, 8, True, True, shown=())
    assert {k: v for k, v in with_modes.items() if k != "offsets"} == {k: v for k, v in without.items() if k != "offsets"}
    problem, everything = SoftmaxRegression(with_modes), range(30)
    losses = [problem.loss(problem.start, Batch(everything, *m)) for m in MODES]
    hits = [int((problem.logits(problem.start, Batch(everything, *m)).argmax(axis=1) == problem.y).sum()) for m in MODES]
    assert len(set(np.round(losses, 6))) == len(set(hits)) == 4
    assert Batch((1, 2), True, True) != Batch((1, 2), False, True) and Batch((1, 2), True, True) != (1, 2)


@pytest.mark.parametrize("seed", range(40))
def test_an_unshuffled_case_with_a_short_last_batch_tells_batch_averaged_accuracy_apart(seed):
    """Else averaging the accuracies of the batches (a common slip) would pass by chance."""
    from autograder.library.classification import Expected

    case = classification_case(np.random.default_rng(seed), 45, 10, False, True)
    problem = SoftmaxRegression(case)
    for m in MODES:
        expected = Expected.of(problem, problem.start,
                               tuple(Batch(tuple(range(i, min(i + 10, 45))), *m) for i in range(0, 45, 10)))
        assert abs(expected.batch_accuracy - expected.accuracy) > 1e-3


def _micro_batches(pieces: int, *, across_batches: bool = False):
    """A train_epoch that accumulates gradients over ``pieces`` pieces of each batch, each
    loss weighted by its share (one step per batch: right), or, ``across_batches``, over
    two whole batches of the loader per step (half the updates: a bug)."""
    def train_epoch(model, loader, loss_fn, optimizer):
        model.train()
        losses, pending = [], 0
        for inputs, targets in loader:
            if not pending:
                optimizer.zero_grad()
            n, total = len(inputs), 0.0
            size = -(-n // pieces)  # pieces of a short last batch may be fewer, never empty
            for xs, ys in zip(torch.split(inputs, size), torch.split(targets, size)):
                part = loss_fn(model(xs), ys) * (len(xs) / n) / (2 if across_batches else 1)
                part.backward()
                total += part.item()
            losses.append(total)
            pending = (pending + 1) % 2 if across_batches else 0
            if not pending:
                optimizer.step()
        return sum(losses) / len(losses)
    return train_epoch


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("pieces", [2, 3])
def test_gradients_accumulated_over_pieces_of_each_batch_earn_every_criterion(seed, pieces):
    criteria = judged("train_epoch", _micro_batches(pieces), train_cases(seed), TRAIN, judge_train_epoch, sgd=True)
    assert lost(criteria) == set(), {n: c.message for n, c in criteria.items()}


def test_one_step_for_two_batches_of_the_loader_loses_the_update_not_the_batches():
    """Each batch is still trained on once, as in a loop that steps once after all of them:
    the step per batch is what is missing (the update), not the batches."""
    criteria = judged("train_epoch", _micro_batches(1, across_batches=True), train_cases(), TRAIN,
                      judge_train_epoch, sgd=True)
    assert "update" in lost(criteria) and "batches" not in lost(criteria), {n: c.message for n, c in criteria.items()}


def test_an_evaluate_that_never_calls_the_model_earns_nothing_even_where_its_guess_is_right():
    """A majority-class guess: its accuracy may equal the model's by chance, and still counts for nothing."""
    inputs = {"cases": evaluate_cases()}
    data = roundtrip(run_loop({"evaluate": make_evaluate()}, "evaluate", roundtrip(inputs), loss=F.cross_entropy,
                              sgd=False))
    for case, record in zip(inputs["cases"], data["cases"]):
        record["calls"] = [c for c in record["calls"] if c["kind"] != "model"]  # as if it never ran the model
    criteria = {c.name: c for c in judge_evaluate(inputs, data, Scale(20, EVALUATE))}
    assert sum(c.earned for c in criteria.values()) == 0
    assert all("never called the model" in c.message for c in criteria.values())


def test_an_evaluate_that_leaves_autograd_off_loses_no_grad_and_the_probe_turns_it_back_on():
    """torch.set_grad_enabled(False) never undone: its own passes ran without autograd, but the
    training that follows in the notebook gets no gradients."""
    def evaluate(model, loader, loss_fn):
        torch.set_grad_enabled(False)
        return make_evaluate()(model, loader, loss_fn)
    try:
        criteria = judged("evaluate", evaluate, evaluate_cases(), EVALUATE, judge_evaluate, sgd=False)
        assert torch.is_grad_enabled()
    finally:
        torch.set_grad_enabled(True)
    assert lost(criteria) == {"no_grad"} and "leaves it off after it returns" in criteria["no_grad"].message


def test_a_mode_switched_inside_the_loop_is_told_as_such():
    """model.eval() indented into train_epoch's loop, model.train() into evaluate's: right for the
    first batch only; the message says the loop switches the mode, not that the call is missing."""
    def train_epoch(model, loader, loss_fn, optimizer):
        model.train()
        losses = []
        for x, y in loader:
            optimizer.zero_grad()
            loss = loss_fn(model(x), y)
            loss.backward()
            optimizer.step()
            losses.append(loss.item())
            model.eval()
        return sum(losses) / len(losses)

    def evaluate(model, loader, loss_fn):
        model.eval()
        losses, correct, count = [], 0, 0
        with torch.no_grad():
            for x, y in loader:
                logits = model(x)
                losses.append(loss_fn(logits, y).item())
                correct, count = correct + int((logits.argmax(1) == y).sum()), count + len(y)
                model.train()
        return float(np.mean(losses)), correct / count
    trained = judged("train_epoch", train_epoch, train_cases(), TRAIN, judge_train_epoch, sgd=True)
    assert lost(trained) == {"mode"} and "a model.eval() inside the loop?" in trained["mode"].message
    evaluated = judged("evaluate", evaluate, evaluate_cases(), EVALUATE, judge_evaluate, sgd=False)
    assert "eval_mode" in lost(evaluated) and "a model.train() inside the loop?" in evaluated["eval_mode"].message


# --------------------------------------------------------------------------- the loss it is given, other data

def other_evaluate_cases(seed=0):
    """A case as the notebook's (3 classes, 2 features), then one of 4 classes and 3 features."""
    rng = np.random.default_rng(seed)
    return [classification_case(rng, 30, 8, True, True), classification_case(rng, 20, 6, False, True, classes=4,
                                                                             features=3)]


def _counting(right):
    """A correct evaluate but for how it counts the right predictions of a batch: ``right(logits, y)``."""
    def evaluate(model, loader, loss_fn):
        model.eval()
        total, correct, count = 0.0, 0, 0
        with torch.no_grad():
            for x, y in loader:
                logits = model(x)
                total += loss_fn(logits, y).item() * len(y)
                correct += int(right(logits, y))
                count += len(y)
        return total / count, correct / count
    return evaluate


#: Right for 3 classes; F.one_hot(..., 3) raises on a fourth.
evaluate_three_classes = _counting(lambda z, y: (F.one_hot(z.argmax(dim=1), 3) * F.one_hot(y, 3)).sum())


def test_an_evaluate_written_for_three_classes_loses_the_accuracy_only():
    criteria = judged("evaluate", evaluate_three_classes, other_evaluate_cases(), EVALUATE, judge_evaluate, sgd=False)
    assert lost(criteria) == {"accuracy"} and "raised RuntimeError" in criteria["accuracy"].message


def test_an_evaluate_that_raises_on_every_case_keeps_nothing_of_what_ran_before():
    def evaluate(model, loader, loss_fn):
        model.eval()
        with torch.no_grad():
            for x, y in loader:
                loss_fn(model(x), y)
                raise RuntimeError("after the loss")

    criteria = judged("evaluate", evaluate, other_evaluate_cases(), EVALUATE, judge_evaluate, sgd=False)
    assert lost(criteria) == set(EVALUATE)


def test_a_correct_loop_on_other_numbers_of_classes_and_features_earns_every_criterion():
    criteria = judged("evaluate", make_evaluate(), other_evaluate_cases(), EVALUATE, judge_evaluate, sgd=False)
    assert lost(criteria) == set(), {n: c.message for n, c in criteria.items()}
    rng = np.random.default_rng(3)
    cases = [classification_case(rng, 24, 7, False, False, lr=0.3, shown=("training",), classes=4, features=3)]
    criteria = judged("train_epoch", make_train_epoch(), cases, TRAIN, judge_train_epoch, sgd=True)
    assert lost(criteria) == set(), {n: c.message for n, c in criteria.items()}


def test_loops_that_never_call_the_loss_they_are_given_lose_what_depends_on_it():
    def train_epoch(model, loader, loss_fn, optimizer):
        model.train()
        losses = []
        for x, y in loader:
            optimizer.zero_grad()
            loss = F.cross_entropy(model(x), y)  # (a loss of its own: the same numbers as the grader's here)
            loss.backward()
            optimizer.step()
            losses.append(loss.item())
        return sum(losses) / len(losses)

    criteria = judged("train_epoch", train_epoch, train_cases(), TRAIN, judge_train_epoch, sgd=True)
    assert lost(criteria) == {"update", "loss"}
    assert all("never called the loss_fn" in criteria[c].message for c in ("update", "loss"))

    def evaluate(model, loader, loss_fn):
        return make_evaluate()(model, loader, F.cross_entropy)

    criteria = judged("evaluate", evaluate, evaluate_cases(), EVALUATE, judge_evaluate, sgd=False)
    assert lost(criteria) == {"loss"} and "never called the loss_fn" in criteria["loss"].message


def test_a_train_epoch_stepping_with_its_learning_rates_zeroed_is_told_so():
    def train_epoch(model, loader, loss_fn, optimizer):
        for group in optimizer.param_groups:
            group["lr"] = 0.0
        return make_train_epoch()(model, loader, loss_fn, optimizer)

    criteria = judged("train_epoch", train_epoch, train_cases(), TRAIN, judge_train_epoch, sgd=True)
    assert lost(criteria) == set(TRAIN) and "learning rates set to 0" in criteria["update"].message
    # (a loop that clears the gradients before the step moves nothing either, at the given rate)
    cleared = judged("train_epoch", make_train_epoch(clear_before_step=True), train_cases(), TRAIN,
                     judge_train_epoch, sgd=True)
    assert "learning rates set to 0" not in cleared["update"].message


def test_cross_entropy_with_label_smoothing_and_its_gradient_match_torch():
    rng = np.random.default_rng(5)
    logits, targets = rng.normal(0, 3, (6, 4)), rng.integers(0, 4, 6)
    value, grad = cross_entropy(logits, targets, 0.2)
    z = torch.tensor(logits, requires_grad=True)
    expected = F.cross_entropy(z, torch.tensor(targets), label_smoothing=0.2)
    expected.backward()
    assert value == pytest.approx(expected.item(), rel=1e-12) and np.allclose(grad, z.grad.numpy(), atol=1e-12)


def _own_loss_train_epoch(model, loader, loss_fn, optimizer):
    """Calls loss_fn once, for show, then trains on the plain cross-entropy."""
    model.train()
    losses, shown = [], False
    for inputs, targets in loader:
        optimizer.zero_grad()
        outputs = model(inputs)
        if not shown:
            loss_fn(outputs[:1], targets[:1])
            shown = True
        loss = F.cross_entropy(outputs, targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)


def test_a_loop_stepping_on_its_own_cross_entropy_beside_the_loss_fn_loses_update_and_loss():
    """The loss_fn handed over is smoothed and scaled: a loop that calls it for show and
    steps on F.cross_entropy steps and reports otherwise, and is told so."""
    cases = [dict(c, loss_scale=1.5, loss_kwargs={"label_smoothing": 0.2}) for c in train_cases()]
    criteria = judged("train_epoch", _own_loss_train_epoch, cases, TRAIN, judge_train_epoch, sgd=True)
    assert lost(criteria) == {"update", "loss"}, {n: c.message for n, c in criteria.items()}
    assert "the plain cross-entropy, not of the loss_fn it was given" in criteria["update"].message
    right = judged("train_epoch", make_train_epoch(), cases, TRAIN, judge_train_epoch, sgd=True)
    assert lost(right) == set(), {n: c.message for n, c in right.items()}


def test_a_short_last_batch_stepped_by_its_share_of_a_full_batch_is_told_so():
    """Each batch's loss times len(targets) / batch_size: only the short last batch steps short."""
    def train_epoch(model, loader, loss_fn, optimizer):
        model.train()
        losses = []
        for inputs, targets in loader:
            optimizer.zero_grad()
            loss = loss_fn(model(inputs), targets)
            (loss * len(targets) / loader.batch_size).backward()
            optimizer.step()
            losses.append(loss.item())
        return sum(losses) / len(losses)

    criteria = judged("train_epoch", train_epoch, train_cases(), TRAIN, judge_train_epoch, sgd=True)
    assert lost(criteria) == {"update"} and "for this short batch of 2 rows" in criteria["update"].message, \
        criteria["update"].message


def test_an_evaluate_comparing_with_the_data_sets_labels_in_their_own_order_is_told_so():
    """Right on an ordered loader; on a shuffled one the predictions come in another order."""
    def evaluate(model, loader, loss_fn):
        model.eval()
        losses, predicted = [], []
        with torch.no_grad():
            for inputs, targets in loader:
                outputs = model(inputs)
                losses.append(loss_fn(outputs, targets).item())
                predicted.append(outputs.argmax(dim=1))
        labels = loader.dataset.tensors[1]
        return sum(losses) / len(losses), float((torch.cat(predicted) == labels).float().mean())

    criteria = judged("evaluate", evaluate, evaluate_cases(), EVALUATE, judge_evaluate, sgd=False)
    assert "accuracy" in lost(criteria) and "the data set's labels in their own order" in criteria["accuracy"].message, \
        criteria["accuracy"].message


def test_a_loop_whose_loss_is_cut_off_from_the_model_is_told_so_not_told_to_call_step():
    """step() is called after every backward(), but on a loss rebuilt from its number: no
    gradient reaches the parameters, which the message names (not a missing step)."""
    def train_epoch(model, loader, loss_fn, optimizer):
        model.train()
        losses = []
        for inputs, targets in loader:
            optimizer.zero_grad()
            loss = torch.tensor(loss_fn(model(inputs), targets).item(), requires_grad=True)
            loss.backward()
            optimizer.step()
            losses.append(loss.item())
        return sum(losses) / len(losses)

    criteria = judged("train_epoch", train_epoch, train_cases(), TRAIN, judge_train_epoch, sgd=True)
    message = criteria["update"].message
    assert "update" in lost(criteria) and "no gradient reached the model's parameters" in message
    assert "call optimizer.step() after" not in message


def _skipping_short_batches(model, loader, loss_fn, optimizer):
    """A loss and backward on every batch, a step only on full ones ('a short batch is noisy')."""
    model.train()
    losses = []
    for x, y in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        if len(y) == loader.batch_size:
            optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)


def test_a_train_epoch_skipping_the_step_of_a_short_batch_loses_the_update_not_the_batches():
    """Every batch's loss is computed and every step made is right, but a batch with no step
    is not trained on: one step per batch is missing (the update); no batch was left out."""
    cases = train_cases()
    assert any(len(c["x"]) % c["batch_size"] for c in cases)
    criteria = judged("train_epoch", _skipping_short_batches, cases, TRAIN, judge_train_epoch, sgd=True)
    assert lost(criteria) == {"update"}, {n: c.message for n, c in criteria.items()}
    assert "every batch needs its own step" in criteria["update"].message


def test_an_evaluate_reading_the_datasets_tensors_fails_on_a_split_and_keeps_its_modes():
    """A case over a Subset (as PA3's has) gives the same batches; an evaluate that reads
    ``loader.dataset.tensors`` past them raises there, before any pass: it loses the loss and
    the accuracy, and its modes are those its other runs show."""
    def whole_dataset(model, loader, loss_fn):
        model.eval()
        x, y = loader.dataset.tensors
        with torch.no_grad():
            logits = model(x)
            return float(loss_fn(logits, y)), float((logits.argmax(dim=1) == y).float().mean())

    cases = evaluate_cases()
    split = [cases[0], dict(cases[1], subset=True)]
    assert lost(judged("evaluate", make_evaluate(), split, EVALUATE, judge_evaluate, sgd=False)) == set()
    criteria = judged("evaluate", whole_dataset, split, EVALUATE, judge_evaluate, sgd=False)
    assert lost(criteria) == {"loss", "accuracy"}, {n: c.message for n, c in criteria.items()}
    assert "'Subset' object has no attribute 'tensors'" in criteria["loss"].message


def test_pa3s_evaluate_cases_include_a_loader_over_a_split():
    from pathlib import Path

    from autograder.assignment import load_assignment
    spec = load_assignment(Path(__file__).resolve().parents[1] / "solutions", "pa3_classification")
    assert any(c.get("subset") for c in spec.checks["evaluate"].make_inputs(np.random.default_rng(0))["cases"])


def _predicting(rule):
    """A correct evaluate but for its predictions: ``rule(logits)`` instead of the argmax."""
    return _counting(lambda z, y: (rule(z) == y).sum())


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("rule", [
    lambda z: (z.softmax(dim=1) > 0.5).int().argmax(dim=1),  # unsure rows fall to class 0
    lambda z: z.softmax(dim=1).round().argmax(dim=1),  # as in binary classification: the same
], ids=["half-threshold", "rounded-probabilities"])
def test_predictions_that_leave_the_argmax_where_the_model_is_unsure_lose_the_accuracy_on_every_draw(rule, seed):
    """Rules that agree with the argmax wherever the likeliest class has half the probability or
    more (unsure rows fall to class 0): with random labels on the unsure rows, their misses and
    lucky hits could cancel out on one draw in thirty of PA3's cases."""
    cases = [classification_case(np.random.default_rng(seed), 30, 8, True, True)]
    criteria = judged("evaluate", _predicting(rule), cases, EVALUATE, judge_evaluate, sgd=False)
    assert lost(criteria) == {"accuracy"}, {n: c.message for n, c in criteria.items()}
