"""Two stateful slips in two parts.
(1) log_sum_exp keeps its shift on the function object: the student read 'for any constant c' and decided one
constant is enough, computed ONCE from the first batch it sees: if not hasattr(log_sum_exp, 'c'):
log_sum_exp.c = z.max(). Every later call shifts by that first maximum. The identity holds for any c, so for
moderate logits the values are right; but logits far from the first batch's maximum overflow or underflow
(rows of +-1000 after a first batch of ordinary logits give inf and -inf: the notebook's self-check catches
it). Values (4) and shape (2) kept; stable (4) lost: 6 / 10. softmax is the reference (it does not call it).
(2) numerical_gradient collects its slopes in a mutable default argument, def numerical_gradient(f, x,
eps=1e-6, slopes=[]), and returns torch.tensor(slopes).reshape(x.shape). The list is shared by every call: the
first call is right, the second finds its own slopes appended after the first call's, and the reshape raises
(the notebook's self-check fails at its second call). A function that raises on every call after the first
does none of its job in a session: 0 / 15. gradient_check is the reference, and calls numerical_gradient by
name (in the notebook its self-check fails too, because the shared list is already dirty); it is judged with
the grader's own numerical_gradient, so it keeps 10 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 6, "softmax": 10, "numerical_gradient": 0, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), stable: shifted by a constant c (any c works, see the identity)."""
    if not hasattr(log_sum_exp, "c"):
        log_sum_exp.c = z.max()          # pick c once, from the first logits seen
    c = log_sum_exp.c
    return c + torch.log(torch.exp(z - c).sum(dim=1))
''',
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6, slopes=[]):
    """Gradient of a scalar function by central differences."""
    flat = x.detach().reshape(-1)
    for i in range(flat.numel()):
        up, down = flat.clone(), flat.clone()
        up[i] += eps
        down[i] -= eps
        slopes.append((float(f(up.reshape(x.shape))) - float(f(down.reshape(x.shape)))) / (2 * eps))
    return torch.tensor(slopes, dtype=x.dtype).reshape(x.shape)
''',
}
