"""Slip ('the same data goes through the model every epoch, compute it once'): model is decorated with @functools.cache. Tensors hash by identity, so a call with the SAME data, weight and bias objects returns the first call's output, even after the parameters were changed in place (weight -= lr * weight.grad, as every fit in this notebook updates them). The first prediction is weight * data + bias; every later one with the same parameter objects is stale (the predictions of the initial parameters, with its old graph: the notebook's run_GD fails at its second epoch, 'backward through the graph a second time'). Called with fresh tensors each time (as a one-shot test does) it looks right. The model does not return weight * data + bias for the parameters it is given: values 0; shape 2 and gradient 2 (the stale output is (n, 1) and its graph reaches the parameter objects) -> 4."""

EXPECTED = {"model": 4, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
from functools import cache


@cache  # the same data goes through the model every epoch: compute it once
def model(data, weight, bias):
    """Linear model: predict weight * data + bias."""
    return weight * data + bias
''',
}
