"""Correct, a Keras habit done harmlessly: value_and_grad returns a collections.namedtuple ValueGrad(value, grad)
(a tuple subclass, so `v, g = value_and_grad(f, x)` unpacks exactly like a plain 2-tuple), value a Python float
from .item(), grad the .grad of a fresh leaf x.detach().clone().requires_grad_(True). Like Keras' History object
it also appends each call's value and gradient norm to a module-level HISTORY dict (a global of its own that no
other cell reads); the caller's x, its requires_grad and .grad are never touched, and two calls give the same
gradient. The three criteria (value 4, gradient 6, no side effects 5 -- side effects on x) are all met: 15 / 15."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "value_and_grad_answer": r'''
from collections import namedtuple

ValueGrad = namedtuple("ValueGrad", ["value", "grad"])
HISTORY = {"value": [], "grad_norm": []}   # like keras.callbacks.History, for my own plots


def value_and_grad(f, x):
    """f(x) and its gradient, from autograd, without side effects on x."""
    leaf = x.detach().clone().requires_grad_(True)
    out = f(leaf)
    out.backward()
    result = ValueGrad(value=out.item(), grad=leaf.grad)
    HISTORY["value"].append(result.value)
    HISTORY["grad_norm"].append(float(result.grad.norm()))
    return result


_demo = value_and_grad(lambda t: (t ** 2).sum(), torch.tensor([1.0, 2.0], dtype=torch.float64))
print(_demo, "history length:", len(HISTORY["value"]))
''',
}
