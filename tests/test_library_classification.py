"""autograder.library.probe_training.run_loop (kernel side) and .classification (judge side):
a student's train_epoch and evaluate, run on the grader's recording softmax regression and judged."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from autograder.library.classification import (SoftmaxRegression, classification_case, cross_entropy,
                                               judge_evaluate, judge_train_epoch)
from autograder.library.points import Scale
from autograder.library.probe_training import run_loop

TRAIN = {"mode": 4, "batches": 5, "update": 10, "loss": 6}
EVALUATE = {"loss": 6, "accuracy": 6, "no_grad": 4, "eval_mode": 4}


def roundtrip(value):
    return json.loads(json.dumps(value, default=repr))


def make_train_epoch(*, zero_grad=True, train_mode=True, total=False):
    def train_epoch(model, loader, loss_fn, optimizer):
        if train_mode:
            model.train()
        losses = []
        for x, y in loader:
            if zero_grad:
                optimizer.zero_grad()
            loss = loss_fn(model(x), y)
            loss.backward()
            optimizer.step()
            losses.append(loss.item())
        return sum(losses) if total else sum(losses) / len(losses)
    return train_epoch


def make_evaluate(*, no_grad=True, eval_mode=True, percent=False):
    def evaluate(model, loader, loss_fn):
        if eval_mode:
            model.eval()
        losses, correct, count = [], 0, 0
        with torch.no_grad() if no_grad else torch.enable_grad():
            for x, y in loader:
                logits = model(x)
                losses.append(loss_fn(logits, y).item())
                correct += int((logits.argmax(dim=1) == y).sum())
                count += len(y)
        return float(np.mean(losses)), (100.0 if percent else 1.0) * correct / count
    return evaluate


def judged(name, function, cases, weights, judge, **run):
    inputs = {"cases": cases}
    data = roundtrip(run_loop({name: function}, name, roundtrip(inputs), loss=F.cross_entropy, **run))
    return {c.name: c for c in judge(inputs, data, Scale(25, weights))}


def lost(criteria):
    return {name for name, c in criteria.items() if c.earned < c.points}


def train_cases(seed=0):
    rng = np.random.default_rng(seed)
    return [classification_case(rng, 30, 7, False, False, lr=0.3), classification_case(rng, 24, 8, True, False, lr=0.4)]


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


@pytest.mark.parametrize("kwargs,criterion,says", [
    ({"zero_grad": False}, "update", "never zeroed"),
    ({"train_mode": False}, "mode", "model.train()"),
    ({"total": True}, "loss", "the sum of the"),
])
def test_each_train_epoch_bug_loses_its_own_criterion(kwargs, criterion, says):
    criteria = judged("train_epoch", make_train_epoch(**kwargs), train_cases(), TRAIN, judge_train_epoch, sgd=True)
    assert lost(criteria) == {criterion} and says in criteria[criterion].message
    assert "epoch 1" not in criteria[criterion].message


def test_a_correct_evaluate_earns_every_criterion():
    criteria = judged("evaluate", make_evaluate(), evaluate_cases(), EVALUATE, judge_evaluate, sgd=False)
    assert lost(criteria) == set(), {n: c.message for n, c in criteria.items()}


@pytest.mark.parametrize("kwargs,criterion,says", [
    ({"no_grad": False}, "no_grad", "torch.no_grad()"),
    ({"eval_mode": False}, "eval_mode", "model.eval()"),
    ({"percent": True}, "accuracy", "percentage"),
])
def test_each_evaluate_bug_loses_its_own_criterion(kwargs, criterion, says):
    criteria = judged("evaluate", make_evaluate(**kwargs), evaluate_cases(), EVALUATE, judge_evaluate, sgd=False)
    assert lost(criteria) == {criterion} and says in criteria[criterion].message


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
