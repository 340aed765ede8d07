"""Correct, functional style from a Haskell/R background: numerical_gradient is a functools.reduce over the flat
indices whose step function nudges ONE private float64 workspace in place (ws[i] = v + eps, then v - eps, then
back to the saved v by assignment, so it is restored exactly), evaluates f on a reshaped view of it, and
index_put's the central difference into the accumulator. The in-place ops touch only the student's own clone,
never the caller's x and no tensor autograd needs. The result has x's shape and dtype. softmax is written as a
composition of small lambdas (shift, exp, normalise) applied with reduce. Full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "softmax_answer": r'''
from functools import reduce

_pipeline = (
    lambda t: t - t.max(dim=1, keepdim=True).values,   # shift each row by its max
    torch.exp,
    lambda t: t / t.sum(dim=1, keepdim=True),           # normalise each row
)


def softmax(z):
    """Row-wise softmax, stable for large positive or negative logits."""
    return reduce(lambda acc, step: step(acc), _pipeline, z)
''',
    "numerical_gradient_answer": r'''
from functools import reduce


def numerical_gradient(f, x, eps=1e-6):
    """Gradient of a scalar function by central differences."""
    ws = x.detach().clone().reshape(-1)          # private workspace, safe to modify in place
    shape = x.shape

    def step(acc, i):
        v = ws[i].item()
        ws[i] = v + eps
        up = float(f(ws.view(shape)))
        ws[i] = v - eps
        down = float(f(ws.view(shape)))
        ws[i] = v                                # restored by assignment, exact
        return acc.index_put((torch.tensor([i]),), torch.tensor([(up - down) / (2 * eps)], dtype=acc.dtype))

    flat = reduce(step, range(ws.numel()), torch.zeros_like(ws))
    return flat.reshape(shape)
''',
}
