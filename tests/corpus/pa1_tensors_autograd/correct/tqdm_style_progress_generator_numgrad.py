"""Correct, tqdm-style progress without tqdm: numerical_gradient iterates over a plain generator progress(...)
that yields every index it is given and prints a '[k/total]' line every `every` steps (only for large x, so the
notebook is not flooded), the way a student copies a tqdm loop from a training tutorial and replaces tqdm by a
print. The loop body is the reference central difference on flat copies (zip of the two nudged copies'
values). log_sum_exp unpacks torch.max's (values, indices) pair, softmax shifts with the same idiom. Every
index is yielded, whatever is printed: the gradient, shape and x are right. Full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    top, _ = torch.max(z, dim=-1, keepdim=True)
    return (top + (z - top).exp().sum(dim=-1, keepdim=True).log()).squeeze(-1)
''',
    "softmax_answer": r'''
def softmax(z):
    top, _ = torch.max(z, dim=-1, keepdim=True)
    e = (z - top).exp()
    return e / e.sum(dim=-1, keepdim=True)
''',
    "numerical_gradient_answer": r'''
def progress(iterable, total, every=500, desc="numgrad"):
    """A tiny stand-in for tqdm: yields every item, prints a progress line every `every` items."""
    for k, item in enumerate(iterable, start=1):
        yield item
        if total >= every and (k % every == 0 or k == total):
            print(f"{desc}: [{k}/{total}]")


def numerical_gradient(f, x, eps=1e-6):
    flat = x.detach().clone().reshape(-1)
    grad = torch.zeros_like(flat)
    n = flat.numel()
    for i in progress(range(n), total=n):
        plus, minus = flat.clone(), flat.clone()
        plus[i] += eps
        minus[i] -= eps
        f_plus, f_minus = (float(f(t.reshape(x.shape))) for t in (plus, minus))
        grad[i] = (f_plus - f_minus) / (2 * eps)
    return grad.reshape(x.shape)
''',
}
