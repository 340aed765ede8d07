"""Slip in a helper the later parts call (Python truthiness): model gives bias a default, def model(data, weight,
bias=None), 'so that it also works without a bias', and adds it with `weight * data + (bias if bias else 0)`
instead of `if bias is not None`. A one-element tensor is truthy when its value is non-zero, so for every non-zero
bias the model is exactly weight * data + bias; but when the bias IS zero (a zero initialisation, exercise 2, or
the self-check's bias of 0) it is silently replaced by the int 0 and the prediction no longer depends on bias: no
gradient reaches it (bias.grad stays None and `bias -= lr * bias.grad` then raises in any fit started at zero).
The self-check of Part 1 fails on exactly this ('gradients did not reach weight and bias'). By the spec
(gradients reach weight and bias, for the parameters it is given) the gradient criterion is lost: values 6,
shape 2, gradient 0 -> 8. (A grader whose biases are never 0 sees a correct model.) The fits are the reference
and judged with the grader's model: 30 each."""

EXPECTED = {"model": 8, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias=None):
    """Linear model: weight * data + bias (bias optional)."""
    return weight * data + (bias if bias else 0)
''',
}
